"""A selection in Chromium: every panel follows it, in the page's order, whichever way it came."""

from __future__ import annotations

import re

import pytest

from core.briefing.card import build_card
from core.records.dataset import load_dataset
from core.view.stepping import step_launch
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app

pytestmark = pytest.mark.e2e

LINK = "?from=2017-01-01&to=2017-12-31&class=ICBM,IRBM"
# Where the map, the list's grid and a heading are on the page (top edges, page pixels).
TOPS_JS = """(heading) => {
    const top = (el) => el ? el.getBoundingClientRect().top + window.scrollY : null;
    const card = [...document.querySelectorAll("[data-testid='stHeading']")]
        .find((h) => h.innerText.includes(heading));
    const grids = [...document.querySelectorAll("[data-testid='stDataFrame']")];
    return {
        map: top(document.querySelector('iframe[title="streamlit_folium.st_folium"]')),
        list: top(grids[0]),
        card: top(card),
    };
}"""


def _shown() -> tuple[list, dict[str, str]]:
    dataset = load_dataset(ROOT / "data")
    shown = [
        launch
        for launch in dataset.launches
        if launch.date_text[:4] == "2017" and launch.missile_class in {"ICBM", "IRBM"}
    ]
    headings = {
        launch.launch_id: f"{build_card(launch, dataset).heading}: {launch.date_text}"
        for launch in shown
    }
    return shown, headings


def _selected(page) -> str | None:
    return page.evaluate("() => new URLSearchParams(location.search).get('launch')")


def test_the_card_is_drawn_under_the_map_and_the_list(page, app_url, blocked_requests):
    # app.py draws the card first in the script (its elements reach the browser first), into a
    # slot that sits under the map, the timeline and the list.
    shown, headings = _shown()
    launch_id = shown[-1].launch_id
    page.goto(f"{app_url}/{LINK}&launch={launch_id}")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    page.get_by_role("heading", name=headings[launch_id]).wait_for(timeout=60_000)
    tops = page.evaluate(TOPS_JS, headings[launch_id])
    assert None not in tops.values(), tops
    assert tops["map"] < tops["list"] < tops["card"]
    assert blocked_requests == []


def test_the_arrow_key_steps_to_the_next_launch_in_time(page, app_url, blocked_requests):
    shown, headings = _shown()
    first = shown[0].launch_id
    page.goto(f"{app_url}/{LINK}&launch={first}")
    wait_for_app(page)
    page.get_by_role("heading", name=headings[first]).wait_for(timeout=60_000)
    # A key pressed while the map's frame is still loading is lost (seen in Chromium): wait for
    # the drawn launch layer, as a person waits for the map.
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container[data-atlas-paths]").wait_for(
        timeout=60_000
    )
    for _ in range(2):
        current = _selected(page)
        following = step_launch(shown, current, 1)
        assert following is not None
        assert following != current
        # The key is the Later button's shortcut: pressed on the page, not in a focused widget.
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        page.keyboard.press("ArrowRight")
        page.wait_for_function(
            "(id) => new URLSearchParams(location.search).get('launch') === id",
            arg=following,
            timeout=30_000,
        )
        wait_for_app(page)
        page.get_by_role("heading", name=headings[following]).wait_for(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert re.search(r"launch=", page.evaluate("location.href"))
    assert blocked_requests == []


# The launch layer's state: whether it is the tagged one, how many group sets the frame has
# evaluated, the outline's count and the opacity of the focused path and of the others.
LAYER_STATE_JS = """(launchId) => {
    const layer = window.map._atlasLaunches;
    const state = {kept: layer.atlasProbe === "kept", groups: window.feature_group.length,
                   outlines: 0, focused: null, others: []};
    window.map.eachLayer((shape) => {
        if (!shape.feature && shape.options && shape.options.weight === 9) state.outlines += 1;
    });
    layer.eachLayer((shape) => {
        const p = shape.feature.properties;
        if (p.kind !== "path") return;
        if (p.launch_id === launchId) state.focused = shape.options.opacity;
        else state.others.push(shape.options.opacity);
    });
    return state;
}"""


def test_a_selection_restyles_the_map_in_place(page, app_url, blocked_requests):
    # The launch layer is neither rebuilt nor its groups evaluated again: the selection is sent
    # beside them and launch_layer.js restyles the paths and draws the outline.
    shown, _ = _shown()
    page.goto(f"{app_url}/{LINK}")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container[data-atlas-paths]").wait_for(
        timeout=60_000
    )
    frame = page.frame(url=re.compile("st_folium"))
    assert frame is not None
    frame.evaluate("() => { window.map._atlasLaunches.atlasProbe = 'kept'; }")
    before = frame.evaluate(LAYER_STATE_JS, "")
    assert before["outlines"] == 0
    for launch in (shown[-1], shown[0]):
        target = launch.launch_id
        page.locator(f"[data-testid='stVegaLiteChart'] path[aria-label='launch {target}']").click()
        page.wait_for_function(
            "(id) => new URLSearchParams(location.search).get('launch') === id",
            arg=target,
            timeout=30_000,
        )
        wait_for_app(page)
        frame.wait_for_function(f"() => ({LAYER_STATE_JS})({target!r}).focused === 1")
        state = frame.evaluate(LAYER_STATE_JS, target)
        assert state["kept"]
        assert state["groups"] == before["groups"]
        assert state["outlines"] == 1
        assert max(state["others"]) < 0.35  # every other path faded to under a third
    assert blocked_requests == []


TIMELINE_RING_JS = """() => {
    const svg = document.querySelector("[data-testid='stVegaLiteChart'] svg");
    const marks = document.querySelectorAll(
        "[data-testid='stVegaLiteChart'] path[aria-label^='launch ']");
    const ringed = [...marks].filter((p) => p.getAttribute("stroke") === "#000000");
    return {kept: !!svg && svg.atlasProbe === "kept", ringed: ringed.map((p) => p.ariaLabel)};
}"""


def test_the_timeline_rings_a_selection_in_place_and_a_mark_can_be_picked_again(
    page, app_url, blocked_requests
):
    # The chart is not embedded anew for a selection (its data changes, not its spec); a mark
    # picked, then left for another launch by the ← key, can be picked again.
    shown, _ = _shown()
    picked = shown[-1].launch_id  # the last launch of 2017: ← steps to the one before it
    page.goto(f"{app_url}/{LINK}")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container[data-atlas-paths]").wait_for(
        timeout=60_000
    )
    page.evaluate(
        "() => { document.querySelector(\"[data-testid='stVegaLiteChart'] svg\")"
        ".atlasProbe = 'kept'; }"
    )
    mark = page.locator(f"[data-testid='stVegaLiteChart'] path[aria-label='launch {picked}']")
    earlier = step_launch(shown, picked, -1)
    for key, expected in ((None, picked), ("ArrowLeft", earlier), (None, picked)):
        if key is None:
            mark.click()
        else:
            page.evaluate("() => document.activeElement && document.activeElement.blur()")
            page.keyboard.press(key)
        page.wait_for_function(
            "(id) => new URLSearchParams(location.search).get('launch') === id",
            arg=expected,
            timeout=30_000,
        )
        wait_for_app(page)
        page.wait_for_function(
            f"(label) => ({TIMELINE_RING_JS})().ringed.join() === label",
            arg=f"launch {expected}",
            timeout=30_000,
        )
        assert page.evaluate(TIMELINE_RING_JS)["kept"]
    assert blocked_requests == []
