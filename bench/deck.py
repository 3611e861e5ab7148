"""`python -m bench.deck [DATA_DIR]`: seconds to build the PowerPoint deck of 20 launches.

The target (issue 16) is under 2 s for 20 launches. The sea model and fonts are warmed first, as
in the running app, where they are cached; wall and CPU seconds are both printed because wall time
on a shared machine grows with everyone else's work.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from core.export.deck import to_pptx
from core.export.view import export_view
from core.records.dataset import load_dataset

ROOT = Path(__file__).resolve().parent.parent
LAUNCHES = 20
TARGET_S = 2.0


def main(argv: list[str] | None = None) -> int:
    """Print the median wall and CPU seconds of building the deck of the latest 20 launches."""
    parser = argparse.ArgumentParser(prog="python -m bench.deck", description=__doc__)
    parser.add_argument("data_dir", type=Path, nargs="?", default=ROOT / "data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    dataset = load_dataset(args.data_dir)
    latest = sorted(dataset.launches, key=lambda launch: launch.date_utc)[-LAUNCHES:]
    to_pptx(export_view(dataset, launches=latest[:2]))  # warm: sea model, fonts, geography
    walls, cpus, sizes = [], [], []
    for _ in range(args.runs):
        view = export_view(dataset, launches=latest)  # a fresh view: its geometry is computed
        started, cpu_started = time.perf_counter(), time.process_time()
        sizes.append(len(to_pptx(view)))
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu_started)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"deck of {len(latest)} launches ({len(latest) + 2} slides, {sizes[-1] / 1e6:.1f} MB)")
    print(f"  wall {wall:.2f} s (min {min(walls):.2f}), CPU {cpu:.2f} s, {args.runs} runs")
    print(f"  target < {TARGET_S:.0f} s: {'met' if wall < TARGET_S else 'MISSED'} (wall, median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
