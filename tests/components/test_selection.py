"""The selection: one id in the session, resolved once to a launch the filters show."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset


def selection_page() -> None:
    import streamlit as st

    from components import data_source, selection
    from core.view.filters import LaunchFilter

    dataset = data_source.load()
    if chosen := st.session_state.get("choose"):
        selection.select(chosen or None)
    if st.session_state.get("clear"):
        selection.select(None)
    classes = frozenset(st.session_state.get("classes", ()))
    launch = selection.current(dataset, LaunchFilter(classes=classes), {})
    st.text(f"{selection.selected_id()}|{launch.launch_id if launch else None}")


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    data_dir = write_dataset(tmp_path / "data", launches=LAUNCHES, sites=SITES, sources=SOURCES)
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(data_dir))
    return AppTest.from_function(selection_page, default_timeout=30)


def test_the_selected_launch_is_resolved_only_while_the_filters_show_it(page):
    launch = LAUNCHES[0]
    page.session_state["choose"] = launch["launch_id"]
    page.run()
    assert page.text[0].value == f"{launch['launch_id']}|{launch['launch_id']}"
    other = next(c for c in ("ICBM", "SRBM", "IRBM") if c != launch["missile_class"])
    page.session_state["classes"] = [other]
    page.run()
    # Hidden by the filter: no launch for the panels, but the id stays for the link.
    assert page.text[0].value == f"{launch['launch_id']}|None"
    page.session_state["classes"] = []
    page.session_state["choose"] = ""
    page.session_state["clear"] = True
    page.run()
    assert page.text[0].value == "None|None"


def test_an_id_not_in_the_records_resolves_to_nothing(page):
    page.session_state["choose"] = "1999-01-01a-01"
    page.run()
    assert page.text[0].value == "1999-01-01a-01|None"
