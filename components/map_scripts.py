"""The scripts of the map's filter-dependent groups, as st_folium would render them, from pieces
rendered once.

- The range rings and the selection are rendered once per LayerParts part and kept in a small
  cache.
- The launch and site layers are rendered once without data: a filter change only pastes the
  launch rows (already serialised per record) and the site features into them, between pieces
  cut at fixed points, so no record text is ever searched for a token.
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


def group_scripts(parts: LayerParts) -> str:
    """The four groups' scripts, as st_folium's feature_group argument."""
    before, between, then, after = _launch_script_pieces()
    launches = (
        before
        + parts.launch_rows_json
        + between
        + parts.launch_sites_json
        + then
        + parts.launch_focus_json
        + after
    )
    return (
        _ring_script(parts.rings)
        + _site_script(parts.sites)
        + launches
        + _selection_script(parts.selection)
    )
