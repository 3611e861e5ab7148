"""A map a briefer reads at a glance, at 1366x768 and 1920x1080: first screen, focus, names, fit."""

from __future__ import annotations

import re

import pytest

from core.records.dataset import load_dataset
from core.records.model import CHRONOLOGICAL
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app, wait_for_map_to_settle
from tests.e2e.test_map import POINT_ON_PATH_JS, _drawable_ids

pytestmark = pytest.mark.e2e

SIZES = [
    pytest.param((1366, 768), id="1366x768"),
    pytest.param((1920, 1080), id="1920x1080"),
]
# Each launch path's stroke opacity as drawn, by launch id.
PATH_OPACITY_JS = """
() => {
    const opacity = {};
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.kind === "path" && layer._path) {
            opacity[p.launch_id] = parseFloat(getComputedStyle(layer._path).strokeOpacity);
        }
    });
    return opacity;
}
"""
# Launch paths not wholly inside the map's view.
PATHS_OUTSIDE_JS = """
() => {
    const view = window.map.getBounds(), outside = [];
    let paths = 0;
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.kind === "path") {
            paths += 1;
            if (!view.contains(layer.getBounds())) outside.push(p.launch_id);
        }
    });
    return {paths: paths, outside: outside};
}
"""
# Place names shown (not hidden to clear another label), with whether each lies inside the map.
PLACE_NAMES_JS = """
() => {
    const box = window.map.getContainer().getBoundingClientRect();
    const shown = Array.from(document.querySelectorAll(".atlas-place"))
        .filter((el) => getComputedStyle(el).visibility !== "hidden");
    return shown.map((el) => {
        const r = el.getBoundingClientRect();
        const inside = r.width > 0 && r.left >= box.left && r.right <= box.right &&
            r.top >= box.top && r.bottom <= box.bottom;
        return [el.textContent, inside];
    });
}
"""


def _open(page, url: str, size: tuple[int, int]):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    map_frame = page.frame_locator(MAP_IFRAME)
    map_frame.locator("path.leaflet-interactive").first.wait_for(timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && window.feature_group.length > 0")
    wait_for_map_to_settle(page, frame)  # the fit to the filtered set is animated
    return frame


@pytest.mark.parametrize("size", SIZES)
def test_the_map_fills_the_first_screen_and_a_first_click_selects_and_focuses(
    page, app_url, blocked_requests, size
):
    target = _drawable_ids(lambda launch: launch.missile_class == "IRBM")[-1]
    frame = _open(page, f"{app_url}/?class=IRBM", size)
    box = page.locator(MAP_IFRAME).bounding_box()
    assert 0 <= box["y"] < size[1]
    visible = min(box["y"] + box["height"], size[1]) - box["y"]
    assert visible >= 0.6 * box["height"], (box, size)
    before = frame.evaluate(PATH_OPACITY_JS)
    assert len(before) > 2
    x, y = frame.evaluate(POINT_ON_PATH_JS, target)
    page.mouse.click(box["x"] + x, box["y"] + y)  # the first click, with no scroll before it
    page.wait_for_url(re.compile(rf"launch={re.escape(target)}"), timeout=30_000)
    wait_for_app(page)
    page.wait_for_timeout(700)
    assert page.locator(MAP_IFRAME).bounding_box()["y"] == box["y"]  # the page did not scroll
    after = frame.evaluate(PATH_OPACITY_JS)
    assert after[target] == 1
    for launch_id, opacity in after.items():
        if launch_id != target:
            assert opacity <= before[launch_id] / 3 + 1e-6, launch_id
    label = page.frame_locator(MAP_IFRAME).locator(".atlas-selection-label")
    assert re.match(r"\d{4}-\d{2}-\d{2} · ", label.inner_text())
    assert blocked_requests == []


@pytest.mark.parametrize("size", SIZES)
def test_place_names_are_on_the_map(page, app_url, blocked_requests, size):
    frame = _open(page, app_url, size)
    names = dict(frame.evaluate(PLACE_NAMES_JS))
    for name in ("Pyongyang", "Tokyo", "Sea of Japan (East Sea)"):
        assert names.get(name) is True, (name, names)
    # Zoomed out, the smaller names give way.
    frame.evaluate("() => window.map.setZoom(2, {animate: false})")
    fewer = dict(frame.evaluate(PLACE_NAMES_JS))
    assert "Okushiri" not in fewer
    assert len(fewer) < len(names) or "Okushiri" not in names
    assert blocked_requests == []


@pytest.mark.parametrize("size", SIZES)
def test_a_class_filter_fits_the_map_to_its_paths(page, app_url, blocked_requests, size):
    frame = _open(page, app_url, size)
    frame.evaluate("() => { window.atlasProbe = 'kept'; window.map.setView([39, 127], 8); }")
    classes = page.locator(".st-key-filter_classes")
    classes.locator("input").click()
    page.keyboard.type("IRBM")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    irbm = len(_drawable_ids(lambda launch: launch.missile_class == "IRBM"))
    frame.wait_for_function(f"() => ({PATHS_OUTSIDE_JS})().paths === {irbm}", timeout=30_000)
    page.wait_for_timeout(700)
    drawn = frame.evaluate(PATHS_OUTSIDE_JS)
    assert drawn["outside"] == []
    assert frame.evaluate("() => window.atlasProbe") == "kept"  # the same map, fitted
    assert blocked_requests == []


def test_arrow_keys_and_j_k_step_through_the_launches_and_the_map_follows(
    page, app_url, blocked_requests
):
    dataset = load_dataset(ROOT / "data")
    irbm = sorted((x for x in dataset.launches if x.missile_class == "IRBM"), key=CHRONOLOGICAL)
    drawable = set(_drawable_ids(lambda launch: launch.missile_class == "IRBM"))
    start = next(i for i, x in enumerate(irbm) if i > 0 and x.launch_id in drawable)
    ordered = [x.launch_id for x in irbm[start - 1 : start + 1]]
    frame = _open(page, f"{app_url}/?class=IRBM&launch={ordered[1]}", (1366, 768))
    page.locator("h1").click()  # the page, not a widget, has the keyboard
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(re.compile(rf"launch={re.escape(ordered[0])}"), timeout=30_000)
    wait_for_app(page)
    page.keyboard.press("j")
    page.wait_for_url(re.compile(rf"launch={re.escape(ordered[1])}"), timeout=30_000)
    wait_for_app(page)
    page.wait_for_timeout(700)
    opacity = frame.evaluate(PATH_OPACITY_JS)
    assert opacity[ordered[1]] == 1
    in_view = frame.evaluate(
        """(id) => {
            let box = null;
            window.map.eachLayer((l) => {
                const p = l.feature && l.feature.properties;
                if (p && p.kind === "path" && p.launch_id === id) box = l.getBounds();
            });
            return window.map.getBounds().contains(box);
        }""",
        ordered[1],
    )
    assert in_view
    assert blocked_requests == []
