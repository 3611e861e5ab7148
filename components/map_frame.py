"""The map component's arguments, put together from pieces rendered once and cached.

`st_folium` renders the whole folium map through Jinja on every rerun (tens of templates compiled
per run, 25-60 ms), though on a filter change only the launch layer and the site counts change.
This module gives the component the arguments `st_folium` would (tests/components/
test_map_frame.py compares them), with the selection apart (its own argument, applied by
static/js/launch_layer.js, so a selection does not make the frame evaluate every group again),
from:
- the base map (Leaflet set-up, land, EEZ, controls, legend, layer control), rendered once per
  tile and renderer choice: its script is also the component's identity, so the iframe is never
  remounted;
- the filter-dependent groups' scripts (map_scripts.group_scripts), from pieces rendered once.

It calls streamlit-folium's own helpers, so requirements.txt pins streamlit-folium to one minor
version. Kept because the public path misses the targets (issue 13): `python -m bench.map_paths`
measured the map's server CPU time per filter change on 2026-12-03 (2-core Xeon VM, busy) at
31.6 ms through `st_folium(..., feature_group_to_add=...)` against 2.6 ms here at 350 missiles,
and 66.3 ms against 17.9 ms at 10,000. The floor page's whole filter change costs 6-8 ms, so the
public path alone would put the app past 4x the floor at 350 (target: 2x).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

import folium
import streamlit as st
import streamlit_folium as sf

from components.map_scripts import group_scripts, selection_groups
from core.mapview.assets import ensure_served
from core.mapview.base import base_map
from core.mapview.build import LayerParts
from core.mapview.layers import GROUP_NAMES, layer_group

Bounds = list[list[float]]
# What the component can report, in st_folium's order (its initial value lists them in this order).
RETURNABLE: Final = (
    "last_clicked",
    "last_object_clicked",
    "last_object_clicked_count",
    "last_object_clicked_tooltip",
    "last_object_clicked_popup",
    "all_drawings",
    "last_active_drawing",
    "bounds",
    "zoom",
    "last_circle_radius",
    "last_circle_polygon",
    "selected_layers",
    "selected_tags",
    "last_geocoder_result",
)


# The component argument that carries the selection (streamlit-folium passes unknown arguments
# through to its frame untouched), and the script that applies it once the groups are drawn: the
# frame's render data is `data` where streamlit-folium evaluates the groups; a later render's
# selection is applied by launch_layer.js's own render listener.
SELECTION_ARG: Final = "atlas_selection"
APPLY_SELECTION: Final = (
    "\nL.atlasSelect(map_div, typeof data === 'object' && data && data.args ? "
    f"data.args.{SELECTION_ARG} : null);\n"
)


@dataclass(frozen=True, slots=True)
class BaseFrame:
    """The component arguments that do not depend on the filters."""

    script: str
    header: str
    html: str
    map_id: str
    bounds: list[list[float | None]]
    zoom: Any  # as folium holds it
    layer_control: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]


def _links(fmap: folium.Map) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # As st_folium collects them: every JS/CSS-bearing element of the map, first seen first.
    css: dict[str, None] = {}
    js: dict[str, None] = {}
    stack: list[Any] = [fmap]
    while stack:
        element = stack.pop(0)
        css.update(dict.fromkeys(href for _, href in getattr(element, "default_css", [])))
        js.update(dict.fromkeys(src for _, src in getattr(element, "default_js", [])))
        stack[:0] = list(getattr(element, "_children", {}).values())
    return tuple(css), tuple(js)


@lru_cache(maxsize=4)
def base_frame(online_tiles: bool, canvas: bool) -> BaseFrame:
    """The base map rendered as st_folium renders it, with empty groups for the layer control."""
    fmap = base_map("served", online_tiles, canvas)
    fmap.get_root().render()
    fmap.render()
    html, header = sf._get_html(fmap), sf._get_header(fmap)
    script = sf._get_map_string(fmap)
    bounds = fmap.get_bounds()
    for index, name in enumerate(GROUP_NAMES):
        sf._get_feature_group_string(layer_group(name), fmap, index)
    control = sf._get_layer_control_string(folium.LayerControl(collapsed=True), fmap)
    css_links, js_links = _links(fmap)
    return BaseFrame(
        script=script,
        header=header,
        html=html,
        map_id=sf.get_full_id(fmap),
        bounds=bounds,
        zoom=fmap.options.get("zoom"),
        layer_control=control,
        css_links=css_links,
        js_links=js_links,
    )


def fit_script(bounds: Bounds, padding_px: tuple[int, int]) -> str:
    """Script that fits the map to [[south, west], [north, east]] with padding, run with the groups.

    folium's fit_bounds would change the base map's script, and so remount the map for every new
    view; the group scripts run again whenever they change, in the same map.
    """
    box = [[float(value) for value in corner] for corner in bounds]
    return f"\nmap_div.fitBounds({json.dumps(box)}, {{padding: {json.dumps(list(padding_px))}}});\n"


# The base frame is cached, but the files it links must be in the static folder: checked on the
# first run and then at most this often (the 40-odd stat() calls were 1.1 ms of every filter
# change at 350 missiles, measured 2026-12-03), so a folder cleaned under a running server
# comes back within a minute.
SERVED_CHECK_S: Final = 60.0
_served_checked: list[float] = []  # when the folder was last checked (time.monotonic)


def _ensure_served() -> None:
    now = time.monotonic()
    if _served_checked and now - _served_checked[-1] < SERVED_CHECK_S:
        return
    ensure_served()
    _served_checked[:] = [now]


def draw(
    parts: LayerParts,
    *,
    key: str,
    online_tiles: bool,
    canvas: bool,
    height: int,
    returned_objects: Sequence[str],
    on_change: Callable[[], None] | None = None,
    after: str = "",
    on_select: str = "",
) -> dict[str, Any] | None:
    """Draw the map as st_folium(base map, feature_group_to_add=groups, LayerControl) would, with
    the selection apart.

    The groups that do not follow the selection are st_folium's feature_group, which its frame
    evaluates again whenever it changes; the range rings, the selected missile and the launch in
    focus go in their own argument, which static/js/launch_layer.js applies to the drawn groups,
    so a selection does not rebuild the launch layer. `after` is script run once the groups are
    drawn (a filter change: fit_script); `on_select` once a selection is applied (map_div is the
    map). Returns the component's value (what the user did on the map), as st_folium does.
    """
    _ensure_served()
    base = base_frame(online_tiles, canvas)
    defaults: dict[str, Any] = dict.fromkeys(RETURNABLE)
    defaults["bounds"] = {
        "_southWest": {"lat": base.bounds[0][0], "lng": base.bounds[0][1]},
        "_northEast": {"lat": base.bounds[1][0], "lng": base.bounds[1][1]},
    }
    defaults["zoom"] = base.zoom
    hash_key = sf.generate_js_hash(base.script, key, False)

    def changed() -> None:
        # As st_folium: the value is kept under the caller's key before its callback runs.
        st.session_state[key] = st.session_state.get(hash_key, {})
        if on_change is not None:
            on_change()

    value = sf._component_func(
        script=base.script,
        header=base.header,
        html=base.html,
        id=base.map_id,
        key=hash_key,
        height=height,
        width=None,
        returned_objects=list(returned_objects),
        default={name: value for name, value in defaults.items() if name in returned_objects},
        zoom=None,
        center=None,
        feature_group=group_scripts(parts) + after + APPLY_SELECTION,
        return_on_hover=False,
        layer_control=base.layer_control,
        pixelated=False,
        css_links=list(base.css_links),
        js_links=list(base.js_links),
        on_change=changed,
        wrap_longitude=False,
        **{
            SELECTION_ARG: {
                "groups": selection_groups(parts),
                "focus": parts.launch_focus_json,
                "after": on_select,
            }
        },
    )
    return value if isinstance(value, dict) else None
