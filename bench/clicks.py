"""Chromium timings of a selection: from the click to the launch's card, map and list redrawn.

Four ways to select, as a person does: a path on the map, a mark on the timeline, a row of the
list, and the → key (the next launch in time). Each is timed in the page, from the mousedown (or
keydown) to the frame where the card names the new launch; beside it, where the time went: the
click to the start of the script run (websocket and callbacks), the run itself as the page sees
it (server time plus the messages), and the run's end to the card and to the map's selection
drawn (Chromium's own rendering, the map in its iframe).
"""

from __future__ import annotations

import re
import statistics
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.server import ROOT, AppServer, chromium_path
from core.briefing.card import build_card
from core.records.dataset import load_dataset
from core.view.stepping import step_launch

if TYPE_CHECKING:
    from playwright.sync_api import Frame, Page

MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
APP_IDLE_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning';
}"""
# A path alone under a pixel of slack (see tests/e2e/test_map_canvas.py), not one of `skip`:
# [launch id, x, y] in the iframe's viewport. Works on SVG and on canvas maps.
PICK_PATH_JS = """
(skip) => {
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
    if (p.kind !== "path" || skip.includes(p.launch_id) || !layer._parts.length) continue;
    const drawn = layer._parts[0].map((q) => window.map.layerPointToContainerPoint(q));
    for (let i = 1; i < drawn.length; i++) {
      const x = Math.round((drawn[i - 1].x + drawn[i].x) / 2);
      const y = Math.round((drawn[i - 1].y + drawn[i].y) / 2);
      const inside = x > 150 && y > 100 && x < size.x - 150 && y < size.y - 100;
      if (inside && alone(layer, x, y)) return [p.launch_id, x, y];
    }
  }
  return null;
}
"""
# Installed before each selection. Times (ms, on one clock for page and iframe) of: the input
# event (pointerdown or keydown), the script run's start and end as the page sees them, the card
# naming the launch, and the map's new groups drawn with the selection outline (in its frame).
PROBE_JS = """([heading, drawsMap]) => {
  const now = () => performance.timeOrigin + performance.now();
  const t = window.__atlasTimes = {input: null, run: null, idle: null, card: null, map: null};
  const frame = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  const mark = () => { if (t.input === null) t.input = now(); };
  for (const target of [window, frame && frame.contentWindow]) {
    if (!target) continue;
    target.addEventListener('pointerdown', mark, {capture: true, once: true});
    target.addEventListener('keydown', mark, {capture: true, once: true});
  }
  const idle = () => {
    const app = document.querySelector("[data-testid='stApp']");
    return app && app.getAttribute('data-test-script-state') === 'notRunning';
  };
  // The map is redrawn when a selection outline (weight 9) is on it that was not there before
  // the input: the component evaluates new groups, so the outline is a new layer.
  const outlines = () => {
    const w = frame && frame.contentWindow;
    const found = [];
    if (w && w.map) {
      w.map.eachLayer((layer) => {
        if (!layer.feature && layer.options && layer.options.weight === 9) found.push(layer);
      });
    }
    return found;
  };
  const before = outlines();
  const mapRedrawn = () => outlines().some((layer) => !before.includes(layer));
  const headings = () => [...document.querySelectorAll("[data-testid='stHeading']")]
    .some((h) => h.innerText.includes(heading));
  const started = now();
  function tick() {
    if (t.input !== null) {
      if (t.run === null && !idle()) t.run = now();
      if (t.run !== null && t.idle === null && idle()) t.idle = now();
      if (t.card === null && headings()) t.card = now();
      if (drawsMap && t.map === null && mapRedrawn()) t.map = now();
    }
    const done = t.card !== null && t.idle !== null && (t.map !== null || !drawsMap);
    if (!done && now() - started < 60000) requestAnimationFrame(tick);
    else window.__atlasDone = true;
  }
  window.__atlasDone = false;
  requestAnimationFrame(tick);
}"""


@dataclass(slots=True)
class Selection:
    """One selection's timings, in milliseconds from the input event."""

    way: str
    card_ms: float | None
    run_start_ms: float | None
    run_end_ms: float | None
    map_ms: float | None
    busy_ms: float | None = None  # Chromium's main thread: every task, until the run's end
    script_ms: float | None = None  # of which JavaScript
    layout_ms: float | None = None  # of which layout and style


@dataclass(slots=True)
class ClickResult:
    """Every selection timed on one page at one dataset size."""

    selections: list[Selection] = field(default_factory=list)
    error: str = ""  # a way that failed
    short: str = ""  # a way that ran out of launches to select before `count`

    def median(self, way: str, part: str = "card_ms") -> float | None:
        """Median of one part (card_ms, run_start_ms, run_end_ms, map_ms) of one way."""
        values = [
            value
            for item in self.selections
            if item.way == way and (value := getattr(item, part)) is not None
        ]
        return statistics.median(values) if values else None

    def summary(self) -> dict[str, Any]:
        """Medians per way, as JSON-ready figures."""
        ways = sorted({item.way for item in self.selections})
        parts = (
            "card_ms", "run_start_ms", "run_end_ms", "map_ms", "busy_ms", "script_ms", "layout_ms"
        )  # fmt: skip
        figures: dict[str, Any] = {
            way: {part: self.median(way, part) for part in parts} for way in ways
        }
        for way in ways:
            figures[way]["count"] = sum(item.way == way for item in self.selections)
        figures["error"] = self.error
        figures["short"] = self.short
        return figures


def expected_headings(data_dir: Path) -> dict[str, str]:
    """The card's heading for every launch id (what the page shows once it is selected)."""
    dataset = load_dataset(data_dir)
    return {
        launch.launch_id: f"{build_card(launch, dataset).heading}: {launch.date_text}"
        for launch in dataset.launches
    }


_SESSIONS: dict[int, Any] = {}


def _metrics(page: Page) -> dict[str, float]:
    """Chromium's cumulative main-thread times for the page, in seconds (Performance domain)."""
    session = _SESSIONS.get(id(page))
    if session is None:
        session = _SESSIONS[id(page)] = page.context.new_cdp_session(page)
        session.send("Performance.enable", {"timeDomain": "threadTicks"})
    values = session.send("Performance.getMetrics")["metrics"]
    return {item["name"]: float(item["value"]) for item in values}


def _timed(
    page: Page, way: str, heading: str, draws_map: bool, act: Callable[[], object]
) -> Selection:
    page.evaluate(PROBE_JS, [heading, draws_map])
    before = _metrics(page)
    act()
    page.wait_for_function("() => window.__atlasDone === true", timeout=70_000)
    after = _metrics(page)
    times = page.evaluate("() => window.__atlasTimes")
    start = times["input"]

    def since(name: str) -> float | None:
        value = times[name]
        return None if value is None or start is None else value - start

    page.wait_for_function(APP_IDLE_JS, polling="raf", timeout=60_000)
    page.wait_for_timeout(300)

    def spent(*names: str) -> float:
        return sum(after.get(name, 0.0) - before.get(name, 0.0) for name in names) * 1000

    selection = Selection(
        way,
        since("card"),
        since("run"),
        since("idle"),
        since("map"),
        busy_ms=spent("TaskDuration"),
        script_ms=spent("ScriptDuration"),
        layout_ms=spent("LayoutDuration", "RecalcStyleDuration"),
    )
    print(f"  {selection}", file=sys.stderr)
    return selection


def map_frame(page: Page) -> Frame:
    """The map's frame, once its launch layer is drawn."""
    page.wait_for_selector(MAP_IFRAME, state="attached", timeout=120_000)
    frame = page.frame(url=re.compile("st_folium"))
    assert frame is not None
    frame.wait_for_function(
        "() => window.map && window.map.getContainer().hasAttribute('data-atlas-paths')",
        timeout=120_000,
    )
    return frame


# The timeline's marks (launch ids) that are on top at their own centre, in the chart's order.
OPEN_MARKS_JS = """() => {
  const marks = document.querySelectorAll(
    "[data-testid='stVegaLiteChart'] path[aria-label^='launch ']");
  return [...marks].filter((mark) => {
    const box = mark.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    return x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight
      && document.elementFromPoint(x, y) === mark;
  }).map((mark) => mark.getAttribute("aria-label").slice("launch ".length));
}"""


# The launch list's grid (the table with a "Launch id" column), scrolled into view: its ids in
# the order listed and where its top left corner is in the viewport.
LIST_JS = """() => {
  for (const grid of document.querySelectorAll("[data-testid='stDataFrame']")) {
    const heads = [...grid.querySelectorAll("thead th")].map((th) => th.innerText.trim());
    const column = heads.indexOf("Launch id");
    if (column < 0) continue;
    grid.scrollIntoView({block: "center"});
    const ids = [...grid.querySelectorAll("tbody tr")]
      .map((row) => row.children[column].innerText.trim());
    const box = grid.getBoundingClientRect();
    return {ids, x: box.x, y: box.y};
  }
  return null;
}"""
ROW_PX = 35  # Streamlit's grid: the header and each row
LIST_ROWS = 7  # rows of the grid (320 px high) in view without scrolling it
# The selected launch, as the page's address names it (sidebar_filters.write_link).
LINKED_JS = "() => new URLSearchParams(window.location.search).get('launch')"
Act = Callable[[], Selection]


class Ways:
    """Selections of each kind on one page, each to a launch whose card differs from the last.

    `next(way)` readies one selection (aims the pointer, as a person does) and returns what makes
    and times it, or None when there is nothing left to select that way.
    """

    def __init__(self, page: Page, data_dir: Path) -> None:
        self.page = page
        self.headings = expected_headings(data_dir)
        dataset = load_dataset(data_dir)
        self.launches = dataset.launches
        # Launches the map draws a path for: the probe waits for the selection's outline.
        self.drawn = {
            launch.launch_id
            for launch in dataset.launches
            if (launch.range_km or 0) > 0 and dataset.site_of(launch) is not None
        }
        self.chosen: list[str] = []
        self.delta = 1  # the arrow key's way: → until the last launch, then ←

    def _chose(self, launch_id: str) -> str:
        # A salvo's missiles share a heading: skip them later, so each card change is one input's.
        heading = self.headings[launch_id]
        self.chosen.extend(other for other, text in self.headings.items() if text == heading)
        return heading

    def next(self, way: str) -> Act | None:
        """One selection `way` ("map", "timeline", "list", "arrow key")."""
        return {
            "map": self._map,
            "timeline": self._timeline,
            "list": self._list,
            "arrow key": self._arrow,
        }[way]()

    def _map(self) -> Act | None:
        page = self.page
        frame = map_frame(page)
        page.locator(MAP_IFRAME).evaluate("el => el.scrollIntoView({block: 'center'})")
        page.wait_for_timeout(300)
        picked = frame.evaluate(PICK_PATH_JS, self.chosen)
        if not picked:
            return None
        launch_id, x, y = picked
        heading = self._chose(launch_id)
        box = page.locator(MAP_IFRAME).bounding_box()
        assert box is not None
        at_x, at_y = box["x"] + x, box["y"] + y
        page.mouse.move(at_x, at_y)
        page.wait_for_timeout(150)  # the hover tip is up, as when a person aims
        return lambda: _timed(page, "map", heading, True, lambda: page.mouse.click(at_x, at_y))

    def _timeline(self) -> Act | None:
        # Newest first (spread wider than the first years' marks), and only a mark whose centre
        # nothing covers, as a person would click it.
        for launch_id in reversed(self.page.evaluate(OPEN_MARKS_JS)):
            if launch_id in self.drawn and launch_id not in self.chosen:
                break
        else:
            return None
        heading = self._chose(launch_id)
        mark = self.page.locator(
            f"[data-testid='stVegaLiteChart'] path[aria-label='launch {launch_id}']"
        )
        mark.scroll_into_view_if_needed()
        mark.hover()
        return lambda: _timed(self.page, "timeline", heading, True, mark.click)

    def _list(self) -> Act | None:
        page = self.page
        page.evaluate(LIST_JS)
        page.wait_for_timeout(300)
        grid = page.evaluate(LIST_JS)
        if not grid:
            return None
        rows = [
            row
            for row, launch_id in enumerate(grid["ids"][:LIST_ROWS])
            if launch_id in self.drawn and launch_id not in self.chosen
        ]
        if not rows:
            return None
        heading = self._chose(grid["ids"][rows[0]])
        y = grid["y"] + ROW_PX * (rows[0] + 1) + ROW_PX / 2
        x = grid["x"] + 14  # the row marker (a check box) at the grid's left edge
        page.mouse.move(x, y)
        return lambda: _timed(page, "list", heading, True, lambda: page.mouse.click(x, y))

    def _arrow(self) -> Act | None:
        """The → key on the page (no filter: every launch is stepped through); ← from the last."""
        page = self.page
        # The key belongs to the page: not to a focused grid, map frame or widget.
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        current = page.evaluate(LINKED_JS)
        if step_launch(self.launches, current, self.delta) == current:
            self.delta = -self.delta  # at the first or the last launch: step back the other way
        delta = self.delta
        key_name = "ArrowRight" if delta > 0 else "ArrowLeft"
        # A salvo's next missile has the same card heading, and a launch with no path no
        # outline to wait for: step past them untimed.
        for _ in range(20):
            current = page.evaluate(LINKED_JS)
            stepped = step_launch(self.launches, current, delta)
            if stepped is None or stepped == current:
                return None
            changes = current is None or self.headings[stepped] != self.headings.get(current)
            if changes and stepped in self.drawn:
                break
            page.keyboard.press(key_name)
            page.wait_for_function(
                "(id) => new URLSearchParams(window.location.search).get('launch') === id",
                arg=stepped,
                timeout=60_000,
            )
            page.wait_for_function(APP_IDLE_JS, polling="raf", timeout=60_000)
        if stepped is None:
            return None
        heading = self.headings[stepped]
        key = lambda: page.keyboard.press(key_name)  # noqa: E731
        return lambda: _timed(page, "arrow key", heading, True, key)


WAYS = ("map", "timeline", "list", "arrow key")


def measure(page_file: Path, data_dir: Path, log_dir: Path, count: int = 5) -> ClickResult:
    """Open the app on `data_dir` and time `count` selections each way."""
    from playwright.sync_api import sync_playwright

    result = ClickResult()
    executable = chromium_path()
    if executable is None:
        result.error = "no Chromium (apt-get install chromium)"
        return result
    log_path = log_dir / f"streamlit-clicks-{data_dir.name}.log"
    with AppServer(page_file, data_dir, log_path) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1600, "height": 1000})
            page = context.new_page()
            page.goto(server.url)
            page.wait_for_function(APP_IDLE_JS, polling="raf", timeout=120_000)
            map_frame(page)
            page.wait_for_timeout(500)
            ways = Ways(page, data_dir)
            for way in WAYS:
                try:
                    for done in range(count):
                        act = ways.next(way)
                        if act is None:  # e.g. the timeline's bins above 5,000 missiles
                            result.short += (
                                f"{way}: {done} of {count} (no other launch in view to select "
                                "that way). "
                            )
                            break
                        result.selections.append(act())
                except Exception as error:  # one way failing leaves the others' figures
                    result.error += f"{way}: {type(error).__name__}: {error}"[:300] + " "
        finally:
            browser.close()
    return result


def main(argv: list[str] | None = None) -> int:
    """Time selections on a synthetic dataset of N missiles (or a data directory) and print them."""
    import argparse
    import json
    import tempfile

    from bench.synth import write_dataset

    parser = argparse.ArgumentParser(prog="python -m bench.clicks", description=__doc__)
    parser.add_argument("--missiles", type=int, default=350)
    parser.add_argument("--count", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="launch-atlas-clicks-") as work:
        data_dir = write_dataset(Path(work) / f"synthetic-{args.missiles}", args.missiles)
        result = measure(ROOT / "app.py", data_dir, Path(work), args.count)
    for item in result.selections:
        print(json.dumps(asdict(item)))
    print(json.dumps(result.summary()))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
