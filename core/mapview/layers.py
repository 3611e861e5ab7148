"""The map's filter-dependent layers (launches, sites, selection) as folium FeatureGroups."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

import folium
from folium.utilities import JsCode

from core.geo.geodesy import circle_polygon
from core.geo.trajectory import Trajectory
from core.mapview.features import code_tables_json, html_text, row_schema_json
from core.mapview.launch_layer import LaunchLayer
from core.palette import class_colour
from core.records.model import Launch, Site

# static/js/map_page.js: sites sized by their missile count, areas dashed; the escaped `tip`.
SITE_STYLE_JS: Final = JsCode("L.atlas.siteStyle")
TIP_ONLY_JS: Final = JsCode("L.atlas.tipOnly")
SELECTED_OUTLINE = "#ffffff"
RING_GROUP: Final = "Range rings"
SITE_GROUP: Final = "Launch sites"
LAUNCH_GROUP: Final = "Trajectories"
SELECTION_GROUP: Final = "Selected launch"
# The filter-dependent groups, bottom to top, as build.layer_groups returns them.
GROUP_NAMES: Final = (RING_GROUP, SITE_GROUP, LAUNCH_GROUP, SELECTION_GROUP)


def layer_group(name: str) -> folium.FeatureGroup:
    """One of the map's filter-dependent groups (GROUP_NAMES), shown; all but the selection are
    listed in the layer control."""
    return folium.FeatureGroup(name=name, show=True, control=name != SELECTION_GROUP)


def launch_group(rows_json: str, sites_json: str, focus: str = "[]") -> folium.FeatureGroup:
    """Every filtered missile as ONE GeoJSON layer: cheap to send, one click handler.

    `rows_json`, `sites_json` and `focus` come from features.launch_rows_json, site_table_json
    and focus_json.
    """
    group = layer_group(LAUNCH_GROUP)
    # Not folium.GeoJson: it would serialise the features twice per rerun and have branca compile
    # the multi-megabyte script as a Jinja template (seconds at 10,000 missiles).
    layer = LaunchLayer(rows_json, code_tables_json(), sites_json, row_schema_json(), focus)
    layer.add_to(group)
    return group


def site_radius_px(missiles: int) -> float:
    """Marker radius growing with the square root of the count, so area tracks the number."""
    return 3.0 + 2.0 * math.sqrt(missiles)


SiteCounts = tuple[tuple[Site, int], ...]


def site_counts(launches: Iterable[Launch], sites: dict[str, Site]) -> SiteCounts:
    """Each site used by the launches with its missile count, in site-id order."""
    counts = Counter(launch.site_id for launch in launches if launch.site_id in sites)
    return tuple((sites[site_id], counts[site_id]) for site_id in sorted(counts))


@lru_cache(maxsize=1024)
def _area_ring(lat: float, lon: float, radius_km: float) -> tuple[tuple[float, float], ...]:
    # An area's circle as GeoJSON [lon, lat] pairs, once per area: the site layer is rebuilt on
    # every filter change, and the geodesic circles were most of its time.
    return tuple((lon_, lat_) for lat_, lon_ in circle_polygon((lat, lon), radius_km))


def site_features(counts: SiteCounts) -> list[dict[str, Any]]:
    """One feature per counted site: a point, or a geodesic circle for an area."""
    features: list[dict[str, Any]] = []
    for site, missiles in counts:
        lines = [site.name, f"{missiles} missile{'s' if missiles != 1 else ''} shown"]
        geometry: dict[str, Any]
        if site.precision == "area" and site.radius_km:
            lines.append(
                f"approximate area, radius about {site.radius_km:,.0f} km; "
                "paths start at its centre"
            )
            ring = _area_ring(site.lat, site.lon, site.radius_km)
            geometry = {"type": "Polygon", "coordinates": [[list(point) for point in ring]]}
        else:
            lines.append(site.precision)
            geometry = {"type": "Point", "coordinates": [site.lon, site.lat]}
        properties = {
            "site_id": site.site_id,
            "radius": round(site_radius_px(missiles), 1),
            "tip": html_text("\n".join(lines)),
        }
        features.append({"type": "Feature", "properties": properties, "geometry": geometry})
    return features


def site_collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    """Site features (site_features) as a GeoJSON FeatureCollection."""
    return {"type": "FeatureCollection", "features": features}


def site_layer(features: list[dict[str, Any]]) -> folium.GeoJson:
    """Site features (site_features) as a GeoJSON layer with their tooltips."""
    return folium.GeoJson(
        site_collection(features),
        marker=folium.CircleMarker(radius=3),
        style=SITE_STYLE_JS,
        on_each_feature=TIP_ONLY_JS,
        control=False,
    )


def site_group(counts: SiteCounts) -> folium.FeatureGroup:
    """Launch sites of the filtered missiles (site_counts) as one GeoJSON layer."""
    group = layer_group(SITE_GROUP)
    if features := site_features(counts):
        site_layer(features).add_to(group)
    return group


def selection_group(launch: Launch | None, item: Trajectory | None) -> folium.FeatureGroup:
    """The selected missile, thick and outlined on top; not clickable, so clicks pass through."""
    group = layer_group(SELECTION_GROUP)
    if launch is None or item is None:
        return group
    colour = class_colour(launch.missile_class)
    shapes: list[folium.PolyLine | folium.CircleMarker] = []
    if item.path:
        shapes.append(folium.PolyLine(item.path, color=SELECTED_OUTLINE, weight=9, opacity=0.9))
        dash = "10 6" if item.estimated else None
        shapes.append(folium.PolyLine(item.path, color=colour, weight=5, dash_array=dash))
    point = item.impact.point if item.impact else item.origin
    if point is not None:
        if item.path:
            point = item.path[-1]
        shapes.append(
            folium.CircleMarker(
                point,
                radius=8,
                color="#000000",
                weight=2,
                fill=True,
                fill_color=colour,
                fill_opacity=1.0,
            )
        )
    for shape in shapes:
        # folium's path options drop `interactive`: set it on the options Leaflet receives, or
        # the thick outline on top takes the hover and click meant for the path underneath.
        shape.options["interactive"] = False
        shape.add_to(group)
    return group
