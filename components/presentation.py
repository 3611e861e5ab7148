"""Presentation mode (?present=1): full-screen map, card and profile, stepped with Next/Previous."""

from __future__ import annotations

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
from core.records.dataset import Dataset
from core.records.model import Launch

PRESENT_PARAM: Final = "present"
INDEX_KEY: Final = "present_index"
NEXT_KEY: Final = "present_next"
PREVIOUS_KEY: Final = "present_previous"
# Presentation clickers send PageDown/PageUp; a button takes one shortcut, so two hidden twins
# carry those keys.
CLICKER_KEYS: Final = (("present_page_down", "PageDown", 1), ("present_page_up", "PageUp", -1))
MAP_KEY: Final = "present_map"
MAP_HEIGHT_PX: Final = 760
FOCUS_PADDING_PX: Final = (60, 60)
# Hide Streamlit's own chrome (sidebar, header, toolbar, footer) and enlarge the type for a
# projector; the rem-based sizes of Streamlit's widgets all follow the root font size.
PRESENT_CSS: Final = """
<style>
html { font-size: 20px; }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], #MainMenu, footer { display: none !important; }
.st-key-present_page_down, .st-key-present_page_up { display: none; }
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


def _step(delta: int, count: int) -> None:
    st.session_state[INDEX_KEY] = (st.session_state.get(INDEX_KEY, 0) + delta) % count


def current_index(launches: Sequence[Launch], selected_id: str | None) -> int:
    """Where the slideshow stands: kept in the session, starting at the selected launch."""
    if INDEX_KEY not in st.session_state:
        ids = [launch.launch_id for launch in launches]
        st.session_state[INDEX_KEY] = ids.index(selected_id) if selected_id in ids else 0
    index = min(max(int(st.session_state[INDEX_KEY]), 0), len(launches) - 1)
    st.session_state[INDEX_KEY] = index
    return index


def _navigation(launches: Sequence[Launch], index: int, as_of: date | None) -> None:
    count = len(launches)
    previous, position, following = st.columns([1, 6, 1], vertical_alignment="center")
    previous.button(
        "◀ Previous",
        key=PREVIOUS_KEY,
        on_click=_step,
        args=(-1, count),
        shortcut="Left",
        help="Previous launch (← key)",
        width="stretch",
    )
    following.button(
        "Next ▶",
        key=NEXT_KEY,
        on_click=_step,
        args=(1, count),
        shortcut="Right",
        help="Next launch (→ key)",
        width="stretch",
        type="primary",
    )
    for key, shortcut, delta in CLICKER_KEYS:
        position.button(shortcut, key=key, on_click=_step, args=(delta, count), shortcut=shortcut)
    as_of_text = f"data as of {as_of.isoformat()}" if as_of else "no dated records"
    position.markdown(
        f'<p class="atlas-present-position">{index + 1} / {count}</p>'
        f'<p class="atlas-present-asof">{as_of_text} · ← → (or a clicker) to step · '
        "remove ?present=1 from the address to leave</p>",
        unsafe_allow_html=True,
    )


def focus_bounds(dataset: Dataset, launch: Launch) -> list[list[float]] | None:
    """South-west and north-east corners around the launch's site, path and impact point."""
    item = trajectory(launch, dataset.site_of(launch), sea_model(GEO_DATA_DIR))
    points = list(item.path)
    if item.origin is not None:
        points.append(item.origin)
    if item.impact is not None:
        points.append(item.impact.point)
    if not points:
        return None
    lats, lons = [lat for lat, _ in points], [lon for _, lon in points]
    # A lone point (no path) gets a box of about 3 degrees so the coast around it shows.
    pad = 1.5 if len(points) == 1 else 0.0
    return [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]]


def _draw_map(dataset: Dataset, launches: Sequence[Launch], launch: Launch) -> None:
    """The app's map of `launches` with `launch` selected and in view, its rings round its site.

    Drawn from the map frame's cached pieces: stepping to the next launch redraws the layers and
    moves the view inside the same map instead of building and remounting a new one.
    """
    parts = layer_parts(
        dataset,
        launches,
        launch.launch_id,
        ring_centre_for(dataset, launch),
        default_rings(dataset.launches),
        sea_model(GEO_DATA_DIR),
    )
    bounds = focus_bounds(dataset, launch)
    map_frame.draw(
        parts,
        key=MAP_KEY,
        online_tiles=False,
        canvas=canvas_for(len(dataset.launches)),
        height=MAP_HEIGHT_PX,
        returned_objects=[],
        after=map_frame.fit_script(bounds, FOCUS_PADDING_PX) if bounds else "",
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
    index = current_index(launches, selected_id)
    _navigation(launches, index, dataset.as_of)
    launch = launches[index]
    map_column, card_column = st.columns([3, 2])
    with map_column:
        _draw_map(dataset, launches, launch)
    with card_column:
        brief(launch)
    return launch
