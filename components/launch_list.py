"""List of the filtered launches a page at a time, newest first; choosing a row selects it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Final

import pandas as pd
import pyarrow as pa
import streamlit as st

from components import selection
from core.briefing.figure_sources import NONE_KNOWN, FigureSources, sources_by_id
from core.records.dataset import Dataset
from core.records.model import Launch, value_label
from core.timeline.frames import clock_texts
from core.view.catalogue import own_view
from core.view.list_pages import NEWEST, ORDERS, PAGE_ROWS, ordered, page, page_count, page_of

TABLE_KEY: Final = "launch_list_table"
PAGE_KEY: Final = "launch_list_page"
ORDER_KEY: Final = "launch_list_order"
_VIEW: Final = "launch_list_view"  # the listed set and order the page number belongs to
_FOLLOWED: Final = "launch_list_followed"  # the selection the page last moved to
_SOURCE_HELP: Final = (
    "Who gave the {} shown: the first source in the order chosen under “Headline figures from” "
    "(sidebar); every source's figure is on the card"
)


def _eez_text(verdict: str, source: str) -> str:
    return f"{verdict} ({source})" if source and verdict != "unknown" else verdict


def page_table(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    selected_id: str | None,
    sources: Mapping[str, FigureSources] | None = None,
) -> pd.DataFrame:
    """Key figures per missile, in the order given, indexed by launch id; each headline figure
    beside its source (`sources` by launch id, figure_sources.sources_by_id; blank if unknown)."""
    whose = [(sources or {}).get(launch.launch_id, NONE_KNOWN) for launch in launches]
    return pd.DataFrame(
        {
            "": ["▶" if launch.launch_id == selected_id else "" for launch in launches],
            "Date (UTC)": [launch.date_text for launch in launches],
            "Time (UTC)": clock_texts(launches),
            "Missile": [launch.missile_name or "unidentified" for launch in launches],
            "Class": [launch.missile_class for launch in launches],
            "Site": [site_names.get(launch.site_id, "unknown") for launch in launches],
            "Range (km)": pd.array([launch.range_km for launch in launches], dtype="Float64"),
            "Range source": [who.range_km for who in whose],
            "Apogee (km)": pd.array([launch.apogee_km for launch in launches], dtype="Float64"),
            "Apogee source": [who.apogee_km for who in whose],
            "Japan EEZ": [
                _eez_text(launch.japan_eez, who.japan_eez)
                for launch, who in zip(launches, whose, strict=True)
            ],
            "Landing": [value_label(launch.landing_area) for launch in launches],
            "Outcome": [launch.outcome for launch in launches],
        },
        index=pd.Index([launch.launch_id for launch in launches], name="Launch id"),
    )


@dataclass(frozen=True, slots=True)
class _Rows:
    """Every launch's list row as Arrow, made once per dataset, and each launch's row number."""

    table: pa.Table
    row_of: dict[str, int]


def _rows(dataset: Dataset, site_names: Mapping[str, str]) -> _Rows:
    launches = dataset.launches
    frame = page_table(launches, site_names, None, sources_by_id(dataset, launches))
    table = pa.Table.from_pandas(frame)  # as Streamlit converts a DataFrame it is given
    return _Rows(table, {launch.launch_id: row for row, launch in enumerate(launches)})


def page_arrow(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    selected_id: str | None,
    dataset: Dataset | None = None,
) -> pa.Table | pd.DataFrame:
    """The rows of `launches` as the grid shows them: page_table's, converted to Arrow as
    Streamlit would (the same bytes), taken from a table made once per dataset when these are
    the dataset's own launches and site names; else page_table itself."""
    if dataset is None or not own_view(dataset, launches, site_names):
        sources = sources_by_id(dataset, launches) if dataset is not None else None
        return page_table(launches, site_names, selected_id, sources)
    every = dataset.derived("list_rows", None, lambda: _rows(dataset, site_names))
    table = every.table.take([every.row_of[launch.launch_id] for launch in launches])
    marks = ["▶" if launch.launch_id == selected_id else "" for launch in launches]
    return table.set_column(0, table.field(0), pa.array(marks, table.field(0).type))


def _on_select(key: str, ids: tuple[str, ...]) -> None:
    # Runs before the run the row's click causes, so that run shows the launch everywhere.
    state = st.session_state.get(key) or {}
    rows = list((state.get("selection") or {}).get("rows") or [])
    if rows and 0 <= rows[0] < len(ids):
        selection.select(ids[rows[0]])


def _page_number(listed: list[Launch], order: str, selected_id: str | None) -> int:
    """The page to show: 1 after the set or order changes, the selection's page when it moves."""
    state = st.session_state
    view = (order, len(listed), listed[0].launch_id, listed[-1].launch_id)
    number = int(state.get(PAGE_KEY, 1))
    if state.get(_VIEW) != view:
        state[_VIEW], number = view, 1
    if state.get(_FOLLOWED) != selected_id:
        # Chosen on the map, the timeline or by a link: show it where it is listed.
        state[_FOLLOWED] = selected_id
        number = page_of(listed, selected_id) or number
    return min(max(1, number), page_count(len(listed)))


def _go_to(number: int) -> None:
    st.session_state[PAGE_KEY] = number


def _controls(launches: Sequence[Launch], selected_id: str | None) -> tuple[list[Launch], str, int]:
    """Order, page and 'show the selected launch' above a long list: the order and page shown."""
    order_column, page_column, jump_column = st.columns([2, 1, 2], vertical_alignment="bottom")
    with order_column:
        order = str(st.selectbox("Order", ORDERS, key=ORDER_KEY))
    listed = ordered(launches, order)
    st.session_state[PAGE_KEY] = _page_number(listed, order, selected_id)
    pages = page_count(len(listed))
    with page_column:
        shown = int(st.number_input(f"Page (of {pages:,})", 1, pages, step=1, key=PAGE_KEY))
    selected_page = page_of(listed, selected_id)
    if selected_page is not None and selected_page != shown:
        with jump_column:
            st.button(
                f"Show the selected launch (page {selected_page:,})",
                key="launch_list_show_selected",
                on_click=_go_to,
                args=(selected_page,),
            )
    return listed, order, shown


def render(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    selected: Launch | None,
    dataset: Dataset | None = None,
) -> None:
    """Draw the list with `selected` marked; choosing a row selects it (`selection.select`).

    With `dataset`, each headline figure names its source (the preference `dataset` follows).
    """
    selected_id = selected.launch_id if selected else None
    st.subheader(f"Launches ({len(launches):,})")
    if not launches:
        st.info("No launch passes the filters.")
        return
    paged = len(launches) > PAGE_ROWS
    if paged:
        listed, order, number = _controls(launches, selected_id)
    else:
        listed, order, number = ordered(launches), NEWEST, 1
    shown = page(listed, number)
    table = page_arrow(shown.launches, site_names, selected_id, dataset)
    ids = tuple(launch.launch_id for launch in shown.launches)
    # A page of its own key, so a row chosen on one page is not shown chosen on the next.
    key = TABLE_KEY if (number, order) == (1, NEWEST) else f"{TABLE_KEY}_{order}_{number}"
    st.dataframe(
        table,
        key=key,
        on_select=partial(_on_select, key, ids),
        selection_mode="single-row",
        height=320,
        column_config={
            "": st.column_config.TextColumn(width=24, help="The selected launch"),
            # Widths that keep a figure and its source in view at 1366x768; long site names
            # are cut (the card gives them in full).
            "Missile": st.column_config.TextColumn(width=150),
            "Site": st.column_config.TextColumn(width=160),
            "Range (km)": st.column_config.NumberColumn(format="%.0f", width=82),
            "Apogee (km)": st.column_config.NumberColumn(format="%.0f", width=88),
            "Range source": st.column_config.TextColumn(
                width=112, help=_SOURCE_HELP.format("range")
            ),
            "Apogee source": st.column_config.TextColumn(
                width=112, help=_SOURCE_HELP.format("apogee")
            ),
            "Japan EEZ": st.column_config.TextColumn(
                help="Japan's EEZ verdict and (in brackets) who gave it"
            ),
        },
    )
    if paged:
        here = ""
        if selected_id in ids:
            here = f" The selected launch (▶) is row {ids.index(selected_id) + 1:,} here."
        st.caption(
            f"{shown.caption}, {order.lower()}.{here} A column heading sorts this page only; "
            "every filtered missile is in the CSV under “Export this view”."
        )
