"""Synthetic launch records in the project's schema, shaped like the real ones, for benchmarks."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from pyproj import Geod

from core.records.dataset import LAUNCHES_FILE, SITES_FILE, SOURCES_FILE
from core.records.model import LAUNCH_COLUMNS, SITE_COLUMNS, SOURCE_COLUMNS

DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"
WGS84: Final = Geod(ellps="WGS84")
FIRST_DAY: Final = date(1984, 4, 9)
LAST_DAY: Final = date(2026, 10, 31)
CNS_LAST_DAY: Final = date(2023, 4, 12)  # the CNS database edition ends here


@dataclass(frozen=True, slots=True)
class MissileType:
    """One missile family: its class, plausible figures and how it flies."""

    name: str
    missile_class: str
    range_km: tuple[float, float]
    apogee_km: tuple[float, float] | None
    maneuver: str
    weight: float


# Weights follow the class mix of the bundled records (two thirds SRBM); figures are the spans
# reported for each family, lofted trajectories included (hence the short ICBM ranges).
MISSILE_TYPES: Final = (
    MissileType("KN-25", "SRBM", (230, 400), (30, 100), "ballistic", 77),
    MissileType("", "SRBM", (110, 800), (20, 100), "ballistic", 32),
    MissileType("Scud-C", "SRBM", (300, 500), (70, 150), "ballistic", 27),
    MissileType("KN-02", "SRBM", (110, 200), (20, 40), "ballistic", 20),
    MissileType("Hwasong-11A (KN-23)", "SRBM", (240, 800), (30, 60), "pullup", 20),
    MissileType("Hwasong-11D (KN-35)", "SRBM", (110, 300), (20, 50), "pullup", 13),
    MissileType("Hwasong-11B (KN-24)", "SRBM", (230, 410), (25, 50), "pullup", 10),
    MissileType("Scud-B", "SRBM", (250, 350), (50, 100), "ballistic", 10),
    MissileType("Nodong", "MRBM", (500, 1000), (150, 600), "ballistic", 16),
    MissileType("ER Scud", "MRBM", (400, 1000), (100, 550), "ballistic", 8),
    MissileType("", "MRBM", (400, 1000), (100, 600), "ballistic", 2),
    MissileType("Musudan", "IRBM", (0, 400), (100, 1400), "ballistic", 8),
    MissileType("Hwasong-12", "IRBM", (780, 4500), (550, 2100), "ballistic", 7),
    MissileType("Hwasong-16B", "IRBM", (600, 1000), (100, 1100), "glide", 2),
    MissileType("Hwasong-15", "ICBM", (950, 1000), (4000, 4500), "ballistic", 3),
    MissileType("Hwasong-17", "ICBM", (1000, 1100), (6000, 6300), "ballistic", 3),
    MissileType("Hwasong-18", "ICBM", (1000, 1000), (6000, 6600), "ballistic", 3),
    MissileType("Hwasong-14", "ICBM", (930, 1000), (2800, 3800), "ballistic", 2),
    MissileType("Pukguksong-1", "SLBM", (30, 500), (10, 600), "ballistic", 6),
    MissileType("Hwasong-11S (KN-33)", "SLBM", (50, 600), (50, 100), "pullup", 2),
    MissileType("", "SLBM", (30, 600), (50, 900), "ballistic", 1),
    MissileType("Unha-3", "SLV", (2500, 3200), None, "unknown", 3),
    MissileType("Chollima-1", "SLV", (380, 2500), None, "unknown", 3),
    MissileType("Hwasong-12B", "HGV", (200, 1000), (50, 100), "glide", 1),
    MissileType("Hwasal-2", "cruise", (1500, 2000), None, "cruise", 2),
    MissileType("", "unknown", (120, 900), (20, 600), "unknown", 29),
)
# Missiles per event in the bundled records: mostly single shots, a few large salvos.
SALVO_SIZES: Final = ((1, 190), (2, 21), (3, 9), (4, 4), (5, 3), (6, 2), (7, 1), (12, 1), (18, 1))
LANDING_AREAS: Final = (
    ("sea_of_japan", 283),
    ("unknown", 32),
    ("yellow_sea", 14),
    ("pacific", 8),
    ("land", 2),
)
OUTCOMES: Final = (("success", 229), ("unknown", 72), ("failure", 38))
# Share of missiles whose figures a source gave (bundled records: 77 %, 65 %, 77 %).
RANGE_SHARE: Final = 0.77
APOGEE_SHARE: Final = 0.65
BEARING_SHARE: Final = 0.77
TIME_SHARE: Final = 0.75
FLIGHT_TIME_SHARE: Final = 0.3
IMPACT_SHARE: Final = 0.05
NO_SITE_SHARE: Final = 0.08
MONTH_ONLY_SHARE: Final = 0.024
REPORTED_EEZ_SHARE: Final = 0.3


def read_sites(data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    """The bundled sites, as CSV rows."""
    with (data_dir / SITES_FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def site_weights(sites: list[dict[str, str]], data_dir: Path = DATA_DIR) -> list[float]:
    """How often each site launches in the bundled records (areas and towns stay possible)."""
    counts: dict[str, int] = {}
    launches = data_dir / LAUNCHES_FILE
    if launches.is_file():
        with launches.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                counts[row["site_id"]] = counts.get(row["site_id"], 0) + 1
    return [counts.get(site["site_id"], 0) + 0.2 for site in sites]


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([item for item, _ in weighted], [weight for _, weight in weighted])[0]


def _day(rng: random.Random) -> date:
    # Launches grow denser over time: the square root of a uniform draw favours recent years.
    span_days = (LAST_DAY - FIRST_DAY).days
    return LAST_DAY - timedelta(days=int(span_days * (1.0 - rng.random() ** 0.5)))


def _event_suffix(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else _event_suffix(index // 26 - 1) + letters[index % 26]


def _bearing_deg(rng: random.Random, landing_area: str) -> float:
    if landing_area == "yellow_sea":
        return rng.uniform(200, 300)
    if landing_area == "pacific":
        return rng.uniform(70, 110)
    # Bundled bearings toward the Sea of Japan span 34 to 190 degrees around a median of 65.
    return min(190.0, max(34.0, rng.gauss(70, 25)))


def _figure(rng: random.Random, span: tuple[float, float], share: float) -> float | None:
    return round(rng.uniform(*span)) if rng.random() < share else None


def _text(value: float | None, digits: int = 0) -> str:
    if value is None:
        return ""
    return f"{value:.{digits}f}" if digits else str(int(value))


@dataclass(frozen=True, slots=True)
class SyntheticData:
    """The three tables as CSV rows."""

    launches: list[dict[str, str]]
    sites: list[dict[str, str]]
    sources: list[dict[str, str]]


def generate(missiles: int, seed: int = 7, data_dir: Path = DATA_DIR) -> SyntheticData:
    """`missiles` launch rows in salvos, with their sources; the same seed gives the same rows."""
    rng = random.Random(seed)
    sites = read_sites(data_dir)
    weights = site_weights(sites, data_dir)
    sizes = tuple((str(size), weight) for size, weight in SALVO_SIZES)
    events: list[tuple[date, str, int]] = []
    made = 0
    while made < missiles:
        size = min(int(_pick(rng, sizes)), missiles - made)
        site = rng.choices(sites, weights)[0] if rng.random() >= NO_SITE_SHARE else None
        events.append((_day(rng), site["site_id"] if site else "", size))
        made += size
    events.sort()
    per_period: dict[str, int] = {}
    launches: list[dict[str, str]] = []
    sources: list[dict[str, str]] = []
    site_by_id = {site["site_id"]: site for site in sites}
    for day, site_id, size in events:
        month_only = rng.random() < MONTH_ONLY_SHARE
        date_text = day.strftime("%Y-%m") if month_only else day.isoformat()
        index = per_period.get(date_text, 0)
        per_period[date_text] = index + 1
        event_id = f"{date_text}{_event_suffix(index)}"
        kind = rng.choices(MISSILE_TYPES, [kind.weight for kind in MISSILE_TYPES])[0]
        time_text = (
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
            if not month_only and rng.random() < TIME_SHARE
            else ""
        )
        landing_area = _pick(rng, LANDING_AREAS)
        reporters = ["CNS", "nk-missile-tests"] if day <= CNS_LAST_DAY else ["nk-missile-tests"]
        if day.year >= 2016 and rng.random() < 0.5:
            reporters += ["JCS", "Japan MOD"]
        for number in range(1, size + 1):
            launch_id = f"{event_id}-{number:02d}"
            range_km = _figure(rng, kind.range_km, RANGE_SHARE)
            apogee_km = _figure(rng, kind.apogee_km, APOGEE_SHARE) if kind.apogee_km else None
            if apogee_km is not None and range_km is None and kind.missile_class != "unknown":
                apogee_km = None  # the schema forbids an apogee without a range for these
            bearing = _bearing_deg(rng, landing_area) if rng.random() < BEARING_SHARE else None
            flight_min = (
                round(2 + (range_km or 300) / 300 + (apogee_km or 0) / 100, 1)
                if rng.random() < FLIGHT_TIME_SHARE
                else None
            )
            impact = ("", "")
            site = site_by_id.get(site_id)
            if site and range_km and bearing is not None and rng.random() < IMPACT_SHARE:
                start = (float(site["lon"]), float(site["lat"]))
                lon, lat, _ = WGS84.fwd(*start, bearing, range_km * 1e3)
                impact = (f"{lat:.3f}", f"{lon:.3f}")
            eez = "unknown"
            if landing_area in ("sea_of_japan", "pacific") and rng.random() < REPORTED_EEZ_SHARE:
                eez = "inside" if landing_area == "pacific" or rng.random() < 0.2 else "outside"
            launches.append(
                {
                    "launch_id": launch_id,
                    "event_id": event_id,
                    "date_utc": date_text,
                    "date_precision": "month" if month_only else "day",
                    "time_utc": time_text,
                    "missile_name": kind.name,
                    "missile_class": kind.missile_class,
                    "site_id": site_id,
                    "range_km": _text(range_km),
                    "apogee_km": _text(apogee_km),
                    "flight_time_min": _text(flight_min, 1),
                    "bearing_deg": _text(bearing, 1),
                    "impact_lat": impact[0],
                    "impact_lon": impact[1],
                    "landing_area": landing_area,
                    "japan_eez": eez,
                    "outcome": _pick(rng, OUTCOMES),
                    "maneuver": kind.maneuver,
                    "sources": ";".join(reporters),
                }
            )
            sources += _source_rows(launch_id, reporters, kind, size, range_km, apogee_km, day, eez)
    return SyntheticData(launches=launches, sites=sites, sources=sources)


def _source_rows(
    launch_id: str,
    reporters: list[str],
    kind: MissileType,
    salvo: int,
    range_km: float | None,
    apogee_km: float | None,
    day: date,
    eez: str,
) -> list[dict[str, str]]:
    rows = []
    for reporter in reporters:
        published = "" if reporter == "nk-missile-tests" else (day + timedelta(days=1)).isoformat()
        rows.append(
            {
                "launch_id": launch_id,
                "reporter": reporter,
                "published": published if day + timedelta(days=1) <= LAST_DAY else "",
                "citation": f"synthetic benchmark row ({reporter})",
                "missile_name": kind.name,
                "missile_class": kind.missile_class,
                "count": str(salvo) if reporter in ("nk-missile-tests", "JCS") else "",
                "range_km": _text(range_km),
                "apogee_km": _text(apogee_km),
                "flight_time_min": "",
                "japan_eez": eez if reporter == "Japan MOD" and eez != "unknown" else "",
                "note": "",
            }
        )
    return rows


def write_table(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """Write rows under the schema's header."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def write_dataset(directory: Path, missiles: int, seed: int = 7) -> Path:
    """Write launches.csv, sites.csv and sources.csv of `missiles` synthetic missiles."""
    data = generate(missiles, seed)
    directory.mkdir(parents=True, exist_ok=True)
    write_table(directory / LAUNCHES_FILE, LAUNCH_COLUMNS, data.launches)
    write_table(directory / SITES_FILE, SITE_COLUMNS, data.sites)
    write_table(directory / SOURCES_FILE, SOURCE_COLUMNS, data.sources)
    return directory
