"""The app opens in Chromium with every outside request blocked and shows its launch count."""

from __future__ import annotations

import re

import pytest

from tests.e2e.helpers import wait_for_app

pytestmark = pytest.mark.e2e


def test_app_loads_offline_and_shows_the_launch_count(page, app_url, blocked_requests):
    page.goto(app_url)
    wait_for_app(page)
    caption = page.get_by_text(re.compile(r"\d+ missiles in the records")).first
    caption.wait_for(timeout=30_000)
    assert int(caption.inner_text().split()[0]) > 0
    assert page.locator("[data-testid='stException']").count() == 0
    assert blocked_requests == []
