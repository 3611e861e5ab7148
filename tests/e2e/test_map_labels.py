"""No two labels on the map overlap (issue 15): place names give way to the selected launch's
label, the range rings' labels and each other, at 1366x768 and 1920x1080, in the app, in
presentation mode and in the HTML export."""

from __future__ import annotations

import re

import pytest

from components.exports import html_export
from core.export.view import export_view
from core.records.dataset import load_dataset
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app
from tests.e2e.test_export_html import open_offline

pytestmark = pytest.mark.e2e

SIZES = [
    pytest.param((1366, 768), id="1366x768"),
    pytest.param((1920, 1080), id="1920x1080"),
]
NOV_7 = "2025-11-07a-01"  # its label sat on "Sea of Japan (East Sea)" at 1366x768
# Every label shown on the map, with its box on screen (a town's dot included).
LABELS_JS = """
() => {
    const shown = (el) =>
        getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length;
    const boxes = [];
    document.querySelectorAll(".atlas-place, .atlas-selection-label, .atlas-ring-label")
        .forEach((el) => {
            if (!shown(el)) return;
            const r = el.getBoundingClientRect();
            if (!r.width) return;
            const town = /\\b(capital|city)\\b/.test(el.className);
            const left = el.classList.contains("atlas-left");
            boxes.push({
                name: el.textContent, kind: el.className,
                left: r.left - (town && !left ? 8 : 0), right: r.right + (town && left ? 8 : 0),
                top: r.top, bottom: r.bottom,
            });
        });
    return boxes;
}
"""


# Leaflet's own flags: no zoom or pan animation running.
AT_REST_JS = "() => !window.map._animatingZoom && !(window.map._panAnim || {})._inProgress"


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of labels whose boxes overlap (touching edges do not)."""
    pairs = []
    for index, one in enumerate(boxes):
        for other in boxes[index + 1 :]:
            if (
                one["left"] < other["right"]
                and other["left"] < one["right"]
                and one["top"] < other["bottom"]
                and other["top"] < one["bottom"]
            ):
                pairs.append((one["name"], other["name"]))
    return pairs


def _settled(frame, page) -> list[dict]:
    """The labels once the map has come to rest: a zoom reruns the app, which may move the map
    again (animated); names are placed the frame after a move ends."""
    boxes = None
    for _ in range(20):
        page.wait_for_timeout(500)
        wait_for_app(page)
        frame.wait_for_function(
            "() => !window.map._animatingZoom && !window.map._panAnim?._inProgress"
        )
        now = frame.evaluate(LABELS_JS)
        if now == boxes:
            return now
        boxes = now
    raise AssertionError("the map's labels never came to rest")


def _map_frame(page, url: str, size: tuple[int, int]):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && window.feature_group.length > 0")
    frame.wait_for_selector(".atlas-selection-label", timeout=30_000)
    return frame


@pytest.mark.parametrize("size", SIZES)
def test_no_two_labels_overlap_around_a_selected_launch(page, app_url, blocked_requests, size):
    frame = _map_frame(page, f"{app_url}/?launch={NOV_7}", size)
    boxes = _settled(frame, page)
    names = {box["name"] for box in boxes}
    assert any(name.startswith("2025-11-07 · ") for name in names)  # the selection's label
    assert len([box for box in boxes if "atlas-place" in box["kind"]]) >= 5, names
    assert overlapping(boxes) == []
    # The names follow the zoom: one level in, and back out, still nothing overlaps.
    for step in (1, -1):
        frame.evaluate(f"() => window.map.setZoom(window.map.getZoom() + {step})")
        assert overlapping(_settled(frame, page)) == []
    assert blocked_requests == []


def test_the_sea_name_moves_clear_of_the_selection_rather_than_vanishing(
    page, app_url, blocked_requests
):
    frame = _map_frame(page, f"{app_url}/?launch={NOV_7}", (1366, 768))
    names = {box["name"] for box in _settled(frame, page)}
    assert "Sea of Japan (East Sea)" in names
    assert blocked_requests == []


def test_no_two_labels_overlap_in_presentation_mode(page, app_url, blocked_requests):
    frame = _map_frame(page, f"{app_url}/?present=1&from=2022&launch={NOV_7}", (1366, 768))
    boxes = _settled(frame, page)
    assert [box for box in boxes if "atlas-place" in box["kind"]]
    assert overlapping(boxes) == []
    assert blocked_requests == []


def test_no_two_labels_overlap_in_the_html_export(page, tmp_path):
    dataset = load_dataset(ROOT / "data")
    out = tmp_path / "map.html"
    out.write_text(html_export(export_view(dataset, selected_launch_id=NOV_7))(), encoding="utf-8")
    page.set_viewport_size({"width": 1366, "height": 768})
    assert open_offline(page, out) == []
    page.wait_for_selector(".atlas-selection-label", timeout=30_000)
    page.wait_for_timeout(900)
    boxes = page.evaluate(LABELS_JS)
    assert [box for box in boxes if "atlas-place" in box["kind"]]
    assert overlapping(boxes) == []


# The launch sites' circles on screen (the site layer's points), as boxes like LABELS_JS's.
SITE_CIRCLES_JS = """
() => {
    const map = window.map, origin = map.getContainer().getBoundingClientRect(), boxes = [];
    map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (!p || p.site_id === undefined || !(layer instanceof L.CircleMarker)) return;
        const at = map.latLngToContainerPoint(layer.getLatLng()), r = layer.getRadius();
        boxes.push({
            name: p.site_id, left: origin.left + at.x - r, right: origin.left + at.x + r,
            top: origin.top + at.y - r, bottom: origin.top + at.y + r,
        });
    });
    return boxes;
}
"""


# Town names shown, each with the box of its words (not its dot, which a site's circle may cover).
TOWN_NAMES_JS = """
() => Array.from(document.querySelectorAll(".atlas-place.capital, .atlas-place.city"))
    .filter((el) => getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length)
    .map((el) => {
        const r = el.getBoundingClientRect();
        return {name: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    })
"""


def names_on_sites(names: list[dict], sites: list[dict]) -> list[tuple[str, str]]:
    """Town names drawn under a launch site's circle (the circles are drawn over the names)."""
    return [
        (name["name"], site["name"])
        for name in names
        for site in sites
        if overlapping([name, site])
    ]


@pytest.mark.parametrize(
    ("query", "size"),
    [
        pytest.param("?present=1&from=2022", (1920, 1080), id="present-1920x1080"),
        pytest.param("?present=1&from=2022", (1366, 768), id="present-1366x768"),
        pytest.param(f"?launch={NOV_7}", (1920, 1080), id="map-1920x1080"),
        pytest.param(f"?launch={NOV_7}", (1366, 768), id="map-1366x768"),
    ],
)
def test_place_names_keep_clear_of_the_launch_sites_and_the_edge(
    page, app_url, blocked_requests, query, size
):
    # "Wonsan" sat under the circles of the Wonsan-area launch sites at 1920x1080; a town's name
    # takes a side of its dot, or moves further out, clear of them.
    frame = _map_frame(page, f"{app_url}/{query}", size)
    _settled(frame, page)
    towns = frame.evaluate(TOWN_NAMES_JS)
    assert towns
    assert names_on_sites(towns, frame.evaluate(SITE_CIRCLES_JS)) == []
    # Nor cut by the map's edge: moved left of its dot, "Beijing" read "eijing" at 1920x1080.
    width, height = frame.evaluate("() => [window.innerWidth, window.innerHeight]")
    on_map = [
        town
        for town in towns
        if town["right"] > 0
        and town["left"] < width
        and town["bottom"] > 0
        and town["top"] < height
    ]
    assert on_map
    cut = [
        town["name"]
        for town in on_map
        if town["left"] < 0 or town["top"] < 0 or town["right"] > width or town["bottom"] > height
    ]
    assert cut == []
    assert blocked_requests == []
