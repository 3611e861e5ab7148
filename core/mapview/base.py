"""The constant part of the map: Leaflet from our own server, land, EEZ zones, legend, controls."""

from __future__ import annotations

import json
from typing import Any, Final

import folium
from branca.element import Element, Figure
from folium.utilities import JsCode

from core.geo.layers import EAST_ASIA_FILE, EEZ_FILE
from core.mapview.assets import (
    JQUERY_JS,
    LAND_EDGES,
    LEAFLET_CSS,
    LEAFLET_JS,
    MAP_CSS,
    MAP_SCRIPTS,
    WORLD_OUTSIDE_EAST_ASIA,
    ZONE_OUTLINES,
    AssetMode,
    ensure_served,
    geo_collection,
    geo_url,
)
from core.mapview.controls import (
    OTHER_ZONE_STYLE,
    ZONE_STYLE,
    AtlasControls,
    HtmlLegend,
    PlaceLabels,
    TilesNotice,
    legend_markup,
)

MAP_CENTRE: Final = (38.5, 133.0)
MAP_ZOOM: Final = 5
SEA_COLOUR: Final = "#dbe9f4"
LAND_FILL: Final = "#f3efe6"
LAND_EDGE: Final = "#9c9385"
ONLINE_TILES: Final = "OpenStreetMap"
LAND_PANE: Final = "atlas_land"
# Styles and tooltips are functions of static/js/map_page.js, named here.
ZONE_TOOLTIP_JS: Final = JsCode("L.atlas.zoneTooltip")
LAND_STYLE_JS: Final = JsCode(
    f"L.atlas.landStyle({json.dumps(LAND_EDGE)}, {json.dumps(LAND_FILL)})"
)
ZONE_STYLE_JS: Final = JsCode(
    f"L.atlas.zoneStyle({json.dumps(ZONE_STYLE)}, {json.dumps(OTHER_ZONE_STYLE)})"
)
# The zones are filled from the zone file; their outlines at sea only (assets.ZONE_OUTLINES).
ZONE_FILL_JS: Final = JsCode(
    f"L.atlas.zoneStyle({json.dumps(ZONE_STYLE)}, {json.dumps(OTHER_ZONE_STYLE)}, false)"
)
LAND_SEAM_STYLE_JS: Final = JsCode(f"L.atlas.lineStyle({json.dumps(LAND_FILL)}, 2.5)")
LAND_Z: Final = 350
LAND_Z_UNDER_TILES: Final = 150
# Thousands of paths (each with its impact dot) are slow to create as SVG elements and to pan;
# canvases draw them in a fraction of the time. A few hundred stay SVG: as fast, and each shape
# remains an element of the page.
CANVAS_ABOVE_MISSILES: Final = 1000
EMPTY_COLLECTION: Final[dict[str, Any]] = {"type": "FeatureCollection", "features": []}


def _geo_layer(
    file_name: str,
    mode: AssetMode,
    name: str,
    style: JsCode,
    on_each_feature: JsCode | None = None,
    interactive: bool = True,
    control: bool = True,
    pane: str = "overlayPane",
) -> folium.GeoJson:
    # Styled in the browser (style=JsCode): folium then needs neither feature ids nor the data
    # itself in served mode, where the browser fetches the file once (jQuery ajax) instead of
    # receiving it again on every rerun.
    data = geo_collection(file_name) if mode == "inline" else dict(EMPTY_COLLECTION)
    layer = folium.GeoJson(
        data,
        name=name,
        style=style,
        on_each_feature=on_each_feature,
        interactive=interactive,
        control=control,
        pane=pane,
    )
    if mode == "served":
        layer.embed = False
        layer.embed_link = geo_url(file_name)
    return layer


def base_map(
    mode: AssetMode = "served", online_tiles: bool = False, canvas: bool = False
) -> folium.Map:
    """Everything that does not depend on the filters, so the map iframe is never remounted.

    canvas=True draws every vector layer on canvases instead of SVG (canvas_for tells when):
    one canvas per pane, so the zones, rings, sites and paths of a pane share one hit test and
    the topmost shape under the pointer still takes the hover and the click.
    """
    fmap = folium.Map(
        location=MAP_CENTRE,
        zoom_start=MAP_ZOOM,
        tiles=None,
        control_scale=True,
        world_copy_jump=False,
        min_zoom=2,
        prefer_canvas=canvas,
    )
    _wire_assets(fmap, mode)
    _root(fmap).header.add_child(
        Element(f"<style>.leaflet-container{{background:{SEA_COLOUR};}}</style>"), name="sea"
    )
    # Land gets its own pane under every overlay and never catches the pointer, so hovering or
    # clicking near a coast always reaches the zone, site or path above it. Under online tiles
    # it goes below the tile pane: the offline basemap shows wherever a tile cannot load.
    land_z = LAND_Z_UNDER_TILES if online_tiles else LAND_Z
    folium.map.CustomPane(LAND_PANE, z_index=land_z, pointer_events=False).add_to(fmap)
    for file_name, name, style in (
        (WORLD_OUTSIDE_EAST_ASIA, "Land (world)", LAND_STYLE_JS),
        (EAST_ASIA_FILE, "Land", LAND_STYLE_JS),
        (LAND_EDGES, "Land seam", LAND_SEAM_STYLE_JS),
    ):
        _geo_layer(
            file_name, mode, name, style, interactive=False, control=False, pane=LAND_PANE
        ).add_to(fmap)
    if online_tiles:
        tiles = folium.TileLayer(ONLINE_TILES, name="OpenStreetMap (online)", overlay=True)
        tiles.add_to(fmap)
        TilesNotice(tiles).add_to(fmap)
    _geo_layer(
        EEZ_FILE,
        mode,
        "EEZ zones (approximate)",
        ZONE_FILL_JS,
        on_each_feature=ZONE_TOOLTIP_JS,
    ).add_to(fmap)
    _geo_layer(
        ZONE_OUTLINES, mode, "EEZ outlines", ZONE_STYLE_JS, interactive=False, control=False
    ).add_to(fmap)
    PlaceLabels().add_to(fmap)
    AtlasControls(mode).add_to(fmap)
    HtmlLegend(legend_markup()).add_to(fmap)
    return fmap


def canvas_for(missiles: int) -> bool:
    """Whether the map of a dataset of this many missiles should draw on canvases."""
    return missiles > CANVAS_ABOVE_MISSILES


def _root(fmap: folium.Map) -> Figure:
    root = fmap.get_root()
    assert isinstance(root, Figure)  # a Map's root is always its Figure
    return root


def _wire_assets(fmap: folium.Map, mode: AssetMode) -> None:
    # Instance lists shadow folium's class lists (bootstrap, font-awesome... from CDNs).
    if mode == "served":
        # Whoever draws a served map (the panel, the presentation view) gets the files in place;
        # after the first call this is a handful of stat() calls.
        ensure_served()
        fmap.default_js = [(a.name, a.url) for a in (LEAFLET_JS, JQUERY_JS)]
        fmap.default_css = [(a.name, a.url) for a in (LEAFLET_CSS,)]
        return
    fmap.default_js = []
    fmap.default_css = []
    header = _root(fmap).header
    for asset in (LEAFLET_CSS, MAP_CSS):
        header.add_child(Element(f"<style>{asset.text()}</style>"), name=asset.name)
    for asset in (LEAFLET_JS, JQUERY_JS, *MAP_SCRIPTS):
        header.add_child(Element(f"<script>{asset.text()}</script>"), name=asset.name)
