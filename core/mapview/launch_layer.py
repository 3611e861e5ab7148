"""The launch layer: one Leaflet GeoJSON layer the browser builds from compact rows, untemplated."""

from __future__ import annotations

import json
from typing import Final

from branca.element import Element, Figure, MacroElement
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
    resulting multi-megabyte script as a Template (seconds at 10,000 missiles); this element sends
    each missile as one short row and adds its one-line script to the page as plain text. The
    layer itself is static/js/launch_layer.js (L.atlasLaunchLayer): served by the app, inlined by
    the HTML export. Tooltips are made when first shown, as text: record values are never parsed
    as HTML.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.atlasLaunchLayer(
            {{ this.rows_js }},
            {{ this.codes_js }}, {{ this.sites_js }}, {{ this.schema_js }}, {{ this.focus_js }},
            {{ this.fallback_colour | tojson }}
        ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, rows_json: str, codes_json: str, sites_json: str, schema_json: str, focus_json: str
    ) -> None:
        """Script-safe JSON arrays from features.py: the rows, code tables, sites, row schema and
        the launch in focus ([] or [its id]: every other path fades back)."""
        super().__init__()
        self._name = "LaunchLayer"
        self.rows_js = rows_json
        self.codes_js = codes_json
        self.sites_js = sites_json
        self.schema_js = schema_json
        self.focus_js = focus_json
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
