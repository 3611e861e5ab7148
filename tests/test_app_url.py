"""The app in AppTest: a link sets the view, the view rewrites the link, bad parts are said."""

from __future__ import annotations

import importlib
import re
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException
from streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from streamlit.testing.v1 import AppTest

from components import report_panel
from core.records.dataset import load_dataset
from tests.browser_events import selection_states, send_selection
from tests.components.test_sidebar_filters import LAUNCHES, SITES, SOURCES
from tests.conftest import write_dataset

APP = str(Path(__file__).resolve().parent.parent / "app.py")
OWN = ("from", "to", "class", "name", "site", "outcome", "landing", "eez", "q", "launch")


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    data_dir = write_dataset(tmp_path / "data", launches=LAUNCHES, sites=SITES, sources=SOURCES)
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(data_dir))
    return AppTest.from_file(APP, default_timeout=60)


def param(at: AppTest, name: str) -> str:
    value = at.query_params[name]
    return value if isinstance(value, str) else value[-1]


def params(at: AppTest) -> dict[str, str]:
    return {name: param(at, name) for name in at.query_params if name in OWN}


def metric(at: AppTest, label: str) -> str:
    return next(tile.value for tile in at.metric if tile.label == label)


def test_a_link_opens_exactly_its_view(app):
    app.query_params.update(
        {"from": "2017-01-01", "to": "2017-12-31", "class": "ICBM,IRBM", "launch": "2017-11-28a-01"}
    )
    app.run()
    assert not app.exception
    assert app.date_input(key="filter_dates").value == (date(2017, 1, 1), date(2017, 12, 31))
    # IRBM has no launch in these records, but the link asked for it: it stays chosen.
    assert app.multiselect(key="filter_classes").value == ["ICBM", "IRBM"]
    assert app.session_state["selected_launch_id"] == "2017-11-28a-01"
    assert metric(app, "Missiles") == "2"
    assert not app.warning
    assert params(app) == {
        "from": "2017-01-01",
        "to": "2017-12-31",
        "class": "IRBM,ICBM",
        "launch": "2017-11-28a-01",
    }


def test_every_other_filter_is_read_from_the_link(app):
    link = {
        "name": "KN-23",
        "site": "sunan",
        "outcome": "success",
        "landing": "sea_of_japan",
        "eez": "outside",
        "q": "2019",
    }
    app.query_params.update(link)
    app.run()
    assert not app.exception
    assert app.multiselect(key="filter_names").value == ["KN-23"]
    assert app.multiselect(key="filter_sites").value == ["sunan"]
    assert app.multiselect(key="filter_eez").value == ["outside"]
    assert app.text_input(key="filter_q").value == "2019"
    assert metric(app, "Missiles") == "2"
    assert metric(app, "Launch events") == "1"  # one salvo: same day, same site
    assert params(app) == link


def test_changing_the_filters_rewrites_the_link(app):
    app.run()
    assert params(app) == {}
    app.multiselect(key="filter_classes").select("ICBM").run()
    app.date_input(key="filter_dates").set_value((date(2017, 7, 1), date(2020, 1, 1))).run()
    app.text_input(key="filter_q").input("hwasong").run()
    app.multiselect(key="filter_eez").select("inside").run()
    assert params(app) == {
        "from": "2017-07-01",
        "to": "2020-01-01",
        "class": "ICBM",
        "eez": "inside",
        "q": "hwasong",
    }
    app.button(key="filter_reset").click().run()
    assert params(app) == {}


def test_malformed_and_unknown_parameters_are_ignored_with_a_notice(app):
    app.query_params.update(
        {"from": "last-tuesday", "class": "ICBM,Nodong", "launch": "1999-01-01a-01", "zoom": "7"}
    )
    app.run()
    assert not app.exception
    notice = app.warning[0].value
    for name in ("from", "class", "launch", "zoom"):
        assert f"`{name}`" in notice
    assert app.multiselect(key="filter_classes").value == ["ICBM"]
    assert "selected_launch_id" not in app.session_state
    assert params(app) == {"class": "ICBM"}  # our own malformed parts are dropped from the link
    assert param(app, "zoom") == "7"  # another panel's parameter is left alone


def test_presentation_mode_is_not_an_unknown_parameter(app):
    app.query_params["present"] = "1"
    app.run()
    assert not app.exception
    assert not [w for w in app.warning if "present" in w.value]
    assert param(app, "present") == "1"


def no_second_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make st.rerun fail the run: a selection must be drawn by the run the click causes."""

    def rerun(*_: object, **__: object) -> None:
        raise AssertionError("st.rerun called for a selection")

    monkeypatch.setattr(st, "rerun", rerun)


def test_a_click_on_the_timeline_selects_the_launch_and_enters_the_link(app, monkeypatch):
    app.run()
    no_second_run(monkeypatch)
    pick = {"selection": {"pick": [{"launch_id": "2019-05-04a-02"}], "brush": {}}}
    send_selection(app, "timeline_chart", pick)
    assert not app.exception
    # One run: the card of the run the click caused already shows the launch.
    assert "2019-05-04" in " ".join(header.value for header in app.subheader)
    assert app.session_state["selected_launch_id"] == "2019-05-04a-02"
    assert params(app) == {"launch": "2019-05-04a-02"}


def test_a_span_brushed_on_the_timeline_becomes_the_date_filter(app, monkeypatch):
    app.run()
    no_second_run(monkeypatch)  # the run the brush causes draws the narrowed page
    start_ms, end_ms = 1_483_228_800_000, 1_514_678_400_000  # 2017-01-01, 2017-12-31 UTC
    brush = {"selection": {"pick": [], "brush": {"x": [start_ms, end_ms]}}}
    send_selection(app, "timeline_chart", brush)
    assert not app.exception
    assert app.date_input(key="filter_dates").value == (date(2017, 1, 1), date(2017, 12, 31))
    assert params(app) == {"from": "2017-01-01", "to": "2017-12-31"}
    assert metric(app, "Missiles") == "2"


@pytest.mark.parametrize("panel", ["launch_map", "timeline", "summary", "launch_list"])
def test_a_brushed_span_survives_a_run_cut_short_by_another_event(app, monkeypatch, panel):
    """Another event (the map reporting its first view) can stop the brush's run at any element;
    the run it causes brings the same chart selection (so no callback) and the date widget's
    value from before the brush, as the browser had not yet drawn the new one."""
    app.run()
    no_second_run(monkeypatch)
    start_ms, end_ms = 1_483_228_800_000, 1_514_678_400_000  # 2017-01-01, 2017-12-31 UTC
    brush = {"selection": {"pick": [], "brush": {"x": [start_ms, end_ms]}}}
    states = selection_states(app, "timeline_chart", brush)
    module = importlib.import_module(f"components.{panel}")
    drawn = module.render
    cut: list[str] = []

    def cut_short(*args: object, **kwargs: object) -> object:
        if not cut:
            cut.append(panel)  # Streamlit stops a run so at an element when an event arrives
            raise RerunException(RerunData(widget_states=states))
        return drawn(*args, **kwargs)

    monkeypatch.setattr(module, "render", cut_short)
    app._run(states)
    assert cut == [panel]
    assert not app.exception
    assert app.date_input(key="filter_dates").value == (date(2017, 1, 1), date(2017, 12, 31))
    assert params(app) == {"from": "2017-01-01", "to": "2017-12-31"}
    assert metric(app, "Missiles") == "2"


def test_a_brushed_span_survives_an_event_sent_before_the_browser_drew_it(app, monkeypatch):
    """The map reports its first view just as the brush's run ends (a slow page): that event
    brings the date widget's value from before the brush; the span must stand. Dates the
    analyst then chooses stand too."""
    app.run()
    no_second_run(monkeypatch)
    start_ms, end_ms = 1_483_228_800_000, 1_514_678_400_000  # 2017-01-01, 2017-12-31 UTC
    brush = {"selection": {"pick": [], "brush": {"x": [start_ms, end_ms]}}}
    stale = selection_states(app, "timeline_chart", brush)  # the dates before the brush
    app._run(stale)
    assert app.date_input(key="filter_dates").value == (date(2017, 1, 1), date(2017, 12, 31))
    app._run(stale)  # the map's report, sent before the browser drew the brush's dates
    assert not app.exception
    assert app.date_input(key="filter_dates").value == (date(2017, 1, 1), date(2017, 12, 31))
    assert params(app) == {"from": "2017-01-01", "to": "2017-12-31"}
    assert metric(app, "Missiles") == "2"
    app.run()  # any event once the browser shows the span
    app.date_input(key="filter_dates").set_value((date(2017, 6, 1), date(2019, 12, 31))).run()
    assert app.date_input(key="filter_dates").value == (date(2017, 6, 1), date(2019, 12, 31))
    assert params(app) == {"from": "2017-06-01", "to": "2019-12-31"}


def test_a_row_chosen_in_the_list_selects_that_launch(app, monkeypatch):
    app.run()
    no_second_run(monkeypatch)
    # The list is newest first: row 1 is the second-newest missile.
    send_selection(
        app, "launch_list_table", {"selection": {"rows": [1], "columns": [], "cells": []}}
    )
    assert not app.exception
    assert "2019-05-04" in " ".join(header.value for header in app.subheader)
    assert app.session_state["selected_launch_id"] == "2019-05-04a-02"
    assert params(app)["launch"] == "2019-05-04a-02"


def _files(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.rglob("*")) if path.is_file()}


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A valid dataset beside the app's own (one missile, so loading it would show)."""
    return write_dataset(tmp_path / "elsewhere", launches=LAUNCHES[:1], sites=SITES, sources=[])


def _hostile_link(elsewhere: Path) -> dict[str, str]:
    """Parameters that name a directory or file, and own parameters holding paths."""
    return {
        "data": "../elsewhere",  # relative to the data directory, this is `elsewhere`
        "data_dir": str(elsewhere),
        "dir": "..",
        "file": "/etc/passwd",
        "path": str(elsewhere / "launches.csv"),
        "LAUNCH_ATLAS_DATA_DIR": str(elsewhere),
        "launch": "../../etc/passwd",
        "present": "../../x",
        "site": "../elsewhere",
        "name": "/etc/passwd",
        "from": "../../etc",
        "q": "../" * 5000 + "\x00",
        "class": "ICBM,\x00/../../etc",
    }


def test_a_link_cannot_choose_the_data_directory_or_any_file(app, tmp_path, elsewhere):
    data_dir = tmp_path / "data"
    own_before, elsewhere_before = _files(data_dir), _files(elsewhere)
    link = _hostile_link(elsewhere)
    app.query_params.update(link)
    app.run()
    assert not app.exception
    # Still the configured directory's four missiles, not elsewhere's one, and not presenting.
    caption = next(c.value for c in app.caption if "missiles in the records" in c.value)
    assert caption.startswith(f"{len(LAUNCHES)} missiles in the records")
    assert app.button(key="filter_reset")  # the sidebar: presentation mode hides it
    notice = app.warning[0].value
    for name in ("data", "data_dir", "dir", "file", "path", "LAUNCH_ATLAS_DATA_DIR"):
        assert f"Link parameter `{name}`: not a parameter of this app; ignored" in notice
    for name in ("launch", "site", "name", "from", "q", "class"):
        assert f"`{name}`" in notice
    assert "present" not in notice.replace("presentation", "")
    assert "selected_launch_id" not in app.session_state
    assert app.multiselect(key="filter_classes").value == ["ICBM"]
    assert len(app.text_input(key="filter_q").value) == 200
    # Nothing of /etc/passwd on the page, no file written or created anywhere it could reach.
    assert "root:" not in "\n".join(str(element.value) for element in app.markdown)
    assert _files(data_dir) == own_before
    assert _files(elsewhere) == elsewhere_before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "elsewhere"]


def test_a_report_saved_under_such_a_link_goes_to_the_data_directory_only(app, tmp_path, elsewhere):
    data_dir = tmp_path / "data"
    elsewhere_before = _files(elsewhere)
    app.query_params.update(_hostile_link(elsewhere))
    app.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    app.run()
    report = Path(__file__).parent / "fixtures" / "reports" / "c02_miles_tuesday.txt"
    app.text_area(key="report_text").set_value(report.read_text(encoding="utf-8"))
    app.date_input(key="report_published").set_value(date(2024, 4, 2))
    app.run()
    app.text_input(key="report_citation").set_value("Example Wire, 2024-04-02")
    app.button(key="FormSubmitter:report_form-Save").click()
    app.run()
    assert not app.exception
    assert [s.value for s in app.success if "saved" in s.value]
    saved = load_dataset(data_dir)
    assert [s.citation for s in saved.sources].count("Example Wire, 2024-04-02") == 1
    assert _files(elsewhere) == elsewhere_before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "elsewhere"]


def _outside_code(markdown: str) -> str:
    """The Markdown with its code spans taken out: what the page would render as markup."""
    return re.sub(r"(`+)(.+?)\1(?!`)", "", markdown)


def test_link_text_reaches_the_notice_as_code_never_as_markup(app):
    link = {
        "launch": "![x](http://127.0.0.1:9/track.png)",
        "name": "[Log in again](https://evil.example/login)",
        "from": "https://evil.example www.evil.example :red[red] $x$",
        "<img src=x onerror=alert(1)>": "1",
        "a`](http://evil.example) `b": "1",
        "site": "line\n# heading\n- item",
    }
    app.query_params.update(link)
    app.run()
    assert not app.exception
    notice = app.warning[0].value
    assert notice.count("\n- ") == len(link)  # one list item each, however the value breaks
    rest = _outside_code(notice)
    for markup in ("![", "](", "<img", "http", "www.", ":red[", "$x$", "\n#"):
        assert markup not in rest
    assert "`'![x](http://127.0.0.1:9/track.png)'`" in notice
    assert "``a`](http://evil.example) `b``" in notice
