"""Dates and clock times in report wording, resolved against the publication date (KST/UTC)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

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
    # "at around 7:22 a.m. on the 4th" (Japan's ministry): a day of the report's month.
    (
        r"\b(?:on|of) the (?P<dayonly>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
        r"(?!\s+(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b)"
        r"(?!\s+(?:anniversary|day|floor|time|launch|test|round|missile|consecutive|year|month))",
        "explicit",
    ),
    # "on 2025-03-10": an ISO date.
    (r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b", "explicit"),
    # "In the night from Saturday to Sunday, North Korea launched a ballistic missile": a night
    # told from a clock behind Korea's (Europe's, America's) spans two days, and Korea, ahead of
    # it, was already in the later one.
    (
        r"\b(?:during\s+|in\s+)?the\s+night\s+(?:from|of|between)\s+(?:"
        + "|".join(WEEKDAYS)
        + r")\s+(?:to|into|and|on)\s+(?P<weekday>"
        + "|".join(WEEKDAYS)
        + r")\b",
        "weekday",
    ),
    (
        r"\b(?:(?:early|late)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:'s)?"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        "weekday",
    ),
    (r"\b(?:earlier\s+)?today\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b", "today"),
    (
        # "a day before" alone looks back; "a day before South Korea's elections" names the day
        # before another event, not the day before the report.
        r"\byesterday\b|\blast night\b|\ba day earlier\b|"
        # "protested over its launch the night before of an ICBM": the night before names no
        # other event (an "of" goes back to the launch).
        r"\b(?:a|the) (?:day|night|evening) before(?=\s*(?:[,.;:)]|$|of\b))|"
        r"\bthe (?:previous|prior) day\b|"
        # "launched the previous afternoon", "on the previous evening"
        r"\bthe (?:previous|prior) (?:morning|afternoon|evening|night)\b",
        "yesterday",
    ),
)
# A month or year named without a day: a recall when it is not the launch's own.
# "in March", "since May", "at the start of November": a month, not a day of it.
# ("a missile over Japan in mid-September": the hyphen joins "mid" to its month)
MONTH_ONLY: Final = (
    r"\b(?:(?:in|last|since|early|late|mid|during|(?:start|beginning|end|middle) of)\s+|mid-)"
    + MONTH_WORD
    + r"(?!\s+\d)\b"
)
YEAR_ONLY: Final = (
    r"(?<![\d,.-])(?P<year>(?:19|20)\d{2})(?!\d|,\d|-)"
    r"(?!\s*(?:km|kilomet|miles|mi\b|m\b|meters|metres|minutes|mph|kg|tons|nautical|feet))"
    # "(2055 GMT Thursday)": a clock, not the year 2055; "(2045 and 2140 GMT Monday)" too.
    # "(2033 on Thursday UTC)", "(2045 and 2140 Monday GMT)": a clock, its UTC day between it
    # (or the clock closing its pair) and the zone.
    r"(?!\s*(?:(?:and|to|or)\s*(?:[01]\d|2[0-3])[0-5]\d\s*)?"
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?:GMT|UTC|KST|JST|hours?\b|hrs\b))"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the wording gives, resolved to a calendar day."""

    day: date
    kind: str
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


def find_dates(
    sentence: Sentence, published: date, weekdays_until: date | None = None
) -> list[DateMention]:
    """Every resolvable date mention in the sentence, in text order.

    Weekdays and dates written out count back from `weekdays_until` when given (the next day
    after the dateline or the page's date: Korea's morning is still the day before on a US
    desk's page), else from `published`; "today" and "yesterday" count from `published`.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in DATE_PATTERNS:
        for match in re.finditer(pattern, sentence.text, FLAGS):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if match.groupdict().get("month") == "may":
                continue  # "the missile may have been": a modal verb, not the month
            relative = kind in ("today", "yesterday")
            until = weekdays_until if weekdays_until and not relative else published
            day = _resolve(match, kind, until)
            if day is None:
                continue
            # "Last Wednesday" on a Wednesday's page is the week before, never the page's day.
            said_last = re.search(r"\blast\s+$", sentence.text[: match.start()], FLAGS)
            if kind == "weekday" and said_last and day >= published:
                day -= timedelta(days=7)
            taken.append(match.span())
            note = f"{match.group(0)!r} read as {day.isoformat()} ({day.strftime('%A')})"
            if kind == "weekday":
                note += ", the latest such day on or before the report's date"
                if weekdays_until and day > published:
                    note += "'s next day (Korea is a day ahead of a US page)"
            found.append(DateMention(day, kind, sentence.evidence(match, note)))
    found.sort(key=lambda mention: mention.evidence.start)
    return _weekdays_named(found, sentence)


# "on Monday, March 1", "Tuesday the 4th": a weekday the written date follows at once.
_WEEKDAY_THEN_DATE: Final = r",?\s*(?:the\s+)?"


def _weekdays_named(found: list[DateMention], sentence: Sentence) -> list[DateMention]:
    """The mentions, each weekday a written date follows at once read as that date's day.

    "fired toward the sea early on the morning of Monday, March 1": the date written out names
    the day and the weekday describes it; where the two disagree the writer's date stands, not a
    weekday counted back from the page.
    """
    named: list[DateMention] = []
    for index, mention in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            mention.kind == "weekday"
            and following is not None
            and following.kind == "explicit"
            and following.day != mention.day
            and re.fullmatch(
                _WEEKDAY_THEN_DATE,
                sentence.text[
                    mention.evidence.end - sentence.start : following.evidence.start
                    - sentence.start
                ],
                FLAGS,
            )
        ):
            note = (
                f"{mention.evidence.text!r} read as {following.day.isoformat()}: the date "
                f"written out after it ({following.evidence.text!r}) names the day"
            )
            mention = replace(
                mention, day=following.day, evidence=replace(mention.evidence, note=note)
            )
        named.append(mention)
    return named


def _resolve(match: re.Match[str], kind: str, published: date) -> date | None:
    if kind == "today":
        return published
    if kind == "yesterday":
        return published - timedelta(days=1)
    if kind == "weekday":
        return most_recent_weekday(WEEKDAYS.index(match.group("weekday").lower()), published)
    groups = match.groupdict()
    if groups.get("dayonly"):
        return _day_of_month(int(groups["dayonly"]), published)
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        try:
            stated = date(int(match.group("year")), month, day)
        except ValueError:
            return None
        # A report cannot describe a launch after its own publication.
        return stated if stated <= published else None
    return _latest_month_day(month, day, published)


def _day_of_month(day: int, published: date) -> date | None:
    """The latest date with that day of the month on or before publication."""
    year, month = published.year, published.month
    for _ in range(2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= published:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


_WEEKEND = r"\b(?:over|at|during|on)\s+the\s+(?:past\s+)?weekend\b|\blast\s+weekend\b"
# "nearer to Japan than any North Korean missile since 1998", "higher than any test since
# 2017": this launch measured against every one of a span, not an older launch told.
_THAN_ANY_SINCE: Final = re.compile(
    r"\bthan\s+(?:any|all|every)\b[^,;.]{0,60}?\bsince\s+(?:19|20)\d\d\b", FLAGS
)


def names_other_period(sentence: Sentence, event_day: date) -> bool:
    """The sentence names a month, or a year that is not the launch's own."""
    # Reports give the new launch's day ("on Saturday"); a bare month is always an older event.
    if re.search(MONTH_ONLY, sentence.text, FLAGS):
        return True
    # "Over the weekend North Korea fired several short-range weapons" in a report of a Thursday
    # launch: an older event (a Saturday's or Sunday's launch may be told so).
    if event_day.weekday() < 5 and re.search(_WEEKEND, sentence.text, FLAGS):
        return True
    text = _THAN_ANY_SINCE.sub(" ", sentence.text)
    return any(int(m.group("year")) != event_day.year for m in re.finditer(YEAR_ONLY, text))
