from __future__ import annotations

import json
import re

import pytest

from core.mapview.build import build_map
from core.mapview.features import focus_json
from core.paths import DEFAULT_DATA_DIR
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
