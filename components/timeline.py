"""Timeline panel: missiles over time; a click selects a launch, a dragged span sets the dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import pandas as pd
import streamlit as st

from components import selection
from core.briefing.figure_sources import sources_by_id
from core.records.dataset import Dataset
from core.records.model import Launch
from core.timeline.chart import BRUSH, LAYOUTS, PICK, Timeline, build_timeline
from core.timeline.frames import MAX_POINTS
from core.timeline.legend import legend_html
from core.view.catalogue import own_view

CHART_KEY: Final = "timeline_chart"
LAYOUT_KEY: Final = "timeline_layout"
_SPAN: Final = "timeline_brushed_span"  # a span brushed, until app.py takes it
LAYOUT_LABELS: Final = {"range": "Range (log scale)", "class": "Lanes by class"}


@dataclass(frozen=True, slots=True)
class TimelineChoice:
    """What the user did on the timeline, when it reads as a launch or a span of days."""

    launch_id: str | None = None
    date_span: tuple[date, date] | None = None


def _on_select() -> None:
    # Runs before the run the browser's event causes: a picked missile is selected at once (the
    # map, card and list of that run show it); a brushed span waits for app.py to take it, at the
    # top of the run, before the filters are drawn.
    state = st.session_state.get(CHART_KEY) or {}
    choice = read_choice(dict(state.get("selection") or {}))
    if choice.launch_id:
        selection.select(choice.launch_id)
    if choice.date_span:
        st.session_state[_SPAN] = choice.date_span


def _as_date(value: float | str) -> date:
    """A brush edge (epoch milliseconds, or an ISO string) as the day it falls on."""
    if isinstance(value, int | float):
        return pd.Timestamp(value, unit="ms").date()
    return pd.Timestamp(value).date()


def read_choice(chosen: Mapping[str, Any]) -> TimelineChoice:
    """The launch id of a picked point and the days of a brushed span, from a chart selection."""
    picked = chosen.get(PICK) or []
    launch_id = next((str(point["launch_id"]) for point in picked if "launch_id" in point), None)
    edges = next(iter((chosen.get(BRUSH) or {}).values()), None)
    span = None
    if edges and len(edges) == 2:
        start, end = _as_date(edges[0]), _as_date(edges[1])
        span = (min(start, end), max(start, end))
    return TimelineChoice(launch_id, span)


def take_brushed_span() -> tuple[date, date] | None:
    """The span of days just dragged on the timeline, once; None when there is none.

    Its callback ran before this run. Take it before any element is drawn: Streamlit may stop a
    run at any element when another event arrives (the map reporting its first view), and the
    next run sees the same chart selection, so no callback would bring a lost span back.
    """
    span: tuple[date, date] | None = st.session_state.pop(_SPAN, None)
    return span


# Charts kept per dataset, by the launches drawn, the layout and the selection: a rerun, and
# every session showing the same view, reuse the chart instead of building it again.
CHARTS_KEPT: Final = 16


def _timeline(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    layout: str,
    selected_id: str | None,
    dataset: Dataset | None,
) -> Timeline:
    def build() -> Timeline:
        sources = None
        if dataset is not None and len(launches) <= MAX_POINTS:  # bins carry no per-missile text
            sources = sources_by_id(dataset, launches)
        return build_timeline(launches, site_names, layout, selected_id, sources)

    if dataset is None or not own_view(dataset, launches, site_names):
        return build()
    ids = tuple(launch.launch_id for launch in launches)
    return dataset.derived("timeline", (ids, layout, selected_id), build, keep=CHARTS_KEPT)


def render(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    selected: Launch | None,
    dataset: Dataset | None = None,
) -> None:
    """Draw the timeline of `launches` with `selected` ringed.

    A click on a missile selects it through `selection.select`; a dragged span waits for
    `take_brushed_span`. With `dataset`, a missile's tooltip names the source of its range and
    apogee (the preference `dataset` follows).
    """
    st.subheader("Timeline")
    if not launches:
        st.info("No launch passes the filters, so the timeline is empty.")
        return
    layout = st.radio(
        "Vertical axis",
        LAYOUTS,
        format_func=LAYOUT_LABELS.__getitem__,
        horizontal=True,
        key=LAYOUT_KEY,
    )
    timeline = _timeline(
        launches, site_names, layout or "range", selected.launch_id if selected else None, dataset
    )
    if timeline.aggregated_note:
        st.info(timeline.aggregated_note)
    st.markdown(legend_html(), unsafe_allow_html=True)
    st.vega_lite_chart(
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
