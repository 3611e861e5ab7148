"""Presentation mode in Chromium: newest first, each step framed inside the same map, the rest
faint, keys that step even after a click in the map, type a room can read, profiles with arcs."""

from __future__ import annotations

import io
import re
from itertools import pairwise

import pytest
from PIL import Image

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
    first, second = icbms[-2], icbms[-3]  # newest first: Next goes back in time
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


POSITION = "p.atlas-present-position"
OPACITIES_JS = """() => {
    const strong = [], faint = [];
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (!p || !p.launch_id || !layer.options) return;
        (layer.options.opacity >= 0.99 ? strong : faint).push(p.launch_id);
    });
    return [strong, faint];
}"""


def _newest(dataset, missile_class: str) -> list[str]:
    chosen = [x for x in dataset.launches if x.missile_class == missile_class and x.range_km]
    return [x.launch_id for x in sorted(chosen, key=lambda x: (x.date_utc, x.launch_id))]


def _position(page) -> str:
    return page.locator(POSITION).inner_text()


def _wait_position(page, text: str) -> None:
    page.wait_for_function(
        "([selector, text]) => document.querySelector(selector)?.innerText === text",
        arg=[POSITION, text],
        timeout=30_000,
    )
    wait_for_app(page)


def test_opens_on_the_newest_launch_others_faint_keys_step_after_a_click_in_the_map(
    page, app_url, blocked_requests
):
    page.set_viewport_size({"width": 1920, "height": 1080})
    dataset = load_dataset(ROOT / "data")
    icbms = _newest(dataset, "ICBM")
    count = sum(1 for x in dataset.launches if x.missile_class == "ICBM")
    page.goto(f"{app_url}/?present=1&class=ICBM")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    assert _position(page) == f"1 / {count}"
    newest = next(x for x in dataset.launches if x.launch_id == icbms[-1])
    assert newest.date_text in page.locator("h3").first.inner_text()
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && window.atlasPresentKeys === true")
    strong, faint = frame.evaluate(OPACITIES_JS)
    assert set(strong) == {icbms[-1]}  # the launch on screen (no salvo partner among ICBMs)
    assert len(faint) >= len(icbms) - 1
    # Type for the back of the room: card and legend at least 24 px.
    legend_px = frame.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('.atlas-legend')).fontSize)"
    )
    card_px = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('.atlas-card dd')).fontSize)"
    )
    assert legend_px >= 24
    assert card_px >= 24
    assert "data as of" in page.locator("p.atlas-present-asof").inner_text()

    # A click inside the map gives it the focus: the keys must still step, not pan.
    box = page.locator(MAP_IFRAME).bounding_box()
    page.mouse.click(box["x"] + 200, box["y"] + 200)
    for key, expected in (("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("ArrowLeft", 3)):
        page.keyboard.press(key)
        _wait_position(page, f"{expected} / {count}")
    strong, _ = frame.evaluate(OPACITIES_JS)
    assert set(strong) == {icbms[-3]}
    assert blocked_requests == []


@pytest.mark.parametrize(
    ("launch_id", "kind"),
    [("2025-11-07a-01", "depressed"), ("2024-10-30a-01", "lofted"), ("2026-05-26a-01", "minimum")],
)
def test_profile_draws_an_arc(page, app_url, launch_id, kind):
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(f"{app_url}/?present=1&launch={launch_id}")
    wait_for_app(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    image = Image.open(io.BytesIO(chart.screenshot())).convert("RGB")
    arc = [
        (x, y)
        for x in range(image.width)
        for y in range(image.height)
        if _near(image.getpixel((x, y)), (0xD5, 0x5E, 0x00))
    ]
    assert arc, kind
    height = max(y for _, y in arc) - min(y for _, y in arc)
    assert height >= 30, (kind, height)  # an arc, not a line along the ground


def _near(rgb: tuple[int, int, int], target: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(rgb, target, strict=True))


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_short_shot_is_framed_with_its_coast(page, app_url, size):
    """The newest launch of the record is an 80 km SRBM: framed, not a NaN view of open sea."""
    dataset = load_dataset(ROOT / "data")
    newest = max(
        (x for x in dataset.launches if x.range_km),
        key=lambda x: (str(x.date_utc), str(x.time_utc or "")),
    )
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{app_url}/?present=1&launch={newest.launch_id}")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && window.feature_group.length > 0")
    page.wait_for_timeout(2_500)
    view = frame.evaluate(VIEW_JS)
    assert all(edge == edge for edge in view), view  # no NaN
    assert all(_shows(view, point) for point in _ends(newest.launch_id)), view
    assert frame.evaluate("() => window.map.getZoom()") <= 8


# Each step control's words, and whether any element in it cuts them short ("Previ…").
CONTROLS_JS = """(keys) => keys.map((key) => {
    const root = document.querySelector(".st-key-" + key);
    if (!root) return [key, null, null, null];
    const cut = Array.from(root.querySelectorAll("*")).some(
        (el) => el.textContent.trim() && el.scrollWidth > el.clientWidth + 1
            && getComputedStyle(el).overflowX !== "visible"
    );
    const r = root.getBoundingClientRect();
    return [key, root.innerText.trim(), cut, [r.left, r.right, r.top, r.bottom]];
})"""


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_step_controls_show_their_whole_words(page, app_url, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{app_url}/?present=1&from=2022")
    wait_for_app(page)
    page.wait_for_selector(POSITION, timeout=60_000)
    page.get_by_role("button", name="Next ▶").wait_for(timeout=30_000)
    wait_for_app(page)
    keys = ["present_previous", "present_oldest_first", "present_next"]
    controls = page.evaluate(CONTROLS_JS, keys)
    words = {key: text for key, text, _, _ in controls}
    assert "Previous" in words["present_previous"]
    assert "Oldest first" in words["present_oldest_first"]
    assert "Next" in words["present_next"]
    assert [key for key, _, cut, _ in controls if cut] == []
    boxes = sorted(box for *_, box in controls)
    # Side by side in one row, inside the window, none over another.
    assert all(0 <= left < right <= size[0] for left, right, _, _ in boxes), boxes
    assert all(one[1] <= other[0] for one, other in pairwise(boxes)), boxes
