"""`python -m bench.extraction`: per-field accuracy of report drafts on the paraphrased corpus."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.records.dataset import load_dataset
from core.records.model import Site
from core.report.extract import Draft, extract_report, format_number

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "reports" / "corpus"
FIELDS = (
    "date_utc",
    "time_utc",
    "count",
    "count_qualifier",
    "missile_class",
    "missile_name",
    "site_id",
    "range_km",
    "apogee_km",
    "flight_time_min",
    "landing_area",
    "japan_eez",
    "outcome",
    "maneuver",
    "reporters",
)
# tune: rules were written from these; seen: held out once, then looked at (round 1's held-out);
# heldout: never looked at before the figure was measured.
SPLITS = ("tune", "seen", "heldout")


@dataclass(frozen=True, slots=True)
class Miss:
    """One field the extractor got wrong on one report."""

    file: str
    field: str
    expected: str
    got: str


@dataclass(frozen=True, slots=True)
class Score:
    """Right fields per field name, out of the reports scored, and the misses."""

    reports: int
    right: Mapping[str, int]
    misses: tuple[Miss, ...]

    def field_accuracy(self, name: str) -> float:
        """Share of reports whose `name` field was right."""
        return self.right[name] / self.reports if self.reports else 0.0

    @property
    def overall(self) -> float:
        """Share of all (report, field) pairs that were right."""
        total = self.reports * len(FIELDS)
        return sum(self.right.values()) / total if total else 0.0


def draft_cells(draft: Draft) -> dict[str, str]:
    """The draft's fields as the corpus writes them: unknown as an empty cell."""
    row = draft.launch_row()
    stated_count = bool(draft.evidence.get("count") and draft.evidence["count"][0].text)
    cells = {
        "date_utc": row["date_utc"],
        "time_utc": row["time_utc"],
        "count": str(draft.count) if stated_count else "",
        "count_qualifier": draft.count_qualifier if stated_count else "",
        "missile_class": row["missile_class"],
        "missile_name": row["missile_name"],
        "site_id": row["site_id"],
        "range_km": row["range_km"],
        "apogee_km": row["apogee_km"],
        "flight_time_min": row["flight_time_min"],
        "landing_area": row["landing_area"],
        "japan_eez": row["japan_eez"],
        "outcome": row["outcome"],
        "maneuver": row["maneuver"],
        "reporters": row["sources"],
    }
    return {name: "" if value == "unknown" else value for name, value in cells.items()}


def _same(name: str, expected: str, got: str) -> bool:
    if name in ("range_km", "apogee_km", "flight_time_min") and expected and got:
        return format_number(float(expected)) == format_number(float(got))
    return expected == got


def load_corpus(corpus: Path = CORPUS) -> list[dict[str, str]]:
    """The rows of expected.csv."""
    with (corpus / "expected.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def score(
    rows: list[dict[str, str]], sites: Mapping[str, Site], split: str, corpus: Path = CORPUS
) -> Score:
    """Extract every report of the split and compare each field with the expected value."""
    right = dict.fromkeys(FIELDS, 0)
    misses: list[Miss] = []
    chosen = [row for row in rows if row["split"] == split]
    for row in chosen:
        text = (corpus / row["file"]).read_text(encoding="utf-8")
        cells = draft_cells(extract_report(text, date.fromisoformat(row["published"]), sites))
        for name in FIELDS:
            if _same(name, row[name], cells[name]):
                right[name] += 1
            else:
                misses.append(Miss(row["file"], name, row[name], cells[name]))
    return Score(len(chosen), right, tuple(misses))


def in_part(rows: list[dict[str, str]], part: str) -> list[dict[str, str]]:
    """The rows whose file number lies in `part` ("125-145"), to score one part of a split."""
    first, _, last = part.partition("-")
    low, high = int(first), int(last or first)
    return [row for row in rows if low <= _file_number(row["file"]) <= high]


def _file_number(name: str) -> int:
    """The number a corpus file's name starts with ("1004_x.txt" -> 1004); -1 if it has none."""
    number = name.partition("_")[0]
    return int(number) if number.isascii() and number.isdigit() else -1


def main() -> None:
    """Print per-field and overall accuracy for each split, and the tune split's misses."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--show-heldout", action="store_true", help="list the seen and held-out misses too"
    )
    parser.add_argument(
        "--part",
        metavar="FIRST-LAST",
        help="score only the reports numbered FIRST to LAST (e.g. 125-145), each in its split",
    )
    args = parser.parse_args()
    sites = load_dataset(ROOT / "data").sites
    rows = load_corpus()
    if args.part:
        rows = in_part(rows, args.part)
    scores = {split: score(rows, sites, split) for split in SPLITS}
    print(f"{'field':<18}" + "".join(f"{split:>10}" for split in SPLITS))
    for name in FIELDS:
        cells = "".join(f"{scores[split].field_accuracy(name):>10.1%}" for split in SPLITS)
        print(f"{name:<18}{cells}")
    print(f"{'overall':<18}" + "".join(f"{scores[s].overall:>10.1%}" for s in SPLITS))
    print("reports".ljust(18) + "".join(f"{scores[s].reports:>10}" for s in SPLITS))
    shown = SPLITS if args.show_heldout else ("tune",)
    for split in shown:
        print(f"\nwrong fields ({split}):")
        for miss in scores[split].misses:
            print(f"  {miss.file}: {miss.field}: expected {miss.expected!r}, got {miss.got!r}")


if __name__ == "__main__":
    main()
