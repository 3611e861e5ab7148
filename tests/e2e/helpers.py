"""Shared browser-test helpers: where Chromium is, how to wait for the app, where the map is."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_CANDIDATES = (
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
)
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
NOT_LOCAL = re.compile(r"^(?![a-z]+://(127\.0\.0\.1|localhost)[:/])[a-z]+://")


def chromium_path() -> str | None:
    """Debian's Chromium binary, if installed (Playwright cannot download its own here)."""
    configured = os.environ.get("LAUNCH_ATLAS_CHROMIUM")
    for candidate in (configured, *CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("chromium")
    return found


def wait_for_app(page, timeout_ms: int = 60_000) -> None:
    """Wait until the script has finished its run and the page is connected."""
    page.wait_for_selector(APP_IDLE, timeout=timeout_ms, state="attached")
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-connection-state='CONNECTED']",
        timeout=timeout_ms,
        state="attached",
    )
