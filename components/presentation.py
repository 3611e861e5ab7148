"""Presentation mode (?present=1): map, card and profile of one launch at a time, newest first."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Final

import streamlit as st

from components import map_frame
from core.geo.rings import default_rings
from core.geo.trajectory import sea_model, trajectory
from core.mapview.base import canvas_for
from core.mapview.build import GEO_DATA_DIR, layer_parts
from core.mapview.centres import ring_centre_for
from core.mapview.launch_layer import array_json
from core.records.dataset import Dataset
from core.records.model import CHRONOLOGICAL, Launch

PRESENT_PARAM: Final = "present"
LAUNCH_KEY: Final = "present_launch_id"
OLDEST_FIRST_KEY: Final = "present_oldest_first"
NEXT_KEY: Final = "present_next"
PREVIOUS_KEY: Final = "present_previous"
# Presentation clickers send PageDown/PageUp, and Space steps on as in any slideshow; a button
# takes one shortcut, so hidden twins carry those keys (static/js/present.js presses them too
# when the map has the focus).
CLICKER_KEYS: Final = (
    ("present_page_down", "PageDown", 1),
    ("present_page_up", "PageUp", -1),
    ("present_space", "Space", 1),
)
MAP_KEY: Final = "present_map"
MAP_HEIGHT_PX: Final = 840
FOCUS_PADDING_PX: Final = 40
# Hide Streamlit's own chrome (sidebar, header, toolbar, footer) and enlarge the type for a
# projector; the rem-based sizes of Streamlit's widgets all follow the root font size.
PRESENT_CSS: Final = """
<style>
html { font-size: 24px; }
.atlas-card small { font-size: 1em; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { font-size: 24px; }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], #MainMenu, footer { display: none !important; }
.st-key-present_page_down, .st-key-present_page_up, .st-key-present_space { display: none; }
.block-container, [data-testid="stMainBlockContainer"] {
  padding: 0.6rem 1.2rem 0.4rem 1.2rem !important; max-width: 100% !important; }
p.atlas-present-position { font-size: 2.2rem !important; font-weight: 700; margin: 0 !important;
  line-height: 1.1; }
p.atlas-present-asof { font-size: 1rem !important; color: #444; margin: 0 !important; }
</style>
"""


def active() -> bool:
    """True when the link asks for presentation mode (?present=1)."""
    return st.query_params.get(PRESENT_PARAM, "") in ("1", "true", "yes")


def in_order(launches: Sequence[Launch], oldest_first: bool) -> list[Launch]:
    """The launches as presented: newest first for a morning brief, or oldest first."""
    return sorted(launches, key=CHRONOLOGICAL, reverse=not oldest_first)


def _step(delta: int, ids: Sequence[str]) -> None:
    current = st.session_state.get(LAUNCH_KEY)
    index = ids.index(current) if current in ids else 0
    st.session_state[LAUNCH_KEY] = ids[(index + delta) % len(ids)]


def current_index(launches: Sequence[Launch], selected_id: str | None) -> int:
    """Where the slideshow stands in `launches` (already in presenting order).

    Kept in the session as the launch on screen, so turning the order round keeps it; it starts
    at the launch the link names, else at the first (the newest, unless oldest first).
    """
    ids = [launch.launch_id for launch in launches]
    if st.session_state.get(LAUNCH_KEY) not in ids:
        st.session_state[LAUNCH_KEY] = selected_id if selected_id in ids else ids[0]
    return ids.index(st.session_state[LAUNCH_KEY])


def _navigation(launches: Sequence[Launch], index: int, as_of: date | None) -> None:
    count = len(launches)
    ids = [launch.launch_id for launch in launches]
    # One row whose buttons and toggle take the width their words need (fixed column shares
    # cut "Previous" and "Oldest first" short at 1366 px); the position takes the rest.
    row = st.container(horizontal=True, vertical_alignment="center", gap="medium")
    row.button(
        "◀ Previous",
        key=PREVIOUS_KEY,
        on_click=_step,
        args=(-1, ids),
        shortcut="Left",
        help="Previous launch (← key)",
        width="content",
    )
    position = row.container(width="stretch")
    row.toggle("Oldest first", key=OLDEST_FIRST_KEY, help="Step forward in time instead")
    row.button(
        "Next ▶",
        key=NEXT_KEY,
        on_click=_step,
        args=(1, ids),
        shortcut="Right",
        help="Next launch (→ key, Space)",
        width="content",
        type="primary",
    )
    for key, shortcut, delta in CLICKER_KEYS:
        position.button(shortcut, key=key, on_click=_step, args=(delta, ids), shortcut=shortcut)
    as_of_text = f"data as of {as_of.isoformat()}" if as_of else "no dated records"
    direction = "oldest first" if st.session_state.get(OLDEST_FIRST_KEY) else "newest first"
    position.markdown(
        f'<p class="atlas-present-position">{index + 1} / {count}</p>'
        f'<p class="atlas-present-asof">{as_of_text} · {direction} · ← → or a clicker to '
        'step · remove <span style="white-space:nowrap">?present=1</span> from the address '
        "to leave</p>",
        unsafe_allow_html=True,
    )


def focus_bounds(dataset: Dataset, launches: Sequence[Launch]) -> list[list[float]] | None:
    """South-west and north-east corners around the launches' sites, paths and impact points."""
    sea = sea_model(GEO_DATA_DIR)
    points = []
    for launch in launches:
        item = trajectory(launch, dataset.site_of(launch), sea)
        points += list(item.path)
        if item.origin is not None:
            points.append(item.origin)
        if item.impact is not None:
            points.append(item.impact.point)
    if not points:
        return None
    lats, lons = [lat for lat, _ in points], [lon for _, lon in points]
    # A lone point (no path) gets a box of about 3 degrees so the coast around it shows.
    pad = 1.5 if len(set(points)) == 1 else 0.0
    return [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]]


def salvo_of(dataset: Dataset, launches: Sequence[Launch], launch: Launch) -> list[Launch]:
    """The launch and the other missiles of its launch event that the filter shows."""
    shown = {item.launch_id for item in launches}
    members = [m for m in dataset.event_members(launch.event_id) if m.launch_id in shown]
    return members or [launch]


def present_script(strong: Sequence[Launch], bounds: list[list[float]] | None) -> str:
    """Script for the map's frame (static/js/present.js): only `strong` stays bold, framed clear
    of the legend; the step keys work with the map focused.

    The view moves inside the same map (folium's fit_bounds would change the base map's script
    and remount it for every launch).
    """
    ids = array_json([launch.launch_id for launch in strong])
    box = (
        json.dumps([[float(value) for value in corner] for corner in bounds]) if bounds else "null"
    )
    return f"\nL.atlasPresent(map_div, {ids}, {box}, {FOCUS_PADDING_PX});\n"


def _draw_map(dataset: Dataset, launches: Sequence[Launch], launch: Launch) -> None:
    """The app's map of `launches` with `launch` selected, framed with its salvo, the rest faint.

    Drawn from the map frame's cached pieces: stepping to the next launch restyles the layers
    and moves the view inside the same map instead of building and remounting a new one.
    """
    parts = layer_parts(
        dataset,
        launches,
        launch.launch_id,
        ring_centre_for(dataset, launch),
        default_rings(dataset.launches),
        sea_model(GEO_DATA_DIR),
    )
    salvo = salvo_of(dataset, launches, launch)
    bounds = focus_bounds(dataset, salvo)
    map_frame.draw(
        parts,
        key=MAP_KEY,
        online_tiles=False,
        canvas=canvas_for(len(dataset.launches)),
        height=MAP_HEIGHT_PX,
        returned_objects=[],
        on_select=present_script(salvo, bounds),
    )


def render(
    dataset: Dataset,
    launches: Sequence[Launch],
    selected_id: str | None,
    brief: Callable[[Launch], None],
) -> Launch | None:
    """Draw the presentation page; return the launch on screen.

    `brief(launch)` draws its card and profile; it comes from app.py, so this panel imports no
    other panel.
    """
    st.markdown(PRESENT_CSS, unsafe_allow_html=True)
    if not launches:
        st.warning("No launches match the filters in the link: nothing to present.")
        return None
    ordered = in_order(launches, bool(st.session_state.get(OLDEST_FIRST_KEY, False)))
    index = current_index(ordered, selected_id)
    _navigation(ordered, index, dataset.as_of)
    launch = ordered[index]
    map_column, card_column = st.columns([3, 2])
    with map_column:
        _draw_map(dataset, launches, launch)
    with card_column:
        brief(launch)
    return launch
