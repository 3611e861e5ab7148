"""The "Add a report" panel: the report form (components/report_review.py), drawn while open."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import streamlit as st

from components import on_demand
from core.records.dataset import Dataset

PANEL_KEY: Final = "report_open"


@st.fragment
def render(dataset: Dataset, data_dir: Path) -> list[str] | None:
    """The panel; the form runs only while it is open, and its widgets rerun only this panel
    (Save reruns the page, which shows the new rows everywhere). Returns the launch ids saved
    by the last Save, if that was this run."""
    panel = on_demand.panel("Add a report", PANEL_KEY)
    if panel is None:
        return None
    # The form and the extraction rules load when the panel is first opened, not with the page.
    from components import report_review

    with panel:
        return report_review.render(dataset, data_dir)
