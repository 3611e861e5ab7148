"""Match rows of the CNS database copy to our launches and turn them into CNS source rows.

Only facts and citations are used; the file itself and its prose columns are never copied.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from data_nagix import LaunchRow

CNS_NAME = "CNS North Korea Missile Test Database (James Martin Center for Nonproliferation Studies"
CNS_CITATION = CNS_NAME + ", for NTI), 2023-04 edition, row {row}; its sources: {cites}"
CLASSES = ("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "HGV", "SLV")
NUMBER = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*(?:km|lm)$")
SPAN = re.compile(r"^between (\d+) and (\d+) km$")


def cns_date(text: str) -> str:
    """'9-Apr-84' -> '1984-04-09'; 'Sep-84' -> '1984-09' (month precision stays a month)."""
    try:
        return datetime.strptime(text.strip(), "%d-%b-%y").date().isoformat()
    except ValueError:
        return datetime.strptime(text.strip(), "%b-%y").date().isoformat()[:7]


def published(text: str) -> str:
    """The CNS row's entry/update date as YYYY-MM-DD, or empty."""
    for form in ("%d-%b-%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), form).date().isoformat()
        except ValueError:
            continue
    return ""


def cns_time(text: str) -> str:
    """'9:20:00 PM' -> '21:20'; empty or 'Unknown' -> empty."""
    try:
        return datetime.strptime(text.strip(), "%I:%M:%S %p").strftime("%H:%M")
    except ValueError:
        return ""


def km(text: str) -> tuple[str, str]:
    """A plain km figure and, for a span like 'between 25 and 90 km', a note in our words."""
    text = text.strip()
    found = NUMBER.match(text)
    if found:
        return f"{float(found.group(1).replace(',', '')):g}", ""
    span = SPAN.match(text)
    if span:
        return "", f"{span.group(1)}-{span.group(2)} km"
    return "", ""


def citations(text: str) -> str:
    """The Source(s) cell as one '; '-separated list of URLs / bibliographic lines."""
    parts = [part.strip() for part in re.split(r"[\n;]", text) if part.strip()]
    return "; ".join(parts)


def shifted(day: str, days: int) -> str:
    """A YYYY-MM-DD date moved by whole days (month dates are returned unchanged)."""
    if len(day) != 10:
        return day
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def match_cns(path: Path, launches: list[LaunchRow]) -> list[dict[str, str]]:
    """One CNS source row per matched launch (date, then site, then time, then order)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    taken: set[int] = set()
    sources: list[dict[str, str]] = []
    for row in rows:
        day = cns_date(row["Date"])
        time_text = cns_time(row["Launch Time (UTC)"])
        coords = f"{row['Facility Latitude'].strip()},{row['Facility Longitude'].strip()}"
        best: tuple[int, int] | None = None
        # CNS sometimes dates by local day, one day after the UTC date used by the reference.
        for offset_penalty, candidate_day in (
            (0, day),
            (4, shifted(day, -1)),
            (4, shifted(day, 1)),
        ):
            for index, launch in enumerate(launches):
                if index in taken or launch["date_utc"] != candidate_day:
                    continue
                score = offset_penalty
                score += 0 if launch.get("_coords") == coords else 2
                score += 0 if not time_text or launch["time_utc"] == time_text else 1
                if best is None or (score, index) < best:
                    best = (score, index)
            if best is not None:
                break
        if best is None:
            continue
        taken.add(best[1])
        launch = launches[best[1]]
        source = source_row(row, launch["launch_id"])
        if time_text and launch["time_utc"] and twelve_hours_apart(time_text, launch["time_utc"]):
            # The reference read CNS's "12:29:00 AM" as 12:29; CNS means 00:29 UTC.
            source["note"] = "; ".join(
                filter(None, [source["note"], f"reference time {launch['time_utc']} is AM/PM slip"])
            )
            launch["time_utc"] = time_text
        sources.append(source)
    return sources


def twelve_hours_apart(first: str, second: str) -> bool:
    """True for HH:MM times exactly 12 hours apart (an AM/PM misreading)."""
    minutes = [int(text[:2]) * 60 + int(text[3:]) for text in (first, second)]
    return abs(minutes[0] - minutes[1]) == 12 * 60


def source_row(row: dict[str, str], launch_id: str) -> dict[str, str]:
    """CNS's own values for one missile, with its citations and no prose."""
    range_km, range_span = km(row["Distance Travelled"])
    apogee_km, apogee_span = km(row["Apogee"])
    notes = []
    if range_span:
        notes.append(f"CNS gives the distance only as {range_span}")
    if apogee_span:
        notes.append(f"CNS gives the apogee only as {apogee_span}")
    if row["Confirmation Status"].strip().lower() == "unconfirmed":
        notes.append("CNS marks this test unconfirmed")
    name = row["Missile Name"].strip()
    kind = row["Missile Type"].strip()
    return {
        "launch_id": launch_id,
        "reporter": "CNS",
        "published": published(row["Date Entered/Updated"]),
        "citation": CNS_CITATION.format(row=row["F1"].strip(), cites=citations(row["Source(s)"])),
        "missile_name": "" if name.lower() == "unknown" else name,
        "missile_class": kind if kind in CLASSES else "unknown",
        "count": "",
        "range_km": range_km,
        "apogee_km": apogee_km,
        "flight_time_min": "",
        "japan_eez": "",
        "note": "; ".join(notes),
    }
