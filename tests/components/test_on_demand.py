"""AppTest: the report form, the about panel and the export files do not run on a filter change.

Each runs only while its panel is open, and an export file is built only when its button is
clicked: calls are counted through the panel modules' own names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from components import about, exports, report_panel, report_review
from tests.conftest import write_dataset

APP = str(Path(__file__).resolve().parents[2] / "app.py")
# Every builder of an export file, as components/exports.py names them.
FILE_BUILDERS = ("standalone_html", "to_csv", "to_geojson", "map_png", "to_pptx", "chart_png")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Counter[str]:
    """Counts of the report form's runs, export views and export files built."""
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(write_dataset(tmp_path / "data")))
    counted: Counter[str] = Counter()

    def counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(report_review, "render", counting("form", report_review.render))
    monkeypatch.setattr(exports, "export_view", counting("export_view", exports.export_view))
    for name in FILE_BUILDERS:
        monkeypatch.setattr(exports, name, counting(name, getattr(exports, name)))
    return counted


def _change_filter(at: AppTest) -> None:
    at.multiselect(key="filter_classes").set_value(["ICBM"])
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="filter_classes").value == ["ICBM"]


def _panel(at: AppTest, label: str) -> Any:
    return next(expander for expander in at.expander if expander.label == label)


def test_closed_panels_do_not_run_on_a_filter_change(calls: Counter[str]) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    _change_filter(at)
    assert calls == Counter()
    # The closed panels are on the page, with nothing drawn in them.
    for label in ("Add a report", "Export this view", "About the data"):
        assert not _panel(at, label).children, label
    assert not at.get("download_button")


def test_open_panels_draw_and_export_files_wait_for_their_button(calls: Counter[str]) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    for key in (report_panel.PANEL_KEY, exports.PANEL_KEY, about.PANEL_KEY):
        at.session_state[key] = True
    at.session_state["selected_launch_id"] = "2017-11-28a-01"  # its profile exports too
    at.run()
    assert not at.exception, at.exception
    assert at.text_area(key="report_text")
    assert any("Sources." in element.value for element in _panel(at, "About the data").markdown)
    assert len(at.get("download_button")) == 7
    _change_filter(at)
    assert calls["form"] == 2
    assert calls["export_view"] == 2
    assert not any(calls[name] for name in FILE_BUILDERS), calls
    # The panel names the missiles its files hold: the filtered view.
    caption = next(c.value for c in _panel(at, "Export this view").caption)
    assert caption == "Files of the 1 missile the filters show."
