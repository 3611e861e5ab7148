"""The whole map as folium objects, for the app's panel and for every HTML export alike."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import folium

from core.briefing.headline import figure_credits
from core.geo.rings import Ring, default_rings
from core.geo.trajectory import SeaModel, Trajectory, sea_model, trajectory
from core.mapview.assets import AssetMode
from core.mapview.base import base_map
from core.mapview.centres import ReachRing, RingCentre, reach_ring_for, ring_centre_for
from core.mapview.features import focus_json, missile_row_json, site_table_json
from core.mapview.layers import (
    SiteCounts,
    launch_group,
    selection_group,
    site_counts,
    site_group,
)
from core.mapview.ring_layer import ring_group
from core.paths import GEO_DATA_DIR
from core.records.dataset import Dataset
from core.records.model import CHRONOLOGICAL, Launch, Site, find_launch

# Each path costs about 0.2 KB of map script, re-sent on every rerun: beyond this many, the map
# draws the most recent ones and says so (the real record holds a few hundred missiles).
MAX_DRAWN_PATHS: Final = 3000


def drawn_launches(
    launches: Sequence[Launch], selected_launch_id: str | None, limit: int = MAX_DRAWN_PATHS
) -> list[Launch]:
    """The launches that get a path: all of them, or the `limit` most recent plus the selection."""
    if len(launches) <= limit:
        return list(launches)
    recent = sorted(launches, key=CHRONOLOGICAL)[-limit:]
    selected = find_launch(list(launches), selected_launch_id)
    if selected is not None and selected not in recent:
        recent = [*recent[1:], selected]
    return recent


@dataclass(frozen=True, slots=True)
class LayerParts:
    """What the filter-dependent groups are drawn from, one hashable part per group.

    The app caches each group's rendered script by its part, so a filter change redraws only
    the groups whose part changed (layer_groups draws them all, for an export).
    """

    rings: tuple[RingCentre, tuple[Ring, ...], ReachRing | None]
    sites: SiteCounts
    launch_rows_json: str
    launch_sites_json: str
    launch_focus_json: str
    selection: tuple[Launch | None, Trajectory | None]


def layer_parts(
    dataset: Dataset,
    launches: Sequence[Launch],
    selected_launch_id: str | None,
    ring_centre: RingCentre,
    radii: Sequence[Ring],
    sea: SeaModel,
) -> LayerParts:
    """The parts of the rings, sites, trajectories and selection for these launches.

    A lofted selection adds its minimum-energy reach to the rings, round its own site.
    """
    drawn = drawn_launches(launches, selected_launch_id)
    rows = _rows(dataset, sea, drawn)
    selected = find_launch(drawn, selected_launch_id)
    return LayerParts(
        rings=(ring_centre, tuple(radii), reach_ring_for(dataset, selected)),
        sites=site_counts(launches, dataset.sites),
        launch_rows_json="[" + ",".join(row.json for row in rows if row.json) + "]",
        launch_sites_json=site_table_json(drawn, dataset.sites),
        launch_focus_json=focus_json(selected.launch_id if selected else None),
        selection=(selected, _row(dataset, sea, selected).item if selected else None),
    )


@dataclass(frozen=True, slots=True)
class _Row:
    """One drawn missile's geometry and map row (features.missile_row_json, "" if not drawn)."""

    launch: Launch
    site: Site | None
    item: Trajectory
    json: str


# Per dataset and sea model, each missile's _Row by launch id, filled as missiles are drawn: a
# filter change then looks rows up by id, instead of hashing every record (some 30 fields each)
# into the per-record caches of trajectory() and missile_row_json(): at 10,000 missiles, with
# 3,000 drawn, that hashing was a sixth of a filter change. The entry goes with its dataset.
_ROW_TABLES: dict[int, tuple[weakref.ref[Dataset], SeaModel, dict[str, _Row]]] = {}
_TABLES_LOCK: Final = threading.Lock()


def _table(dataset: Dataset, sea: SeaModel) -> dict[str, _Row]:
    key = id(dataset) ^ id(sea)
    found = _ROW_TABLES.get(key)
    if found is not None and found[0]() is dataset and found[1] is sea:
        return found[2]
    with _TABLES_LOCK:
        for stale in [k for k, (ref, _, _) in _ROW_TABLES.items() if ref() is None]:
            del _ROW_TABLES[stale]
        table: dict[str, _Row] = {}
        _ROW_TABLES[key] = (weakref.ref(dataset), sea, table)
        return table


def _row(
    dataset: Dataset, sea: SeaModel, launch: Launch, table: dict[str, _Row] | None = None
) -> _Row:
    table = _table(dataset, sea) if table is None else table
    site = dataset.sites.get(launch.site_id)
    row = table.get(launch.launch_id)
    if row is None or row.launch is not launch or row.site is not site:
        item = trajectory(launch, site, sea)
        whose = figure_credits(dataset, launch)
        row = _Row(launch, site, item, missile_row_json(launch, site, item, whose))
        table[launch.launch_id] = row
    return row


def _rows(dataset: Dataset, sea: SeaModel, launches: Sequence[Launch]) -> list[_Row]:
    table = _table(dataset, sea)
    return [_row(dataset, sea, launch, table) for launch in launches]


def layer_groups(parts: LayerParts) -> list[folium.FeatureGroup]:
    """The groups named in layers.GROUP_NAMES, bottom to top, drawn from their parts."""
    return [
        ring_group(*parts.rings),
        site_group(parts.sites),
        launch_group(parts.launch_rows_json, parts.launch_sites_json, parts.launch_focus_json),
        selection_group(*parts.selection),
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
    groups = layer_groups(
        layer_parts(
            dataset, launches, selected_launch_id, centre, rings, sea or sea_model(GEO_DATA_DIR)
        )
    )
    for group in groups:
        group.add_to(fmap)
    # The layer icon (images/layers.png) is not inlined, so an exported map shows the list open.
    folium.LayerControl(collapsed=mode == "served").add_to(fmap)
    return fmap
