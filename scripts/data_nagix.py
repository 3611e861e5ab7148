"""Read the nk-missile-tests reference table into launch rows and its own sources.csv rows."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

LaunchRow = dict[str, str]

NAGIX_CITATION = (
    "nk-missile-tests by Akihiko Kusanagi, https://github.com/nagix/nk-missile-tests "
    "(Apache-2.0), data/test.en.json"
)
LANDING = {
    "sea-of-japan": "sea_of_japan",
    "yellow-sea": "yellow_sea",
    "pacific-ocean": "pacific",
    "north-korea": "land",
    # "na" marks failures that flew nowhere reportable; the schema has no n/a value.
    "na": "unknown",
    "unknown": "unknown",
}
CLASSES = ("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "HGV", "SLV")
# The drawing defaults of nk-missile-tests: every row has a bearing, 90 (older rows) or 70 (many
# 2019-2024 Sea of Japan rows) where none was known. Neither is a measurement.
PLACEHOLDER_BEARINGS = (90, 70)


def figure(value: object) -> str:
    """A plain number as text, or empty for 'unknown' / 'na'."""
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return ""
    return f"{number:g}"


def bearing(row: dict[str, Any]) -> str:
    """The reference bearing, or empty where it is one of the drawing defaults (90 and 70)."""
    value = int(row["bearing"])
    return "" if value in PLACEHOLDER_BEARINGS else str(value)


def maneuver(row: dict[str, Any], missile: dict[str, str]) -> str:
    """Flight profile from the test row's glide data and the missile table."""
    if row.get("glide"):
        return "glide"
    if missile.get("maneuver") in ("pullup", "glide"):
        return missile["maneuver"]
    kind = missile.get("type", "Unknown")
    if kind.lower() == "cruise":
        return "cruise"
    # A satellite launch is not a ballistic shot and the enum has no orbital profile.
    if kind in CLASSES and kind != "SLV":
        return "ballistic"
    return "unknown"


def coords(facility: dict[str, Any] | None) -> str:
    """'lat,lon' as written in the reference; 'Unknown,Unknown' like CNS for no facility."""
    if facility is None:
        return "Unknown,Unknown"
    return f"{facility['lat']},{facility['lon']}"


def assign_ids(launches: list[LaunchRow], series: list[int]) -> None:
    """event_id = date + letter per (day, site, time) in time order; launch_id = event + NN."""
    by_day: dict[str, list[int]] = {}
    for index, launch in enumerate(launches):
        by_day.setdefault(launch["date_utc"], []).append(index)
    for day, indexes in by_day.items():
        groups: dict[tuple[str, str], list[int]] = {}
        for index in indexes:
            key = (launches[index]["time_utc"], launches[index]["site_id"])
            groups.setdefault(key, []).append(index)
        # Unknown times sort last; ties keep reference order.
        ordered = sorted(groups.values(), key=lambda g: (launches[g[0]]["time_utc"] or "~", g[0]))
        if len(ordered) > len(string.ascii_lowercase):
            raise SystemExit(f"more than 26 events on {day}")
        for letter, group in zip(string.ascii_lowercase, ordered, strict=False):
            event_id = f"{day}{letter}"
            for number, index in enumerate(sorted(group, key=lambda i: (series[i], i)), start=1):
                launches[index]["event_id"] = event_id
                launches[index]["launch_id"] = f"{event_id}-{number:02d}"


def read_nagix(
    folder: Path, times: dict[tuple[str, str], tuple[str, str]] | None = None
) -> tuple[dict[str, dict[str, Any]], list[LaunchRow], list[dict[str, str]]]:
    """Facilities (without the 'unknown' placeholder), launch rows and nk-missile-tests rows.

    `times` maps a reference row's (date, time) to the report-checked UTC (date, time) that
    replaces it before ids are given (an id's date is the UTC day); the nk-missile-tests row
    keeps the reference's own value in its note."""
    times = dict(times or {})
    tests = json.loads((folder / "nagix_test.en.json").read_text(encoding="utf-8"))
    missiles = json.loads((folder / "nagix_missile.en.json").read_text(encoding="utf-8"))
    facilities = json.loads((folder / "nagix_facility.en.json").read_text(encoding="utf-8"))
    facilities = {k: v for k, v in facilities["facilities"].items() if k != "unknown"}
    launches: list[LaunchRow] = []
    series: list[int] = []
    raw_rows = [row for time_bin in tests["timeBins"] for row in time_bin["data"]]
    for row in raw_rows:
        missile = missiles[row["missile"]] if row["missile"] != "unknown" else {}
        date_text = row["date"]
        time_text = row["time"].replace("(UTC)", "").strip()
        reference_when = ""
        if (date_text, time_text) in times:
            reference_when = f"{date_text} {time_text} UTC"
            date_text, time_text = times.pop((date_text, time_text))
        kind = missile.get("type", "unknown")
        launches.append(
            {
                "launch_id": "",
                "event_id": "",
                "date_utc": date_text,
                "date_precision": {10: "day", 7: "month", 4: "year"}[len(date_text)],
                "time_utc": "" if time_text == "unknown" else time_text,
                "missile_name": missile.get("name", ""),
                "missile_class": kind if kind in CLASSES else "unknown",
                "site_id": row["facility"] if row["facility"] in facilities else "",
                "range_km": figure(row["distance"]),
                "apogee_km": figure(row["apogee"]),
                "flight_time_min": "",
                "bearing_deg": bearing(row),
                "impact_lat": "",
                "impact_lon": "",
                "landing_area": LANDING[row["landing"]],
                "japan_eez": "unknown",
                "outcome": row["outcome"],
                "maneuver": maneuver(row, missile),
                "sources": "",
                # Facility coordinates as the reference writes them, for matching CNS rows.
                "_coords": coords(facilities.get(row["facility"])),
                "_reference_when": reference_when,
            }
        )
        series.append(int(row.get("series", 0)))
    if times:
        raise SystemExit(f"report-checked times match no reference row: {sorted(times)}")
    assign_ids(launches, series)
    event_sizes: dict[str, int] = {}
    for launch in launches:
        event_sizes[launch["event_id"]] = event_sizes.get(launch["event_id"], 0) + 1
    sources = [
        {
            "launch_id": launch["launch_id"],
            "reporter": "nk-missile-tests",
            "published": "",
            "citation": NAGIX_CITATION,
            "missile_name": launch["missile_name"],
            "missile_class": launch["missile_class"] if launch["missile_name"] else "",
            "count": str(event_sizes[launch["event_id"]]),
            "range_km": launch["range_km"],
            "apogee_km": launch["apogee_km"],
            "flight_time_min": "",
            "japan_eez": "",
            "note": (
                f"gives {launch['_reference_when']}; reports put the launch at "
                f"{launch['date_utc']} {launch['time_utc']} UTC"
                if launch["_reference_when"]
                else ""
            ),
        }
        for launch in launches
    ]
    return facilities, launches, sources
