"""Briefing panel: the card's HTML is escaped, only web citations link, the panel renders."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components import exports
from components.briefing import card_html, linked_citation
from core.briefing.card import build_card
from core.records.dataset import load_dataset
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset

APP = str(Path(__file__).resolve().parents[2] / "app.py")
HOSTILE = '<img src=x onerror="alert(1)">'


def hostile_dataset(tmp_path):
    launches = [{**LAUNCHES[0], "missile_name": f"Hwasong {HOSTILE}"}]
    sources = [
        {**SOURCES[0], "citation": f"javascript:alert(1) {HOSTILE}", "range_km": "400"},
        {**SOURCES[1], "citation": 'see https://example.org/a?b=1&c="x" and ftp://old.example'},
    ]
    return load_dataset(write_dataset(tmp_path / "data", launches, SITES, sources))


def test_card_html_escapes_record_text_and_flags_disagreement(tmp_path):
    dataset = hostile_dataset(tmp_path)
    html = card_html(build_card(dataset.launches[0], dataset))
    assert "<img" not in html
    assert "onerror=&quot;alert(1)&quot;" in html
    assert 'href="javascript' not in html
    assert '<td class="differs"' in html  # CNS 400 km against the adopted 950 km
    assert "Sources disagree on: Range km" in html
    assert "03:17 KST/JST" in html


def test_only_http_citations_become_links():
    html = linked_citation("see https://example.org/a?b=1&c=2 and ftp://old.example <b>")
    assert html.count("<a ") == 1
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert "ftp://old.example &lt;b&gt;" in html
    assert linked_citation("javascript:alert(1)") == "javascript:alert(1)"


def briefing_page(data_dir: str, launch_id: str | None) -> None:
    from pathlib import Path

    from components import briefing
    from core.records.dataset import load_dataset
    from core.records.model import find_launch as find

    dataset = load_dataset(Path(data_dir))
    briefing.render(dataset, find(dataset.launches, launch_id))


def test_briefing_panel_shows_card_and_profile(tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    at = AppTest.from_function(briefing_page, args=(str(data_dir), "2017-11-28a-01"))
    at.run(timeout=60)
    assert not at.exception
    assert at.subheader[0].value == "Hwasong-15: 2017-11-28"
    assert any("atlas-card" in str(m.value) for m in at.markdown)
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    assert "lofted" in " ".join(str(c.value) for c in at.caption).lower()


def test_briefing_panel_explains_a_missing_profile(tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    at = AppTest.from_function(briefing_page, args=(str(data_dir), "2022-01-05a-01"))
    at.run(timeout=60)
    assert not at.exception
    assert not at.get("vega_lite_chart")
    assert "no trajectory can be drawn" in " ".join(str(c.value) for c in at.caption)


def test_briefing_panel_without_selection_gives_a_hint(tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    at = AppTest.from_function(briefing_page, args=(str(data_dir), None))
    at.run(timeout=60)
    assert "Select a launch" in at.info[0].value


def test_app_briefs_the_selected_launch(monkeypatch, tmp_path):
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(write_dataset(tmp_path / "data")))
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["selected_launch_id"] = "2017-11-28a-01"
    at.run()
    assert not at.exception, at.exception
    assert "Hwasong-15: 2017-11-28" in [header.value for header in at.subheader]
    assert any("Export this view" in expander.label for expander in at.expander)
    assert not at.get("download_button")  # the export panel draws nothing until it is opened
    at.session_state[exports.PANEL_KEY] = True
    at.run()
    assert not at.exception, at.exception
    downloads = at.get("download_button")
    assert len(downloads) == 7  # HTML, CSV, GeoJSON, PNG map, PPTX, profile PNG and SVG
