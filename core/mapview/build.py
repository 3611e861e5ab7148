"""The whole map as folium objects, for the app's panel and for every HTML export alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import folium

from core.dataset import Dataset
from core.mapview.assets import AssetMode
from core.mapview.base import base_map
from core.mapview.centres import RingCentre, reach_ring_for, ring_centre_for
from core.mapview.layers import launch_group, selection_group, site_group
from core.mapview.ring_layer import ring_group
from core.paths import GEO_DATA_DIR
from core.records import Launch, find_launch
from core.rings import Ring, default_rings
from core.trajectory import SeaModel, sea_model, trajectories

# Each path costs about 0.2 KB of map script, re-sent on every rerun: beyond this many, the map
# draws the most recent ones and says so (the real record holds a few hundred missiles).
MAX_DRAWN_PATHS: Final = 3000


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
    """The filter-dependent groups, bottom to top: rings, sites, trajectories, selection.

    A lofted selection adds its minimum-energy reach to the rings, round its own site.
    """
    drawn = drawn_launches(launches, selected_launch_id)
    items = trajectories(drawn, dataset.sites, sea)
    selected = find_launch(drawn, selected_launch_id)
    return [
        ring_group(ring_centre, radii, reach_ring_for(dataset, selected)),
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
    """The whole map as one folium.Map, e.g. for a standalone HTML export.

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
