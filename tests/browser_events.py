"""Send a chart's or table's selection to an AppTest the way the browser does.

Setting `at.session_state[key]` changes the value but runs no callback; Streamlit runs a
widget's `on_select` callback only for a value that arrives from the browser as widget state.
This sends that widget state, so the panels' selection callbacks run exactly as in the app.
"""

from __future__ import annotations

import json
from typing import Any

from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from streamlit.testing.v1 import AppTest


def widget_id(at: AppTest, key: str) -> str:
    """The element id Streamlit gave the widget with this user key."""
    for node in at._tree:
        element_id = getattr(getattr(node, "proto", None), "id", "")
        if isinstance(element_id, str) and element_id.endswith(f"-{key}"):
            return element_id
    raise LookupError(f"no widget with key {key!r} on the page")


def selection_states(at: AppTest, key: str, value: dict[str, Any]) -> WidgetStates:
    """Every widget's state as the browser sends it, with `value` as widget `key`'s selection."""
    states = at._tree.get_widget_states()
    element_id = widget_id(at, key)
    kept = [state for state in states.widgets if state.id != element_id]
    del states.widgets[:]
    states.widgets.extend(kept)
    states.widgets.append(WidgetState(id=element_id, string_value=json.dumps(value)))
    return states


def send_selection(at: AppTest, key: str, value: dict[str, Any]) -> AppTest:
    """Run the app once with `value` as the selection the browser reports for widget `key`."""
    return at._run(selection_states(at, key, value))
