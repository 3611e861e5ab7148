"""The map panel: trajectories, launch sites, range rings and EEZ context, fully offline."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import streamlit as st

from components import map_frame, selection
from components.map_rings import render_places, render_ring_controls
from core.geo.rings import RingChoice
from core.geo.trajectory import sea_model
from core.mapview.base import canvas_for
from core.mapview.build import GEO_DATA_DIR, MAX_DRAWN_PATHS, layer_parts
from core.mapview.centres import reach_ring_for, ring_centre_for, table_rings
from core.markdown_text import markdown_literal
from core.records.dataset import Dataset
from core.records.model import Launch
from core.view.stepping import step_launch

MAP_KEY: Final = "map_launches"
# Only a click on an object reruns the app (the count changes even when the same launch is
# clicked again); pans and zooms stay in the browser.
RETURNED: Final = ["last_active_drawing", "last_object_clicked_count"]
# The map's least height; page.css stretches it to the window under the title line.
MAP_HEIGHT_PX: Final = 620
FIT_PADDING_PX: Final = (24, 24)


def _fit_on_new_view(launches: Sequence[Launch]) -> str:
    """Script that fits the map to the filtered launches the first time the map draws this set
    of launches (a filter change, a link, a new map frame), else leaves the user's own pan and
    zoom; the browser knows the drawn layer's bounds.

    The same script for the same set, so a run that changes only the selection leaves the map's
    groups as they are (their script unchanged, the frame does not evaluate them again)."""
    ids = "\n".join(launch.launch_id for launch in launches).encode("utf-8")
    view = hashlib.md5(ids, usedforsecurity=False).hexdigest()
    return f"\nL.atlasFitLaunches(map_div, {list(FIT_PADDING_PX)}, {json.dumps(view)});\n"


def clicked_launch_id(state: dict[str, Any] | None) -> str | None:
    """The launch id of the clicked feature in a map value, or None (another layer, no click)."""
    drawing = (state or {}).get("last_active_drawing") or {}
    launch_id = (drawing.get("properties") or {}).get("launch_id")
    return launch_id if isinstance(launch_id, str) else None


# ← / → step through the filtered launches in time order, j / k likewise (a button takes one
# shortcut, so two hidden twins carry j and k).
STEP_BUTTONS: Final = (
    ("map_step_back", "◀ Earlier", "Left", -1),
    ("map_step_on", "Later ▶", "Right", 1),
)
STEP_TWINS: Final = (("map_step_k", "k", -1), ("map_step_j", "j", 1))
STEP_CSS: Final = "<style>.st-key-map_step_k, .st-key-map_step_j { display: none; }</style>"


def _step(launches: Sequence[Launch], selected_id: str | None, delta: int) -> None:
    # As a click on the map: selected before the run the key causes, which draws it.
    if stepped := step_launch(launches, selected_id, delta):
        selection.select(stepped)


def _render_steps(launches: Sequence[Launch], selected_id: str | None) -> None:
    back, on, _ = st.columns([1, 1, 1])
    for column, (key, label, shortcut, delta) in zip((back, on), STEP_BUTTONS, strict=True):
        column.button(
            label,
            key=key,
            on_click=_step,
            args=(launches, selected_id, delta),
            shortcut=shortcut,
            help=f"The {label.strip('◀▶ ').lower()} launch of those shown (the {shortcut.lower()} "
            "arrow key)",
            disabled=not launches,
            width="stretch",
        )
    st.markdown(STEP_CSS, unsafe_allow_html=True)
    for key, shortcut, delta in STEP_TWINS:
        st.button(
            shortcut,
            key=key,
            on_click=_step,
            args=(launches, selected_id, delta),
            shortcut=shortcut,
            disabled=not launches,
        )


# A click selects its launch in the callback, before the run it causes: that run draws it.
_select_clicked = selection.on_pick(lambda: clicked_launch_id(st.session_state.get(MAP_KEY)))


@dataclass(frozen=True, slots=True)
class MapPanel:
    """What the user chose in the map panel: the range rings."""

    ring_choice: RingChoice


def render(dataset: Dataset, launches: Sequence[Launch], selected: Launch | None) -> MapPanel:
    """Draw the map panel with `selected` highlighted; return the rings chosen under it.

    A click on a path, or a step with ← / →, selects a launch through `selection.select`.
    """
    selected_launch_id = selected.launch_id if selected else None
    # The map comes first on the page; the ring and tile choices it is drawn with sit under it.
    map_slot = st.container(key="map_frame")
    choice: RingChoice = render_ring_controls(dataset)
    centre = ring_centre_for(dataset, selected, choice.site_id)
    online = st.checkbox(
        "Online map tiles (OpenStreetMap; needs a network)", value=False, key="map_online_tiles"
    )
    parts = layer_parts(
        dataset, launches, selected_launch_id, centre, choice.rings, sea_model(GEO_DATA_DIR)
    )
    canvas = canvas_for(len(dataset.launches))
    with map_slot:
        map_frame.draw(
            parts,
            key=MAP_KEY,
            online_tiles=online,
            canvas=canvas,
            height=MAP_HEIGHT_PX,
            returned_objects=RETURNED,
            on_change=_select_clicked,
            after=_fit_on_new_view(launches),
        )
        with_site = sum(1 for x in launches if x.site_id or x.impact_lat is not None)
        st.caption(
            f"{len(launches):,} missiles shown ({with_site:,} with a site). Dashed paths are "
            "estimates; EEZ zones are approximate, not legal boundaries. Click a path to select "
            "it; ← / → (or j / k) step through the launches."
        )
        _render_steps(launches, selected_launch_id)
    if len(launches) > MAX_DRAWN_PATHS:
        st.warning(
            f"Paths drawn for the {MAX_DRAWN_PATHS:,} most recent of {len(launches):,} missiles "
            "(sites count them all). Narrow the filters to draw every path.",
            icon="ℹ️",
        )
    reach = reach_ring_for(dataset, selected)
    if reach is not None:
        st.caption(
            f"Lofted shot: the dash-dot ring round {markdown_literal(reach.centre.name)} is how "
            f"far {markdown_literal(reach.missile)} would fly on a minimum-energy path with the "
            f"same energy (~{reach.ring.radius_km:,.0f} km; free-flight model, an estimate)."
        )
    rings = table_rings(centre, choice.rings, reach)
    render_places(centre.name, (centre.lat, centre.lon), rings)
    return MapPanel(choice)
