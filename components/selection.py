"""The selected launch: one id in the session, resolved to a launch once at the top of a run.

The one way for a panel to change the selection is `select(launch_id)`, called from the
panel's widget callback (`on_change` / `on_select`). Streamlit runs callbacks before the script,
so the run the click causes already draws the new selection everywhere: map, card, timeline and
list, with no second run (`st.rerun`). A panel never looks the selection up itself: app.py calls
`current(...)` once and hands the launch (or None) to every panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import streamlit as st

from core.records.dataset import Dataset
from core.records.model import Launch
from core.view.filters import LaunchFilter

SELECTED_KEY: Final = "selected_launch_id"


def select(launch_id: str | None) -> None:
    """Make `launch_id` the selected launch (None clears it). Call it from a widget callback."""
    if launch_id:
        st.session_state[SELECTED_KEY] = launch_id
    else:
        st.session_state.pop(SELECTED_KEY, None)


def selected_id() -> str | None:
    """The selected launch's id, whether or not the filters show it (the link keeps it)."""
    value = st.session_state.get(SELECTED_KEY)
    return value if isinstance(value, str) and value else None


def current(
    dataset: Dataset, launch_filter: LaunchFilter, site_names: dict[str, str]
) -> Launch | None:
    """The selected launch when the filters show it, else None: one look-up by id per run."""
    launch = dataset.launch(selected_id())
    if launch is None or not launch_filter.matches(launch, site_names.get(launch.site_id, "")):
        return None
    return launch


def on_pick(read: Callable[[], str | None]) -> Callable[[], None]:
    """A widget callback that selects the launch `read()` names (nothing when it names none)."""

    def picked() -> None:
        if launch_id := read():
            select(launch_id)

    return picked
