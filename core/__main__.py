"""Command line: `python -m core COMMAND ...` (validate, and the commands other modules add)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core.export.cli import add_export_command
from core.geo.landfall import sea_landings_on_land
from core.geo.trajectory import sea_model
from core.paths import DEFAULT_DATA_DIR, GEO_DATA_DIR, is_data_dir
from core.records.csv_table import read_table
from core.records.dataset import LAUNCHES_FILE, load_dataset
from core.report.cli import add_report_commands

Command = Callable[[argparse.Namespace], int]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def validate(args: argparse.Namespace) -> int:
    """Print every problem of the data directory; exit 1 if there is any."""
    data_dir: Path = args.data_dir
    if not is_data_dir(data_dir):
        return 2
    dataset = load_dataset(data_dir)
    sea = sea_model(GEO_DATA_DIR)
    problems = [*dataset.problems, *sea_landings_on_land(dataset, sea, _launch_lines(data_dir))]
    for problem in problems:
        print(problem)
    for text in sea.landing_problems:
        print(text)
    count = len(problems) + len(sea.landing_problems)
    print(
        f"{len(dataset.launches)} missiles, {len(dataset.sites)} sites, "
        f"{len(dataset.sources)} source rows loaded; {_count(count, 'problem')}, "
        f"{_count(dataset.skipped_rows, 'row')} skipped"
    )
    return 1 if count else 0


def _launch_lines(data_dir: Path) -> dict[str, int]:
    """launch_id -> its line in launches.csv, to name the rows the geometry checks flag."""
    table, _ = read_table(data_dir / LAUNCHES_FILE)
    if "launch_id" not in table.header:
        return {}
    column = table.header.index("launch_id")
    return {row[column]: line for line, row in zip(table.lines, table.rows, strict=True)}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser(
        "validate", help="check the three tables, and that no sea landing is drawn on land"
    )
    check.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    check.set_defaults(handler=validate)
    add_report_commands(commands)
    add_export_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    args = build_parser().parse_args(argv)
    handler: Command = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
