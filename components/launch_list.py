"""Chronological list of the filtered launches, newest first; choosing a row selects the launch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import Final

import pandas as pd
import streamlit as st

from components.timeline_frames import clock_texts
from core.records import Launch

TABLE_KEY: Final = "launch_list_table"
_SEEN: Final = "launch_list_seen_rows"
LABELS: Final = {
    "sea_of_japan": "Sea of Japan",
    "yellow_sea": "Yellow Sea",
    "pacific": "Pacific",
    "land": "Land",
}


def launch_table(
    launches: Sequence[Launch], site_names: Mapping[str, str], selected_id: str | None
) -> pd.DataFrame:
    """Key figures per missile, newest first, indexed by launch id."""
    ordered = sorted(launches, key=attrgetter("date_utc", "launch_id"), reverse=True)
    return pd.DataFrame(
        {
            "": ["▶" if launch.launch_id == selected_id else "" for launch in ordered],
            "Date (UTC)": [launch.date_text for launch in ordered],
            "Time (UTC)": clock_texts(ordered),
            "Missile": [launch.missile_name or "unidentified" for launch in ordered],
            "Class": [launch.missile_class for launch in ordered],
            "Site": [site_names.get(launch.site_id, "unknown") for launch in ordered],
            "Range (km)": pd.array([launch.range_km for launch in ordered], dtype="Float64"),
            "Apogee (km)": pd.array([launch.apogee_km for launch in ordered], dtype="Float64"),
            "Japan EEZ": [launch.japan_eez for launch in ordered],
            "Landing": [LABELS.get(launch.landing_area, launch.landing_area) for launch in ordered],
            "Outcome": [launch.outcome for launch in ordered],
        },
        index=pd.Index([launch.launch_id for launch in ordered], name="Launch id"),
    )


def _on_select() -> None:
    # A browser event is new even when it repeats the previous row (see timeline._on_select).
    st.session_state[_SEEN] = None


def render(
    launches: Sequence[Launch], site_names: Mapping[str, str], selected_id: str | None
) -> str | None:
    """Draw the list; return the launch id of a row the user just chose, if any."""
    st.subheader(f"Launches ({len(launches):,})")
    if not launches:
        st.info("No launch passes the filters.")
        return None
    table = launch_table(launches, site_names, selected_id)
    state = st.dataframe(
        table,
        key=TABLE_KEY,
        on_select=_on_select,
        selection_mode="single-row",
        height=320,
        column_config={
            "": st.column_config.TextColumn(width=24, help="The selected launch"),
            "Range (km)": st.column_config.NumberColumn(format="%.0f"),
            "Apogee (km)": st.column_config.NumberColumn(format="%.0f"),
        },
    )
    rows = list(state["selection"]["rows"]) if state else []
    if rows == st.session_state.get(_SEEN):
        return None
    st.session_state[_SEEN] = rows
    if rows and 0 <= rows[0] < len(table):
        return str(table.index[rows[0]])
    return None
