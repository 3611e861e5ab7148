"""Wire datelines ("SEOUL, Nov. 5 (AP) --"): the filing day, with its year read from the lead."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from core.report.dates import MONTH_WORD, MONTHS, WEEKDAYS, YEAR_WORD, DateMention
from core.report.patterns import FLAGS
from core.report.text import Sentence

STALE_DAYS: Final = 14
# A page dated in Europe or America may fall this many days behind the dateline's Asian day.
DESK_BEHIND_DAYS: Final = 1
# "SEOUL, March 10 (Yonhap) --", "Tokyo, Nov. 18 (Jiji Press)--", "TOKYO, November 7. /TASS/.",
# "Seoul [South Korea], March 10 (ANI):"
DATELINE: Final = (
    # "(MENAFN- IANS) Seoul, Jan 15 (IANS)": an aggregator's tag in brackets before the place.
    r"^\s*(?:\((?-i:[A-Z][\w.'&]*)-?(?:\s+(?-i:[A-Z][\w.'&-]*)){0,3}\)\s*)?"
    # "On Tuesday, March 7, North Korea blamed ...": a sentence's opening day, not a dateline.
    r"(?!(?:On|In|At|By|Since|Until|From|Last|Early|Late)\b)(?!\w+day\b)"
    # The place is capitalised word by word (the pattern runs case-insensitively).
    r"(?-i:[A-Z][\w.'-]*(?:[ /][A-Z][\w.'-]*)*)"
    # "Pyongyang [North Korea], April 20 (ANI):": the country in brackets after the place.
    r"(?:\s*\[(?-i:[A-Z][\w.'-]*)(?:\s(?-i:[A-Z][\w.'-]*)){0,2}\])?"
    r",\s+(?:(?:South Korea|Japan|North Korea),\s+)?"
    + MONTH_WORD
    + r"\s+(?P<day>\d{1,2})\b"
    + YEAR_WORD
)
# "May 21 (UPI) --", "Nov 22 (Reuters) -": a wire's dateline without its place.
AGENCY_DATELINE: Final = (
    r"^\s*"
    + MONTH_WORD
    + r"\s+(?P<day>\d{1,2})\b"
    + YEAR_WORD
    # The agency's name in brackets, then the dash or colon the story starts after.
    + r"\s*\((?-i:[A-Z][\w.'&-]*)(?:\s(?-i:[A-Z][\w.'&-]*)){0,3}\)\s*(?:-{1,2}|\u2014|:)"
)
# "MOSCOW (UrduPoint News / Sputnik - 25th August, 2019)", "ISLAMABAD (APP - March 10, 2025)":
# the place, then the agencies in brackets with the filing date after a dash, its year written.
_BRACKET_OPENS: Final = (
    r"^\s*(?-i:[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})\s*"
    r"\((?-i:[A-Z][\w.'&]*)(?:\s*/?\s*(?-i:[A-Z][\w.'&-]*)){0,5}\s*(?:-{1,2}|\u2013|\u2014)\s*"
)
BRACKETED_DATELINES: Final = (
    _BRACKET_OPENS
    + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
    + MONTH_WORD
    + r",?\s+(?P<year>(?:19|20)\d{2})\s*\)",
    _BRACKET_OPENS + MONTH_WORD + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d{2})\s*\)",
)
_WEEKDAY_OPENING: Final = r"^\s*(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
# "Thursday, July 13, 2023 - North Korea has fired ...", "13 July 2023 - Pyongyang ...": the
# page's date opening its lead, with its year, and a dash before the story's first words (not
# "On Thursday, July 13, North Korea fired", nor a stamp's "July 13, 2023 - 10:42").
_LEAD_OPENS: Final = r"\s*(?:-{1,2}|\u2013|\u2014)\s+(?=[A-Z])"
DATED_LEADS: Final = (
    _WEEKDAY_OPENING
    + MONTH_WORD
    + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d{2})"
    + _LEAD_OPENS,
    _WEEKDAY_OPENING
    + r"(?P<day>\d{1,2})\s+"
    + MONTH_WORD
    + r",?\s+(?P<year>(?:19|20)\d{2})"
    + _LEAD_OPENS,
)


def find_dateline(sentence: Sentence, published: date) -> DateMention | None:
    """The filing date a wire dateline gives, which the report's weekdays count back from.

    A dateline has no year. Wires file on the day their lead names, so the year is the latest one
    (not after the entered date) whose date falls on the lead's weekday: the year before, for a
    report pasted on its anniversary, or up to six back once the entered date is more than
    STALE_DAYS later. Where no such year is found (a lead naming the launch a day or two before
    the filing) the latest year stands.
    """
    match = next(
        (
            found
            for pattern in (DATELINE, AGENCY_DATELINE, *BRACKETED_DATELINES, *DATED_LEADS)
            if (found := re.match(pattern, sentence.text, FLAGS))
        ),
        None,
    )
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
        # "TOKYO, September 18. /TASS/." on a page dated September 17: a desk west of Asia
        # dates the page a day behind the dateline's local day, which is this year's.
        if candidate <= published + timedelta(days=DESK_BEHIND_DAYS):
            candidates.append(candidate)
    if not candidates:
        return None
    weekday = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", sentence.text, FLAGS)
    chosen = candidates[0]
    note = "dateline"
    if weekday and not match.group("year"):
        wanted = WEEKDAYS.index(weekday.group(1).lower())
        stale = (published - chosen).days > STALE_DAYS
        # A report pasted on its anniversary: only last year's date can stand in for this year's.
        searched = candidates if stale else candidates[:2]
        agreeing = [c for c in searched if c.weekday() == wanted]
        # "SEOUL, March 13 (Reuters) - ... fired a missile on Wednesday", filed the day after
        # the launch and entered at once: a weekday a day or two before this year's date keeps
        # this year.
        lag = (chosen.weekday() - wanted) % 7
        if (published - chosen).days <= 2 and lag in (1, 2):
            agreeing = []
        if agreeing and agreeing[0] != chosen:
            chosen = agreeing[0]
            note = f"dateline; {chosen.year} puts it on the {weekday.group(1)} the report names"
    note = (
        f"{match.group(0).strip()!r} read as {chosen.isoformat()} ({chosen.strftime('%A')}), {note}"
    )
    return DateMention(chosen, "dateline", sentence.evidence(match, note))
