"""The launch list a page at a time: counts, paging, order, row choice and the selection's page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from streamlit.testing.v1 import AppTest

from components.launch_list import ORDER_KEY, PAGE_KEY, TABLE_KEY
from tests.browser_events import send_selection
from tests.core.view.test_filters import make_launch

FIRST_DAY = date(2000, 1, 1)
# One launch a day, so the newest-first position of day N is plain arithmetic.
MANY = [
    make_launch(
        f"{FIRST_DAY + timedelta(days=index)}a-01",
        date_utc=FIRST_DAY + timedelta(days=index),
        date_text=(FIRST_DAY + timedelta(days=index)).isoformat(),
        range_km=float(index),
    )
    for index in range(1_234)
]
NEWEST = [launch.launch_id for launch in reversed(MANY)]


def list_panel() -> None:
    import streamlit as st

    from components import launch_list
    from tests.components.test_launch_list import MANY

    count = st.session_state.get("list_size", len(MANY))
    by_id = {launch.launch_id: launch for launch in MANY}
    selected = by_id.get(st.session_state.get("selected_launch_id", ""))
    launch_list.render(MANY[:count], {}, selected)
    st.text(f"chosen: {st.session_state.get('selected_launch_id')}")


def _app() -> AppTest:
    at = AppTest.from_function(list_panel, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _listed(at: AppTest) -> list[str]:
    (table,) = at.dataframe
    return list(table.value.index)


def _caption(at: AppTest) -> str:
    return next(caption.value for caption in at.caption if caption.value.startswith("Showing"))


def test_a_long_list_shows_its_first_page_and_counts_every_launch():
    at = _app()
    assert at.subheader[0].value == "Launches (1,234)"
    assert _listed(at) == NEWEST[:500]
    assert _caption(at).startswith("Showing 1–500 of 1,234, newest first.")
    assert at.number_input(key=PAGE_KEY).value == 1


def test_another_page_lists_the_next_rows_and_a_row_there_is_chosen():
    at = _app()
    at.number_input(key=PAGE_KEY).set_value(3).run()
    assert _listed(at) == NEWEST[1_000:]
    assert _caption(at).startswith("Showing 1,001–1,234 of 1,234")
    rows = {"selection": {"rows": [2], "columns": [], "cells": []}}
    send_selection(at, f"{TABLE_KEY}_Newest first_3", rows)
    assert at.text[0].value == f"chosen: {NEWEST[1_002]}"


def test_a_launch_selected_elsewhere_brings_its_page_and_can_be_shown_again():
    at = _app()
    at.session_state["selected_launch_id"] = MANY[0].launch_id  # the oldest: last page
    at.run()
    assert at.number_input(key=PAGE_KEY).value == 3
    (table,) = at.dataframe
    assert table.value.loc[MANY[0].launch_id, ""] == "▶"
    assert "The selected launch (▶) is row 234 here." in _caption(at)
    assert not at.button  # already in view
    at.number_input(key=PAGE_KEY).set_value(1).run()
    assert MANY[0].launch_id not in _listed(at)
    (button,) = at.button
    assert button.label == "Show the selected launch (page 3)"
    button.click().run()
    assert MANY[0].launch_id in _listed(at)


def test_order_sorts_the_whole_list_before_paging():
    at = _app()
    at.selectbox(key=ORDER_KEY).set_value("Oldest first").run()
    assert _listed(at) == [launch.launch_id for launch in MANY[:500]]
    at.number_input(key=PAGE_KEY).set_value(2).run()
    at.selectbox(key=ORDER_KEY).set_value("Longest range").run()
    assert at.number_input(key=PAGE_KEY).value == 1  # a new order starts at its top
    assert _listed(at) == NEWEST[:500]  # the range grows by the day in MANY
    assert "longest range" in _caption(at)


def test_a_new_filter_starts_at_the_first_page():
    at = _app()
    at.number_input(key=PAGE_KEY).set_value(3).run()
    at.session_state["list_size"] = 1_100
    at.run()
    assert at.number_input(key=PAGE_KEY).value == 1
    assert _caption(at).startswith("Showing 1–500 of 1,100")


def test_a_short_list_has_no_paging():
    at = AppTest.from_function(list_panel, default_timeout=60)
    at.session_state["list_size"] = 120
    at.run()
    assert not at.exception
    assert len(_listed(at)) == 120
    assert not at.number_input
    assert not at.selectbox
    assert not [caption for caption in at.caption if caption.value.startswith("Showing")]


def test_rows_taken_from_the_datasets_table_are_the_rows_page_table_gives():
    # The grid's page is taken from one Arrow table per dataset: the same rows, columns, types and
    # pandas metadata (the index) as page_table's frame converted as Streamlit converts it.
    from pathlib import Path

    import pyarrow as pa

    from components.launch_list import page_arrow, page_table
    from core.briefing.figure_sources import sources_by_id
    from core.briefing.headline import with_preference
    from core.records.dataset import load_dataset
    from core.view.catalogue import site_names
    from core.view.list_pages import ordered

    dataset = with_preference(load_dataset(Path(__file__).resolve().parents[2] / "data"))
    names = site_names(dataset)
    newest = ordered(dataset.launches)
    for launches, selected_id in (
        (newest, newest[3].launch_id),
        (newest[10:13], None),
        ([dataset.launches[0]], dataset.launches[0].launch_id),
    ):
        taken = page_arrow(launches, names, selected_id, dataset)
        made = pa.Table.from_pandas(
            page_table(launches, names, selected_id, sources_by_id(dataset, launches))
        )
        assert isinstance(taken, pa.Table)
        assert taken.equals(made)
        assert taken.schema.equals(made.schema, check_metadata=True)
        assert taken.column(0).to_pylist().count("▶") == (selected_id is not None)


def test_launches_not_of_the_dataset_are_listed_as_given():
    from pathlib import Path

    from components.launch_list import page_arrow
    from core.records.dataset import load_dataset
    from core.view.catalogue import site_names

    dataset = load_dataset(Path(__file__).resolve().parents[2] / "data")
    edited = replace(dataset.launches[0], range_km=12345.0)
    frame = page_arrow([edited], site_names(dataset), None, dataset)
    assert frame["Range (km)"].tolist() == [12345.0]
