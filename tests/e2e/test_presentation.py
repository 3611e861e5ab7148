"""Presentation mode in Chromium: each step fits the map to the launch, inside the same map."""

from __future__ import annotations

import re

import pytest

from core.geo.trajectory import sea_model, trajectory
from core.records.dataset import load_dataset
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app

pytestmark = pytest.mark.e2e

VIEW_JS = """() => {
    const b = window.map.getBounds();
    return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];
}"""


def _ends(launch_id: str) -> list[tuple[float, float]]:
    dataset = load_dataset(ROOT / "data")
    launch = next(x for x in dataset.launches if x.launch_id == launch_id)
    item = trajectory(launch, dataset.site_of(launch), sea_model(ROOT / "data"))
    return [item.origin, item.impact.point]


def _shows(view: list[float], point: tuple[float, float]) -> bool:
    south, west, north, east = view
    return south <= point[0] <= north and west <= point[1] <= east


def test_stepping_fits_each_launch_without_rebuilding_the_map(page, app_url, blocked_requests):
    dataset = load_dataset(ROOT / "data")
    icbms = [x.launch_id for x in dataset.launches if x.missile_class == "ICBM" and x.range_km]
    first, second = icbms[-2], icbms[-1]
    page.goto(f"{app_url}/?present=1&class=ICBM&launch={first}")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && window.feature_group.length > 0")
    page.wait_for_timeout(500)
    view = frame.evaluate(VIEW_JS)
    assert all(_shows(view, point) for point in _ends(first)), view
    frame.evaluate("() => { window.atlasProbe = 'kept'; }")

    page.get_by_role("button", name="Next ▶").click()
    frame.wait_for_function(
        f"(before) => ({VIEW_JS})().some((edge, i) => Math.abs(edge - before[i]) > 1e-6)",
        arg=view,
        timeout=30_000,
    )
    wait_for_app(page)
    page.wait_for_timeout(500)
    moved = frame.evaluate(VIEW_JS)
    assert all(_shows(moved, point) for point in _ends(second)), moved
    assert frame.evaluate("() => window.atlasProbe") == "kept"  # the same map, moved
    assert blocked_requests == []
