"""Headline tiles above the main area: missiles, events, ICBM class, EEZ share, latest launch."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from core.records.model import Launch
from core.view.filters import summarise

EVENT_HELP = (
    "A launch event is one day and one launch site: a salvo of several missiles from one site "
    "on one day counts once. A missile whose site is unknown counts as its own event."
)
EEZ_HELP = (
    "Share of the missiles with a reported verdict (Japan's, as published) that came down "
    "inside Japan's exclusive economic zone. Missiles without a verdict are left out."
)


def render(shown: Sequence[Launch], total: int) -> None:
    """Five tiles describing the filtered launches; `total` is the count before filtering."""
    summary = summarise(shown)
    missiles, events, icbm, eez, latest = st.columns(5)
    missiles.metric(
        "Missiles",
        f"{summary.missiles:,}",
        help=f"{summary.missiles:,} of {total:,} missiles in the records pass the filters.",
    )
    events.metric("Launch events", f"{summary.events:,}", help=EVENT_HELP)
    icbm.metric("ICBM class", f"{summary.icbm_class:,}", help="Missiles classed as ICBM.")
    share = summary.eez_inside_share
    eez.metric(
        "Inside Japan's EEZ",
        "–" if share is None else f"{share:.0%}",
        help=EEZ_HELP,
    )
    eez.caption(f"{summary.eez_inside:,} of {summary.eez_known:,} with a known verdict")
    latest.metric("Latest launch", summary.latest_text or "–", help="Date in UTC.")
