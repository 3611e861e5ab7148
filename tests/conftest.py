"""Shared test fixtures: small, valid data directories written in the project's schema."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from core.records.model import LAUNCH_COLUMNS, SITE_COLUMNS, SOURCE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

SITES = [
    {
        "site_id": "sunan",
        "name": "Sunan (Pyongyang airport)",
        "lat": "39.2",
        "lon": "125.67",
        "precision": "facility",
        "aliases": "Sunan;Pyongyang area",
        "source": "test",
    },
    {
        "site_id": "west-coast",
        "name": "West coast",
        "lat": "39.0",
        "lon": "125.0",
        "precision": "area",
        "radius_km": "80",
        "aliases": "west coast",
        "source": "test",
    },
]
LAUNCHES = [
    {
        "launch_id": "2017-11-28a-01",
        "event_id": "2017-11-28a",
        "date_utc": "2017-11-28",
        "date_precision": "day",
        "time_utc": "18:17",
        "missile_name": "Hwasong-15",
        "missile_class": "ICBM",
        "site_id": "sunan",
        "range_km": "950",
        "apogee_km": "4475",
        "flight_time_min": "53",
        "bearing_deg": "90",
        "landing_area": "sea_of_japan",
        "japan_eez": "inside",
        "outcome": "success",
        "maneuver": "ballistic",
        "sources": "CNS;JCS",
    },
    {
        "launch_id": "2022-01-05a-01",
        "event_id": "2022-01-05a",
        "date_utc": "2022-01-05",
        "date_precision": "day",
        "missile_class": "HGV",
        "site_id": "west-coast",
        "landing_area": "sea_of_japan",
        "japan_eez": "outside",
        "outcome": "success",
        "maneuver": "glide",
        "sources": "CNS",
    },
    {
        "launch_id": "1984-09a-01",
        "event_id": "1984-09a",
        "date_utc": "1984-09",
        "date_precision": "month",
        "missile_class": "SRBM",
        "missile_name": "Scud-B",
        "outcome": "failure",
        "maneuver": "ballistic",
        "sources": "CNS",
    },
]
SOURCES = [
    {
        "launch_id": "2017-11-28a-01",
        "reporter": "CNS",
        "citation": "CNS database",
        "range_km": "950",
        "apogee_km": "4475",
    },
    {
        "launch_id": "2017-11-28a-01",
        "reporter": "JCS",
        "published": "2017-11-29",
        "citation": "https://example.org/jcs",
        "range_km": "960",
        "apogee_km": "4500",
        "japan_eez": "inside",
        "count": "1",
    },
    {"launch_id": "2022-01-05a-01", "reporter": "CNS", "citation": "CNS database"},
    {"launch_id": "1984-09a-01", "reporter": "CNS", "citation": "CNS database"},
]


def write_table(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """Write rows (missing cells empty) under the given header."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in columns})


def write_dataset(
    directory: Path,
    launches: list[dict[str, str]] | None = None,
    sites: list[dict[str, str]] | None = None,
    sources: list[dict[str, str]] | None = None,
) -> Path:
    """A data directory with the three tables (the small valid set by default)."""
    directory.mkdir(parents=True, exist_ok=True)
    write_table(
        directory / "launches.csv", LAUNCH_COLUMNS, LAUNCHES if launches is None else launches
    )
    write_table(directory / "sites.csv", SITE_COLUMNS, SITES if sites is None else sites)
    write_table(directory / "sources.csv", SOURCE_COLUMNS, SOURCES if sources is None else sources)
    return directory


@pytest.fixture
def small_data_dir(tmp_path: Path) -> Path:
    """A valid three-missile data directory."""
    return write_dataset(tmp_path / "data")


@pytest.fixture
def empty_data_dir(tmp_path: Path) -> Path:
    """The bundled sites with no launches or sources yet (where saved reports land)."""
    target = tmp_path / "data"
    target.mkdir()
    shutil.copy(ROOT / "data" / "sites.csv", target / "sites.csv")
    (target / "launches.csv").write_text(",".join(LAUNCH_COLUMNS) + "\n", encoding="utf-8")
    (target / "sources.csv").write_text(",".join(SOURCE_COLUMNS) + "\n", encoding="utf-8")
    return target
