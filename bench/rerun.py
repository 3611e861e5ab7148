"""Server time of filter-change reruns in AppTest, the app and the floor page taking turns.

`python -m bench.rerun DATA_DIR --reruns N` prints one JSON object per page: the first (cold)
run, each filter-change rerun, the bytes the page and its map would send to the browser, and
the peak resident memory. Run it in a fresh process per dataset size.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.local_script_runner import LocalScriptRunner

from core.mapview.features import ROW_FIELDS
from core.records.model import MISSILE_CLASSES

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"app": ROOT / "app.py", "floor": ROOT / "bench" / "floor_app.py"}
MAP_COMPONENT = "streamlit_folium.st_folium"
# The map payload fields the component sends to its iframe on every rerun.
MAP_FIELDS = ("script", "feature_group", "html", "header", "css_links", "js_links")
LINE_GEOMETRY = re.compile(r'"type":\s*"(?:Multi)?LineString"|L\.polyline\(')
# The launch layer's rows (core.mapview.features.missile_row): a row with more than one lon/lat
# pair is a path the browser draws.
LAUNCH_ROWS = re.compile(r"L\.atlasLaunchLayer\(\n\s*(\[.*?\]),\n")
POINTS = ROW_FIELDS.index("points")
FILTER_CLASS = "SRBM"


@dataclass(slots=True)
class Payload:
    """What one run sends to the browser: the whole page, and the map component's share."""

    page_bytes: int = 0
    map_bytes: int = 0
    map_field_bytes: dict[str, int] = field(default_factory=dict)
    line_paths: int = 0  # every line: launch paths, range rings, the selection
    launch_paths: int = 0  # the launch layer's paths alone


@dataclass(slots=True)
class Result:
    """Figures of one page at one dataset size."""

    page: str
    data_dir: str
    filter_widget: str = ""
    filter_key: str = ""
    first_run_s: float = 0.0
    # CPU seconds of the whole process: less swayed than wall time by a busy shared machine.
    first_run_cpu_s: float = 0.0
    reruns_s: list[float] = field(default_factory=list)  # toggling between two seen views
    reruns_cpu_s: list[float] = field(default_factory=list)
    fresh_reruns_s: list[float] = field(default_factory=list)  # each to a view not seen before
    fresh_reruns_cpu_s: list[float] = field(default_factory=list)
    payloads: list[Payload] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    maxrss_mb: float = 0.0


def _elements(node: object) -> Iterator[Any]:
    for child in getattr(node, "children", {}).values():
        if getattr(child, "proto", None) is not None and hasattr(child.proto, "ByteSize"):
            yield child
        yield from _elements(child)


def measure_payload(at: AppTest) -> Payload:
    """Bytes of every element's protobuf, and of the st_folium component's arguments."""
    payload = Payload()
    for element in _elements(at._tree):
        payload.page_bytes += element.proto.ByteSize()
        if getattr(element.proto, "component_name", "") != MAP_COMPONENT:
            continue
        args: dict[str, Any] = json.loads(element.proto.json_args or "{}")
        for name in MAP_FIELDS:
            value = args.get(name)
            text = value if isinstance(value, str) else json.dumps(value or "")
            payload.map_field_bytes[name] = payload.map_field_bytes.get(name, 0) + len(
                text.encode()
            )
            if name in ("script", "feature_group"):
                launch_paths = _launch_paths(text)
                payload.launch_paths += launch_paths
                payload.line_paths += len(LINE_GEOMETRY.findall(text)) + launch_paths
        payload.map_bytes += len(element.proto.json_args.encode())
    return payload


def _launch_paths(script: str) -> int:
    return sum(
        1
        for found in LAUNCH_ROWS.finditer(script)
        for row in json.loads(found.group(1))
        if len(row[POINTS]) > 2
    )


@dataclass(slots=True)
class FilterDriver:
    """A sidebar filter to drive: its two toggled states, and states never shown before.

    The widget is looked up again in the page on every change: AppTest replaces its elements on
    each run, and a value set on an element of an earlier run is silently dropped.
    """

    description: str
    key: str
    kind: str = ""  # "multiselect" or "date_input" ("" drives nothing: plain reruns)
    index: int = 0  # among the sidebar's widgets of that kind
    toggle: list[Any] = field(default_factory=list)  # two states, taken in turn
    fresh: list[Any] = field(default_factory=list)  # a new view each: nothing cached for it yet

    def _widget(self, at: AppTest) -> Any:  # noqa: ANN401 - AppTest's widget classes
        return getattr(at.sidebar, self.kind)[self.index]

    def set(self, at: AppTest, value: object) -> None:
        """Give the filter `value` for the next run."""
        if self.kind:
            self._widget(at).set_value(value)

    def holds(self, at: AppTest, value: object) -> bool:
        """Whether the last run saw the filter at `value`."""
        if not self.kind:
            return True
        held = self._widget(at).value
        return bool(list(held) == list(value) if isinstance(value, list) else held == value)


def find_filter(at: AppTest, fresh_views: int = 0) -> FilterDriver:
    """The filter the reruns drive, with its two toggled states and `fresh_views` new ones.

    The missile-class multiselect if there is one: it toggles `[]` <-> `['SRBM']`, and its fresh
    views are every class but one, then SRBM with one other class. Else a date range (toggled
    only); else nothing (the reruns then measure a plain rerun).
    """
    for index, widget in enumerate(at.sidebar.multiselect):
        if any(FILTER_CLASS in option for option in widget.options):
            default = list(widget.value)
            changed = [FILTER_CLASS] if default != [FILTER_CLASS] else []
            # The widget lists formatted labels ("SRBM (242)"); set_value takes the classes.
            options = [c for c in MISSILE_CLASSES if widget.format_func(c) in widget.options]
            views = [[o for o in options if o != left_out] for left_out in options]
            views += [[FILTER_CLASS, other] for other in options if other != FILTER_CLASS]
            views = [view for view in views if view not in (default, changed)]
            return FilterDriver(
                f"multiselect {widget.key or widget.label!r}: {default} <-> {changed}",
                widget.key or "",
                "multiselect",
                index,
                [changed, default],
                views[:fresh_views],
            )
    for index, date_widget in enumerate(at.sidebar.date_input):
        value = date_widget.value
        if isinstance(value, tuple) and len(value) == 2:
            start, end = value
            narrow = (end.replace(year=max(start.year, end.year - 5)), end)
            return FilterDriver(
                f"date_input {date_widget.key or date_widget.label!r}: {value} <-> {narrow}",
                date_widget.key or "",
                "date_input",
                index,
                [narrow, value],
            )
    return FilterDriver("none found: plain reruns", "", toggle=[None, None])


@contextmanager
def _profiling(profiler: cProfile.Profile | None) -> Iterator[None]:
    """Profile the script thread AppTest starts (cProfile follows one thread only)."""
    if profiler is None:
        yield
        return
    original = LocalScriptRunner._run_script_thread

    def profiled(runner: LocalScriptRunner) -> None:
        profiler.enable()
        try:
            original(runner)
        finally:
            profiler.disable()

    LocalScriptRunner._run_script_thread = profiled  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        LocalScriptRunner._run_script_thread = original  # type: ignore[method-assign]


def _cold_run(page: str, timeout_s: float) -> tuple[AppTest, Result]:
    at = AppTest.from_file(str(PAGES[page]), default_timeout=timeout_s)
    result = Result(page=page, data_dir=os.environ["LAUNCH_ATLAS_DATA_DIR"])
    started, cpu_started = time.perf_counter(), time.process_time()
    at.run()
    result.first_run_s = time.perf_counter() - started
    result.first_run_cpu_s = time.process_time() - cpu_started
    result.exceptions += [str(error.message) for error in at.exception]
    result.payloads.append(measure_payload(at))
    return at, result


def _peak_rss_mb() -> float:
    # VmHWM is this process's own peak; ru_maxrss survives exec, so a child started by a parent
    # that once held a 100,000-row dataset would report the parent's peak.
    with suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_change(
    at: AppTest,
    result: Result,
    driver: FilterDriver,
    value: object,
    profiler: cProfile.Profile | None,
) -> tuple[float, float]:
    """Set the filter to `value` and time the run; note it if the page did not take the value."""
    driver.set(at, value)
    started, cpu_started = time.perf_counter(), time.process_time()
    with _profiling(profiler if result.page == "app" else None):
        at.run()
    timings = time.perf_counter() - started, time.process_time() - cpu_started
    result.exceptions += [str(error.message) for error in at.exception]
    if not driver.holds(at, value):
        result.exceptions.append(f"the filter change to {value!r} did not take")
    return timings


def run(
    pages: list[str],
    data_dir: Path,
    reruns: int,
    timeout_s: float,
    profiler: cProfile.Profile | None,
) -> list[Result]:
    """Cold run of each page, then filter changes of each, the pages taking turns.

    First `reruns` changes to views never shown before (nothing cached for them), then
    `reruns` changes back and forth between two views (each seen before after the first two).
    Taking turns keeps the comparison fair on a machine whose load drifts. A page's peak memory
    is the process's peak once that page has run; the floor goes first, so its figure is its own.
    """
    os.environ["LAUNCH_ATLAS_DATA_DIR"] = str(data_dir)
    runs: list[tuple[AppTest, Result, FilterDriver]] = []
    for page in pages:
        at, result = _cold_run(page, timeout_s)
        driver = find_filter(at, fresh_views=reruns)
        result.filter_widget, result.filter_key = driver.description, driver.key
        result.maxrss_mb = _peak_rss_mb()
        runs.append((at, result, driver))
    for index in range(reruns):
        for at, result, driver in runs:
            if index < len(driver.fresh):
                wall, cpu = _timed_change(at, result, driver, driver.fresh[index], profiler)
                result.fresh_reruns_s.append(wall)
                result.fresh_reruns_cpu_s.append(cpu)
    for index in range(reruns):
        for at, result, driver in runs:
            wall, cpu = _timed_change(at, result, driver, driver.toggle[index % 2], profiler)
            result.reruns_s.append(wall)
            result.reruns_cpu_s.append(cpu)
            if index < 2:
                result.payloads.append(measure_payload(at))
    if runs:
        runs[-1][1].maxrss_mb = _peak_rss_mb()
    return [result for _, result, _ in runs]


def main(argv: list[str] | None = None) -> int:
    """Measure the pages on one data directory and print one JSON object per page."""
    parser = argparse.ArgumentParser(prog="python -m bench.rerun", description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--pages", default="floor,app", help="comma-separated: floor, app")
    parser.add_argument("--reruns", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print the app's N costliest calls"
    )
    args = parser.parse_args(argv)
    pages = [page for page in args.pages.split(",") if page in PAGES]
    profiler = cProfile.Profile() if args.profile else None
    for result in run(pages, args.data_dir, args.reruns, args.timeout, profiler):
        sys.stdout.write(json.dumps(asdict(result)) + "\n")
    if profiler is not None:
        report = io.StringIO()
        pstats.Stats(profiler, stream=report).sort_stats("cumulative").print_stats(args.profile)
        sys.stderr.write(report.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
