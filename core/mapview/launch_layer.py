"""The launch layer: one Leaflet GeoJSON layer the browser builds from compact rows, untemplated."""

from __future__ import annotations

import json
from typing import Final

from branca.element import Element, Figure, MacroElement
from folium.utilities import JsCode
from jinja2 import Template

from core.palette import FALLBACK_COLOUR

# What the browser needs escaped inside a <script> (as jinja's tojson does) when the map is
# exported as one HTML page; st_folium eval()s the same text.
_SCRIPT_SAFE: Final = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
_SCRIPT_SAFE_TABLE: Final = str.maketrans(_SCRIPT_SAFE)
# In JSON made of arrays, strings and numbers only, every brace sits inside a string, so braces
# can be written as escapes too: the page then holds no "{{" or "{%" for any template pass to run.
_ARRAY_SAFE_TABLE: Final = str.maketrans({**_SCRIPT_SAFE, "{": "\\u007b", "}": "\\u007d"})


def script_safe_json(value: object) -> str:
    """Compact JSON that can sit inside a <script> element."""
    return json.dumps(value, separators=(",", ":")).translate(_SCRIPT_SAFE_TABLE)


def array_json(value: list[object]) -> str:
    """Compact, script-safe JSON of a list of lists, strings and numbers, with braces escaped."""
    return json.dumps(value, separators=(",", ":")).translate(_ARRAY_SAFE_TABLE)


class RawScript(Element):
    """Rendered JavaScript kept as text: branca would compile it as a Jinja template first."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        """The text as it is."""
        del kwargs
        return self.text


class LaunchLayer(MacroElement):
    """`L.geoJson` of the missiles, built in the browser from compact rows (features.missile_row).

    folium.GeoJson would serialise the features twice per rerun and have branca compile the
    resulting multi-megabyte script as a template (seconds at 10,000 missiles); this element sends
    each missile as one short row and adds its script to the page as plain text. Tooltips are
    made when first shown, as text (textContent): record values are never parsed as HTML.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var rows = {{ this.rows_js }};
            var codes = {{ this.codes_js }};
            var siteList = {{ this.sites_js }};
            var sites = {};
            for (var s = 0; s + 1 < siteList.length; s += 2) sites[siteList[s]] = siteList[s + 1];
            var classes = codes[0], colours = codes[1], outcomes = codes[2], verdicts = codes[3],
                methods = codes[4];
            function decode(value, table) {
                return typeof value === "number" ? table[value] : value;
            }
            function km(value) {
                if (value === null) return "unknown";
                return String(value).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",") + " km";
            }
            function stamp(date) {
                function two(n) { return (n < 10 ? "0" : "") + n; }
                return date.getUTCFullYear() + "-" + two(date.getUTCMonth() + 1) + "-" +
                    two(date.getUTCDate()) + " " + two(date.getUTCHours()) + ":" +
                    two(date.getUTCMinutes());
            }
            function when(value) {
                if (typeof value !== "number") return value + " (UTC)";
                var utc = new Date(value * 60000);
                return stamp(utc) + " UTC / " + stamp(new Date(utc.getTime() + 9 * 3600000)) +
                    " KST";
            }
            function tip(r) {
                var eez = "reported " + decode(r[9], verdicts) + " \\u00b7 computed " +
                    decode(r[10], verdicts) + " (approx.)";
                var lines = [
                    r[0],
                    "Date: " + when(r[3]),
                    "Missile: " + (r[4] || "unidentified"),
                    "Class: " + decode(r[1], classes),
                    "Range: " + km(r[5]),
                    "Apogee: " + km(r[6]),
                    "Outcome: " + decode(r[7], outcomes),
                    "Site: " + (sites[r[8]] || "unknown"),
                    "Japan EEZ: " + (r[2] & 4 ? "\\u26a0 DISAGREE: " : "") + eez,
                    "Path: " + decode(r[11], methods)
                ];
                var box = document.createElement("div");
                box.textContent = lines.join("\\n");
                return box;
            }
            var features = rows.map(function (r, index) {
                var flat = r[12], points = [];
                for (var i = 0; i + 1 < flat.length; i += 2) points.push([flat[i], flat[i + 1]]);
                var lone = points.length === 1;
                var cls = decode(r[1], classes);
                return {
                    type: "Feature",
                    id: index,
                    properties: {
                        launch_id: r[0],
                        colour: colours[classes.indexOf(cls)] || "{{ this.fallback_colour }}",
                        estimated: Boolean(r[2] & 1),
                        failure: Boolean(r[2] & 2),
                        kind: lone ? "impact" : "path"
                    },
                    geometry: lone ? {type: "Point", coordinates: points[0]}
                                   : {type: "LineString", coordinates: points}
                };
            });
            var hover = {{ this.hover_js }};
            var paths = 0;
            var layer = L.geoJson(null, {
                pointToLayer: function (feature, latlng) {
                    return L.circleMarker(latlng, {radius: 3});
                },
                style: {{ this.style_js }},
                onEachFeature: function (feature, layer) {
                    layer.bindTooltip(function () { return tip(rows[feature.id]); },
                                      {sticky: true, className: "atlas-tip"});
                    hover(feature, layer);
                }
            });
            layer.addData(features);
            // Each path's impact dot, made from its last point rather than sent as a feature.
            features.forEach(function (feature) {
                if (feature.properties.kind !== "path") return;
                paths += 1;
                var coordinates = feature.geometry.coordinates;
                var end = coordinates[coordinates.length - 1];
                var dot = L.circleMarker([end[1], end[0]], {radius: 3});
                dot.feature = {
                    type: "Feature",
                    properties: Object.assign({}, feature.properties, {kind: "impact"}),
                    geometry: {type: "Point", coordinates: end}
                };
                dot.setStyle(layer.options.style(dot.feature));
                layer.addLayer(dot);
            });
            // What the map shows, for tests and benchmarks that cannot count a canvas's lines:
            // written in the frame after the one in which Leaflet draws the layer.
            layer.on("add", function () {
                var map = layer._map, container = map.getContainer();
                requestAnimationFrame(function () {
                    container.setAttribute("data-atlas-paths", String(paths));
                    container.setAttribute(
                        "data-atlas-renderer", map.options.preferCanvas ? "canvas" : "svg");
                });
            });
            return layer;
        })().addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, rows_json: str, codes_json: str, sites_json: str, style: JsCode, hover: JsCode
    ) -> None:
        """JSON arrays from features.py (already script-safe) and the style and hover JS."""
        super().__init__()
        self._name = "LaunchLayer"
        self.rows_js = rows_json
        self.codes_js = codes_json
        self.sites_js = sites_json
        self.style_js = style.js_code
        self.hover_js = hover.js_code
        self.fallback_colour = FALLBACK_COLOUR

    def render(self, **kwargs: object) -> str:
        """As MacroElement.render, with the script added as text instead of a template."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "a LaunchLayer renders inside a Figure"
        script = self._template.module.__dict__["script"]
        figure.script.add_child(RawScript(script(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)
        return ""
