"""The app in AppTest: each headline figure names its source; `?prefer=` and the sidebar choose."""

from __future__ import annotations

from pathlib import Path
from typing import Final

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
