"""The standalone HTML exports open from a file in Chromium with every network request blocked."""

from __future__ import annotations

import re

import pytest

from components.exports import html_export
from core.__main__ import main
from core.export.view import export_view
from core.records.dataset import load_dataset
from tests.conftest import write_dataset

pytestmark = pytest.mark.e2e
LOCAL = re.compile(r"^(?!(file|data|about|blob):)")


def open_offline(page, path) -> list[str]:
    """Open a file with everything but file/data URLs aborted; return what was blocked."""
    blocked: list[str] = []

    def abort(route) -> None:
        blocked.append(route.request.url)
        route.abort()

    page.route(LOCAL, abort)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-container", timeout=30_000)
    page.wait_for_selector("path.leaflet-interactive", timeout=30_000, state="attached")
    assert errors == []
    return blocked


def test_cli_html_export_draws_the_map_offline(page, tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    out = tmp_path / "map.html"
    assert main(["export", "html", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    blocked = open_offline(page, out)
    assert blocked == []
    assert page.evaluate("() => L.version") == "1.9.3"
    # The app's map: the one drawable ICBM (black) gives a path and an impact dot, beside the
    # zones, sites and rings; the app's legend and ring labels came along.
    assert page.locator('path.leaflet-interactive[stroke="#000000"]').count() == 2
    assert page.locator(".atlas-legend").count() == 1
    assert page.locator(".atlas-ring-label").count() == 4
    assert page.locator(".atlas-reach-label").count() == 0  # nothing selected
    assert "approximate" in page.locator("#atlas-export-title").inner_text()


def test_app_html_export_draws_the_app_map_with_the_reach_ring_offline(page, tmp_path):
    dataset = load_dataset(write_dataset(tmp_path / "data"))
    view = export_view(dataset, selected_launch_id="2017-11-28a-01")
    html = html_export(view)()
    out = tmp_path / "app-map.html"
    out.write_text(html, encoding="utf-8")
    blocked = open_offline(page, out)
    assert blocked == []
    assert page.locator(".atlas-legend").count() == 1  # the app's own legend came along
    # The selected Hwasong-15 was lofted: its minimum-energy reach is a ring of its own.
    reach = page.locator(".atlas-reach-label")
    assert reach.count() == 1
    assert "Hwasong-15 on a minimum-energy path: ~9," in reach.inner_text()
    assert "3 missiles" in page.locator("#atlas-export-title").inner_text()
    assert page.locator("path.leaflet-interactive").count() >= 2


TOOLTIP_OF_THE_PATH = """() => {
    const map = Object.values(window).find((value) => value instanceof L.Map);
    let text = null;
    map.eachLayer((layer) => {
        const feature = layer.feature;
        if (text !== null || !feature || feature.properties.kind !== "path") return;
        if (!layer.getTooltip()) return;
        const points = layer.getLatLngs();
        layer.openTooltip(points[Math.floor(points.length / 2)]);
        text = document.querySelector(".leaflet-tooltip.atlas-tip").innerText;
    });
    return text;
}"""


def test_exported_path_tooltip_is_built_in_the_browser_with_utc_and_kst(page, tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    out = tmp_path / "map.html"
    assert main(["export", "html", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    open_offline(page, out)
    lines = page.evaluate(TOOLTIP_OF_THE_PATH).split("\n")
    assert lines[:8] == [
        "2017-11-28a-01",
        "Date: 2017-11-28 18:17 UTC / 2017-11-29 03:17 KST",
        "Missile: Hwasong-15",
        "Class: ICBM",
        # JCS's figures lead by default (CNS gave 950 km); the path is drawn to MOD's point,
        # "about 250 km west of Aomori Prefecture" (data/landings.csv).
        "Range: 1,019 km to the drawn point (range reported: 960 km (JCS))",
        "Apogee: 4,500 km (JCS)",
        "Outcome: success",
        "Site: Sunan (Pyongyang airport) (facility)",
    ]
    assert lines[8].startswith("Japan EEZ: reported inside (JCS) \u00b7 computed ")
    assert lines[9] == "Path: placed from a source's description of where it fell"
    assert lines[10] == "Headline figures: JCS (South Korea) first (rule on the card)"
