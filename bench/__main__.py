"""`python -m bench`: filter-change speed of the app against the floor page, printed per size."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report import print_size, print_summary
from bench.synth import write_dataset

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"  # git-ignored


def measure_reruns(data_dir: Path, reruns: int, profile: int) -> dict[str, dict[str, Any]]:
    """Run bench.rerun in a fresh process, so that its peak memory is this size's alone."""
    command = [sys.executable, "-m", "bench.rerun", str(data_dir), "--reruns", str(reruns)]
    if profile:
        command += ["--profile", str(profile)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if profile:
        sys.stderr.write(done.stderr[-20000:])
    figures = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            page: dict[str, Any] = json.loads(line)
            figures[page["page"]] = page
    for page_name in ("floor", "app"):
        if page_name not in figures:
            error = (done.stderr or done.stdout)[-2000:]
            figures[page_name] = {"page": page_name, "error": error}
    return figures


def measure_load(data_dir: Path) -> dict[str, Any]:
    """bench.dataset_load in a fresh process: the loader's own time, apart from drawing the page."""
    command = [sys.executable, "-m", "bench.dataset_load", str(data_dir)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": (done.stderr or done.stdout)[-2000:]}
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures


def measure_browser(
    page: str, data_dir: Path, filter_key: str, min_paths: int, changes: int, work_dir: Path
) -> dict[str, Any]:
    """Playwright timings of one page (imported late: the browser part is optional)."""
    from bench.browser import measure

    page_file = ROOT / "app.py" if page == "app" else ROOT / "bench" / "floor_app.py"
    result = measure(page_file, data_dir, filter_key, changes, work_dir, min_paths=min_paths)
    figures = asdict(result)
    figures["change_median_s"] = result.change_median_s
    figures["settled_median_s"] = result.settled_median_s
    figures["zoom_median_s"] = statistics.median(result.zooms_s) if result.zooms_s else None
    figures["pan_median_s"] = statistics.median(result.pans_s) if result.pans_s else None
    return figures


# Selections are timed where the targets are set: the record's size and 10,000.
CLICK_SIZES = (350, 10_000)


def measure_clicks(data_dir: Path, work_dir: Path) -> dict[str, Any]:
    """Chromium timings of selections (imported late: the browser part is optional)."""
    from bench.clicks import measure

    return measure(ROOT / "app.py", data_dir, work_dir).summary()


def run_size(missiles: int, args: argparse.Namespace, work_dir: Path) -> dict[str, Any]:
    """Every figure for one dataset size."""
    started = time.perf_counter()
    data_dir = write_dataset(work_dir / f"synthetic-{missiles}", missiles, seed=args.seed)
    figures: dict[str, Any] = {
        "missiles": missiles,
        "generate_s": time.perf_counter() - started,
        "data_mb": sum(path.stat().st_size for path in data_dir.iterdir()) / 1e6,
    }
    figures.update(measure_reruns(data_dir, args.reruns, args.profile))
    figures["load"] = measure_load(data_dir)
    if args.browser:
        for page in ("floor", "app"):
            key = figures[page].get("filter_key", "")
            payloads = figures[page].get("payloads") or [{}]
            min_paths = int(payloads[0].get("launch_paths", 0))
            if not key:
                figures[f"{page}_browser"] = {"error": "no keyed filter widget to drive"}
                continue
            figures[f"{page}_browser"] = measure_browser(
                page, data_dir, key, min_paths, args.changes, work_dir
            )
        if missiles in CLICK_SIZES:
            figures["clicks"] = measure_clicks(data_dir, work_dir)
    for page in ("floor", "app"):
        for key, median_key in (
            ("reruns_s", "rerun_median_s"),
            ("reruns_cpu_s", "rerun_cpu_median_s"),
            ("fresh_reruns_s", "fresh_median_s"),
            ("fresh_reruns_cpu_s", "fresh_cpu_median_s"),
        ):
            reruns = figures[page].get(key) or []
            figures[page][median_key] = statistics.median(reruns) if reruns else None
    return figures


def main(argv: list[str] | None = None) -> int:
    """Measure every size, print a table per size and the targets, save the JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--sizes",
        default="10,350,10000,100000",
        help="missiles, comma-separated (10: what the page costs with next to no data)",
    )
    parser.add_argument("--reruns", type=int, default=7, help="filter changes timed in AppTest")
    parser.add_argument("--changes", type=int, default=6, help="filter changes timed in Chromium")
    parser.add_argument("--browser", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument(
        "--load",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="1, 10, 25 and 50 concurrent sessions over the websocket at 350 missiles",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile app reruns")
    args = parser.parse_args(argv)
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size.strip()]
    results = []
    # The figures only mean something next to the machine and how busy it was.
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="launch-atlas-bench-") as work:
        for missiles in sizes:
            figures = run_size(missiles, args, Path(work))
            results.append(figures)
            print_size(figures)
        if args.load:
            from bench.load import SESSIONS
            from bench.load import run as run_load

            results.append({"missiles": 350, "load": run_load(350, SESSIONS, Path(work))})
    print_summary(results)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS_DIR / f"bench-{stamp}.json").write_text(json.dumps(results, indent=1))
    print(f"\nfigures saved to {(RESULTS_DIR / f'bench-{stamp}.json').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
