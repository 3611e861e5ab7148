"""Timeline panel: missiles over time; a click selects a launch, a dragged span sets the dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import pandas as pd
import streamlit as st

from core.records.model import Launch
from core.timeline.chart import BRUSH, LAYOUTS, PICK, build_timeline

CHART_KEY: Final = "timeline_chart"
LAYOUT_KEY: Final = "timeline_layout"
_SEEN: Final = "timeline_seen_selection"
LAYOUT_LABELS: Final = {"range": "Range (log scale)", "class": "Lanes by class"}


@dataclass(frozen=True, slots=True)
class TimelineChoice:
    """What the user did on the timeline in this run, if anything."""

    launch_id: str | None = None
    date_span: tuple[date, date] | None = None


def _on_select() -> None:
    # Every event from the browser counts, even one that repeats the previous selection
    # (clicking the same missile again after choosing another one on the map).
    st.session_state[_SEEN] = None


def _as_date(value: float | str) -> date:
    """A brush edge (epoch milliseconds, or an ISO string) as the day it falls on."""
    if isinstance(value, int | float):
        return pd.Timestamp(value, unit="ms").date()
    return pd.Timestamp(value).date()


def read_choice(selection: Mapping[str, Any]) -> TimelineChoice:
    """The launch id of a picked point and the days of a brushed span, from a chart selection."""
    picked = selection.get(PICK) or []
    launch_id = next((str(point["launch_id"]) for point in picked if "launch_id" in point), None)
    edges = next(iter((selection.get(BRUSH) or {}).values()), None)
    span = None
    if edges and len(edges) == 2:
        start, end = _as_date(edges[0]), _as_date(edges[1])
        span = (min(start, end), max(start, end))
    return TimelineChoice(launch_id, span)


def render(
    launches: Sequence[Launch], site_names: Mapping[str, str], selected_id: str | None
) -> TimelineChoice:
    """Draw the timeline of `launches` with `selected_id` ringed; return a new click or span."""
    st.subheader("Timeline")
    if not launches:
        st.info("No launch passes the filters, so the timeline is empty.")
        return TimelineChoice()
    layout = st.radio(
        "Vertical axis",
        LAYOUTS,
        format_func=LAYOUT_LABELS.__getitem__,
        horizontal=True,
        key=LAYOUT_KEY,
    )
    timeline = build_timeline(launches, site_names, layout or "range", selected_id)
    if timeline.aggregated_note:
        st.info(timeline.aggregated_note)
    state = st.vega_lite_chart(
        timeline.spec,
        on_select=_on_select,
        selection_mode=list(timeline.params),
        key=CHART_KEY,
    )
    st.caption(
        "Click a missile to select it; drag across the chart to make that span the date filter. "
        "Missiles of one salvo sit side by side. Missiles without a reported range (or 0 km) "
        "are on the “no range” strip. "
        "Dates known only to the month or year are drawn on the period's first day."
    )
    selection = dict(state["selection"]) if state else {}
    if selection == st.session_state.get(_SEEN):
        return TimelineChoice()
    st.session_state[_SEEN] = selection
    return read_choice(selection)
