"""`python -m bench.panels DATA_DIR`: wall time of each panel's render() in filter-change reruns.

cProfile inflates deeply recursive code (Altair's schema validation) several times over, so this
times the panels themselves: every `components.<panel>.render` is wrapped with a clock.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import pkgutil
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

import components
from bench.rerun import PAGES, find_filter

Timings = dict[str, list[float]]


def _clocked(name: str, render: Callable[..., Any], timings: Timings) -> Callable[..., Any]:
    @functools.wraps(render)
    def timed(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - any panel's signature
        started = time.perf_counter()
        try:
            return render(*args, **kwargs)
        finally:
            timings[name].append(time.perf_counter() - started)

    return timed


def wrap_panels(timings: Timings) -> None:
    """Put a clock round the render() of every module in components/."""
    for module_info in pkgutil.iter_modules(components.__path__):
        module = importlib.import_module(f"components.{module_info.name}")
        render = getattr(module, "render", None)
        if callable(render):
            module.render = _clocked(module_info.name, render, timings)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    """Print the median milliseconds per panel over the filter-change reruns."""
    parser = argparse.ArgumentParser(prog="python -m bench.panels", description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--reruns", type=int, default=6)
    args = parser.parse_args(argv)
    os.environ["LAUNCH_ATLAS_DATA_DIR"] = str(args.data_dir)
    timings: Timings = defaultdict(list)
    wrap_panels(timings)
    at = AppTest.from_file(str(PAGES["app"]), default_timeout=600)
    started = time.perf_counter()
    at.run()
    print(f"first run: {(time.perf_counter() - started) * 1000:,.0f} ms")
    for name, values in sorted(timings.items(), key=lambda item: -sum(item[1])):
        print(f"{name:>20}: {sum(values) * 1000:8,.1f} ms")
    driver = find_filter(at, fresh_views=args.reruns)
    for label, values in (
        ("to a new view", driver.fresh),
        ("between two seen views", [driver.toggle[index % 2] for index in range(args.reruns)]),
    ):
        timings.clear()
        whole: list[float] = []
        for value in values:
            driver.set(at, value)
            started = time.perf_counter()
            at.run()
            whole.append(time.perf_counter() - started)
            if not driver.holds(at, value):
                print(f"the filter change to {value!r} did not take")
        if not whole:
            continue
        median_ms = statistics.median(whole) * 1000
        print(f"filter change {label}: {median_ms:,.0f} ms (median of {len(whole)})")
        for name, values in sorted(timings.items(), key=lambda item: -statistics.median(item[1])):
            runs = len(values) / len(whole)
            print(f"{name:>20}: {statistics.median(values) * 1000:8,.1f} ms x{runs:g} per rerun")
    return 0


if __name__ == "__main__":
    sys.exit(main())
