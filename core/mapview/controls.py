"""The map's own controls and its legend: plain HTML and our own JS over Leaflet's API."""

from __future__ import annotations

from html import escape
from typing import Any, Final

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from core.geo.place_labels import place_labels
from core.mapview.assets import MAP_CSS, MAP_SCRIPTS, AssetMode
from core.mapview.launch_layer import array_json
from core.palette import CLASS_COLOURS
from core.records.model import MISSILE_CLASSES

# Zone styles live beside the legend that explains them. Waters claimed by Japan and another
# state are drawn as neither side's.
DISPUTED_STYLE: Final[dict[str, Any]] = {
    "color": "#d35400",
    "weight": 1,
    "dashArray": "6 3",
    "fillColor": "#d35400",
    "fillOpacity": 0.12,
}
ZONE_STYLE: Final[dict[str, dict[str, Any]]] = {
    "JPN": {"color": "#c0392b", "weight": 1.5, "fillColor": "#c0392b", "fillOpacity": 0.05},
    "JPN_KOR_JOINT": {"color": "#7d3c98", "weight": 1, "fillColor": "#7d3c98", "fillOpacity": 0.15},
    "JPN_KOR_DISPUTED": DISPUTED_STYLE,
    "JPN_RUS_DISPUTED": DISPUTED_STYLE,
    "JPN_CHN_TWN_DISPUTED": DISPUTED_STYLE,
}
# A lofted shot's minimum-energy ring is a model figure, not a class boundary: heavier and
# dash-dot, which a CSS border cannot draw, so its swatch is a small SVG line.
REACH_COLOUR: Final = "#1b2631"
REACH_DASH: Final = "14 5 2 5"
REACH_SWATCH: Final = (
    '<svg class="swatch-svg" width="14" height="6" aria-hidden="true">'
    f'<line x1="0" y1="3" x2="14" y2="3" stroke="{REACH_COLOUR}" stroke-width="2.5" '
    'stroke-dasharray="5 2 1 2"/></svg>'
)
OTHER_ZONE_STYLE: Final = {
    "color": "#5d6d7e",
    "weight": 0.8,
    "dashArray": "3 4",
    "fillColor": "#5d6d7e",
    "fillOpacity": 0.0,
}


class AtlasControls(JSCSSMixin, MacroElement):
    """Our own full-screen, cursor-position, measure and playback (static/js/playback.js)
    controls, and the project's map scripts.

    In served mode it links static/js/ (MAP_SCRIPTS) and static/css/map.css, which load before
    the map's own script; base.py inlines the same files for an export.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.control.atlasFullscreen().addTo({{ this._parent.get_name() }});
        L.control.atlasMeasure().addTo({{ this._parent.get_name() }});
        L.control.atlasMousePosition().addTo({{ this._parent.get_name() }});
        L.control.atlasPlayback().addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, mode: AssetMode) -> None:
        super().__init__()
        self._name = "AtlasControls"
        # Instance attributes: folium's class-level lists are shared by every map in the process.
        self.default_js = [(a.name, a.url) for a in MAP_SCRIPTS] if mode == "served" else []
        self.default_css = [(MAP_CSS.name, MAP_CSS.url)] if mode == "served" else []


class HtmlLegend(MacroElement):
    """A legend drawn as plain HTML in a Leaflet control (branca's colormap pulls d3 off a CDN).

    The control is static/js/map_page.js's L.control.atlasLegend.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.control.atlasLegend({{ this.markup | tojson }}, {position: "topright"})
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "HtmlLegend"
        self.markup = markup


def legend_markup() -> str:
    """Classes, line styles and zones; static so the base map (and the iframe) never changes.

    A <details> element, folded by default in the top right corner, away from where missiles
    come down: one click opens it.
    """
    classes = "".join(
        f'<span><i class="swatch" style="border-color:{CLASS_COLOURS[name]}"></i>'
        f"{escape(name)}</span>"
        for name in MISSILE_CLASSES
    )
    jpn = ZONE_STYLE["JPN"]["color"]
    joint = ZONE_STYLE["JPN_KOR_JOINT"]["color"]
    other = OTHER_ZONE_STYLE["color"]
    return (
        "<details><summary>Legend</summary>"
        f'<div class="grid">{classes}</div>'
        '<div class="grid">'
        '<span><i class="swatch" style="border-color:#333"></i>reported</span>'
        '<span><i class="swatch dashed" style="border-color:#333"></i>estimated</span>'
        '<span><i class="swatch dotted" style="border-color:#333"></i>failure</span>'
        '<span><i class="swatch dashed thin" style="border-color:#444"></i>range ring</span>'
        f"<span>{REACH_SWATCH}min-energy reach</span>"
        "</div>"
        '<div class="zones">'
        f'<span><i class="box" style="border-color:{jpn}"></i>Japan EEZ</span>'
        f'<span><i class="box" style="border-color:{joint};background:rgba(125,60,152,.15)"></i>'
        "Japan/Korea joint regime</span>"
        f'<span><i class="box" style="border-color:{DISPUTED_STYLE["color"]};'
        'border-style:dashed;background:rgba(211,84,0,.12)"></i>disputed waters Japan claims</span>'
        f'<span><i class="box" style="border-color:{other};border-style:dashed"></i>'
        "neighbours' EEZ</span>"
        "</div>"
        '<div class="note">Zones are approximate (200 nm model), not legal boundaries.</div>'
        "</details>"
    )


class PlaceLabels(MacroElement):
    """The place names (core.geo.place_labels), drawn by static/js/map_page.js under the paths."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.atlas.placeLabels({{ this.labels_js }}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "PlaceLabels"
        rows = [[x.name, x.kind, x.lat, x.lon, x.min_zoom] for x in place_labels()]
        self.labels_js = array_json(list(rows))


class TilesNotice(MacroElement):
    """Says on the map when online tiles cannot load (the offline basemap stays under them)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.atlas.tilesNotice({{ this.tiles.get_name() }}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: MacroElement) -> None:
        super().__init__()
        self._name = "TilesNotice"
        self.tiles = tiles
