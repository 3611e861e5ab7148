"""Playback in Chromium: the filtered launches are drawn in time order, in the app and in the
offline HTML export; Step draws one launch at a time."""

from __future__ import annotations

import re

import pytest

from core.__main__ import main
from core.records.dataset import load_dataset
from tests.e2e.helpers import MAP_IFRAME, ROOT, wait_for_app
from tests.e2e.test_export_html import open_offline

pytestmark = pytest.mark.e2e

PLAYED_JS = "() => window.map.getContainer().getAttribute('data-atlas-played')"
DRAWN_JS = """() => {
    let count = 0;
    window.map.eachLayer((layer) => {
        const p = layer.feature && layer.feature.properties;
        if (p && p.launch_id && p.kind === 'path') count += 1;
    });
    return count;
}"""


def _three_icbms() -> list[str]:
    dataset = load_dataset(ROOT / "data")
    chosen = [x for x in dataset.launches if x.missile_class == "ICBM" and x.date_text >= "2023-07"]
    ordered = sorted(chosen, key=lambda x: (x.date_utc, x.launch_id))
    assert len(ordered) == 3, [x.launch_id for x in ordered]  # the bundled data's last three
    return [x.launch_id for x in ordered]


def _watch_replay(target, map_js: str) -> list[list[str]]:
    """Press Replay at 3 months a second; every distinct list of drawn launches, in turn."""
    target.select_option(".atlas-playback-speed", "91")
    target.click("a.atlas-playback-button >> text=Replay")
    states: list[list[str]] = []
    for _ in range(200):
        played = target.evaluate(map_js)
        if played is not None:
            ids = played.split()
            if not states or states[-1] != ids:
                states.append(ids)
            if len(ids) == 3:
                break
        target.wait_for_timeout(50)
    return states


def test_playback_draws_three_launches_in_time_order_in_the_app(page, app_url, blocked_requests):
    expected = _three_icbms()
    page.goto(f"{app_url}/?class=ICBM&from=2023-07")
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    frame = page.frame(url=re.compile("st_folium"))
    frame.wait_for_function("() => window.map && document.querySelector('.atlas-playback')")
    assert frame.evaluate(DRAWN_JS) == 3
    states = _watch_replay(frame, PLAYED_JS)
    # Drawn one after another, each as its date passed: [], [a], [a, b], [a, b, c].
    assert states[-1] == expected
    assert [state for state in states if state] == [expected[:1], expected[:2], expected]
    assert frame.locator(".atlas-playback-date").inner_text() >= expected[-1][:10]
    assert frame.evaluate(DRAWN_JS) == 3
    assert blocked_requests == []


def test_playback_steps_one_launch_at_a_time_in_the_html_export(page, tmp_path):
    expected = _three_icbms()
    out = tmp_path / "map.html"
    args = ["export", "html", "--out", str(out), "--class", "ICBM", "--from", "2023-07"]
    assert main([*args, "--data-dir", str(ROOT / "data")]) == 0
    assert open_offline(page, out) == []
    page.wait_for_selector(".atlas-playback")
    played_js = "() => document.querySelector('.leaflet-container').dataset.atlasPlayed"
    for count in (1, 2, 3):
        page.click("a.atlas-playback-button >> text=Step")
        assert page.evaluate(played_js).split() == expected[:count]
        assert page.locator(".atlas-playback-date").inner_text() == expected[count - 1][:10]
    page.click("a.atlas-playback-button >> text=■")
    assert page.locator(".atlas-playback-date").is_hidden()
