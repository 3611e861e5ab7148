"""The app in AppTest: each headline figure names its source; `?prefer=` and the sidebar choose."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from core.paths import DEFAULT_DATA_DIR

APP = str(Path(__file__).resolve().parent.parent / "app.py")
NOV_7: Final = "2025-11-07a-01"  # JCS: 700 km; nk-missile-tests: 450 km


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(DEFAULT_DATA_DIR))
    return AppTest.from_file(APP, default_timeout=90)


def card_text(at: AppTest) -> str:
    return next(block.value for block in at.markdown if 'class="atlas-card"><dl>' in block.value)


def test_the_card_names_whose_range_leads_jcs_by_default(app):
    app.query_params["launch"] = NOV_7
    app.run()
    assert not app.exception
    card = card_text(app)
    assert "<dt>Range</dt><dd><span" in card
    assert "700 km (JCS) — 450 km nk-missile-tests</span>" in card
    assert (
        "Headline figures prefer JCS (South Korea): each is the first given by JCS, Japan MOD,"
        in card
    )
    assert "prefer" not in app.query_params  # the default stays out of the link


def test_a_link_preferring_the_reference_tables_leads_with_their_figure(app):
    app.query_params.update({"launch": NOV_7, "prefer": "reference"})
    app.run()
    assert not app.exception
    assert app.radio(key="filter_prefer").value == "reference"
    assert "450 km (nk-missile-tests) — 700 km JCS" in card_text(app)


def test_the_sidebar_setting_writes_the_link_and_changes_the_card(app):
    app.query_params["launch"] = NOV_7
    app.run()
    app.radio(key="filter_prefer").set_value("reference").run()
    assert not app.exception
    assert app.query_params["prefer"] in ("reference", ["reference"])
    assert "450 km (nk-missile-tests)" in card_text(app)
    app.radio(key="filter_prefer").set_value("jcs").run()
    assert "prefer" not in app.query_params
    assert "700 km (JCS)" in card_text(app)


def test_an_unknown_preference_is_named_and_the_default_used(app):
    app.query_params.update({"launch": NOV_7, "prefer": "kcna"})
    app.run()
    assert not app.exception
    assert any("`prefer`: `'kcna'` is not one of" in warning.value for warning in app.warning)
    assert "700 km (JCS)" in card_text(app)


def list_row(at: AppTest, launch_id: str) -> dict[str, object]:
    table = next(frame.value for frame in at.dataframe if "Range source" in frame.value.columns)
    return dict(table.loc[launch_id])


def timeline_rows(at: AppTest) -> list[dict[str, object]]:
    """Every missile row the timeline's chart carries, as the browser reads its Arrow data."""
    (chart,) = [c for c in at.get("vega_lite_chart") if "timeline_ranged" in c.proto.spec]
    return [
        row
        for dataset in chart.proto.datasets
        for row in pa.ipc.open_stream(dataset.data.data).read_all().to_pylist()
        if "launch_id" in row
    ]


@pytest.mark.parametrize(
    ("prefer", "range_km", "source"),
    [("jcs", 700.0, "JCS"), ("reference", 450.0, "nk-missile-tests")],
)
def test_the_list_and_timeline_name_whose_figure_they_show(app, prefer, range_km, source):
    app.query_params.update({"launch": NOV_7, "prefer": prefer})
    app.run()
    assert not app.exception
    row = list_row(app, NOV_7)
    assert (row["Range (km)"], row["Range source"]) == (range_km, source)
    assert row["Apogee source"]
    assert row["Japan EEZ"].startswith("outside (Japan")
    tip = next(row for row in timeline_rows(app) if row["launch_id"] == NOV_7)
    assert tip["range_text"] == f"{range_km:,.0f} km ({source})"
    assert tip["apogee_text"].endswith(f"km ({row['Apogee source']})")
