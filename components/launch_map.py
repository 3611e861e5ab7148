"""The map panel: trajectories, launch sites, range rings and EEZ context, fully offline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import folium
import streamlit as st
from streamlit_folium import st_folium

from components import static_assets
from components.map_base import base_map
from components.map_features import feature_key
from components.map_layers import launch_group, ring_group, selection_group, site_group
from components.map_rings import RingChoice, render_places, render_ring_controls
from components.static_assets import AssetMode
from core.dataset import Dataset
from core.records import Launch, find_launch
from core.rings import DEFAULT_CENTRE_SITE_ID, PYONGYANG_SUNAN, Ring, default_rings
from core.trajectory import SeaModel, sea_model, trajectories

MAP_KEY: Final = "map_launches"
GEO_DATA_DIR: Final = static_assets.ROOT / "data"
# Only a click on an object reruns the app (the count changes even when the same launch is
# clicked again); pans and zooms stay in the browser.
RETURNED: Final = ["last_active_drawing", "last_object_clicked_count"]
PENDING_CLICK_KEY: Final = "map_pending_click"
# Each path costs about 0.7 KB of map script, re-sent on every rerun: beyond this many, the map
# draws the most recent ones and says so (the real record holds a few hundred missiles).
MAX_DRAWN_PATHS: Final = 3000


@dataclass(frozen=True, slots=True)
class RingCentre:
    """Where the range rings are centred, and what to call it."""

    name: str
    lat: float
    lon: float


def ring_centre_for(
    dataset: Dataset, selected: Launch | None, site_id: str | None = None
) -> RingCentre:
    """The chosen site; else the selected launch's site; else Sunan (Pyongyang)."""
    site = dataset.sites.get(site_id) if site_id else None
    if site is None and selected is not None:
        site = dataset.site_of(selected)
    if site is None:
        site = dataset.sites.get(DEFAULT_CENTRE_SITE_ID)
    if site is None:
        return RingCentre("Pyongyang (Sunan)", *PYONGYANG_SUNAN)
    return RingCentre(site.name, site.lat, site.lon)


def drawn_launches(
    launches: Sequence[Launch], selected_launch_id: str | None, limit: int = MAX_DRAWN_PATHS
) -> list[Launch]:
    """The launches that get a path: all of them, or the `limit` most recent plus the selection."""
    if len(launches) <= limit:
        return list(launches)
    recent = sorted(launches, key=lambda launch: (launch.date_utc, launch.launch_id))[-limit:]
    selected = find_launch(list(launches), selected_launch_id)
    if selected is not None and selected not in recent:
        recent = [*recent[1:], selected]
    return recent


def map_layers(
    dataset: Dataset,
    launches: Sequence[Launch],
    selected_launch_id: str | None,
    ring_centre: RingCentre,
    radii: Sequence[Ring],
    sea: SeaModel,
) -> list[folium.FeatureGroup]:
    """The filter-dependent groups, bottom to top: rings, sites, trajectories, selection."""
    drawn = drawn_launches(launches, selected_launch_id)
    items = trajectories(drawn, dataset.sites, sea)
    selected = find_launch(drawn, selected_launch_id)
    return [
        ring_group((ring_centre.lat, ring_centre.lon), ring_centre.name, radii),
        site_group(launches, dataset.sites),
        launch_group(drawn, dataset.sites, items),
        selection_group(selected, items.get(selected.launch_id) if selected else None),
    ]


def build_map(
    dataset: Dataset,
    launches: Sequence[Launch],
    selected_launch_id: str | None = None,
    ring_centre: RingCentre | None = None,
    radii: Sequence[Ring] | None = None,
    *,
    mode: AssetMode = "inline",
    online_tiles: bool = False,
    sea: SeaModel | None = None,
) -> folium.Map:
    """The whole map as one folium.Map (pure: no Streamlit), e.g. for a standalone HTML export.

    mode="inline" puts Leaflet, jQuery and our controls inside the page, so `get_root().render()`
    is a self-contained offline file; "served" links them from the app's static folder.
    """
    selected = find_launch(list(launches), selected_launch_id)
    centre = ring_centre or ring_centre_for(dataset, selected)
    rings = radii if radii is not None else default_rings(dataset.launches)
    fmap = base_map(mode, online_tiles)
    groups = map_layers(
        dataset, launches, selected_launch_id, centre, rings, sea or sea_model(GEO_DATA_DIR)
    )
    for group in groups:
        group.add_to(fmap)
    # The layer icon (images/layers.png) is not inlined, so an exported map shows the list open.
    folium.LayerControl(collapsed=mode == "served").add_to(fmap)
    return fmap


def clicked_launch_id(state: dict[str, Any] | None) -> str | None:
    """The launch id of the clicked feature in a map value, or None (another layer, no click)."""
    drawing = (state or {}).get("last_active_drawing") or {}
    launch_id = (drawing.get("properties") or {}).get("launch_id")
    return launch_id if isinstance(launch_id, str) else None


def _remember_click() -> None:
    # Runs before the rerun a click causes, so this very run can already draw the new selection.
    st.session_state[PENDING_CLICK_KEY] = clicked_launch_id(st.session_state.get(MAP_KEY))


def render(
    dataset: Dataset, launches: Sequence[Launch], selected_launch_id: str | None
) -> str | None:
    """Draw the map panel; return the id of a launch the user just clicked, if any."""
    by_key = {feature_key(launch.launch_id): launch.launch_id for launch in launches}
    clicked = by_key.get(st.session_state.pop(PENDING_CLICK_KEY, None) or "")
    selected_launch_id = clicked or selected_launch_id
    selected = find_launch(list(launches), selected_launch_id)
    choice: RingChoice = render_ring_controls(dataset)
    centre = ring_centre_for(dataset, selected, choice.site_id)
    online = st.checkbox(
        "Online map tiles (OpenStreetMap; needs a network)", value=False, key="map_online_tiles"
    )
    fmap = base_map("served", online)
    groups = map_layers(
        dataset, launches, selected_launch_id, centre, choice.rings, sea_model(GEO_DATA_DIR)
    )
    st_folium(
        fmap,
        key=MAP_KEY,
        height=620,
        use_container_width=True,
        returned_objects=RETURNED,
        feature_group_to_add=groups,
        layer_control=folium.LayerControl(collapsed=True),
        on_change=_remember_click,
    )
    with_site = sum(1 for launch in launches if launch.site_id or launch.impact_lat is not None)
    st.caption(
        f"{len(launches):,} missiles shown ({with_site:,} with a site). Dashed paths are "
        "estimates; EEZ zones are approximate, not legal boundaries. Click a path to select it."
    )
    if len(launches) > MAX_DRAWN_PATHS:
        st.warning(
            f"Paths drawn for the {MAX_DRAWN_PATHS:,} most recent of {len(launches):,} missiles "
            "(sites count them all). Narrow the filters to draw every path.",
            icon="ℹ️",
        )
    render_places(centre.name, (centre.lat, centre.lon), choice.rings)
    return clicked
