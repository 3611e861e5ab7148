"""Where a report disagrees with the recorded launch its draft joins, field by field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from geopy.distance import great_circle

from core.records.model import Launch, Site
from core.report.extract import Draft, format_number

_UNKNOWN: Final = ("", "unknown")


@dataclass(frozen=True, slots=True)
class Difference:
    """One field the report gives differently from the record (the record's values, joined)."""

    field: str
    label: str
    report: str
    record: str


def _number(value: float | None) -> str:
    return format_number(value)


def _site_within(inner: str, outer: str, sites: Mapping[str, Site]) -> bool:
    """`inner` lies inside the area `outer` (a report's "Pyongyang area" holds the Sunan pad)."""
    a, b = sites.get(inner), sites.get(outer)
    if a is None or b is None or b.precision != "area" or not b.radius_km:
        return False
    return great_circle((a.lat, a.lon), (b.lat, b.lon)).km <= b.radius_km


def _same_place(one: str, other: str, sites: Mapping[str, Site]) -> bool:
    """A town and the facility named after it alone (`kanggye-town` "Kanggye (town centre)",
    `kanggye` "Kanggye"): convention C6 labels a report's "Kanggye area" the town where a record
    may name the facility. A facility with a name of its own (`pyongyang`, "Pyongyang
    International Airport"; `kusong`, "Kusong Testing Ground") is another place than the town."""
    if one.removesuffix("-town") != other.removesuffix("-town") or one == other:
        return False
    town, facility = (one, other) if one.endswith("-town") else (other, one)
    a, b = sites.get(town), sites.get(facility)
    return a is not None and b is not None and a.name.split(" (")[0] == b.name


# (field, label, the draft's cell, the record's cell)
_FIELDS: Final[tuple[tuple[str, str, Callable[[Draft], str], Callable[[Launch], str]], ...]] = (
    ("date_utc", "Date (UTC)", lambda d: d.date_utc.isoformat(), lambda r: r.date_text),
    (
        "time_utc",
        "Time (UTC)",
        lambda d: d.time_utc.strftime("%H:%M") if d.time_utc else "",
        lambda r: r.time_utc.strftime("%H:%M") if r.time_utc else "",
    ),
    ("missile_class", "Class", lambda d: d.missile_class, lambda r: r.missile_class),
    ("missile_name", "Missile name", lambda d: d.missile_name, lambda r: r.missile_name),
    ("site_id", "Launch site", lambda d: d.site_id, lambda r: r.site_id),
    ("range_km", "Range (km)", lambda d: _number(d.range_km), lambda r: _number(r.range_km)),
    ("apogee_km", "Apogee (km)", lambda d: _number(d.apogee_km), lambda r: _number(r.apogee_km)),
    (
        "flight_time_min",
        "Flight time (min)",
        lambda d: _number(d.flight_time_min),
        lambda r: _number(r.flight_time_min),
    ),
    ("landing_area", "Landed in", lambda d: d.landing_area, lambda r: r.landing_area),
    ("japan_eez", "Japan's EEZ", lambda d: d.japan_eez, lambda r: r.japan_eez),
    ("outcome", "Outcome", lambda d: d.outcome, lambda r: r.outcome),
)


def _count_differs(draft: Draft, recorded: int) -> bool:
    if draft.count_qualifier == "exact":
        return draft.count != recorded
    if draft.count_qualifier in ("at least", "vague"):
        return recorded < draft.count
    if draft.count_qualifier == "at most":
        return recorded > draft.count
    return abs(recorded - draft.count) > 1


def report_differences(
    draft: Draft, members: Sequence[Launch], sites: Mapping[str, Site]
) -> list[Difference]:
    """Every field the report states that none of the event's missiles has on record.

    A field the report leaves unknown is no disagreement; a missile name or figure the record
    lacks is (saving fills it in). Sites differ unless one is an area holding the other.
    """
    if not members:
        return []
    found: list[Difference] = []
    evidence = draft.evidence.get("count")
    if evidence and evidence[0].text and _count_differs(draft, len(members)):
        report = f"{draft.count} ({draft.count_qualifier})"
        found.append(Difference("count", "Missiles", report, str(len(members))))
    for name, label, from_draft, from_record in _FIELDS:
        value = from_draft(draft)
        recorded = sorted({from_record(member) for member in members})
        if value in _UNKNOWN or value in recorded:
            continue
        if name == "site_id" and any(
            _site_within(value, site, sites)
            or _site_within(site, value, sites)
            or _same_place(value, site, sites)
            for site in recorded
        ):
            continue
        shown = ", ".join(item if item not in _UNKNOWN else "(none)" for item in recorded)
        found.append(Difference(name, label, value, shown))
    return found
