"""A map a briefer reads at a glance, at 1366x768 and 1920x1080: first screen, focus, names, fit."""

from __future__ import annotations

import re

import pytest

from core.records.dataset import load_dataset
from core.records.model import CHRONOLOGICAL
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app
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
    map_frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && window.feature_group.length > 0")
    page.wait_for_timeout(700)  # the fit to the filtered set is animated
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


# The selected launch's path against the map's view: wholly in it, and the share of the map's
# width or height (the larger) it spans; with the view's centre and zoom.
SELECTED_IN_VIEW_JS = """
(id) => {
    const map = window.map;
    let box = null;
    map.eachLayer((l) => {
        const p = l.feature && l.feature.properties;
        if (p && p.kind === "path" && p.launch_id === id) box = l.getBounds();
    });
    if (!box) return null;
    const size = map.getSize();
    const a = map.latLngToContainerPoint(box.getSouthWest());
    const b = map.latLngToContainerPoint(box.getNorthEast());
    const centre = map.getCenter();
    return {
        inside: map.getBounds().contains(box),
        share: Math.max(Math.abs(b.x - a.x) / size.x, Math.abs(b.y - a.y) / size.y),
        view: [Math.round(centre.lat * 1e4), Math.round(centre.lng * 1e4), map.getZoom()],
    };
}
"""
SALVO = ("2025-05-07a-01", "2025-05-07a-02")  # two 250 km shots from one site on one bearing
AFTER_SALVO = "2025-05-08a-01"  # the next launch in time: 800 km from the same site


def _at_rest(frame, page, launch_id: str) -> dict:
    """The selection against the view once the map has stopped moving (a move may rerun the
    app, and a close-in is animated)."""
    seen = None
    for _ in range(20):
        page.wait_for_timeout(400)
        wait_for_app(page)
        frame.wait_for_function(
            "() => !window.map._animatingZoom && !window.map._panAnim?._inProgress"
        )
        now = frame.evaluate(SELECTED_IN_VIEW_JS, launch_id)
        if now is not None and now == seen:
            return now
        seen = now
    raise AssertionError(f"the map never came to rest on {launch_id}: {seen}")


@pytest.mark.parametrize("size", SIZES)
def test_a_selection_is_brought_into_view_and_the_map_stays_when_it_already_reads(
    page, app_url, blocked_requests, size
):
    # A link naming a short shot: the whole record fits the map (about 3,000 km across), where a
    # 250 km path would be a few pixels; the map closes in on it.
    frame = _open(page, f"{app_url}/?launch={SALVO[0]}", size)
    first = _at_rest(frame, page, SALVO[0])
    assert first["inside"], first
    assert first["share"] >= 0.2, first
    # Its salvo twin lies on the same path, already in view and readable: the map stays.
    page.locator("h1").click()  # the page, not a widget, has the keyboard
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(rf"launch={re.escape(SALVO[1])}"), timeout=30_000)
    twin = _at_rest(frame, page, SALVO[1])
    assert twin["view"] == first["view"]
    # The next launch flies 800 km: it is brought into view, whole and readable.
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(rf"launch={re.escape(AFTER_SALVO)}"), timeout=30_000)
    following = _at_rest(frame, page, AFTER_SALVO)
    assert following["inside"], following
    assert following["share"] >= 0.2, following
    assert blocked_requests == []
