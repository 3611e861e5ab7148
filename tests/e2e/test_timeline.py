"""A shared link opens the same view: map paths and timeline points match the CSV; clicks follow."""

from __future__ import annotations

import csv
import re
from urllib.parse import parse_qs, urlparse

import pytest

from core.palette import CLASS_COLOURS
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app

pytestmark = pytest.mark.e2e

LINK = "?from=2017-01-01&to=2017-12-31&class=ICBM,IRBM"
CLASSES = {"ICBM", "IRBM"}
TIMELINE = "[data-testid='stVegaLiteChart']"
POINTS = f'{TIMELINE} path[aria-label^="launch "]'
# Each layer of the map's launch GeoJSON knows its feature; count the drawn trajectory lines.
COUNT_PATHS_JS = """() => {
    let n = 0;
    window.map.eachLayer(layer => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.kind === "path" && layer._path
            && layer._path.classList.contains("leaflet-interactive")) n++;
    });
    return n;
}"""
# The map's selection overlay is a thick white line under the class-coloured one; true when it
# lies exactly on the trajectory of `launchId`.
SELECTION_FOLLOWS_JS = """(launchId) => {
    let path = null;
    const outlines = [];
    window.map.eachLayer(layer => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.kind === "path" && p.launch_id === launchId) path = layer;
        if (!layer.feature && layer instanceof L.Polyline && layer.options.weight === 9) {
            outlines.push(layer);
        }
    });
    if (!path || outlines.length !== 1) return false;
    const a = path.getLatLngs(), b = outlines[0].getLatLngs();
    return a.length === b.length && a.every((q, i) =>
        Math.abs(q.lat - b[i].lat) < 1e-6 && Math.abs(q.lng - b[i].lng) < 1e-6);
}"""


def rows_of_2017(classes: set[str]) -> list[dict[str, str]]:
    with (ROOT / "data" / "launches.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # The link spans the whole of 2017, so a row is in when its date (any precision) is in 2017.
    return [r for r in rows if r["date_utc"][:4] == "2017" and r["missile_class"] in classes]


def has_path(row: dict[str, str]) -> bool:
    """The map draws a trajectory for a missile with a range above 0 from a known site."""
    return bool(row["range_km"]) and float(row["range_km"]) > 0 and bool(row["site_id"])


def map_frame(page):
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container").wait_for(timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    assert frame is not None
    return frame


def query(page) -> dict[str, list[str]]:
    # page.url can trail history.replaceState, which is how Streamlit rewrites the query string.
    return parse_qs(urlparse(page.evaluate("location.href")).query)


def test_a_link_reproduces_the_view_and_a_timeline_click_moves_the_map(
    page, app_url, blocked_requests
):
    expected = rows_of_2017(CLASSES)
    assert expected, "the bundled data should hold ICBM/IRBM launches in 2017"
    page.goto(app_url + "/" + LINK)
    wait_for_app(page)
    page.wait_for_selector(POINTS, timeout=60_000)

    assert page.locator(POINTS).count() == len(expected)
    frame = map_frame(page)
    frame.wait_for_function(f"() => ({COUNT_PATHS_JS})() > 0", timeout=30_000)
    assert frame.evaluate(COUNT_PATHS_JS) == sum(has_path(row) for row in expected)
    assert query(page)["class"] == ["IRBM,ICBM"]
    assert (query(page)["from"], query(page)["to"]) == (["2017-01-01"], ["2017-12-31"])

    target = next(row["launch_id"] for row in reversed(expected) if has_path(row))
    page.locator(f'{TIMELINE} path[aria-label="launch {target}"]').click()
    page.wait_for_function(
        f"() => new URLSearchParams(location.search).get('launch') === {target!r}",
        timeout=30_000,
    )
    wait_for_app(page)
    frame = map_frame(page)
    frame.wait_for_function(f"() => ({SELECTION_FOLLOWS_JS})({target!r})", timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert blocked_requests == []


# streamlit-folium reports the map's view once the map first comes to rest (its value leaves the
# default, a count of None), which reruns the app; until then the page is not settled.
MAP_REPORTED_JS = """() => {
    const data = window.__GLOBAL_DATA__;
    const reported = data && data.previous_data;
    return Boolean(reported && reported.last_object_clicked_count === 0);
}"""
# Vega-Lite draws an interval selection as a rect mark named after it ("brush_brush").
BRUSH_WIDTH_JS = f"""() => {{
    const mark = document.querySelector({TIMELINE!r} + " g.brush_brush path");
    return mark ? mark.getBBox().width : 0;
}}"""


def settle(page) -> None:
    """Wait for the page to be at rest: the script idle, the map drawn and its first view
    reported, and the run that report caused finished, so a gesture meets no run in flight."""
    wait_for_app(page)
    page.wait_for_selector(POINTS, timeout=60_000)
    frame = map_frame(page)
    frame.wait_for_function(f"() => ({COUNT_PATHS_JS})() > 0", timeout=60_000)
    frame.wait_for_function(MAP_REPORTED_JS, timeout=60_000)
    wait_for_app(page)


def test_a_span_dragged_on_the_timeline_becomes_the_date_filter(page, app_url):
    page.goto(app_url + "/" + LINK)
    settle(page)
    before = page.locator(POINTS).count()
    plot = page.locator(f"{TIMELINE} svg g.mark-symbol").first.bounding_box()
    assert plot is not None
    y = plot["y"] + plot["height"] / 2
    page.mouse.move(plot["x"] + plot["width"] * 0.45, y)
    page.mouse.down()
    page.mouse.move(plot["x"] + plot["width"] * 0.75, y, steps=8)
    # Vega took the gesture: the brush is drawn across the dragged width.
    page.wait_for_function(f"() => ({BRUSH_WIDTH_JS})() > {plot['width'] * 0.25}")
    page.mouse.up()
    # The run the brush causes writes both dates into the link at the end of its run.
    page.wait_for_function(
        "() => { const q = new URLSearchParams(location.search);"
        " return q.get('from') !== '2017-01-01' && q.get('to') !== '2017-12-31'; }",
        timeout=30_000,
    )
    wait_for_app(page)
    params = query(page)
    assert "2017-01-01" < params["from"][0] <= params["to"][0] < "2017-12-31"
    assert params["class"] == ["IRBM,ICBM"]
    page.wait_for_function(f"() => document.querySelectorAll({POINTS!r}).length < {before}")


# Each class name in the timeline's legend (the HTML legend's entries, or Vega's own legend
# labels), and whether it lies whole inside the timeline's column.
LEGEND_JS = f"""() => {{
    const chart = document.querySelector({TIMELINE!r});
    const column = chart.closest("[data-testid='stColumn']").getBoundingClientRect();
    const entries = [
        ...document.querySelectorAll(".atlas-timeline-class"),
        ...chart.querySelectorAll(".role-legend-label text"),
    ];
    return entries.map((el) => {{
        const r = el.getBoundingClientRect();
        const whole = el.scrollWidth === undefined || el.scrollWidth <= el.clientWidth + 1;
        const inside = r.width > 0 && r.left >= column.left - 0.5 && r.right <= column.right + 0.5
            && whole;
        return [el.textContent.trim(), inside];
    }});
}}"""


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_timeline_legend_shows_every_class_whole(page, app_url, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(app_url)
    wait_for_app(page)
    page.wait_for_selector(POINTS, timeout=60_000)
    entries = page.evaluate(LEGEND_JS)
    assert sorted(name for name, _ in entries) == sorted(CLASS_COLOURS)
    assert [name for name, inside in entries if not inside] == []
