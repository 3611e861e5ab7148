"""AppTest: paste a report, edit the draft, save it, and see the new launch in the app."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from components import report_panel
from core.records.dataset import load_dataset
from core.report.highlight import highlight_html
from core.report.text import Evidence

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
REPORTS = ROOT / "tests" / "fixtures" / "reports"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(target))
    return target


def _caption_count(at: AppTest) -> int:
    caption = next(c.value for c in at.caption if "missiles in the records" in c.value)
    return int(caption.split()[0])


def _paste(at: AppTest, name: str, published: date) -> None:
    at.text_area(key="report_text").set_value((REPORTS / name).read_text(encoding="utf-8"))
    at.date_input(key="report_published").set_value(published)
    at.run()
    assert not at.exception


def test_paste_edit_save_shows_the_new_launch(data_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    assert not at.exception
    before = _caption_count(at)

    _paste(at, "c03_cruise_yellow_sea.txt", date(2024, 1, 27))
    assert any("No recorded launch matches" in i.value for i in at.info)
    # The draft is in the widgets: the user checks it and corrects the count ("several").
    assert at.selectbox(key="report_missile_class").value == "cruise"
    assert at.selectbox(key="report_landing_area").value == "yellow_sea"
    assert at.number_input(key="report_count").value == 2
    at.number_input(key="report_count").set_value(3)
    at.text_input(key="report_citation").set_value("Example Wire, 2024-01-27")
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    assert not at.exception

    assert _caption_count(at) == before + 3
    assert any("2024-01-27a-03" in s.value for s in at.success)
    saved = load_dataset(data_dir)
    new = [launch for launch in saved.launches if launch.event_id == "2024-01-27a"]
    assert [launch.missile_class for launch in new] == ["cruise"] * 3
    cited = [s for s in saved.sources if s.launch_id == "2024-01-27a-01"]
    assert [(s.reporter, s.citation, s.count) for s in cited] == [
        ("JCS", "Example Wire, 2024-01-27", 3)
    ]
    assert not saved.problems


def test_invalid_edit_is_refused_naming_the_field(data_dir):
    before = (data_dir / "launches.csv").read_bytes()
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    _paste(at, "000_a572fdd807c6f778.txt", date(2025, 1, 6))
    assert any("Matches recorded launch 2025-01-06a" in i.value for i in at.info)
    at.text_input(key="report_range_km").set_value("about 1100")
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    assert not at.exception
    assert any("Range (km)" in e.value for e in at.error)
    assert (data_dir / "launches.csv").read_bytes() == before


def test_report_text_is_escaped_and_only_marks_are_added():
    text = 'Fired <script>alert(1)</script> & flew 700 km "east"'
    span = text.index("flew 700 km")
    evidence = {"range_km": (Evidence("flew 700 km", span, span + 11, text),)}
    out = highlight_html(text, evidence)
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert '<mark title="range_km">flew 700 km</mark>' in out
    assert out.count("<") == out.count("<mark") + out.count("</mark")


def test_uploaded_report_fills_the_text_and_binary_is_refused(data_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    # A Windows-1252 file (curly quotes as single bytes) is read, not refused.
    text = (REPORTS / "000_a572fdd807c6f778.txt").read_text(encoding="utf-8")
    at.date_input(key="report_published").set_value(date(2025, 1, 6))
    at.file_uploader(key="report_file").upload("seed.txt", text.encode("cp1252"), "text/plain")
    at.run()
    assert not at.exception
    assert at.text_area(key="report_text").value == text
    assert at.selectbox(key="report_missile_class").value == "MRBM"

    at.file_uploader(key="report_file").clear()
    at.file_uploader(key="report_file").upload("x.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "text/plain")
    at.run()
    assert not at.exception
    assert any("binary" in e.value for e in at.error)
    assert at.text_area(key="report_text").value == text


def _differences_table(at: AppTest):
    return next(d.value for d in at.dataframe if "Report says" in d.value.columns)


def test_review_lists_where_the_report_differs_from_the_record_it_joins(data_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    # The published date is left at today: the dateline and the weekday still find 2025-03-10.
    text = (REPORTS / "c14_dateline_nampo.txt").read_text(encoding="utf-8")
    at.text_area(key="report_text").set_value(text)
    at.run()
    assert not at.exception
    assert any("Matches recorded launch 2025-03-10a" in i.value for i in at.info)
    assert any("differs from the record on 2 field(s)" in w.value for w in at.warning)
    table = _differences_table(at)
    rows = {row["Field"]: (row["Report says"], row["Record says"]) for _, row in table.iterrows()}
    assert rows == {"Class": ("SRBM", "(none)"), "Launch site": ("nampo", "hwangju")}


def test_report_values_in_the_differences_stay_plain_text(data_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    text = (REPORTS / "c14_dateline_nampo.txt").read_text(encoding="utf-8")
    at.text_area(key="report_text").set_value(
        text + '\nIt was a Hwasong-19 "<img src=x onerror=alert(1)>" missile, the JCS said.'
    )
    at.run()
    assert not at.exception
    table = _differences_table(at)
    # Dataframe cells are data, never markup; the report text shown as HTML is escaped.
    assert "Hwasong-19" in set(table["Report says"])
    assert not any("<img" in m.value for m in at.markdown)
    assert any("&lt;img" in m.value for m in at.markdown)


def _grid_ids(at: AppTest) -> set[str]:
    table = next(frame.value for frame in at.dataframe if "Range source" in frame.value.columns)
    return set(table.index)


def _timeline_ids(at: AppTest) -> set[str]:
    (chart,) = [c for c in at.get("vega_lite_chart") if "timeline_ranged" in c.proto.spec]
    return {
        row["launch_id"]
        for dataset in chart.proto.datasets
        for row in pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
        if "launch_id" in row
    }


def test_a_save_shows_at_once_in_the_views_shared_between_sessions(data_dir):
    # The list's rows, the timeline, the filtered launches and the counts are kept per dataset
    # and shared by every session (Dataset.derived): a saved report must not leave them stale.
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[report_panel.PANEL_KEY] = True
    at.run()
    assert not at.exception
    missiles = int(at.metric[0].value.replace(",", ""))
    assert len(_grid_ids(at)) == missiles
    at.run()  # the same view again: now drawn from what the first run kept
    assert len(_grid_ids(at)) == missiles

    _paste(at, "c03_cruise_yellow_sea.txt", date(2024, 1, 27))
    at.text_input(key="report_citation").set_value("Example Wire, 2024-01-27")
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    assert not at.exception

    new = {"2024-01-27a-01", "2024-01-27a-02"}
    assert int(at.metric[0].value.replace(",", "")) == missiles + 2
    assert new <= _grid_ids(at)
    assert new <= _timeline_ids(at)
