"""Record and report text with blank lines stays inside the HTML block st.markdown is given."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import report_panel
from components.briefing import facts_html, sources_html
from core.briefing.card import build_card
from core.markdown_text import markdown_literal
from core.records.dataset import load_dataset
from core.report.highlight import highlight_html
from core.report.text import Evidence
from tests.hostile_data import LOFTED, MD_IMAGE, MD_LINK, PARAGRAPH, REPORTED, write_hostile_dataset

APP = str(Path(__file__).resolve().parents[2] / "app.py")
# CommonMark ends an HTML block at a line holding only blanks; what follows is read as Markdown.
BLANK_LINE = re.compile(r"\n[ \t]*(\r?\n|\r)|\r[ \t]*\r")


def test_card_markup_is_one_line_whatever_the_notes_and_citations_hold(tmp_path: Path) -> None:
    dataset = load_dataset(write_hostile_dataset(tmp_path / "data"))
    launch = next(item for item in dataset.launches if item.launch_id == REPORTED)
    card = build_card(launch, dataset)
    for html in (facts_html(card), sources_html(card)):
        assert "\n" not in html
        assert "\r" not in html
    # The blank line of each note and citation is kept as character references, in the text.
    assert "&#10;&#10;" + MD_LINK in sources_html(card)


def test_report_markup_keeps_its_paragraphs_without_a_blank_line() -> None:
    text = f"Fired a missile.\r\n\r\nIt flew 700 km.{PARAGRAPH}\n  \n<b>end</b>"
    span = text.index("flew 700 km")
    evidence = {"range_km": (Evidence("flew 700 km", span, span + 11, text),)}
    out = highlight_html(text, evidence)
    assert BLANK_LINE.search(out) is None
    assert "\n" not in out
    assert "missile.&#10;&#10;It " in out  # pre-wrap still shows the paragraph break
    assert '<mark title="range_km">flew 700 km</mark>' in out
    assert f"&#10;&#10;{MD_LINK}" in out


def _hostile_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, AppTest]:
    """The app on the hostile dataset, not yet run."""
    data_dir = write_hostile_dataset(tmp_path / "data")
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(data_dir))
    return data_dir, AppTest.from_file(APP, default_timeout=60)


def test_report_match_notice_shows_the_recorded_names_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, at = _hostile_app(tmp_path, monkeypatch)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    at.text_area(key="report_text").set_value(
        "North Korea fired a ballistic missile from Hostilepad on May 2, 2020, the Joint Chiefs "
        "of Staff said. It flew about 450 km."
    )
    at.date_input(key="report_published").set_value(date(2020, 5, 3))
    at.run()
    assert not at.exception
    notice = next(i.value for i in at.info if "Matches recorded launch" in i.value)
    dataset = load_dataset(data_dir)
    matched = next(item for item in dataset.launches if item.launch_id == "2020-05-02a-01")
    assert markdown_literal(matched.missile_name) in notice
    assert markdown_literal(dataset.sites["hostile-pad"].name) in notice


def test_lofted_reach_caption_shows_the_names_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, at = _hostile_app(tmp_path, monkeypatch)
    at.query_params["launch"] = LOFTED
    at.run()
    assert not at.exception
    caption = next(c.value for c in at.caption if c.value.startswith("Lofted shot"))
    dataset = load_dataset(data_dir)
    # Was raw: the name's "![pixel](http://...)" made the browser fetch an image from that host.
    assert markdown_literal(dataset.sites["hostile-pad"].name) in caption
    lofted = next(item for item in dataset.launches if item.launch_id == LOFTED)
    assert markdown_literal(lofted.missile_name) in caption
    assert MD_IMAGE not in caption


def test_a_refused_value_is_quoted_as_text_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, at = _hostile_app(tmp_path, monkeypatch)
    at.session_state[report_panel.PANEL_KEY] = True  # the form runs only while open
    at.run()
    at.text_area(key="report_text").set_value(
        "North Korea fired a ballistic missile on May 2, 2020. It flew about 450 km."
    )
    at.date_input(key="report_published").set_value(date(2020, 5, 3))
    at.run()
    at.text_input(key="report_range_km").set_value(MD_IMAGE)
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    assert not at.exception
    error = next(e.value for e in at.error if "Range (km)" in e.value)
    assert markdown_literal(repr(MD_IMAGE)) in error  # was raw: an image fetched from the host
