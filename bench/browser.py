"""Browser timings in Chromium: page open to first drawn map, filter change to the new set drawn."""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bench.server import ROOT, AppServer, chromium_path

if TYPE_CHECKING:
    from playwright.sync_api import Page

MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
NOT_LOCAL = re.compile(r"^(?![a-z]+://(127\.0\.0\.1|localhost)[:/])[a-z]+://")
# Counted from the top page so that a re-mounted iframe is still found. An SVG map has an element
# per shape (paths, dots, sites, rings: at least one per launch path); a canvas map has none, and
# its launch layer writes how many paths it drew once the canvas has drawn them.
COUNT_PATHS_JS = """() => {
  const frame = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  const doc = frame && frame.contentDocument;
  const map = doc && doc.querySelector('.leaflet-container');
  if (!map) return -1;
  if (map.getAttribute('data-atlas-renderer') === 'canvas') {
    return Number(map.getAttribute('data-atlas-paths'));
  }
  return doc.querySelectorAll('path.leaflet-interactive').length;
}"""
# What shows the new set: the map's paths; on the floor page, which has none, its caption.
SIGNATURE_JS = f"""() => {{
  const paths = ({COUNT_PATHS_JS})();
  if (paths > 0) return paths + '|';
  const captions = [...document.querySelectorAll("[data-testid='stCaptionContainer']")];
  return paths + '|' + captions.map((c) => c.innerText).join('|');
}}"""
APP_IDLE_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning';
}"""
# Installed just before a change: the milliseconds until the rerun has started and ended (the
# whole page settled), or -1 when no run was seen within 60 s.
SETTLE_PROBE_JS = f"""() => {{
  window.__atlasSettled = null;
  const started = performance.now();
  let ran = false;
  function tick() {{
    const now = performance.now() - started;
    const idle = ({APP_IDLE_JS})();
    if (!idle) ran = true;
    if (ran && idle) window.__atlasSettled = now;
    else if (now > 60000) window.__atlasSettled = -1;
    else requestAnimationFrame(tick);
  }}
  requestAnimationFrame(tick);
}}"""
# Redraws of the map itself, timed in its frame: a zoom step and a pan, each until two animation
# frames later (Leaflet has redrawn every path, on SVG or on a canvas). Milliseconds.
REDRAW_JS = """async () => {
  const map = window.map;
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const timed = async (move) => {
    const start = performance.now();
    move();
    await frames();
    return performance.now() - start;
  };
  const zooms = [], pans = [];
  const zoom = map.getZoom();
  for (let i = 0; i < 6; i++) {
    const next = zoom + (i % 2 ? 0 : 1);
    zooms.push(await timed(() => map.setView(map.getCenter(), next, {animate: false})));
  }
  for (let i = 0; i < 6; i++) {
    pans.push(await timed(() => map.panBy([i % 2 ? 200 : -200, 0], {animate: false})));
  }
  return [zooms, pans];
}"""
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
FILTER_VALUE = "SRBM"


@dataclass(slots=True)
class BrowserResult:
    """Timings of one page at one dataset size, in seconds."""

    page: str
    first_map_s: float | None = None
    changes_s: list[float] = field(default_factory=list)
    settled_s: list[float] = field(default_factory=list)
    paths: list[int] = field(default_factory=list)
    zooms_s: list[float] = field(default_factory=list)
    pans_s: list[float] = field(default_factory=list)
    renderer: str = ""
    error: str = ""

    @property
    def change_median_s(self) -> float | None:
        """Median filter change to redrawn map."""
        return statistics.median(self.changes_s) if self.changes_s else None

    @property
    def settled_median_s(self) -> float | None:
        """Median filter change to the end of the rerun (every panel updated)."""
        return statistics.median(self.settled_s) if self.settled_s else None


def _signature(page: Page) -> str:
    return str(page.evaluate(SIGNATURE_JS))


def _wait_signature(page: Page, condition: str, value: str, timeout_s: float) -> None:
    page.wait_for_function(
        f"(s) => {{ const now = ({SIGNATURE_JS})();"
        f" return !now.startsWith('-1') && now {condition} s; }}",
        arg=value,
        polling="raf",
        timeout=timeout_s * 1000,
    )


def _paths(signature: str) -> int:
    return int(signature.split("|", 1)[0])


def _measure_redraws(page: Page, result: BrowserResult) -> None:
    frame = page.frame(url=re.compile("st_folium"))
    if frame is None:
        return
    zooms, pans = frame.evaluate(REDRAW_JS)
    result.zooms_s = [value / 1000 for value in zooms]
    result.pans_s = [value / 1000 for value in pans]
    container = frame.locator(".leaflet-container").first
    result.renderer = container.get_attribute("data-atlas-renderer") or "svg"


def _wait_idle(page: Page, timeout_s: float) -> None:
    page.wait_for_function(APP_IDLE_JS, polling="raf", timeout=timeout_s * 1000)


class ClassFilter:
    """The sidebar class multiselect, driven the way a person does: type and Enter, Backspace."""

    def __init__(self, page: Page, widget_key: str) -> None:
        self.page = page
        self.input = page.locator(f".st-key-{widget_key} input").first
        self.selected = False

    def prepare(self) -> None:
        """Focus the widget and, when adding, type the value (the change happens on the key)."""
        self.input.click()
        if not self.selected:
            self.page.keyboard.type(FILTER_VALUE)

    def toggle(self) -> None:
        """Add the class (Enter) or remove it again (Backspace)."""
        self.page.keyboard.press("Backspace" if self.selected else "Enter")
        self.selected = not self.selected

    def settle(self) -> None:
        """Close the option list so it does not cover the map."""
        self.page.keyboard.press("Escape")


def served_copy(page_file: Path, work_dir: Path) -> Path:
    """The page itself if it sits beside static/, else a copy beside a link to it.

    Streamlit serves the static/ folder next to the main script, and the map loads Leaflet
    from there; bench/ has no static/ of its own.
    """
    if (page_file.parent / "static").is_dir():
        return page_file
    folder = work_dir / f"page-{page_file.stem}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / page_file.name).write_text(page_file.read_text(encoding="utf-8"), encoding="utf-8")
    if not (folder / "static").exists():
        (folder / "static").symlink_to(ROOT / "static", target_is_directory=True)
    return folder / page_file.name


def measure(
    page_file: Path,
    data_dir: Path,
    widget_key: str,
    changes: int,
    log_dir: Path,
    min_paths: int = 0,
    timeout_s: float = 120.0,
) -> BrowserResult:
    """Open the page, time the first drawn map, then `changes` filter changes.

    The first map counts as drawn once Leaflet runs and at least `min_paths` paths are on it
    (the launch layer's paths, as AppTest counted them).
    """
    from playwright.sync_api import sync_playwright

    result = BrowserResult(page=page_file.stem)
    executable = chromium_path()
    if executable is None:
        result.error = "no Chromium (apt-get install chromium)"
        return result
    log_path = log_dir / f"streamlit-{page_file.stem}-{data_dir.name}.log"
    served = served_copy(page_file, log_dir)
    with AppServer(served, data_dir, log_path) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1600, "height": 1000})
            context.route(NOT_LOCAL, lambda route: route.abort())
            page = context.new_page()
            started = time.perf_counter()
            page.goto(server.url)
            page.wait_for_selector(MAP_IFRAME, state="attached", timeout=timeout_s * 1000)
            _wait_idle(page, timeout_s)
            # The first drawn map: Leaflet running and, on a page with launches, a path drawn.
            page.wait_for_function(
                f"(least) => ({COUNT_PATHS_JS})() >= least",
                arg=min_paths,
                polling="raf",
                timeout=timeout_s * 1000,
            )
            result.first_map_s = time.perf_counter() - started
            # A map whose set is still being drawn would make the first change look slow.
            page.wait_for_timeout(500)
            widget = ClassFilter(page, widget_key)
            expected: dict[bool, str] = {False: _signature(page)}
            result.paths.append(_paths(expected[False]))
            for _ in range(changes + 1):
                widget.prepare()
                before = _signature(page)
                page.evaluate(SETTLE_PROBE_JS)
                started = time.perf_counter()
                widget.toggle()
                target = expected.get(widget.selected)
                if target is None:
                    # First visit of this state: wait for any change, then for the run to end.
                    _wait_signature(page, "!==", before, timeout_s)
                    _wait_idle(page, timeout_s)
                    page.wait_for_timeout(500)
                    expected[widget.selected] = _signature(page)
                    result.paths.append(_paths(expected[widget.selected]))
                else:
                    _wait_signature(page, "===", target, timeout_s)
                    result.changes_s.append(time.perf_counter() - started)
                    page.wait_for_function(
                        "() => window.__atlasSettled !== null", timeout=timeout_s * 1000
                    )
                    settled_ms = float(page.evaluate("() => window.__atlasSettled"))
                    if settled_ms >= 0:
                        result.settled_s.append(settled_ms / 1000)
                _wait_idle(page, timeout_s)
                widget.settle()
            _measure_redraws(page, result)
        except Exception as error:  # a failed measurement is reported, not raised
            result.error = f"{type(error).__name__}: {str(error).splitlines()[0]}"
        finally:
            browser.close()
    return result


def main(argv: list[str] | None = None) -> int:
    """Time the app's (or the floor page's) first map and filter changes on N synthetic missiles."""
    import argparse
    import json
    import tempfile
    from dataclasses import asdict

    from bench.synth import write_dataset

    parser = argparse.ArgumentParser(prog="python -m bench.browser", description=__doc__)
    parser.add_argument("--missiles", type=int, default=350)
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--page", choices=("app", "floor"), default="app")
    args = parser.parse_args(argv)
    # The class multiselect of each page, as bench/rerun.py finds it.
    page_file = ROOT / "app.py" if args.page == "app" else ROOT / "bench" / "floor_app.py"
    key = "filter_classes" if args.page == "app" else "floor_classes"
    with tempfile.TemporaryDirectory(prefix="launch-atlas-browser-") as work:
        data_dir = write_dataset(Path(work) / f"synthetic-{args.missiles}", args.missiles)
        result = measure(page_file, data_dir, key, args.changes, Path(work))
    figures = asdict(result)
    figures["change_median_s"] = result.change_median_s
    figures["settled_median_s"] = result.settled_median_s
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
