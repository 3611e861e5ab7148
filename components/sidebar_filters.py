"""Sidebar filters, read from the link when a session starts and written back to it on every run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

import streamlit as st

from core.briefing.headline import rule_text
from core.briefing.preferred import DEFAULT_PREFERENCE, PREFERENCE_LABELS, PREFERENCES
from core.records.dataset import Dataset
from core.records.model import EEZ_VERDICTS, LANDING_AREAS, MISSILE_CLASSES, OUTCOMES, value_label
from core.view.catalogue import catalogue, data_span, site_names
from core.view.filters import LaunchFilter, facet_counts
from core.view.query import OWN_PARAMS, View, parse_query, to_query

DATES_KEY: Final = "filter_dates"
TEXT_KEY: Final = "filter_q"
PREFER_KEY: Final = "filter_prefer"
# LaunchFilter facet -> widget key (the state the widget stores is the list of chosen values).
FACET_KEYS: Final = {
    "classes": "filter_classes",
    "names": "filter_names",
    "sites": "filter_sites",
    "outcomes": "filter_outcomes",
    "landing_areas": "filter_landing",
    "eez": "filter_eez",
}
_LINK_READ: Final = "filter_link_read"
_NOTICES: Final = "filter_link_notices"
_LINKED_LAUNCH: Final = "filter_linked_launch"
_PENDING_DATES: Final = "filter_pending_dates"


def _read_link(dataset: Dataset) -> None:
    """Once per session: the link's view becomes the widgets' state."""
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    view, notices = parse_query(params, catalogue(dataset))
    _set_state(view.launch_filter, dataset)
    st.session_state[PREFER_KEY] = view.prefer
    st.session_state[_LINKED_LAUNCH] = view.launch_id
    st.session_state[_NOTICES] = (tuple(n.markdown() for n in notices), view.launch_filter)
    st.session_state[_LINK_READ] = True


def _set_state(launch_filter: LaunchFilter, dataset: Dataset) -> None:
    first, last = data_span(dataset)
    st.session_state[DATES_KEY] = (launch_filter.date_from or first, launch_filter.date_to or last)
    for facet, key in FACET_KEYS.items():
        st.session_state[key] = sorted(getattr(launch_filter, facet))
    st.session_state[TEXT_KEY] = launch_filter.text


def _state_filter(dataset: Dataset) -> LaunchFilter:
    """The filter the widgets describe; a date at the edge of the records is no bound."""
    first, last = data_span(dataset)
    chosen = tuple(st.session_state.get(DATES_KEY) or ())
    date_from = chosen[0] if chosen and chosen[0] > first else None
    date_to = chosen[1] if len(chosen) > 1 and chosen[1] < last else None
    facets = {
        facet: frozenset(st.session_state.get(key) or ()) for facet, key in FACET_KEYS.items()
    }
    text = str(st.session_state.get(TEXT_KEY) or "").strip()
    return LaunchFilter(date_from=date_from, date_to=date_to, text=text, **facets)


def _reset(dataset: Dataset) -> None:
    st.session_state.pop(_PENDING_DATES, None)
    _set_state(LaunchFilter(), dataset)
    st.session_state[_NOTICES] = ((), LaunchFilter())


def narrow_dates(span: tuple[date, date]) -> None:
    """Make `span` the date filter (from a brush on the timeline): call it before `render`.

    The span is held until the browser's date widget shows it. Another event sent before the
    browser drew the new dates (the map reporting its first view, as a slow page does just
    then) brings the widget's old value, which would otherwise undo the brush, whether it stops
    the brush's run or comes after it.
    """
    before = tuple(st.session_state.get(DATES_KEY) or ())
    st.session_state[_PENDING_DATES] = (span, before)


def _apply_pending_dates() -> None:
    """Put a brushed span (narrow_dates) into the date widget's state until the browser has it.

    The widget's value as this run received it tells: the span (the browser has drawn it: done);
    the value from before the brush (an event sent before the browser drew it: apply it again);
    anything else (the analyst chose other dates since: theirs stand).
    """
    pending = st.session_state.get(_PENDING_DATES)
    if pending is None:
        return
    span, before = pending
    received = tuple(st.session_state.get(DATES_KEY) or ())
    if received == tuple(span) or received != before:
        del st.session_state[_PENDING_DATES]
    else:
        st.session_state[DATES_KEY] = span


def preference() -> str:
    """Whose figures lead (headline.py): the link's or the sidebar's choice, else the default."""
    chosen = st.session_state.get(PREFER_KEY)
    return chosen if chosen in PREFERENCES else DEFAULT_PREFERENCE


def linked_launch_id() -> str | None:
    """The launch the link selected, once: on the session's first run, else None."""
    return st.session_state.pop(_LINKED_LAUNCH, None)


@dataclass(frozen=True, slots=True)
class _Options:
    """What the multiselects offer: the values the records hold, worked out once per dataset."""

    classes: list[str]
    names: list[str]
    sites: list[str]


def _options(dataset: Dataset) -> _Options:
    launches = dataset.launches
    present = {launch.missile_class for launch in launches}
    return _Options(
        classes=[value for value in MISSILE_CLASSES if value in present],
        names=sorted({launch.missile_name for launch in launches if launch.missile_name}),
        sites=sorted({launch.site_id for launch in launches if launch.site_id}),
    )


def _multiselect(
    label: str, facet: str, options: Sequence[str], format_func: Callable[[str], str]
) -> None:
    key = FACET_KEYS[facet]
    chosen = st.session_state.get(key) or []
    # A value chosen by a link stays selectable even when no launch has it any more.
    options = [*options, *(value for value in chosen if value not in options)]
    st.multiselect(label, options, format_func=format_func, key=key, placeholder="Any")


def render(dataset: Dataset) -> LaunchFilter:
    """Draw the filters in the sidebar (link notices in the main area); return the filter."""
    if not st.session_state.get(_LINK_READ):
        _read_link(dataset)
    _apply_pending_dates()
    names_of = site_names(dataset)
    first, last = data_span(dataset)
    chosen_dates = tuple(st.session_state.get(DATES_KEY) or (first, last))
    options = dataset.derived("filter_options", None, lambda: _options(dataset))
    others = _state_filter(dataset).without("classes")
    class_counts = dataset.derived(
        "class_counts",
        others,
        lambda: facet_counts(dataset.launches, others, "classes", names_of),
    )
    with st.sidebar:
        st.header("Filters")
        st.date_input(
            "Launch dates (UTC)",
            key=DATES_KEY,
            min_value=min(first, *chosen_dates),
            max_value=max(last, *chosen_dates),
            format="YYYY-MM-DD",
        )
        classes = options.classes
        # Plain names: a chosen option keeps the text it had when chosen, so a count inside it
        # went stale ("ICBM (14)" after a date change left 11); the live counts go under it.
        _multiselect("Missile class", "classes", classes, str)
        st.caption(
            "Missiles per class with the other filters: "
            + " · ".join(f"{value} {class_counts.get(value, 0):,}" for value in classes),
            help="How many missiles each class would show, given the other filters.",
        )
        _multiselect("Missile name", "names", options.names, str)
        _multiselect("Launch site", "sites", options.sites, lambda site: names_of.get(site, site))
        _multiselect("Outcome", "outcomes", OUTCOMES, value_label)
        _multiselect("Landing area", "landing_areas", LANDING_AREAS, value_label)
        _multiselect("Japan EEZ (reported)", "eez", EEZ_VERDICTS, value_label)
        st.text_input(
            "Search",
            key=TEXT_KEY,
            max_chars=200,
            placeholder="id, missile, site or source",
            help="Every word must appear in the launch id, missile name, site or a source.",
        )
        st.button("Reset filters", key="filter_reset", on_click=_reset, args=(dataset,))
        st.radio(
            "Headline figures from",
            PREFERENCES,
            key=PREFER_KEY,
            format_func=PREFERENCE_LABELS.__getitem__,
            help=rule_text(preference())
            + " Every source's figures stay on the card; the link keeps this choice.",
        )
    launch_filter = _state_filter(dataset)
    notices, linked_filter = st.session_state.get(_NOTICES, ((), None))
    if notices and launch_filter == linked_filter:
        st.warning("Parts of this link were ignored:\n\n" + "\n".join(f"- {n}" for n in notices))
    return launch_filter


def write_link(launch_filter: LaunchFilter, launch_id: str | None) -> None:
    """Put the view in the URL, leaving other panels' parameters alone."""
    wanted = to_query(View(launch_filter, launch_id, preference()))
    for name in sorted(OWN_PARAMS):
        if name in wanted:
            if st.query_params.get_all(name) != [wanted[name]]:
                st.query_params[name] = wanted[name]
        elif name in st.query_params:
            del st.query_params[name]
