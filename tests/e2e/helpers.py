"""Shared browser-test helpers: how to wait for the app, where the map is."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
NOT_LOCAL = re.compile(r"^(?![a-z]+://(127\.0\.0\.1|localhost)[:/])[a-z]+://")


def wait_for_app(page, timeout_ms: int = 60_000) -> None:
    """Wait until the script has finished its run and the page is connected."""
    page.wait_for_selector(APP_IDLE, timeout=timeout_ms, state="attached")
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-connection-state='CONNECTED']",
        timeout=timeout_ms,
        state="attached",
    )
