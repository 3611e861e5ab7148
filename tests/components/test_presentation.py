"""Presentation mode (?present=1): chrome hidden, stepping through the filtered launches."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.conftest import LAUNCHES, SITES, write_dataset

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def three_launches() -> list[dict[str, str]]:
    names = ("Hwasong-15", "Hwasong-17", "Hwasong-18")
    return [
        {
            **LAUNCHES[0],
            "launch_id": f"2017-11-2{n}a-01",
            "event_id": f"2017-11-2{n}a",
            "date_utc": f"2017-11-2{n}",
            "missile_name": name,
            "sources": "CNS",
        }
        for n, name in enumerate(names, start=5)
    ]


def start(monkeypatch, tmp_path, params: dict[str, str]) -> AppTest:
    rows = three_launches()
    sources = [{"launch_id": row["launch_id"], "reporter": "CNS", "citation": "x"} for row in rows]
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(write_dataset(tmp_path, rows, SITES, sources)))
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def position(at: AppTest) -> str:
    shown = [m.value for m in at.markdown if 'class="atlas-present-position"' in str(m.value)]
    assert len(shown) == 1
    return shown[0]


def test_presentation_steps_through_three_launches_and_wraps(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, {"present": "1"})
    assert any("stSidebar" in str(m.value) for m in at.markdown)  # chrome-hiding CSS
    # The projector shows the launch, not the page's title and record count.
    assert not at.title
    assert not [c for c in at.caption if "missiles in the records" in c.value]
    seen = []
    for expected in ("1 / 3", "2 / 3", "3 / 3"):
        assert f">{expected}<" in position(at)
        assert "data as of 2017-11-27" in position(at)
        seen.append(at.subheader[0].value)
        at.button(key="present_next").click().run()
        assert not at.exception, at.exception
    assert seen == [
        "Hwasong-15: 2017-11-25",
        "Hwasong-17: 2017-11-26",
        "Hwasong-18: 2017-11-27",
    ]
    assert ">1 / 3<" in position(at)  # Next on the last launch wraps to the first
    at.button(key="present_previous").click().run()
    assert ">3 / 3<" in position(at)
    assert at.subheader[0].value == "Hwasong-18: 2017-11-27"
    at.button(key="present_page_up").click().run()  # the clicker's PageUp twin
    assert ">2 / 3<" in position(at)
    at.button(key="present_page_down").click().run()
    assert ">3 / 3<" in position(at)


def test_presentation_follows_the_filter_and_starts_at_the_linked_launch(monkeypatch, tmp_path):
    at = start(
        monkeypatch,
        tmp_path,
        {"present": "1", "from": "2017-11-26", "launch": "2017-11-27a-01"},
    )
    assert ">2 / 2<" in position(at)
    assert at.subheader[0].value == "Hwasong-18: 2017-11-27"


def test_without_present_param_the_normal_page_shows(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, {})
    assert not [m for m in at.markdown if 'class="atlas-present-position"' in str(m.value)]
    assert at.title[0].value == "Launch Atlas"
    assert [c for c in at.caption if c.value == "3 missiles in the records, as of 2017-11-27"]


def _map_arguments(at: AppTest) -> dict:
    found = [
        json.loads(element.proto.json_args)
        for element in _elements(at._tree)
        if getattr(element.proto, "component_name", "") == "streamlit_folium.st_folium"
    ]
    assert len(found) == 1
    return found[0]


def test_stepping_moves_the_view_inside_the_same_map(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, {"present": "1"})
    first = _map_arguments(at)
    at.button(key="present_next").click().run()
    second = _map_arguments(at)
    # The same map (script and component key): the iframe is not rebuilt for the next launch.
    assert second["script"] == first["script"]
    assert second["key"] == first["key"]
    # Its layers and view change: the new selection's outline, then a fit to its path.
    assert second["feature_group"] != first["feature_group"]
    for arguments in (first, second):
        assert arguments["feature_group"].rstrip().endswith("{padding: [60, 60]});")
        assert "map_div.fitBounds([[" in arguments["feature_group"]
        assert "fitBounds" not in arguments["script"]


def _elements(node):
    for child in getattr(node, "children", {}).values():
        if getattr(child, "proto", None) is not None:
            yield child
        yield from _elements(child)
