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


def test_presentation_steps_newest_first_and_wraps(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, {"present": "1"})
    assert any("stSidebar" in str(m.value) for m in at.markdown)  # chrome-hiding CSS
    # The projector shows the launch, not the page's title and record count.
    assert not at.title
    assert not [c for c in at.caption if "missiles in the records" in c.value]
    seen = []
    for expected in ("1 / 3", "2 / 3", "3 / 3"):
        assert f">{expected}<" in position(at)
        assert "data as of 2017-11-27" in position(at)
        assert "newest first" in position(at)
        seen.append(at.subheader[0].value)
        at.button(key="present_next").click().run()
        assert not at.exception, at.exception
    assert seen == [
        "Hwasong-18: 2017-11-27",
        "Hwasong-17: 2017-11-26",
        "Hwasong-15: 2017-11-25",
    ]
    assert ">1 / 3<" in position(at)  # Next on the last launch wraps to the first
    at.button(key="present_previous").click().run()
    assert ">3 / 3<" in position(at)
    assert at.subheader[0].value == "Hwasong-15: 2017-11-25"
    at.button(key="present_page_up").click().run()  # the clicker's PageUp twin
    assert ">2 / 3<" in position(at)
    at.button(key="present_page_down").click().run()
    assert ">3 / 3<" in position(at)
    at.button(key="present_space").click().run()  # Space steps on, as in any slideshow
    assert ">1 / 3<" in position(at)


def test_oldest_first_keeps_the_launch_on_screen_and_turns_the_order(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, {"present": "1"})
    at.button(key="present_next").click().run()
    assert at.subheader[0].value == "Hwasong-17: 2017-11-26"
    at.toggle(key="present_oldest_first").set_value(True).run()
    assert not at.exception, at.exception
    assert at.subheader[0].value == "Hwasong-17: 2017-11-26"
    assert ">2 / 3<" in position(at)
    assert "oldest first" in position(at)
    at.button(key="present_next").click().run()
    assert at.subheader[0].value == "Hwasong-18: 2017-11-27"


def test_presentation_opens_on_the_newest_launch_of_the_links_filter(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, {"present": "1", "to": "2017-11-26"})
    assert ">1 / 2<" in position(at)
    assert at.subheader[0].value == "Hwasong-17: 2017-11-26"


def test_presentation_starts_at_the_launch_the_link_names(monkeypatch, tmp_path):
    at = start(
        monkeypatch,
        tmp_path,
        {"present": "1", "from": "2017-11-26", "launch": "2017-11-26a-01"},
    )
    assert ">2 / 2<" in position(at)
    assert at.subheader[0].value == "Hwasong-17: 2017-11-26"


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
    # Its layers stay (the frame does not evaluate them again); the selection and the view
    # change: the new selection's outline, only it strong, framed.
    assert second["feature_group"] == first["feature_group"]
    assert second["atlas_selection"]["groups"] != first["atlas_selection"]["groups"]
    # Only the launch on screen stays strong (static/js/present.js fades the rest).
    assert 'L.atlasPresent(map_div, ["2017-11-27a-01"], [[' in first["atlas_selection"]["after"]
    assert 'L.atlasPresent(map_div, ["2017-11-26a-01"], [[' in second["atlas_selection"]["after"]
    for arguments in (first, second):
        assert "atlasPresent" not in arguments["script"]
        assert "fitBounds" not in arguments["script"]


def _elements(node):
    for child in getattr(node, "children", {}).values():
        if getattr(child, "proto", None) is not None:
            yield child
        yield from _elements(child)


def test_the_salvo_of_the_launch_on_screen_stays_strong(monkeypatch, tmp_path):
    rows = three_launches()
    rows.append({**rows[2], "launch_id": "2017-11-27a-02", "missile_name": "Hwasong-18"})
    sources = [{"launch_id": row["launch_id"], "reporter": "CNS", "citation": "x"} for row in rows]
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(write_dataset(tmp_path, rows, SITES, sources)))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["present"] = "1"
    at.run()
    assert not at.exception, at.exception
    script = _map_arguments(at)["atlas_selection"]["after"]
    assert 'L.atlasPresent(map_div, ["2017-11-27a-01","2017-11-27a-02"], [[' in script
