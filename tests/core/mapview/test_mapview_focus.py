from __future__ import annotations

import json
import re

import pytest

from core.geo.trajectory import sea_model, trajectories
from core.mapview.build import build_map, view_bounds
from core.mapview.features import focus_json
from core.paths import DEFAULT_DATA_DIR, GEO_DATA_DIR
from core.records.dataset import load_dataset

FOCUS = re.compile(r"L\.atlasLaunchLayer\(\n\s*\[.*?\],\n\s*(.*?),\n", re.S)


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(DEFAULT_DATA_DIR)


def test_focus_is_the_selected_launch_as_script_safe_json():
    assert focus_json(None) == "[]"
    assert json.loads(focus_json("2022-10-03a-01")) == ["2022-10-03a-01"]
    assert "<" not in focus_json("</script><b>")


def test_the_map_and_its_export_hand_the_selection_to_the_launch_layer(dataset):
    launch = next(x for x in dataset.launches if x.range_km and x.site_id)
    html = build_map(dataset, dataset.launches, launch.launch_id).get_root().render()
    arguments = FOCUS.search(html).group(1)
    assert arguments.endswith(focus_json(launch.launch_id))
    unfocused = build_map(dataset, dataset.launches).get_root().render()
    assert FOCUS.search(unfocused).group(1).endswith("[]")


def test_view_bounds_hold_every_drawn_path_and_point(dataset):
    sea = sea_model(GEO_DATA_DIR)
    irbm = [x for x in dataset.launches if x.missile_class == "IRBM"]
    (south, west), (north, east) = view_bounds(dataset, irbm, sea)
    for item in trajectories(irbm, dataset.sites, sea).values():
        for lat, lon in [*item.path, *([item.impact.point] if item.impact else [])]:
            assert south - 0.5 <= lat <= north + 0.5
            assert west - 0.5 <= lon <= east + 0.5
    assert view_bounds(dataset, [], sea) is None
