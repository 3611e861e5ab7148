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
MONTH_WORD: Final = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR_WORD: Final = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
DATE_PATTERNS: Final = (
    (
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_WORD + YEAR_WORD + r"\b",
        "explicit",
    ),
    (r"\b" + MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b" + YEAR_WORD, "explicit"),
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
MONTH_ONLY: Final = r"\b(?:in|last|since|early|late|mid-?|during)\s+" + MONTH_WORD + r"(?!\s+\d)\b"
YEAR_ONLY: Final = (
    r"(?<![\d,.-])(?P<year>(?:19|20)\d{2})(?!\d|,\d|-)"
    r"(?!\s*(?:km|kilomet|miles|mi\b|m\b|meters|metres|minutes|mph|kg|tons|nautical|feet))"
)

# "... fell outside the EEZ at 8:37 a.m.", "came down about 200 km west of Oshima Island, off
# Hokkaido, at around 18:27": a time whose nearest verb before it is a fall is not the launch's.
FALL_VERBS: Final = (
    r"\b(?:fell|falls?|falling|fallen|landed|lands?|landing|splashed|splashing|came down|"
    r"comes? down|coming down|crashed|impact)\b"
)
# "The ministry announced the possible launch at around 10:40 p.m.": the time of a statement.
STATEMENT_BEFORE: Final = (
    r"\b(?:announced|reported|posted|issued|tweeted|warned|said)\b(?:\s+[\w-]+){0,5}\s+at\s+"
    r"(?:around\s+|about\s+)?$"
)
SEEN_VERBS: Final = r"\b(?:spotted|detected|tracked|fired|launched|lifted off|took off)\b"
LAUNCH_SIDE_VERBS: Final = (
    r"\b(?:fired|fires?|firing|launched|launch(?:es|ing)?|test-fired|test-launched|shot|lobbed|"
    r"detected|took off|lifted off|blasted off)\b"
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


UPCOMING_DAYS: Final = 90


def _latest_month_day(month: int, day: int, published: date) -> date | None:
    """The latest such day on or before publication; None for an upcoming one.

    "before Trump takes office on January 20", written on January 7: a day without a year that
    falls within UPCOMING_DAYS after publication is nearer than last year's and names the future.
    """
    try:
        upcoming = date(published.year, month, day)
    except ValueError:
        upcoming = None
    if upcoming is not None and 0 < (upcoming - published).days <= UPCOMING_DAYS:
        return None
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
            before = sentence.text[: match.start()]
            statement = re.search(STATEMENT_BEFORE, before, FLAGS)
            if statement and re.search(SEEN_VERBS, statement.group(0), FLAGS):
                statement = None  # "said it spotted the launch at around 1:50 p.m."
            if _is_fall_time(before) or statement:
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


def _is_fall_time(before: str) -> bool:
    """The nearest verb before the clock time is a fall (landed, came down), not a launch."""
    falls = [m.start() for m in re.finditer(FALL_VERBS, before, FLAGS)]
    launches = [m.start() for m in re.finditer(LAUNCH_SIDE_VERBS, before, FLAGS)]
    return bool(falls) and max(falls) > max(launches, default=-1)


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
