"""Hostile text in every free-text cell and in a pasted report reaches every panel as text only."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.helpers import APP_IDLE, MAP_IFRAME, wait_for_app
from tests.e2e.hostile_checks import FEATURES_JS, injected, missing_literals, point_of
from tests.hostile_data import (
    JINJA,
    JS_LINK,
    LAUNCH_IDS,
    LOFTED,
    REPORT,
    write_hostile_dataset,
)

pytestmark = pytest.mark.e2e
TIMELINE_MARKS = "[data-testid='stVegaLiteChart'] path[aria-label^='launch ']"
LOCAL_FILE = re.compile(r"^(?!(file|data|about|blob):)")


@pytest.fixture(scope="module")
def hostile_url(start_app, tmp_path_factory: pytest.TempPathFactory) -> str:
    return start_app(write_hostile_dataset(tmp_path_factory.mktemp("hostile") / "data"))


@pytest.fixture
def dialogs(page) -> list[str]:
    """Every alert/confirm/prompt the page opens (none should)."""
    opened: list[str] = []

    def record(dialog) -> None:
        opened.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", record)
    return opened


def assert_clean(page, dialogs: list[str]) -> None:
    assert injected(page) == {}
    assert dialogs == []


def settle(page) -> None:
    """Let a rerun the last action started begin, then wait until it has ended."""
    page.wait_for_timeout(400)
    page.wait_for_selector(APP_IDLE, state="attached", timeout=60_000)


def map_frame(page):
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=60_000)
    # Any drawn path: a selection may move the view, and a path out of view is drawn as "M0 0".
    drawn = page.frame_locator(MAP_IFRAME).locator("path.leaflet-interactive:not([d='M0 0'])")
    drawn.first.wait_for(timeout=60_000)
    page.locator(MAP_IFRAME).first.evaluate("el => el.scrollIntoView({block: 'center'})")
    frame = page.frame(url=re.compile("st_folium"))
    assert frame is not None
    return frame


def hover_all(page, frame, offset: tuple[float, float] = (0.0, 0.0)) -> dict[str, str]:
    """Hover every interactive map feature; the tooltip text each one showed, by feature key."""
    shown: dict[str, str] = {}
    for key in frame.evaluate(FEATURES_JS):
        point = point_of(frame, key)
        assert point, f"no point of {key} in view to hover"
        page.mouse.move(offset[0] + point[0], offset[1] + point[1])
        tip = frame.locator(".leaflet-tooltip")
        if point[2]:  # a path's end dot carries no tooltip of its own
            try:
                tip.last.wait_for(timeout=5_000)
            except PlaywrightTimeout:
                raise AssertionError(f"hovering {key} showed no tooltip") from None
            shown[key] = tip.last.inner_text()
        else:
            shown[key] = ""
        page.mouse.move(offset[0] + 2, offset[1] + 2)
    return shown


def check_tooltips(shown: dict[str, str], rings_at_pad: bool) -> None:
    """Each launch, site and lone impact tooltip shows every hostile string as text; so do the
    rings' when they are centred on the hostile pad (the selected launch's site)."""
    kinds = {key.split(":")[0] for key in shown}
    assert {"path", "impact", "site", "ring", "centre"} <= kinds, kinds
    hostile = ["path", "site"] + (["ring", "centre"] if rings_at_pad else [])
    checked = set()
    for key, text in shown.items():
        kind = key.split(":")[0]
        # Only the lone impact has a tooltip of its own; so does one centre (the rings' centre).
        if kind in hostile and (text or kind not in ("centre", "impact")):
            assert missing_literals(text) == [], (key, text)
            checked.add(kind)
    assert checked == set(hostile), checked
    assert missing_literals(shown["impact:2022-09-06a-01"]) == []


def click_all(page, frame) -> int:
    """Click every interactive map feature (each click reruns the app); how many were clicked."""
    # The rings follow the selection (drawn round the selected launch's site): click them and
    # the other features that select nothing before the launches.
    keys = sorted(frame.evaluate(FEATURES_JS), key=lambda key: key.startswith(("path:", "impact:")))
    box = page.locator(MAP_IFRAME).first.bounding_box()
    for key in keys:
        frame.evaluate(FEATURES_JS)  # a rerun redraws the layers: key them again
        point = point_of(frame, key)
        assert point, f"no point of {key} in view to click"
        page.mouse.click(box["x"] + point[0], box["y"] + point[1])
        if key.startswith("path:"):
            launch_id = key.split(":", 1)[1]
            page.wait_for_function(
                f"() => new URLSearchParams(location.search).get('launch') === {launch_id!r}",
                timeout=30_000,
            )
        settle(page)
        frame = map_frame(page)
    return len(keys)


def check_card(page) -> None:
    card = " ".join(page.locator(".atlas-card").all_inner_texts())
    assert missing_literals(card) == [], card
    hrefs = page.locator(".atlas-card a").evaluate_all("els => els.map((a) => a.href)")
    assert "https://example.org/report?a=" in hrefs  # an http(s) citation links
    # Only http(s) addresses became links: the report's and the image address of MD_IMAGE.
    allowed = re.compile(r"https://example\.org/|http://198\.51\.100\.7/")
    assert all(allowed.match(href) for href in hrefs), hrefs
    assert JS_LINK in card  # the javascript: citation shows as text, not as a link
    heading = page.get_by_test_id("stHeading").filter(has_text="__pwned").first.inner_text()
    assert missing_literals(heading) == [], heading  # Markdown: the missile name as written


def test_hostile_text_reaches_every_panel_as_text(page, hostile_url, blocked_requests, dialogs):
    page.goto(hostile_url)
    wait_for_app(page)
    frame = map_frame(page)
    box = page.locator(MAP_IFRAME).first.bounding_box()
    check_tooltips(hover_all(page, frame, (box["x"], box["y"])), rings_at_pad=False)
    assert_clean(page, dialogs)

    assert click_all(page, frame) >= 2 * len(LAUNCH_IDS)
    assert_clean(page, dialogs)
    check_card(page)
    places = page.get_by_text(re.compile("^Distances from")).first.inner_text()
    assert missing_literals(places) == [], places  # Markdown: the ring centre's site name
    # The launch list draws on a canvas; its accessible table holds the same cells.
    listed = page.get_by_test_id("stDataFrame").filter(has_text="Launch id").locator("table")
    assert missing_literals(listed.inner_text()) == []
    frame = map_frame(page)
    box = page.locator(MAP_IFRAME).first.bounding_box()
    check_tooltips(hover_all(page, frame, (box["x"], box["y"])), rings_at_pad=True)
    assert_clean(page, dialogs)

    marks = page.locator(TIMELINE_MARKS)
    assert marks.count() == len(LAUNCH_IDS)
    for index in range(marks.count()):
        marks.nth(index).hover()
        tooltip = page.locator("#vg-tooltip-element")
        tooltip.wait_for(timeout=5_000)
        assert missing_literals(tooltip.inner_text()) == [], tooltip.inner_text()
    assert_clean(page, dialogs)
    assert blocked_requests == []


def test_presentation_mode_shows_hostile_text_as_text(page, hostile_url, blocked_requests, dialogs):
    page.goto(f"{hostile_url}/?present=1&launch={LOFTED}")
    wait_for_app(page)
    frame = map_frame(page)
    box = page.locator(MAP_IFRAME).first.bounding_box()
    # The lofted shot's reach ring: its label on the map and its tooltip name the missile.
    label = page.frame_locator(MAP_IFRAME).locator(".atlas-reach-label").inner_text()
    assert missing_literals(label) == [], label
    shown = hover_all(page, frame, (box["x"], box["y"]))
    check_tooltips(shown, rings_at_pad=True)
    reach = [text for text in shown.values() if "minimum-energy" in text]
    assert len(reach) == 1
    assert missing_literals(reach[0]) == []
    page.get_by_text(re.compile(r"^Sources \(\d+\)")).click()
    check_card(page)
    assert_clean(page, dialogs)
    assert blocked_requests == []


def test_a_hostile_report_is_shown_as_text_in_review(page, hostile_url, blocked_requests, dialogs):
    page.goto(hostile_url)
    wait_for_app(page)
    page.get_by_text("Add a report").click()
    text_area = page.get_by_label("Report text")
    text_area.fill(REPORT)
    text_area.press("Control+Enter")
    settle(page)
    page.get_by_text("Draft from the report").wait_for(timeout=30_000)
    evidence = page.locator("div[style*='pre-wrap']").filter(has=page.locator("mark")).first
    assert missing_literals(evidence.inner_text()) == [], evidence.inner_text()
    assert evidence.locator("mark").count() >= 2  # the extraction found and marked its evidence
    assert_clean(page, dialogs)
    assert blocked_requests == []


def test_html_export_of_a_hostile_search_opens_offline_as_text(
    page, hostile_url, blocked_requests, dialogs, tmp_path
):
    page.goto(hostile_url)
    wait_for_app(page)
    search = page.get_by_test_id("stSidebar").get_by_role("textbox", name="Search")
    search.fill(JINJA)  # every hostile missile name holds it: the view keeps all of them
    search.press("Enter")
    settle(page)
    page.get_by_text(re.compile(r"^Export this view")).click()
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Map (HTML, works offline)").click()
    out = tmp_path / "export.html"
    download.value.save_as(out)
    assert_clean(page, dialogs)
    assert blocked_requests == []

    # A context of its own: the app page's context aborts file: URLs too (blocked_requests).
    exported = page.context.browser.new_context().new_page()
    opened: list[str] = []
    exported.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    blocked: list[str] = []
    exported.route(LOCAL_FILE, lambda route: (blocked.append(route.request.url), route.abort()))
    exported.goto(out.as_uri())
    exported.wait_for_selector("path.leaflet-interactive", state="attached", timeout=30_000)
    exported.evaluate(
        "() => { window.map = Object.values(window).find((v) => v instanceof L.Map); }"
    )
    title = exported.locator("#atlas-export-title").inner_text()
    assert f"q={JINJA}" in title, title
    check_tooltips(hover_all(exported, exported.main_frame), rings_at_pad=False)
    assert injected(exported) == {}
    assert opened == []
    assert blocked == []
    exported.context.close()
