"""The map in Chromium with no network: land, EEZ zones, one path per missile, click to select."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.geo.geodesy import distance_km
from core.records.dataset import load_dataset
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app, wait_for_map_to_settle

pytestmark = pytest.mark.e2e

# Counted in the browser from Leaflet's own layers, by the GeoJSON properties we set.
COUNT_LAYERS_JS = """
() => {
    const counts = {paths: 0, impacts: 0, zones: 0, land: 0, selected: 0};
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.kind === "path") counts.paths += 1;
        if (p && p.kind === "impact") counts.impacts += 1;
        if (p && p.zone) counts.zones += 1;
        if (p && p.iso_n3) counts.land += 1;
        if (!layer.feature && layer.options && layer.options.weight === 9) counts.selected += 1;
    });
    return counts;
}
"""
SITE_FILLS_JS = """
() => {
    const fills = [];
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.site_id && layer.feature.geometry.type === "Point" && layer._path) {
            fills.push(getComputedStyle(layer._path).fill);
        }
    });
    return fills;
}
"""
# Bring one launch's path to the front and return a whole-pixel point of its drawn centre line, in
# the iframe's viewport, where nothing covers it even a pixel off (the iframe sits at a fractional
# page offset).
POINT_ON_PATH_JS = """
(launchId) => {
    let found = null;
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (!found && p && p.kind === "path" && p.launch_id === launchId) found = layer;
    });
    found.bringToFront();
    found.setStyle({weight: 8});  // hovering makes it 5 px: still wide enough for a pixel of slack
    const box = window.map.getContainer().getBoundingClientRect();
    const drawn = found._parts[0].map((p) => window.map.layerPointToContainerPoint(p));
    const hits = (x, y) => document.elementFromPoint(box.left + x, box.top + y) === found._path;
    const around = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]];
    for (let i = 1; i < drawn.length; i++) {
        for (const t of [0.5, 0.3, 0.7]) {
            const x = Math.round(drawn[i - 1].x + (drawn[i].x - drawn[i - 1].x) * t);
            const y = Math.round(drawn[i - 1].y + (drawn[i].y - drawn[i - 1].y) * t);
            if (around.every(([dx, dy]) => hits(x + dx, y + dy))) {
                return [box.left + x, box.top + y];
            }
        }
    }
    return null;
}
"""


def _drawable_ids(predicate) -> list[str]:
    dataset = load_dataset(ROOT / "data")
    return [
        launch.launch_id
        for launch in dataset.launches
        if predicate(launch) and dataset.site_of(launch) is not None and (launch.range_km or 0) > 0
    ]


def _open_map(page, url: str):
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    frame = page.frame_locator(MAP_IFRAME)
    frame.locator(".leaflet-container").wait_for(timeout=60_000)
    frame.locator("path.leaflet-interactive").first.wait_for(timeout=60_000)
    # Wholly inside the viewport: a first mousedown in a partly hidden iframe focuses it, and the
    # browser scrolls it into view between mousedown and mouseup, so no click reaches the path.
    page.locator(MAP_IFRAME).evaluate("el => el.scrollIntoView({block: 'center'})")
    frame = page.frame(url=re.compile("st_folium"))
    wait_for_map_to_settle(page, frame)
    return frame


def test_map_shows_land_zones_and_one_path_per_filtered_missile(
    page, app_url, blocked_requests, artifacts_dir: Path
):
    icbm_ids = _drawable_ids(lambda launch: launch.missile_class == "ICBM")
    frame = _open_map(page, f"{app_url}/?class=ICBM")
    counts = frame.evaluate(COUNT_LAYERS_JS)
    assert counts["paths"] == len(icbm_ids)
    assert counts["zones"] >= 7
    assert counts["land"] > 20
    assert frame.evaluate("() => L.version") == "1.9.3"
    # Site markers are filled discs, so hovering anywhere on one (not just its rim) shows its tip.
    site_fills = frame.evaluate(SITE_FILLS_JS)
    assert site_fills
    assert "none" not in site_fills
    page.screenshot(path=str(artifacts_dir / "map_icbm_offline.png"), full_page=True)
    assert blocked_requests == []


def test_clicking_a_path_selects_its_launch(page, app_url, blocked_requests, artifacts_dir: Path):
    target = _drawable_ids(lambda launch: launch.missile_class == "IRBM")[-1]
    frame = _open_map(page, f"{app_url}/?class=IRBM")
    assert frame.evaluate(COUNT_LAYERS_JS)["selected"] == 0
    frame.evaluate("() => { window.atlasProbe = 'kept'; }")
    point = frame.evaluate(POINT_ON_PATH_JS, target)
    assert point, f"no visible, uncovered point on the path of {target}"
    x, y = point
    box = page.locator(MAP_IFRAME).bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_url(re.compile(rf"launch={re.escape(target)}"), timeout=30_000)
    wait_for_app(page)
    frame.wait_for_function("() => window.map && window.feature_group.length > 0")
    frame.wait_for_function(f"() => ({COUNT_LAYERS_JS})().selected === 1", timeout=30_000)
    # A selection redraws the launch layers inside the same map: the iframe was not remounted.
    assert frame.evaluate("() => window.atlasProbe") == "kept"
    page.screenshot(path=str(artifacts_dir / "map_selected.png"), full_page=True)
    assert blocked_requests == []


def test_filter_change_updates_paths_without_remounting_the_map(page, app_url, blocked_requests):
    frame = _open_map(page, f"{app_url}/?class=IRBM,ICBM")
    both = frame.evaluate(COUNT_LAYERS_JS)["paths"]
    assert both == len(_drawable_ids(lambda launch: launch.missile_class in ("IRBM", "ICBM")))
    frame.evaluate("() => { window.atlasProbe = 'kept'; }")
    search = page.get_by_test_id("stSidebar").get_by_role("textbox", name="Search")
    search.fill("Hwasong-15")
    search.press("Enter")
    hwasong15 = len(
        _drawable_ids(
            lambda launch: (
                launch.missile_class in ("IRBM", "ICBM") and launch.missile_name == "Hwasong-15"
            )
        )
    )
    frame.wait_for_function(f"() => ({COUNT_LAYERS_JS})().paths === {hwasong15}", timeout=30_000)
    assert frame.evaluate("() => window.atlasProbe") == "kept"
    assert blocked_requests == []


def test_the_map_keeps_the_users_view_when_the_filters_stay(page, app_url, blocked_requests):
    frame = _open_map(page, f"{app_url}/?class=IRBM")
    frame.evaluate("() => window.map.setView([40, 135], 6, {animate: false})")
    groups = frame.evaluate("() => window.feature_group.length")
    rings = frame.evaluate("() => window.map._atlasGroups[0].getLayers().length")
    # Another ring is drawn into the ring group with the filters unchanged: no re-fit, and the
    # launch layer's groups are not evaluated again.
    extra = page.locator(".st-key-map_ring_custom_km input")
    extra.fill("700")
    extra.press("Enter")
    frame.wait_for_function(f"() => window.map._atlasGroups[0].getLayers().length > {rings}")
    wait_for_app(page)
    page.wait_for_timeout(500)
    assert frame.evaluate("() => window.map.getZoom()") == 6
    assert frame.evaluate("() => window.feature_group.length") == groups
    assert blocked_requests == []


def test_own_controls_measure_a_geodesic_distance_and_show_the_cursor(
    page, app_url, blocked_requests
):
    frame = _open_map(page, f"{app_url}/?class=ICBM")
    map_frame = page.frame_locator(MAP_IFRAME)
    map_frame.locator(".atlas-measure a").click()
    # Sunan to the middle of the Sea of Japan (clear of the legend), clicked where Leaflet puts
    # them: the readout is their WGS-84 distance, to the pixel.
    ends = [(39.2241, 125.6701), (42.0, 135.0)]
    points = frame.evaluate(
        """(ends) => ends.map((ll) => {
            const p = window.map.latLngToContainerPoint(ll); return [p.x, p.y]; })""",
        ends,
    )
    box = page.locator(MAP_IFRAME).bounding_box()
    for x, y in points:
        page.mouse.click(box["x"] + x, box["y"] + y)
    readout = map_frame.locator(".atlas-measure-readout").inner_text()
    measured_km = float(readout.removesuffix(" km").replace(",", ""))
    assert measured_km == pytest.approx(distance_km(*ends), rel=0.01), readout
    assert re.search(r"\d+\.\d{3}°[NS]", map_frame.locator(".atlas-mouse-position").inner_text())
    assert map_frame.locator(".leaflet-control-scale").count() == 1
    assert blocked_requests == []
