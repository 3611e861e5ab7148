"""Geodesic range rings on the map, and a lofted shot's minimum-energy reach in its own style."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import folium

from core.geo.geodesy import LatLon, destination, encloses_pole, range_ring
from core.geo.rings import Ring
from core.mapview.centres import ReachRing, RingCentre
from core.mapview.controls import REACH_COLOUR, REACH_DASH
from core.mapview.features import html_text
from core.mapview.layers import RING_GROUP, layer_group

RING_COLOUR: Final = "#444444"
RING_DASH: Final = "6 6"
RING_LABEL_BEARING_DEG: Final = 115.0  # east-south-east: over open sea for rings round Korea
REACH_LABEL_BEARING_DEG: Final = 65.0  # east-north-east, clear of the class rings' labels


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
    for ring in sorted(rings, key=lambda r: r.radius_km):
        tip = f"{html_text(ring.label)} from {name}"
        _ring_line(point, ring.radius_km, tip, RING_COLOUR, RING_DASH, 1.5).add_to(group)
        label_at = label_point(point, RING_LABEL_BEARING_DEG, ring.radius_km)
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
