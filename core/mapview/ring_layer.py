"""Geodesic range rings on the map, and a lofted shot's minimum-energy reach in its own style."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

import folium
import shapely
from shapely.geometry.base import BaseGeometry

from core.geo.eez import load_eez
from core.geo.geodesy import LatLon, destination, encloses_pole, range_ring
from core.geo.rings import Ring
from core.mapview.centres import ReachRing, RingCentre
from core.mapview.controls import REACH_COLOUR, REACH_DASH
from core.mapview.features import html_text
from core.mapview.layers import RING_GROUP, layer_group
from core.paths import GEO_DATA_DIR

RING_COLOUR: Final = "#444444"
RING_DASH: Final = "6 6"
RING_LABEL_BEARING_DEG: Final = 115.0  # east-south-east: over open sea for rings round Korea
REACH_LABEL_BEARING_DEG: Final = 65.0  # east-north-east, clear of the class rings' labels
# A ring's label may move round its ring by up to 40 degrees, so that no zone outline runs
# through it (a label inside Minamitorishima's small circle reads as that zone's figure).
LABEL_BEARING_STEP_DEG: Final = 10.0
LABEL_BEARING_SWING_DEG: Final = 40.0
# The room a ring label takes at the map's opening zoom (about 12 km a pixel): some 60 px of text
# east of its anchor and 8 px either side of its baseline.
LABEL_LENGTH_KM: Final = 700.0
LABEL_HALF_HEIGHT_KM: Final = 100.0
_KM_PER_DEGREE: Final = 111.32


def reach_label(reach: ReachRing) -> str:
    """The reach ring's short label on the map, e.g. 'Hwasong-18 on a minimum-energy path'."""
    return f"{reach.missile} on a minimum-energy path: ~{reach.ring.radius_km:,.0f} km (est.)"


def label_point(centre: LatLon, bearing_deg: float, radius_km: float) -> LatLon:
    """Where a ring's label goes: on the ring, at `bearing_deg` from its centre.

    The ring's longitudes run on from the centre's (range_ring unwraps them), so a label past the
    antimeridian is moved by 360 degrees to sit on the drawn line, not on another copy of the map.
    """
    lat, lon = destination(centre, bearing_deg, radius_km)
    if lon - centre[1] > 180.0:
        lon -= 360.0
    elif lon - centre[1] < -180.0:
        lon += 360.0
    return lat, lon


@lru_cache(maxsize=1)
def zone_outlines() -> BaseGeometry:
    """Every zone outline the map draws, as lines in longitude and latitude."""
    zones = load_eez(GEO_DATA_DIR)
    return shapely.union_all([geometry.boundary for geometry in zones.geometries])


def _label_samples(anchor: LatLon) -> tuple[list[float], list[float]]:
    """Points along a label's baseline, from its anchor eastward (labels are anchored left)."""
    lat, lon = anchor
    per_degree = _KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.05)
    steps = 8
    lons = [lon + LABEL_LENGTH_KM * i / steps / per_degree for i in range(steps + 1)]
    return [lat] * len(lons), lons


def outline_hits(anchor: LatLon, outlines: BaseGeometry) -> int:
    """How many points along a label at `anchor` lie within a label's half height of an outline."""
    lats, lons = _label_samples(anchor)
    points = shapely.points(lons, lats)
    # Degrees of latitude stand for km here: near enough to keep a label off a line.
    near = shapely.dwithin(outlines, points, LABEL_HALF_HEIGHT_KM / _KM_PER_DEGREE)
    return int(near.sum())


def ring_label_bearing(
    centre: LatLon, radius_km: float, outlines: BaseGeometry, preferred_deg: float
) -> float:
    """The bearing nearest `preferred_deg` (within the swing) whose label no outline crosses;
    failing that, the one the fewest outlines touch."""
    swing = int(LABEL_BEARING_SWING_DEG / LABEL_BEARING_STEP_DEG)
    offsets = sorted(range(-swing, swing + 1), key=lambda k: (abs(k), k))
    bearings = [preferred_deg + k * LABEL_BEARING_STEP_DEG for k in offsets]
    hits = [outline_hits(label_point(centre, b, radius_km), outlines) for b in bearings]
    return bearings[hits.index(min(hits))]


def _ring_line(
    centre: LatLon, radius_km: float, tip: str, colour: str, dash: str, weight: float
) -> folium.PolyLine:
    if encloses_pole(centre, radius_km):
        tip += " (encloses the pole)"
    return folium.PolyLine(
        range_ring(centre, radius_km),
        color=colour,
        weight=weight,
        dash_array=dash,
        opacity=0.85,
        tooltip=tip,
    )


def _label(at: LatLon, text: str, css_class: str, width_px: int) -> folium.Marker:
    return folium.Marker(
        at,
        icon=folium.DivIcon(
            html=f'<div class="{css_class}">{text}</div>',
            icon_size=(width_px, 16),
            icon_anchor=(0, 8),
        ),
        interactive=False,
    )


def ring_group(
    centre: RingCentre, rings: Iterable[Ring], reach: ReachRing | None = None
) -> folium.FeatureGroup:
    """Geodesic range rings as PolyLines: round the pole a ring is no closed shape on Mercator."""
    group = layer_group(RING_GROUP)
    point = (centre.lat, centre.lon)
    name = html_text(centre.name)
    outlines = zone_outlines()
    for ring in sorted(rings, key=lambda r: r.radius_km):
        tip = f"{html_text(ring.label)} from {name}"
        _ring_line(point, ring.radius_km, tip, RING_COLOUR, RING_DASH, 1.5).add_to(group)
        bearing = ring_label_bearing(point, ring.radius_km, outlines, RING_LABEL_BEARING_DEG)
        label_at = label_point(point, bearing, ring.radius_km)
        _label(label_at, f"{ring.radius_km:,.0f} km", "atlas-ring-label", 70).add_to(group)
    if reach is not None:
        _add_reach(group, reach)
    folium.CircleMarker(
        point, radius=4, color=RING_COLOUR, fill=True, tooltip=f"Ring centre: {name}"
    ).add_to(group)
    return group


def _add_reach(group: folium.FeatureGroup, reach: ReachRing) -> None:
    site = (reach.centre.lat, reach.centre.lon)
    tip = f"{html_text(reach.ring.label)}, round {html_text(reach.centre.name)}"
    _ring_line(site, reach.ring.radius_km, tip, REACH_COLOUR, REACH_DASH, 2.5).add_to(group)
    label_at = label_point(site, REACH_LABEL_BEARING_DEG, reach.ring.radius_km)
    text = html_text(reach_label(reach))
    _label(label_at, text, "atlas-ring-label atlas-reach-label", 260).add_to(group)
