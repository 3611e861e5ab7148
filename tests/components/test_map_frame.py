"""The map drawn from cached pieces gets exactly the arguments st_folium would have sent."""

import re
from dataclasses import replace
from pathlib import Path

import folium
import pytest
import streamlit_folium

from components import map_frame, map_scripts
from components.launch_map import RETURNED
from core.geo.rings import CLASS_RINGS, default_rings
from core.geo.trajectory import sea_model
from core.mapview.base import base_map
from core.mapview.build import layer_parts
from core.mapview.centres import ring_centre_for
from core.mapview.layers import GROUP_NAMES, launch_group, layer_group, selection_group, site_group
from core.mapview.ring_layer import ring_group
from core.records.dataset import load_dataset

ROOT = Path(__file__).resolve().parents[2]
LOFTED_ID = "2017-11-28a-01"  # Hwasong-15, lofted: its minimum-energy reach joins the rings
# folium names every element with 32 random hex digits; the two renderings differ only there.
ELEMENT_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


@pytest.fixture
def sent(monkeypatch):
    """The keyword arguments of every call to the component, instead of drawing it."""
    calls = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: calls.append(kwargs))
    return calls


def _comparable(arguments):
    kept = {name: value for name, value in arguments.items() if name != "on_change"}
    return {name: _ids_out(value) for name, value in kept.items()}


def _ids_out(value):
    if isinstance(value, dict):
        return {name: _ids_out(item) for name, item in value.items()}
    return ELEMENT_ID.sub("ID", value) if isinstance(value, str) else value


def _as_st_folium_draws(parts, selection_after=""):
    """What map_frame sends, in st_folium's own renderings: the groups with no launch in focus
    and the ring and selection groups empty, and those two groups drawn apart."""
    steady = [
        layer_group(GROUP_NAMES[0]),
        site_group(parts.sites),
        launch_group(parts.launch_rows_json, parts.launch_sites_json, "[]"),
        layer_group(GROUP_NAMES[3]),
    ]
    apart = "".join(
        streamlit_folium._get_feature_group_string(group, folium.Map(tiles=None), index)
        for group, index in ((ring_group(*parts.rings), 0), (selection_group(*parts.selection), 3))
    )
    returned = "\nreturn [feature_group_feature_group_0, feature_group_feature_group_3];\n"
    selection = {
        "groups": apart + returned,
        "focus": parts.launch_focus_json,
        "after": selection_after,
    }
    return steady, selection


def _views(dataset):
    launches = list(dataset.launches)
    lofted = next(launch for launch in launches if launch.launch_id == LOFTED_ID)
    srbms = [launch for launch in launches if launch.missile_class == "SRBM"]
    # Record text that spells the pieces' own tokens is pasted as data, never taken for them.
    tokens = replace(srbms[0], missile_name=f"{map_scripts.SITES_TOKEN} {map_scripts.ROWS_TOKEN}")
    return [
        ([tokens, *srbms[1:5]], None, CLASS_RINGS),
        (launches, None, default_rings(dataset.launches)),
        (launches, LOFTED_ID, CLASS_RINGS),
        (srbms, srbms[3].launch_id, default_rings(dataset.launches)[:2]),
        ([lofted], LOFTED_ID, ()),
        ([], None, CLASS_RINGS),
    ]


@pytest.mark.parametrize(("online", "canvas"), [(False, False), (True, False), (False, True)])
def test_map_frame_sends_what_st_folium_sends(dataset, sent, online, canvas):
    sea = sea_model(ROOT / "data")
    for launches, selected_id, rings in _views(dataset):
        selected = next((x for x in launches if x.launch_id == selected_id), None)
        centre = ring_centre_for(dataset, selected)
        parts = layer_parts(dataset, launches, selected_id, centre, rings, sea)
        steady, selection = _as_st_folium_draws(parts)
        streamlit_folium.st_folium(
            base_map("served", online, canvas),
            key="map_launches",
            height=620,
            use_container_width=True,
            returned_objects=RETURNED,
            feature_group_to_add=steady,
            layer_control=folium.LayerControl(collapsed=True),
        )
        sent[-1]["feature_group"] += map_scripts.SELECTION_GROUPS + map_frame.APPLY_SELECTION
        sent[-1][map_frame.SELECTION_ARG] = selection
        # Twice: the second call is served from the caches.
        for _ in range(2):
            map_frame.draw(
                parts,
                key="map_launches",
                online_tiles=online,
                canvas=canvas,
                height=620,
                returned_objects=RETURNED,
            )
        expected, first, cached = (_comparable(arguments) for arguments in sent[-3:])
        assert first == expected
        assert cached == expected
    assert len(sent) == 3 * len(_views(dataset))


def test_launch_rows_are_pasted_whole_and_only_once(dataset):
    sea = sea_model(ROOT / "data")
    launches = list(dataset.launches)
    parts = layer_parts(dataset, launches, None, ring_centre_for(dataset, None), (), sea)
    script = map_scripts.group_scripts(parts)
    assert script.count(parts.launch_rows_json) == 1
    assert map_scripts.ROWS_TOKEN not in script
    assert map_scripts.SITES_TOKEN not in script
