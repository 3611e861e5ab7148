"""Stepping through the filtered launches in time order (the arrow keys and j / k)."""

from __future__ import annotations

from collections.abc import Sequence

from core.records.model import CHRONOLOGICAL, Launch


def step_launch(launches: Sequence[Launch], selected_id: str | None, delta: int) -> str | None:
    """The launch `delta` steps later (+) or earlier (-) than the selected one, in time order.

    It stops at the first and the last launch. With no selection (or one the filters hide), a
    step back starts at the latest launch and a step forward at the earliest; None when there
    is nothing to step through.
    """
    ordered = sorted(launches, key=CHRONOLOGICAL)
    if not ordered:
        return None
    ids = [launch.launch_id for launch in ordered]
    if selected_id not in ids:
        return ids[-1] if delta < 0 else ids[0]
    index = min(max(ids.index(selected_id) + delta, 0), len(ids) - 1)
    return ids[index]
