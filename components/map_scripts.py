"""The scripts of the map's filter-dependent groups, as st_folium would render them, from pieces
rendered once.

- The site and launch layers (`group_scripts`, st_folium's feature_group) do not change with the
  selection: they are rendered once without data, and a filter change only pastes the launch rows
  (already serialised per record) and the site features into them, between pieces cut at fixed
  points, so no record text is ever searched for a token. The range-ring and selection groups go
  in empty.
- The range rings and the selected missile (`selection_groups`) follow the selection: they are
  sent beside the groups, and static/js/launch_layer.js (L.atlasSelect) draws them into the empty
  groups and restyles the launch layer, so a selection never re-evaluates the launch layer.
  Rendered once per LayerParts part and kept in a small cache.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

import folium
import streamlit_folium as sf
from jinja2.utils import htmlsafe_json_dumps

from core.mapview.build import LayerParts
from core.mapview.layers import (
    GROUP_NAMES,
    SiteCounts,
    launch_group,
    layer_group,
    selection_group,
    site_collection,
    site_features,
    site_group,
    site_layer,
)
from core.mapview.ring_layer import ring_group

ROWS_TOKEN: Final = "ATLASLAUNCHROWS"
SITES_TOKEN: Final = "ATLASLAUNCHSITES"
FOCUS_TOKEN: Final = "ATLASLAUNCHFOCUS"
RING, SITES, LAUNCHES, SELECTION = range(len(GROUP_NAMES))
# Views a briefing flips between: each cached group keeps this many renderings.
GROUP_CACHE: Final = 32


def _group_script(group: folium.FeatureGroup, index: int) -> str:
    # Rendered on a bare map of its own: st_folium names the map "map_div" in every group script.
    return str(sf._get_feature_group_string(group, folium.Map(tiles=None), index))


@lru_cache(maxsize=GROUP_CACHE)
def _ring_script(rings: tuple[Any, ...]) -> str:
    return _group_script(ring_group(*rings), RING)


@lru_cache(maxsize=1)
def _site_script_halves() -> tuple[str, str]:
    # The site layer rendered once with no features, split where folium writes its data
    # (`{{ this.data|tojson }}`): the rest of its script does not depend on the features.
    group = layer_group(GROUP_NAMES[SITES])
    site_layer([]).add_to(group)
    before, after = _group_script(group, SITES).split(_as_tojson(site_collection([])))
    return before, after


def _as_tojson(value: object) -> str:
    # What Jinja's tojson filter writes (its default policy sorts keys), as folium renders data.
    return str(htmlsafe_json_dumps(value, sort_keys=True))


def _site_script(sites: SiteCounts) -> str:
    if not sites:
        return _empty_site_script()
    before, after = _site_script_halves()
    return before + _as_tojson(site_collection(site_features(sites))) + after


@lru_cache(maxsize=1)
def _empty_site_script() -> str:
    return _group_script(site_group(()), SITES)


@lru_cache(maxsize=1)
def _launch_script_pieces() -> tuple[str, str, str, str]:
    # The launch layer rendered once with tokens for its rows, site table and focus, cut at the
    # tokens: record text is pasted between the pieces, never searched for a token itself.
    script = _group_script(launch_group(ROWS_TOKEN, SITES_TOKEN, FOCUS_TOKEN), LAUNCHES)
    before, rest = script.split(ROWS_TOKEN)
    between, rest = rest.split(SITES_TOKEN)
    then, after = rest.split(FOCUS_TOKEN)
    return before, between, then, after


@lru_cache(maxsize=GROUP_CACHE)
def _selection_script(selection: tuple[Any, ...]) -> str:
    return _group_script(selection_group(*selection), SELECTION)


@lru_cache(maxsize=len(GROUP_NAMES))
def _empty_group_script(index: int) -> str:
    return _group_script(layer_group(GROUP_NAMES[index]), index)


# Hands the (empty) ring and selection groups to L.atlasSelect, which fills them.
SELECTION_GROUPS: Final = (
    f"\nL.atlasSelectionGroups(map_div, feature_group_feature_group_{RING}, "
    f"feature_group_feature_group_{SELECTION});\n"
)
UNFOCUSED: Final = "[]"
RETURN_GROUPS: Final = (
    f"\nreturn [feature_group_feature_group_{RING}, feature_group_feature_group_{SELECTION}];\n"
)


def group_scripts(parts: LayerParts) -> str:
    """The groups' scripts, as st_folium's feature_group argument: the same for every selection
    (no launch in focus, the ring and selection groups empty; see selection_groups)."""
    before, between, then, after = _launch_script_pieces()
    launches = (
        before
        + parts.launch_rows_json
        + between
        + parts.launch_sites_json
        + then
        + UNFOCUSED
        + after
    )
    return (
        _empty_group_script(RING)
        + _site_script(parts.sites)
        + launches
        + _empty_group_script(SELECTION)
        + SELECTION_GROUPS
    )


def selection_groups(parts: LayerParts) -> str:
    """The body of a function(map_div, window) drawing the range-ring and selection groups as
    st_folium would, and returning them: L.atlasSelect runs it against a stand-in map and moves
    the shapes into the map's own groups."""
    return _ring_script(parts.rings) + _selection_script(parts.selection) + RETURN_GROUPS
