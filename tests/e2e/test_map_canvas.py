"""A large set is drawn on one canvas, and its paths still take hovers and clicks."""

from __future__ import annotations

import re

import pytest

from bench.synth import write_dataset
from core.mapview.base import CANVAS_ABOVE_MISSILES as CANVAS_ABOVE
from tests.e2e.helpers import MAP_IFRAME, wait_for_app

pytestmark = pytest.mark.e2e

MISSILES = 1500  # above CANVAS_ABOVE: the map draws on canvases
# Leaflet's own view of the launch layer: its paths, their renderer, and what the page says.
LAUNCH_LAYER_JS = """
() => {
    const seen = {paths: 0, svg: 0, canvas: 0};
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (!p || !p.launch_id) return;
        if (p.kind === "path") seen.paths += 1;
        if (layer._path) seen.svg += 1;
        if (layer._renderer instanceof L.Canvas) seen.canvas += 1;
    });
    const container = window.map.getContainer();
    seen.said = Number(container.getAttribute("data-atlas-paths"));
    seen.renderer = container.getAttribute("data-atlas-renderer");
    return seen;
}
"""
# A path brought to the top of the canvas, and a whole-pixel point in the middle of one of its
# segments, well inside the map, where within a pixel either way no other launch or site shape
# lies (the iframe sits at a fractional page offset): [launch id, x, y] in the iframe's viewport.
PICK_PATH_JS = """
() => {
    const size = window.map.getSize();
    const shapes = [];
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (p && (p.launch_id || p.site_id) && layer._containsPoint) shapes.push(layer);
    });
    const around = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]];
    const alone = (layer, x, y) => around.every(([dx, dy]) => {
        const point = window.map.containerPointToLayerPoint([x + dx, y + dy]);
        return shapes.every((other) => (other === layer) === other._containsPoint(point));
    });
    for (const layer of shapes) {
        const p = layer.feature.properties;
        if (p.kind !== "path" || !layer._parts.length) continue;
        layer.setStyle({weight: 8});  // hovering makes it 5 px: still a pixel of slack
        const drawn = layer._parts[0].map((q) => window.map.layerPointToContainerPoint(q));
        for (let i = 1; i < drawn.length; i++) {
            const x = Math.round((drawn[i - 1].x + drawn[i].x) / 2);
            const y = Math.round((drawn[i - 1].y + drawn[i].y) / 2);
            const inside = x > 200 && y > 150 && x < size.x - 200 && y < size.y - 150;
            if (inside && alone(layer, x, y)) {
                layer.bringToFront();
                return [p.launch_id, x, y];
            }
        }
        layer.setStyle({weight: 2});
    }
    return null;
}
"""


def _open_map(page, url: str):
    """The map's frame once its launch layer is drawn and the page has settled."""
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function(
        "() => window.map && window.map.getContainer().hasAttribute('data-atlas-paths')",
        timeout=60_000,
    )
    wait_for_app(page)
    page.wait_for_timeout(1000)  # the map's set drawn and the page's layout settled
    # Wholly inside the viewport: a first mousedown in a partly hidden iframe focuses it, and the
    # browser scrolls it into view between mousedown and mouseup, away from the point.
    page.locator(MAP_IFRAME).evaluate("el => el.scrollIntoView({block: 'center'})")
    return frame


@pytest.fixture(scope="module")
def large_url(start_app, tmp_path_factory) -> str:
    return start_app(write_dataset(tmp_path_factory.mktemp("canvas-data"), MISSILES))


def test_a_large_set_is_drawn_on_a_canvas_and_a_click_still_selects(
    page, large_url, blocked_requests
):
    frame = _open_map(page, large_url)
    seen = frame.evaluate(LAUNCH_LAYER_JS)
    assert seen["renderer"] == "canvas"
    assert seen["paths"] > CANVAS_ABOVE / 2
    assert seen["said"] == seen["paths"]
    assert seen["svg"] == 0  # no SVG element per missile: one canvas holds them all
    assert seen["canvas"] > CANVAS_ABOVE

    picked = frame.evaluate(PICK_PATH_JS)
    assert picked, "no path with a point clear of every other shape"
    launch_id, x, y = picked
    box = page.locator(MAP_IFRAME).bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    tip = page.frame_locator(MAP_IFRAME).locator(".atlas-tip")
    tip.wait_for(timeout=10_000)
    assert tip.inner_text().startswith(launch_id)
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_url(re.compile(rf"launch={re.escape(launch_id)}"), timeout=30_000)
    assert blocked_requests == []


def test_the_bundled_record_stays_svg(page, app_url):
    # A few hundred missiles draw faster as SVG, and stay reachable element by element.
    seen = _open_map(page, app_url).evaluate(LAUNCH_LAYER_JS)
    assert seen["renderer"] == "svg"
    assert seen["canvas"] == 0
    assert seen["said"] == seen["paths"] > 0
