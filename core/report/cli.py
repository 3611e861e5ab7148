"""The `extract` and `add` commands: a news report to a draft record, and on to the data files."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from core.paths import DEFAULT_DATA_DIR
from core.records.dataset import load_dataset
from core.records.store import StoreError
from core.report.decoding import ReportInputError, decode_report
from core.report.extract import Draft, extract_report
from core.report.save import DraftError, save_draft


def _published(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"published: not a date YYYY-MM-DD ({text!r})") from None


def _draft(args: argparse.Namespace) -> Draft:
    path: Path = args.report
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReportInputError(f"{path}: cannot read ({err.strerror})") from err
    text = decode_report(raw, str(path))
    sites = load_dataset(args.data_dir).sites
    return extract_report(text, args.published, sites)


def extract(args: argparse.Namespace) -> int:
    """Print the draft record of a report as one JSON object."""
    try:
        draft = _draft(args)
    except ReportInputError as err:
        print(err, file=sys.stderr)
        return 2
    out: dict[str, Any] = draft.as_json()
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def add(args: argparse.Namespace) -> int:
    """Save the draft of a report unchecked, and print the launch ids it now backs."""
    try:
        draft = _draft(args)
        result = save_draft(draft, args.data_dir, citation=args.citation, reporter=args.reporter)
    except (ReportInputError, DraftError, StoreError) as err:
        print(f"not saved: {err}", file=sys.stderr)
        return 1
    verb = "created" if result.created else "added the report to"
    print(f"{verb} {result.event_id}", file=sys.stderr)
    for launch_id in result.launch_ids:
        print(launch_id)
    return 0


def add_report_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Register `extract` and `add` on the command line's sub-parsers."""
    for name, handler, helptext in (
        ("extract", extract, "print the draft launch record of a news report (JSON)"),
        ("add", add, "save a news report as a launch record (or a source of one)"),
    ):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("report", type=Path, help="the report as a UTF-8 text file")
        command.add_argument("--published", type=_published, required=True, help="YYYY-MM-DD")
        command.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
        if name == "add":
            command.add_argument("--citation", default="", help="URL or 'outlet, date'")
            command.add_argument("--reporter", default="", help="default: first body cited")
        command.set_defaults(handler=handler)
