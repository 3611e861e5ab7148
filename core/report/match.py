"""Find the recorded launch event a report describes: same day, same or nearby site, same kind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Final

from geopy.distance import great_circle

from core.records.model import Launch, Site
from core.report.extract import Draft

# A town or pad this close to another (or inside an area's radius plus this) is the same place.
NEARBY_KM: Final = 50.0
# Reports round times and revise them; only a bigger gap means another launch that day.
TIME_TOLERANCE: Final = timedelta(hours=3)
_FAMILIES: Final = {"cruise": "cruise", "SLV": "SLV", "unknown": ""}


def _family(missile_class: str) -> str:
    return _FAMILIES.get(missile_class, "ballistic")


def _local_day(day: date, clock: time | None) -> date:
    if clock is None:
        return day
    return (datetime.combine(day, clock) + timedelta(hours=9)).date()


def _parse_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def sites_agree(first: str, second: str, sites: Mapping[str, Site]) -> bool:
    """Same site, an unknown one, or two sites whose extents are within NEARBY_KM."""
    if not first or not second or first == second:
        return True
    a, b = sites.get(first), sites.get(second)
    if a is None or b is None:
        return False
    gap_km = great_circle((a.lat, a.lon), (b.lat, b.lon)).km
    return gap_km <= (a.radius_km or 0.0) + (b.radius_km or 0.0) + NEARBY_KM


def find_event(
    draft: Draft, rows: Sequence[Mapping[str, str]], sites: Mapping[str, Site]
) -> str | None:
    """The event_id of the recorded launch this draft describes, if any.

    Without a time the draft's date is the Korean date, so it is compared with each record's
    Korean date. Among several candidates the one at the same site, then the closest time, wins.
    """
    best: tuple[tuple[int, float], str] | None = None
    for row in rows:
        if row.get("date_precision", "day") not in ("", "day"):
            continue
        try:
            row_day = date.fromisoformat(row.get("date_utc", "").strip())
        except ValueError:
            continue
        row_time = _parse_time(row.get("time_utc", ""))
        if draft.time_utc is None:
            same_day = _local_day(row_day, row_time) == draft.date_utc
        else:
            same_day = row_day == draft.date_utc
        if not same_day:
            continue
        families = {_family(draft.missile_class), _family(row.get("missile_class", ""))}
        if len(families - {""}) > 1:
            continue
        site_id = row.get("site_id", "").strip()
        if not sites_agree(draft.site_id, site_id, sites):
            continue
        gap = 0.0
        if draft.time_utc is not None and row_time is not None:
            moment = datetime.combine(row_day, row_time)
            gap = abs((moment - datetime.combine(draft.date_utc, draft.time_utc)).total_seconds())
            if gap > TIME_TOLERANCE.total_seconds():
                continue
        rank = (0 if site_id == draft.site_id else 1, gap)
        if best is None or rank < best[0]:
            best = (rank, row.get("event_id", ""))
    return best[1] if best and best[1] else None


def launch_rows(launches: Iterable[Launch]) -> list[dict[str, str]]:
    """The cells `find_event` reads, from loaded launches."""
    return [
        {
            "event_id": launch.event_id,
            "date_utc": launch.date_text,
            "date_precision": launch.date_precision,
            "time_utc": launch.time_utc.strftime("%H:%M") if launch.time_utc else "",
            "site_id": launch.site_id,
            "missile_class": launch.missile_class,
        }
        for launch in launches
    ]
