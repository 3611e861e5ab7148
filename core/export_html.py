"""Standalone HTML map: one file that opens with no network (Leaflet and jQuery inlined)."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any, Final

import folium
import xstatic.pkg.jquery
import xstatic.pkg.leaflet
from branca.element import Element, Figure

from core.export import EEZ_CAVEAT, SOURCE_LINE, ExportView
from core.export_tables import feature_collection
from core.geo import EAST_ASIA_FILE, EEZ_FILE, WORLD_FILE, geo_path, read_layer
from core.palette import class_colour

LEAFLET_DIR: Final = Path(xstatic.pkg.leaflet.BASE_DIR)
JQUERY_DIR: Final = Path(xstatic.pkg.jquery.BASE_DIR)
SEA: Final = "#dbe9f4"
LAND_STYLE: Final = {"color": "#9c9385", "weight": 0.6, "fillColor": "#f3efe6", "fillOpacity": 1.0}
JAPAN_ZONE: Final = {"color": "#c0392b", "weight": 1.5, "fillColor": "#c0392b", "fillOpacity": 0.06}
OTHER_ZONE: Final = {"color": "#5d6d7e", "weight": 0.8, "dashArray": "3 4", "fillOpacity": 0.0}
# Anything the page would fetch: <script src>, <link href>, <img src>, or a CSS url(http...).
# Plain <a href> links (Leaflet's attribution) load nothing and are allowed.
REMOTE_REFERENCE: Final = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?https?://"""
    r"""|url\(\s*["']?https?://""",
    re.IGNORECASE,
)


def remote_references(html: str) -> list[str]:
    """Every place in the page that would load something from the network (should be none)."""
    return [found.group(0) for found in REMOTE_REFERENCE.finditer(html)]


def page_text(value: str) -> str:
    """Text HTML-escaped and brace-free: branca renders each element's HTML and script as a Jinja
    template, so "{{ ... }}" from a record or a search would be evaluated on the server."""
    return escape(value).replace("{", "&#123;").replace("}", "&#125;")


def _root(fmap: folium.Map) -> Figure:
    root = fmap.get_root()
    assert isinstance(root, Figure)  # a Map's root is always its Figure
    return root


def annotate(fmap: folium.Map, view: ExportView) -> folium.Map:
    """Add the title, date span, as-of date, source line and EEZ caveat as a fixed overlay."""
    lines = [f"<b>{page_text(view.title)}</b>", page_text(view.date_span)]
    if view.as_of:
        lines.append(page_text(view.as_of))
    lines.append(f'<span style="color:#c0392b">{escape(EEZ_CAVEAT)}</span>')
    lines.append(f'<span style="font-size:11px">{escape(SOURCE_LINE)}</span>')
    box = (
        '<div id="atlas-export-title" style="position:fixed;top:10px;left:60px;z-index:1000;'
        "max-width:60%;background:rgba(255,255,255,.92);padding:8px 12px;border-radius:6px;"
        'font:14px/1.35 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)">'
        + "<br>".join(lines)
        + "</div>"
    )
    _root(fmap).html.add_child(Element(box), name="atlas_export_title")
    return fmap


def render_standalone(fmap: folium.Map) -> str:
    """The page of a map built with inlined assets; fails loudly if anything is still remote."""
    html: str = _root(fmap).render()
    remote = remote_references(html)
    if remote:
        raise ValueError(f"the exported map would load from the network: {remote[:3]}")
    return html


def _inline_assets(fmap: folium.Map) -> None:
    # Instance lists shadow folium's class-level CDN lists (bootstrap, font-awesome, ...).
    fmap.default_js = []
    fmap.default_css = []
    header = _root(fmap).header
    css = (LEAFLET_DIR / "leaflet.css").read_text(encoding="utf-8")
    header.add_child(Element(f"<style>{css}.leaflet-container{{background:{SEA}}}</style>"))
    for script in (LEAFLET_DIR / "leaflet.js", JQUERY_DIR / "jquery.min.js"):
        header.add_child(Element(f"<script>{script.read_text(encoding='utf-8')}</script>"))


def _launch_style(feature: dict[str, Any]) -> dict[str, Any]:
    props = feature["properties"]
    style: dict[str, Any] = {"color": props["colour"], "weight": 2.5, "opacity": 0.85}
    if props["estimated"]:
        style["dashArray"] = "8 6"
    return style


def _tip(props: dict[str, Any]) -> str:
    parts = [
        props["date_utc"],
        props["missile_name"] or props["missile_class"],
        props["missile_class"],
        f"{props['range_km']:,.0f} km" if props["range_km"] else "range not reported",
        f"site: {props['site_name'] or 'not reported'}",
        f"impact: {props['impact_method'] or 'unknown'}",
        f"Japan EEZ reported {props['japan_eez']}, computed {props['computed_japan_eez']}",
    ]
    return page_text(" · ".join(str(part) for part in parts))


def standalone_map(view: ExportView) -> folium.Map:
    """A self-contained map of the view (used where the app's own map builder is not at hand,
    e.g. `python -m core export html`): land, approximate EEZs, paths and impact points."""
    fmap = folium.Map(location=(38.5, 133.0), zoom_start=5, tiles=None, control_scale=True)
    _inline_assets(fmap)
    for name in (WORLD_FILE, EAST_ASIA_FILE):
        data = read_layer(geo_path(view.geo_data_dir, name))
        folium.GeoJson(data, style_function=lambda _: LAND_STYLE, interactive=False).add_to(fmap)
    zones = read_layer(geo_path(view.geo_data_dir, EEZ_FILE))
    folium.GeoJson(
        zones,
        name="EEZ zones (approximate)",
        style_function=lambda f: JAPAN_ZONE if f["properties"].get("zone") == "JPN" else OTHER_ZONE,
        interactive=False,
    ).add_to(fmap)
    features = []
    for feature in feature_collection(view)["features"]:
        props = feature["properties"]
        if feature["geometry"] is None:
            continue
        slim = {
            "launch_id": page_text(props["launch_id"]),
            "kind": props["kind"],
            "colour": class_colour(props["missile_class"]),
            "estimated": props["impact_method"] == "estimated",
            "tip": _tip(props),
        }
        features.append({**feature, "properties": slim})
    if not features:  # an empty layer cannot carry a tooltip field; the title says "0 missiles"
        return annotate(fmap, view)
    layer = folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="Launches",
        style_function=_launch_style,
        marker=folium.CircleMarker(radius=4, fill=True, fill_opacity=0.9),
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
    )
    layer.add_to(fmap)
    fmap.fit_bounds(layer.get_bounds(), padding=(30, 30))  # type: ignore[arg-type]
    return annotate(fmap, view)


def standalone_html(view: ExportView) -> str:
    """The page of `standalone_map`: opens from a file with no network."""
    return render_standalone(standalone_map(view))
