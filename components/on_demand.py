"""Panels that run only while the analyst has them open.

A plain `st.expander` runs its contents on every script run, open or closed. These expanders
track whether they are open (a click on one reruns only its own fragment), so a closed panel
costs a filter change next to nothing, and an open one draws only when it is opened or the
page is drawn again.
"""

from __future__ import annotations

import streamlit as st
from streamlit.elements.lib.mutable_expander_container import ExpanderContainer


def panel(label: str, key: str) -> ExpanderContainer | None:
    """An expander that remembers under `key` whether it is open: its container while open,
    else None (the caller then draws nothing in it). `label` must not change from run to run:
    it is part of the expander's identity, and a new label would close it."""
    expander = st.expander(label, key=key, on_change="rerun")
    return expander if expander.open else None
