"""Dates and clock times in report wording, resolved against the publication date (KST/UTC)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from core.records.model import KST
from core.report.patterns import FLAGS
from core.report.text import Evidence, Sentence

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH: Final = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR: Final = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
DATE_PATTERNS: Final = (
    (r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", "explicit"),
    (r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b" + _YEAR, "explicit"),
    (
        r"\b(?:(?:early|late)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:'s)?"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        "weekday",
    ),
    (r"\b(?:earlier\s+)?today\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b", "today"),
    (
        r"\byesterday\b|\blast night\b|\ba day (?:earlier|before)\b|\bthe (?:previous|prior) day\b",
        "yesterday",
    ),
)
# A month or year named without a day: a recall when it is not the launch's own.
MONTH_ONLY: Final = r"\b(?:in|last|since|early|late|mid-?|during)\s+" + _MONTH + r"(?!\s+\d)\b"
YEAR_ONLY: Final = (
    r"(?<![\d,.-])(?P<year>(?:19|20)\d{2})(?!\d|,\d|-)"
    r"(?!\s*(?:km|kilomet|miles|mi\b|m\b|meters|metres|minutes|mph|kg|tons|nautical|feet))"
)

# "... fell outside the EEZ at 8:37 a.m.": a time in the clause of the fall is not the launch's.
FALL_BEFORE: Final = (
    r"\b(?:fell|falling|fallen|landed|landing|splashed|came down|crashed|impact)\b[^,;()]*$"
)
_AMPM: Final = r"(?P<ampm>a\.m\.?|p\.m\.?|am|pm)(?![a-z])"
_ZONE: Final = (
    r"(?:\s*\(?(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?P<zone>KST|JST|GMT|UTC|local time|Korea time|Korean time|Seoul time|"
    r"Japan time|Tokyo time)\)?)?"
)
TIME_PATTERNS: Final = (
    r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*" + _AMPM + _ZONE,
    r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b" + _ZONE,
    r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<zone>GMT|UTC|KST|JST)\b",
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the wording gives, resolved to a calendar day."""

    day: date
    kind: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A clock time the wording gives; `is_utc` when stated in GMT/UTC, else Korea/Japan time."""

    clock: time
    is_utc: bool
    evidence: Evidence


def most_recent_weekday(weekday: int, published: date) -> date:
    """The latest day with that weekday on or before publication."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _latest_month_day(month: int, day: int, published: date) -> date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def find_dates(sentence: Sentence, published: date) -> list[DateMention]:
    """Every resolvable date mention in the sentence, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in DATE_PATTERNS:
        for match in re.finditer(pattern, sentence.text, FLAGS):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            day = _resolve(match, kind, published)
            if day is None:
                continue
            taken.append(match.span())
            note = f"{match.group(0)!r} read as {day.isoformat()} ({day.strftime('%A')})"
            if kind == "weekday":
                note += ", the latest such day on or before the report's date"
            found.append(DateMention(day, kind, sentence.evidence(match, note)))
    return sorted(found, key=lambda mention: mention.evidence.start)


def _resolve(match: re.Match[str], kind: str, published: date) -> date | None:
    if kind == "today":
        return published
    if kind == "yesterday":
        return published - timedelta(days=1)
    if kind == "weekday":
        return most_recent_weekday(WEEKDAYS.index(match.group("weekday").lower()), published)
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        try:
            stated = date(int(match.group("year")), month, day)
        except ValueError:
            return None
        # A report cannot describe a launch after its own publication.
        return stated if stated <= published else None
    return _latest_month_day(month, day, published)


def names_other_period(sentence: Sentence, event_day: date) -> bool:
    """The sentence names a month, or a year that is not the launch's own."""
    # Reports give the new launch's day ("on Saturday"); a bare month is always an older event.
    if re.search(MONTH_ONLY, sentence.text, FLAGS):
        return True
    return any(
        int(m.group("year")) != event_day.year for m in re.finditer(YEAR_ONLY, sentence.text)
    )


def find_time(sentence: Sentence) -> TimeMention | None:
    """The first launch time in the sentence (not the time it fell)."""
    found: list[TimeMention] = []
    for pattern in TIME_PATTERNS:
        for match in re.finditer(pattern, sentence.text, FLAGS):
            if re.search(FALL_BEFORE, sentence.text[max(0, match.start() - 80) : match.start()]):
                continue
            hour = int(match.group("hour"))
            minute = int(match.group("minute") or 0)
            ampm = (match.groupdict().get("ampm") or "").lower()
            if ampm.startswith("p") and hour != 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
            zone = (match.group("zone") or "").upper()
            is_utc = zone in ("GMT", "UTC")
            note = f"{hour:02d}:{minute:02d} " + ("UTC" if is_utc else "Korea/Japan time (UTC+9)")
            found.append(TimeMention(time(hour, minute), is_utc, sentence.evidence(match, note)))
    # "2:48 local time (18:18 GMT)": the stated UTC clock needs no conversion, so it wins.
    found.sort(key=lambda mention: (not mention.is_utc, mention.evidence.start))
    return found[0] if found else None


def to_utc(local_day: date, mention: TimeMention | None) -> tuple[date, time | None, str]:
    """The UTC date and time of a launch on `local_day` (KST) at the mentioned time."""
    if mention is None:
        return local_day, None, "no time given: the UTC date is taken as the local date"
    if mention.is_utc:
        # A UTC clock of 15:00 or later is already the next day in Korea.
        day = local_day - timedelta(days=1) if mention.clock.hour >= 15 else local_day
        return day, mention.clock, "time given in UTC"
    local = datetime.combine(local_day, mention.clock, tzinfo=KST)
    utc = local.astimezone(UTC)
    note = f"{local:%Y-%m-%d %H:%M} KST = {utc:%Y-%m-%d %H:%M} UTC"
    return utc.date(), utc.time().replace(tzinfo=None), note


STALE_DAYS: Final = 14
# "SEOUL, March 10 (Yonhap) --", "Tokyo, Nov. 18 (Jiji Press)--", "TOKYO, November 7. /TASS/."
DATELINE: Final = (
    r"^\s*[A-Z][\w.'-]*(?:[ /][A-Z][\w.'-]*)*,\s+(?:(?:South Korea|Japan|North Korea),\s+)?"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})\b"
    + _YEAR
)


def find_dateline(sentence: Sentence, published: date) -> DateMention | None:
    """The filing date a wire dateline gives, which the report's weekdays count back from.

    A dateline has no year: the latest such date on or before publication, unless that is more
    than STALE_DAYS before it and an earlier year (up to six back) puts the dateline on the
    weekday the lead names (wires file the same day).
    """
    match = re.match(DATELINE, sentence.text, FLAGS)
    if match is None:
        return None
    month, day = MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day"))
    years = (
        [int(match.group("year"))]
        if match.group("year")
        else range(published.year, published.year - 7, -1)
    )
    candidates = []
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            candidates.append(candidate)
    if not candidates:
        return None
    weekday = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", sentence.text, FLAGS)
    chosen = candidates[0]
    note = "dateline"
    # A report pasted long after it was filed (the date left at today): the year is open.
    stale = (published - chosen).days > STALE_DAYS
    if weekday and not match.group("year") and stale:
        wanted = WEEKDAYS.index(weekday.group(1).lower())
        same = [c for c in candidates if c.weekday() == wanted]
        if same and same[0] != chosen:
            chosen = same[0]
            note = f"dateline; {chosen.year} puts it on the {weekday.group(1)} the report names"
    note = (
        f"{match.group(0).strip()!r} read as {chosen.isoformat()} ({chosen.strftime('%A')}), {note}"
    )
    return DateMention(chosen, "dateline", sentence.evidence(match, note))
