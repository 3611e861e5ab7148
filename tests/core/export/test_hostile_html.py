"""Hostile record and search text in the HTML map exports: escaped, never run as a template."""

from __future__ import annotations

from pathlib import Path

from core.__main__ import main
from core.export.html_map import standalone_html
from core.export.profile_chart import chart_svg, profile_chart
from core.export.view import export_view
from core.geo.profile import flight_profile
from core.records.dataset import load_dataset
from core.view.filters import LaunchFilter
from tests.hostile_data import JINJA, JINJA_BLOCK, LOFTED, SCRIPT, write_hostile_dataset


def test_cli_html_export_keeps_template_syntax_in_records_as_text(tmp_path: Path) -> None:
    data_dir = write_hostile_dataset(tmp_path / "data")
    out = tmp_path / "map.html"
    # "{% raw %}" in a record made branca's template pass fail; "{{ 7*7 }}" became 49.
    assert main(["export", "html", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "{{" not in html
    assert "{%" not in html
    assert html.count("7*7") >= 7  # every missile's tooltip, braces as entities
    assert SCRIPT not in html


def test_html_export_shows_the_search_text_without_evaluating_it(tmp_path: Path) -> None:
    dataset = load_dataset(write_hostile_dataset(tmp_path / "data"))
    for search in (JINJA, JINJA_BLOCK):
        launch_filter = LaunchFilter(text=search)
        shown = launch_filter.apply(dataset.launches, {k: s.name for k, s in dataset.sites.items()})
        assert shown, search
        view = export_view(dataset, launch_filter, None, shown)
        html = standalone_html(view)
        title = html[html.index('id="atlas-export-title"') :][:2000]
        expected = search.replace("{", "&#123;").replace("}", "&#125;")
        assert f"q={expected}" in title  # was "q=49" (the search run as a Jinja expression)


def test_profile_svg_export_writes_the_missile_name_as_text(tmp_path: Path) -> None:
    dataset = load_dataset(write_hostile_dataset(tmp_path / "data"))
    lofted = next(item for item in dataset.launches if item.launch_id == LOFTED)
    svg = chart_svg(profile_chart(flight_profile(lofted)))
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in svg  # the title, escaped
    assert SCRIPT not in svg
    assert "<img" not in svg
    assert "<svg onload" not in svg
