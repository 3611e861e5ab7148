"""The launch layer: one Leaflet GeoJSON element, its data serialised once and never templated."""

from __future__ import annotations

import json

from branca.element import Element, Figure, MacroElement
from folium.utilities import JsCode
from jinja2 import Template

# What the browser needs escaped inside a <script> (as jinja's tojson does) when the map is
# exported as one HTML page; st_folium eval()s the same text.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def script_safe_json(value: object) -> str:
    """Compact JSON that can sit inside a <script> element."""
    return json.dumps(value, separators=(",", ":")).translate(_SCRIPT_SAFE)


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
    """`L.geoJson(features)` with style and per-feature JS; points and path ends as small circles.

    folium.GeoJson would serialise the features twice per rerun and have branca compile the
    resulting multi-megabyte script as a template (seconds at 10,000 missiles); this element
    serialises them once, compactly, and adds its script to the page as plain text.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson(null, {
            pointToLayer: function (feature, latlng) {
                return L.circleMarker(latlng, {radius: 3});
            },
            style: {{ this.style_js }},
            onEachFeature: {{ this.each_feature_js }}
        }).addTo({{ this._parent.get_name() }});
        {{ this.get_name() }}.addData({{ this.data_js }});
        (function (layer) {
            // Each path's impact dot, made from its last point rather than sent as a feature.
            var ends = [];
            layer.eachLayer(function (line) {
                if (line.feature.properties.kind === "path") ends.push(line);
            });
            ends.forEach(function (line) {
                var points = line.getLatLngs();
                var end = points[points.length - 1];
                var dot = L.circleMarker(end, {radius: 3});
                dot.feature = {
                    type: "Feature",
                    properties: Object.assign({}, line.feature.properties,
                                              {kind: "impact", tip: ""}),
                    geometry: {type: "Point", coordinates: [end.lng, end.lat]}
                };
                dot.setStyle(layer.options.style(dot.feature));
                layer.addLayer(dot);
            });
        })({{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, features_json: str, style: JsCode, on_each_feature: JsCode) -> None:
        """`features_json`: a JSON array of GeoJSON features, already script-safe."""
        super().__init__()
        self._name = "LaunchLayer"
        self.data_js = f'{{"type":"FeatureCollection","features":{features_json}}}'
        self.style_js = style.js_code
        self.each_feature_js = on_each_feature.js_code

    def render(self, **kwargs: object) -> str:
        """As MacroElement.render, with the script added as text instead of a template."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "a LaunchLayer renders inside a Figure"
        script = self._template.module.__dict__["script"]
        figure.script.add_child(RawScript(script(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)
        return ""
