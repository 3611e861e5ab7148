"""`python -m bench.dataset_load DATA_DIR`: load_dataset alone, in a fresh process, as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from core.records.dataset import load_dataset


def measure(data_dir: Path) -> dict[str, float | int]:
    """Wall and CPU seconds of one cold load, and what it loaded."""
    started, cpu_started = time.perf_counter(), time.process_time()
    dataset = load_dataset(data_dir)
    return {
        "load_s": time.perf_counter() - started,
        "load_cpu_s": time.process_time() - cpu_started,
        "launches": len(dataset.launches),
        "sources": len(dataset.sources),
        "problems": len(dataset.problems),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures of one load as a JSON line."""
    parser = argparse.ArgumentParser(prog="python -m bench.dataset_load", description=__doc__)
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.data_dir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
