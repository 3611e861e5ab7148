from __future__ import annotations

from core.paths import DEFAULT_DATA_DIR
from core.records.dataset import load_dataset
from core.records.model import CHRONOLOGICAL
from core.view.stepping import step_launch


def test_steps_go_through_the_launches_in_time_order_and_stop_at_the_ends():
    launches = list(load_dataset(DEFAULT_DATA_DIR).launches)[:40]
    ordered = [x.launch_id for x in sorted(launches, key=CHRONOLOGICAL)]
    shuffled = list(reversed(launches))
    assert step_launch(shuffled, ordered[3], 1) == ordered[4]
    assert step_launch(shuffled, ordered[3], -1) == ordered[2]
    assert step_launch(shuffled, ordered[0], -1) == ordered[0]
    assert step_launch(shuffled, ordered[-1], 1) == ordered[-1]


def test_without_a_selection_back_starts_at_the_latest_and_forward_at_the_earliest():
    launches = list(load_dataset(DEFAULT_DATA_DIR).launches)[:40]
    ordered = [x.launch_id for x in sorted(launches, key=CHRONOLOGICAL)]
    assert step_launch(launches, None, -1) == ordered[-1]
    assert step_launch(launches, "not-shown", 1) == ordered[0]
    assert step_launch([], None, 1) is None
