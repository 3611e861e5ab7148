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


def wait_for_map_to_settle(page, frame) -> None:
    """Until the map stops moving: the same centre and zoom twice, 300 ms apart.

    On a busy machine the map may still be fitting its bounds when the first path is drawn; a
    point taken or a view set then is overtaken by the fit.
    """
    view = "() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]"
    last = None
    for _ in range(20):
        now = frame.evaluate(view)
        if now == last:
            return
        last = now
        page.wait_for_timeout(300)
