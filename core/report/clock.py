"""Clock times in report wording: the launch's (not a fall's or a statement's), and to UTC."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Final

from core.records.model import KST
from core.report.dates import MONTH_WORD, MONTHS
from core.report.patterns import FLAGS
from core.report.text import Evidence, Sentence

# "... fell outside the EEZ at 8:37 a.m.", "came down about 200 km west of Oshima Island, off
# Hokkaido, at around 18:27": a time whose nearest verb before it is a fall is not the launch's.
FALL_VERBS: Final = (
    r"\b(?:fell|falls?|falling|fallen|landed|lands?|landing|splashed|splashing|came down|"
    r"comes? down|coming down|crashed|impact|"
    # "the missile hit waters inside Japan's EEZ ... at 15.44 local time": it struck the sea.
    r"(?:hit|hits|struck)(?=\s+(?:[\w'-]+\s+){0,3}?(?:waters?|sea|ocean|target)\b)|"
    # "flown over the sea between Okinawa and Miyako at around 4 a.m.": a point on its path.
    r"fl(?:ew|own|ying) over|pass(?:ed|ing) over|"
    # "believed to have passed into the Pacific Ocean around 22:55": where its flight went.
    r"pass(?:ed|ing) (?:into|through)|"
    # "put the satellite on its orbit at 22:54:13, 705s after the launch": its insertion, a
    # point on the rocket's path.
    r"(?:into|on|in|entered)\s+(?:its\s+|an?\s+|the\s+)?(?:preset\s+|planned\s+)?orbit|"
    # "the missile was expected to hit at 8:00 am", "forecast to come down around 7:30": a fall
    # foretold (by a warning) is still a fall's time.
    r"(?:expected|predicted|forecast|projected|estimated|due|set)\s+to\s+(?:hit|strike|reach|"
    r"land|fall|come down|splash down|impact))\b"
)
# "The ministry announced the possible launch at around 10:40 p.m.": the time of a statement.
# "The first announcement came at 7:46 a.m.", "J-Alert was issued at 7:55": a notice's time.
STATEMENT_BEFORE: Final = (
    r"(?:\b(?:announced|reported|posted|issued|tweeted|warned|said|told|alerted|notified|"
    r"broadcast|"
    # "with the Prime Minister's office tweeting at 10:34 GMT", "its emergency system was
    # activated at 4 p.m.": a statement told in the -ing form, or an alarm set off.
    r"announcing|reporting|posting|issuing|tweeting|warning|alerting|notifying|broadcasting|"
    r"activated|sounded|triggered)\b|"
    r"\b(?:announcement|alert|alerts|warning|warnings|statement|bulletin|notice|notification|"
    r"update|broadcast|J-Alert|press release|flash|siren|sirens|alarm|alarms|tweet)\b)"
    # ("announced that at around 10:17 a.m. ... the North fired": "that" opens what was told,
    # whose clock is the launch's.)
    # "set off emergency alerts in Japan shortly before 4 a.m.": the alert's hour, hedged.
    r"(?:\s+(?!that\b)[\w-]+){0,5}\s+(?:at|by|(?:shortly|just|soon)\s+(?:before|after))\s+"
    r"(?:around\s+|about\s+|approximately\s+)?$"
)
# "will discuss the launch at an emergency meeting of the Security Council at 15:00 EDT", "the
# cabinet convened at 9 a.m.": the clock a meeting is held at, not the launch's (a launch verb
# between them, "a meeting after the missile was fired at 6:52", gives the launch's).
MEETING_BEFORE: Final = (
    r"\b(?:meeting|meetings|meet|meets|session|convene[sd]?|summit|briefing|"
    r"press conference|hearing|talks)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+(?:at|from)\s+(?:around\s+|about\s+|approximately\s+)?$"
)
# A launch told as done (not the noun: "a meeting on the launch at 4 p.m." is the meeting's).
_LAUNCHED: Final = (
    r"\b(?:fired|launched|test-fired|test-launched|shot|lobbed|took off|lifted off|blasted off)\b"
)
SEEN_VERBS: Final = (
    r"\b(?:spotted|detected|tracked|fired|launched|lifted off|took off|carried out|conducted|"
    # "The launch is said to have taken place at around 9:30 a.m."
    r"took place|taken place|take place|occurred|happened)\b"
)
LAUNCH_SIDE_VERBS: Final = (
    r"\b(?:fired|fires?|firing|launched|launch(?:es|ing)?|test-fired|test-launched|shot|lobbed|"
    r"detected|took off|lifted off|blasted off)\b"
)
# A US zone whose offset follows daylight saving: "09:54 AM ET", "Eastern time".
_US_SEASONAL: Final = r"ET|Eastern [Tt]ime|CT|Central [Tt]ime|PT|Pacific [Tt]ime"
US_SEASONAL_STANDARD: Final = {"E": -5, "C": -6, "P": -8}
_AMPM: Final = r"(?P<ampm>a\.m\.?|p\.m\.?|am|pm)(?![a-z])"
_DAY: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Hours from UTC of the US zones a Washington desk gives ("11:33 p.m. EDT Friday").
US_ZONES: Final = {
    "EASTERN DAYLIGHT TIME": -4,
    "EASTERN STANDARD TIME": -5,
    "CENTRAL DAYLIGHT TIME": -5,
    "CENTRAL STANDARD TIME": -6,
    "PACIFIC DAYLIGHT TIME": -7,
    "PACIFIC STANDARD TIME": -8,
    "EDT": -4,
    "EST": -5,
    "CDT": -5,
    "CST": -6,
    "MDT": -6,
    "MST": -7,
    "PDT": -7,
    "PST": -8,
    "HST": -10,
    # US Pacific Command's clock: "10:40 p.m. Hawaii Time".
    "HAWAII-ALEUTIAN STANDARD TIME": -10,
    "HAWAII STANDARD TIME": -10,
    "HAWAII TIME": -10,
}
# Hours from UTC of other foreign desks' clocks: "at about 1:55 Moscow time" (TASS), "at 7:30
# a.m. Beijing time" (Xinhua). Turned into UTC as a US clock is, but with no US day reckoning.
OTHER_ZONES: Final = {
    "MOSCOW TIME": 3,
    "MSK": 3,
    "BEIJING TIME": 8,
}
# "2:47 a.m. Pyongyang time", "North Korean time": the North's own clock, half an hour behind
# Seoul's from 15 August 2015 to 4 May 2018 (PYONGYANG_HALF_HOUR).
_PYONGYANG_ZONE: Final = r"Pyongyang (?:Standard )?time|North Korea(?:n)? (?:Standard )?time"
# "6.19am local time in North Korea": a local clock the report places in the North.
_LOCAL_IN_NORTH: Final = r"\s*\)?\s*in\s+(?:North Korea|Pyongyang|the North)\b"
# "KCNA announced that a ... rocket lifted off ... at 9 a.m. local time", "KCNA made the
# announcement ..., hours after Kim Jong Un ordered the missile's 3 a.m. launch": a clock North
# Korea's state media give, with no other zone, is the North's own.
_NORTH_TELLS: Final = (
    r"\b(?:KCNA|Korean Central News Agency|Rodong Sinmun|KCTV|(?:North Korea(?:'s|n)\s+)?state"
    r"(?:-run)?\s+(?:media|news agency|television|TV|broadcaster))\b[^.;]{0,60}?"
    r"\b(?:said|says|announced|announces|reported|reports|claimed|claims|stated|"
    r"made the announcement|in (?:a|its) report)\b"
)
PYONGYANG_HALF_HOUR: Final = (date(2015, 8, 15), date(2018, 5, 4))
PYONGYANG_TIME: Final = timezone(timedelta(hours=8, minutes=30), "PYT")
# "10:30 PM Greenwich Mean Time": UTC in words.
_UTC_WORDS: Final = r"Greenwich Mean Time|Coordinated Universal Time|Universal Time"
_ZONE: Final = (
    r"(?:\s*\(?(?:(?:on\s+)?(?P<day_before>" + _DAY + r")\s+)?"
    # "4:43 p.m. U.S. central daylight time"
    r"(?:U\.S\.\s+)?(?P<zone>KST|JST|GMT|UTC|"
    + _UTC_WORDS
    + "|"
    + "|".join(US_ZONES)
    + "|"
    + "|".join(OTHER_ZONES)
    + r"|"
    + _US_SEASONAL
    + r"|local time|"
    + _PYONGYANG_ZONE
    + r"|Korea(?:n)? (?:Standard )?time|Seoul time|Japan(?:ese)? (?:Standard )?time|Tokyo time)"
    r"(?:\s+\(?:KST|JST\))?(?:\s+(?:on\s+)?(?P<day_after>" + _DAY + r"))?\)?)?"
)
_ZONE_REQUIRED: Final = _ZONE.removesuffix("?")  # the same group, not optional
# "Updated: 2019-09-10 16:42:19 KST", "Jan. 28, 2024 - 14:58": when the page was written.
STAMP_BEFORE: Final = (
    r"(?:\b(?:updated|posted|published|written|modified|last updated)\b[^.]*|"
    r"\b(?:19|20)\d\d\s*[-,|]?\s*|\b\d{4}-\d\d-\d\d\s*)$"
)
# The zones a bare four-digit or full-stop clock ("0710 local time", "07.22 KST") needs beside it.
_CLOCK_ZONES: Final = (
    r"GMT|UTC|KST|JST|local time|Korea time|Korean time|Seoul time|Japan(?:ese)? time|Tokyo time"
)
TIME_PATTERNS: Final = (
    r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*" + _AMPM + _ZONE,
    r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b" + _ZONE,
    # "at 16:59 pm local time (0859 GMT)": a 24-hour clock with a needless "pm" keeps its zone.
    r"\b(?P<hour>1[3-9]|2[0-3]):(?P<minute>[0-5]\d)\s*(?:p\.m\.?|pm)(?![a-z])" + _ZONE,
    # "0710 local time", "2150 KST", "at 0710 hours": a four-digit clock needs a zone or "hours".
    # "(2310 Wednesday GMT)", "(2310 GMT Wednesday)", "(2033 on Thursday UTC)": the UTC day may
    # stand beside the zone.
    # "0755 h local time (2255 h GMT on 11 February)": "h" for hours, as in "at 0534 h".
    r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hours?\s+|hrs\s+|h\s+)?"
    r"(?:(?:on\s+)?(?P<day_before>" + _DAY + r")\s+)?(?P<zone>" + _CLOCK_ZONES + r"|(?-i:Z))\b"
    r"(?:\s+(?:on\s+)?(?P<day_after>" + _DAY + r")\b)?",
    # "(2045 and 2140 GMT Monday)", "(2045 and 2140 Monday GMT)": a four-digit clock opening a
    # pair shares the zone (and the day) of the clock that closes it.
    r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s*(?:and|to|-|\u2013)\s*(?:[01]\d|2[0-3])"
    r"[0-5]\d\s*(?:hours?\s+|hrs\s+)?(?:(?:on\s+)?(?P<day_before>" + _DAY + r")\s+)?"
    r"(?P<zone>" + _CLOCK_ZONES + r")\b"
    r"(?:\s+(?:on\s+)?(?P<day_after>" + _DAY + r")\b)?)",
    # "07.22 local time": a clock with a full stop, where a zone says it is one.
    r"\b(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)\s*(?:hours?\s+|hrs\s+)?(?P<zone>"
    + _CLOCK_ZONES
    + r")\b",
    # "at 0534 hours", "at 0534 h and 0557 h local time"
    r"\b(?:at|around|about)\s+(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hours|hrs|h)\b",
    # "between 5.15 and 6.40 am": a clock with a full stop that shares the am/pm of the clock it
    # is joined to.
    r"\b(?P<hour>1[0-2]|0?[1-9])\.(?P<minute>[0-5]\d)(?=\s*(?:and|to|-|\u2013|or)\s*"
    r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))",
    # "between 6 and 7 a.m.", "from 9 to 10 p.m.": a bare hour opening a span shares the am/pm
    # of the clock that closes it.
    r"(?:(?<=\bbetween )|(?<=\bfrom ))(?P<hour>1[0-2]|0?[1-9])(?=\s*(?:and|to|-|\u2013)\s*"
    r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))",
    # "around 7 in the morning", "at about 3 in the afternoon": an hour with its part of day.
    # (The word before it stays outside, where a statement's "issued the order at" is read.)
    r"(?:(?<=\bat )|(?<=\baround )|(?<=\babout ))(?P<hour>1[0-2]|0?[1-9])"
    r"(?=\s+(?:in the|at) (?:morning|afternoon|evening|night)\b)",
    # "(midnight EDT Sunday)", "noon Korea time": a clock in words, with its zone ("around
    # midday" alone is no launch time).
    r"(?<!after )(?<!before )(?<!past )\b(?P<word>noon|midnight)\b" + _ZONE_REQUIRED,
    # "detected the launches at around noon", "went up from the Pyongyang area at about noon":
    # noon told as the moment ("at") is a clock in Korea's time without a zone ("around midday"
    # alone is a time of the day; "around noon (midnight EDT Sunday)" is read by its bracket).
    r"(?:(?<=\bat )|(?<=\bat around )|(?<=\bat about ))(?P<word>noon|midday)\b(?!\s*\()",
)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A clock time the wording gives; `is_utc` when stated in GMT/UTC, else Korea/Japan time."""

    clock: time
    is_utc: bool
    evidence: Evidence
    # The UTC day's weekday (0 = Monday) when the wording names it: "(20:45 GMT on Monday)".
    utc_weekday: int | None = None
    # "5:00 p.m. CDT, October 19, 2016", "13:00 GMT on March 5": the date written after the
    # zone is that zone's, and the UTC date is it moved by `day_shift` (a US clock past midnight).
    date_follows: bool = False
    day_shift: int = 0
    # That written date's month and day: "(11:03 p.m. EDT on Tuesday, May 3)" is May 3 in New
    # York, whatever day the report's other dates give the launch in Korea.
    written: tuple[int, int] | None = None
    # Given in the North's own time ("Pyongyang time", "local time in North Korea").
    pyongyang: bool = False
    # Given in a US zone ("1:30 p.m. EST"), and turned into UTC.
    us_zone: bool = False


_ABOUT_THE_MISSILE: Final = (
    r"\b(?:missiles?|projectiles?|rockets?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|launch\w*|"
    r"lift-?off|attempts?|went up|go up|firings?|tests?|test-fir\w+|shots?|salvo|flights?|"
    r"fired|shot|flew)\b|" + SEEN_VERBS
)


def tells_the_missile(sentence: Sentence) -> bool:
    """The sentence speaks of the missile or its launch (so a clock in it may be the launch's)."""
    return re.search(_ABOUT_THE_MISSILE, sentence.text, FLAGS) is not None


# "Instructions by the Prime Minister ... (11:47) pic.twitter.com/2SH8", "-- PM's Office of
# Japan (@JPN_PMO) September 13, 2023": a social media post set into the page, with its link or
# its signature; its clock is when it was posted.
_EMBEDDED_POST: Final = r"\bpic\.twitter\.com/|\(@\w{2,15}\)|\btwitter\.com/\w+/status/"
# "fired some 200 artillery rounds into the buffer zones", "fired 130 shells": guns fired, no
# missile, rocket or projectile in the sentence ("fired two rounds" alone may be missiles).
_ARTILLERY: Final = r"\b(?:artillery|shells|howitzers?|mortars?)\b"
_MISSILE_NOUNS: Final = (
    r"\b(?:missiles?|projectiles?|rockets?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|satellites?)\b"
)


def _guns_only(text: str) -> bool:
    """The sentence tells guns fired and no missile."""
    return bool(re.search(_ARTILLERY, text, FLAGS)) and not re.search(_MISSILE_NOUNS, text, FLAGS)


def _posted_at(text: str, match: re.Match[str]) -> bool:
    """A clock alone in brackets in a post set into the page: when it was posted.

    ("... detected ... a missile launch at 2:29 p.m. HST" in a command's post is the launch's.)
    """
    if not re.search(_EMBEDDED_POST, text, FLAGS):
        return False
    alone = re.search(r"\(\s*$", text[: match.start()]) and re.match(r"\s*\)", text[match.end() :])
    return bool(alone)


def find_time(sentence: Sentence, day: date | None = None) -> TimeMention | None:
    """The first launch time in the sentence (not the time it fell, nor a page's stamp).

    `day` (the launch's local day) sets daylight saving for a US zone given without it ("ET").
    A sentence of guns fired and no missile gives none.
    """
    if is_stamp_line(sentence.text) or _guns_only(sentence.text):
        return None
    found: list[TimeMention] = []
    skipped: list[tuple[int, int]] = []
    # In the order they are written, so a clock joined to one set aside before it is known.
    matches = sorted(
        (
            (match.start(), index, match)
            for index, pattern in enumerate(TIME_PATTERNS)
            for match in re.finditer(pattern, sentence.text, FLAGS)
        ),
        key=lambda item: item[:2],
    )
    for _, _, match in matches:
        before = sentence.text[: match.start()]
        statement = re.search(STATEMENT_BEFORE, before, FLAGS)
        if statement and re.search(SEEN_VERBS, statement.group(0), FLAGS):
            statement = None  # "said it spotted the launch at around 1:50 p.m."
        # "We stayed there until around 9:15": the end of something else, not a launch.
        until = re.search(r"\b(?:until|till)\s+(?:around\s+|about\s+)?$", before, FLAGS)
        meeting = re.search(MEETING_BEFORE, before, FLAGS)
        if meeting and re.search(_LAUNCHED, meeting.group(0), FLAGS):
            meeting = None
        skip = (
            statement
            or until
            or meeting
            or _opens_a_statement(before, sentence.text[match.end() :])
            or _opens_a_path(before, sentence.text[match.end() :])
            or re.search(_LATER_ONES_CLOCK, before, FLAGS)
        )
        posted = _posted_at(sentence.text, match)
        if _is_fall_time(before) or skip or posted or _is_stamp(sentence.text, match):
            skipped.append(match.span())
            continue
        # "at 6:03 a.m. local time (5:03 p.m. ET Tuesday)": the same moment in another
        # zone, set aside with the clock it converts.
        # "announced at 6:04 a.m. and 6:19 a.m.", "fell at 8:37 and 8:45": a clock joined to
        # one set aside is of the same kind.
        gaps = (sentence.text[end : match.start()] for _, end in skipped)
        # ("12:30" read again inside "12:30 p.m." set aside is the same clock.)
        inside = any(start <= match.start() < end for start, end in skipped)
        # ("At 04:00 on August 24 (07:00 pm on August 23 GMT)": the bracket after the clock's
        # day converts the clock.)
        if inside or any(re.fullmatch(_JOINED_GAP, gap, FLAGS) for gap in gaps):
            skipped.append(match.span())
            continue
        mention = _mention(sentence, match, day)
        if _glosses_another_hour(before, mention):
            skipped.append(match.span())
            continue
        found.append(mention)
    # "2:48 local time (18:18 GMT)": the stated UTC clock needs no conversion, so it wins.
    found.sort(key=lambda mention: (not mention.is_utc, mention.evidence.start))
    if len(found) > 1 and found[0].is_utc:
        local = _converted_local(sentence, found[0], found[1:])
        if local is not None:
            return local
        opening = _span_opening(sentence, found[0], found[1:])
        if opening is not None:
            return opening
    return found[0] if found else None


# ("sirens at around 5:30 p.m. Eastern time, or 6:30 a.m. local time": ", or" joins the same
# moment in another zone.)
_JOINED_GAP: Final = r"\s*(?:,|and|or|,\s*or|-|\u2013|(?:on\s+(?:[\w.]+\s+){0,2}?\d{1,2}\s*)?\()\s*"


# "just after noon (10.00 p.m. ET)", "around midnight (1500 GMT)": a clock in another zone, in
# brackets after the local clock in words that it converts.
_WORD_CLOCK_GLOSSED: Final = (
    r"(?:\b(?P<hedge>after|before)\s+)?\b(?P<word>noon|midday|midnight)(?:\s+(?:local time|KST|"
    r"JST|Korea(?:n)? time|Seoul time|Japan time|Tokyo time))?\s*\(\s*$"
)
# How far (minutes) a conversion may stray from "around noon" and still be the same moment.
_GLOSS_SLACK_MINUTES: Final = 60


def _glosses_another_hour(before: str, mention: TimeMention) -> bool:
    """The clock converts a local clock in words to another zone, but lands on another moment.

    "just after noon (10.00 p.m. ET)" is 11:00 in Seoul, before noon: the report's two clocks
    disagree, so neither is taken as the launch time. "around noon (midnight EDT Sunday)", 13:00
    in Seoul, is within the hour "around" allows, and the finer clock stands.
    """
    glossed = re.search(_WORD_CLOCK_GLOSSED, before, FLAGS)
    if glossed is None or not mention.is_utc:
        return False
    local = 12 * 60 if glossed.group("word").lower() in ("noon", "midday") else 0
    in_korea = ((mention.clock.hour + 9) % 24) * 60 + mention.clock.minute
    # Minutes from the local clock to the converted one, -720 to 719.
    apart = (in_korea - local + 720) % (24 * 60) - 720
    hedge = (glossed.group("hedge") or "").lower()
    if (hedge == "after" and apart < 0) or (hedge == "before" and apart > 0):
        return True  # "just after noon" converted to a clock before noon
    return abs(apart) > _GLOSS_SLACK_MINUTES


# "One launch came shortly before noon and the second between 4 p.m. and 5 p.m.", "a first missile
# early in the day and another at 9:40 a.m.": a clock told of a later missile of the salvo, in a
# clause of its own, is not the launch's (the first's) time.
_LATER_ONES_CLOCK: Final = (
    r"\b(?:and|while|then|with)\s+(?:then\s+)?(?:the|a)\s+(?:second|third|last|latter|final|other)"
    r"(?:\s+(?:one|launch|missile|projectile|rocket|firing))?\s+(?:(?:was\s+)?(?:fired|launched|"
    r"came|followed|went up)\s+)?(?:at|between|around|about|shortly after|just after|after|"
    r"before|by)?\s*(?:around\s+|about\s+)?$"
    r"|\band\s+(?:then\s+)?another(?:\s+(?:one|launch|missile|projectile|rocket|firing))?\s+"
    r"(?:(?:was\s+)?(?:fired|launched|came|followed|went up)\s+)?(?:at|between|around|about)"
    r"\s*(?:around\s+|about\s+)?$"
)


# "At 12:30 p.m., North Korea announced that it had launched ...", "At 7 a.m. the ministry said
# the missile had fallen ...": a clock opening a sentence whose subject then speaks is the time
# of the statement (a launch verb before the speaking verb, "At 6:10 a.m. North Korea fired a
# missile, the JCS said", keeps it the launch's).
_STATEMENT_AFTER: Final = (
    r"^\s*(?:(?:local time|KST|JST|Korea time|Seoul time|Tokyo time)\s*)?(?:\([^)]{1,30}\)\s*)?"
    # "At 4:06 p.m. on March 24, the Japanese Coast Guard announced that ...": the clock's date
    # may follow it.
    r"(?:on\s+(?:[\w.]+\s+){0,2}?(?:\w+|\d{1,2})\b\s*)?,?\s+(?:(?!(?:fired|launched|fires|launches|"
    r"test-fired|test-launched|shot|lobbed|lifted|took|blasted|detected|spotted)\b)[\w'.-]+\s+)"
    r"{1,8}?"
    r"(?:announced|said|reported|confirmed|stated|claimed|declared|revealed|disclosed)\s+"
    r"(?:that\b|it\b|the\b|its\b|a\b)"
)


_OPENING_AT: Final = (
    r"^\W*(?:(?:and|but|then)\s+)?(?:at|by|shortly after|just after|soon after)\s+"
    r"(?:around\s+|about\s+|approximately\s+|roughly\s+)?$"
)


# "At 04:00 on August 24 (...), a North Korean missile flew towards the Pacific Ocean", "At 8:37
# a.m. the missile fell into the sea": a clock opening a sentence whose subject then flies on or
# falls (no launch verb between) is a point on its path, not the launch.
_PATH_AFTER: Final = (
    r"^\s*(?:(?:local time|KST|JST|Korea time|Seoul time|Japan time|Tokyo time)\s*)?"
    r"(?:on\s+(?:[\w.]+\s+){0,2}?\d{1,2}\b\s*)?(?:\([^)]{1,40}\)\s*)?,?\s+"
    r"(?:(?!(?:fired|launched|fires|launches|test-fired|test-launched|shot|lobbed|lifted|took|"
    r"blasted|detected|spotted)\b)[\w'.-]+\s+){1,6}?"
    r"(?:fell|landed|came down|splashed down|crashed|flew|passed|was flying|was passing)\b"
)


# "the missile flew for 71 minutes and at around 3:44 p.m. it landed in waters ...", "...; at
# 8:37 a.m. the missile fell": a clock opening a clause joined to the sentence, as one opening it.
_CLAUSE_OPENING_AT: Final = (
    r"(?:[,;]|\band\b|\bthen\b)\s+(?:then\s+)?(?:at|by|shortly after|just after|soon after)\s+"
    r"(?:around\s+|about\s+|approximately\s+|roughly\s+)?$"
)


def _opens_a_path(before: str, after: str) -> bool:
    """The clock opens its sentence or one of its clauses, and is the time of a point on the
    missile's path."""
    opening = (
        re.match(_OPENING_AT, before, FLAGS) is not None
        or re.search(_CLAUSE_OPENING_AT, before, FLAGS) is not None
    )
    return opening and re.match(_PATH_AFTER, after, FLAGS) is not None


def _opens_a_statement(before: str, after: str) -> bool:
    """The clock opens its sentence, and is the time of the statement the sentence goes on to
    make."""
    opening = re.match(_OPENING_AT, before, FLAGS) is not None
    return opening and re.match(_STATEMENT_AFTER, after, FLAGS) is not None


# "at around 9 am", "about 7 a.m.", "shortly after 9 a.m.": a clock told loosely.
_LOOSE_BEFORE: Final = (
    r"\b(?:around|about|approximately|roughly|some time|sometime|shortly (?:after|before)|"
    r"just (?:after|before)|soon after)\s+$"
)


def is_loose(mention: TimeMention) -> bool:
    """A clock hedged to a round figure ("at around 9 am"), not given to the minute."""
    sentence = mention.evidence.sentence
    start = sentence.find(mention.evidence.text)
    loose = re.search(_LOOSE_BEFORE, sentence[: max(start, 0)], FLAGS) is not None
    return loose and mention.clock.minute % 5 == 0


def finer_clock(first: TimeMention, later: list[TimeMention]) -> TimeMention:
    """A later sentence's clock to the minute that sharpens a loose first one.

    "launched a projectile at around 9 am", then "the launch happened at 8:58 a.m.": the same
    moment told finer (within a quarter of an hour, in the same kind of zone); a clock further
    off, or itself loose, is another moment (a second missile's).
    """
    if not is_loose(first):
        return first
    for mention in later:
        if mention.is_utc != first.is_utc or is_loose(mention):
            continue
        gap = abs(
            (mention.clock.hour * 60 + mention.clock.minute)
            - (first.clock.hour * 60 + first.clock.minute)
        )
        if 0 < min(gap, 24 * 60 - gap) <= 15:
            return mention
    return first


def _span_opening(
    sentence: Sentence, utc: TimeMention, others: list[TimeMention]
) -> TimeMention | None:
    """The local clock opening a span whose closing clock alone is given in UTC.

    "between 8:10 a.m. and 9:20 a.m. (0020 GMT)": the UTC clock converts the span's end; the
    launches began at its opening, the first clock (not "at 7 a.m. (2200 GMT) and 7:20 a.m.").
    """
    locals_before = sorted(
        (m for m in others if not m.is_utc and m.evidence.end <= utc.evidence.start),
        key=lambda mention: mention.evidence.start,
    )
    if len(locals_before) < 2:
        return None
    # (A clock can be read twice, "8:30 a.m." and "8:30": the longest reading is the clock.)
    converted = max(locals_before, key=lambda mention: mention.evidence.end)
    start, end = converted.evidence.end - sentence.start, utc.evidence.start - sentence.start
    if not re.fullmatch(r"\s*\(\s*", sentence.text[start:end]):
        return None
    first = locals_before[0].evidence.start
    opening = max(
        (m for m in locals_before if m.evidence.start == first), key=lambda m: m.evidence.end
    )
    between = sentence.text[
        opening.evidence.end - sentence.start : converted.evidence.start - sentence.start
    ]
    if re.fullmatch(r"\s*(?:and|to|-|until|till)\s*", between, FLAGS):
        return opening
    return None


def _converted_local(
    sentence: Sentence, utc: TimeMention, others: list[TimeMention]
) -> TimeMention | None:
    """The Korea/Japan clock a UTC clock in brackets converts, where the conversion is off.

    "shortly before 8 a.m. local time (2200 GMT/UTC on Sunday)": the page's own conversion is an
    hour off its local clock; the local clock is what was observed, so it is the launch time.
    """
    for local in others:
        if local.is_utc or local.evidence.end > utc.evidence.start:
            continue
        start, end = local.evidence.end - sentence.start, utc.evidence.start - sentence.start
        gap = sentence.text[start:end]
        if not re.fullmatch(r"\s*\(\s*", gap):
            continue
        # Same minutes, other hours: the conversion took a wrong offset. Other minutes ("9:00
        # local time (0030 GMT)") are a finer clock than the local one, and the UTC one stands.
        wrong_offset = (local.clock.hour - 9) % 24 != utc.clock.hour
        if local.clock.minute == utc.clock.minute and wrong_offset:
            return local
    return None


def _mention(sentence: Sentence, match: re.Match[str], day: date | None) -> TimeMention:
    groups = match.groupdict()
    if groups.get("word"):
        hour, minute, ampm = (12 if groups["word"].lower() in ("noon", "midday") else 0), 0, ""
    else:
        hour = int(match.group("hour"))
        minute = int(groups.get("minute") or 0)
        ampm = (groups.get("ampm") or "").lower()
        if not ampm and not groups.get("zone"):
            ampm = _shared_ampm(sentence.text[match.end() :])
        if not ampm:
            # "at 2:30 in the afternoon", "at 7:22 in the morning"
            part = re.match(_PART_OF_DAY, sentence.text[match.end() :], FLAGS)
            ampm = ("am" if part.group(1).lower() == "morning" else "pm") if part else ""
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    zone = (groups.get("zone") or _shared_zone(sentence.text[match.end() :])).upper()
    zone = "GMT" if re.fullmatch(_UTC_WORDS, zone, FLAGS) else zone
    us_zone = zone in US_ZONES
    offset = US_ZONES.get(zone, OTHER_ZONES.get(zone))
    pyongyang = (
        bool(re.fullmatch(_PYONGYANG_ZONE, zone, FLAGS))
        or (
            zone == "LOCAL TIME"
            and re.match(
                r"(?:[^;]{0,40}?\blocal time)?" + _LOCAL_IN_NORTH,
                sentence.text[match.end() :],
                FLAGS,
            )
        )
        or (
            zone in ("", "LOCAL TIME")
            and re.search(_NORTH_TELLS, sentence.text[: match.start()], FLAGS) is not None
        )
    )
    if pyongyang:
        zone = "PYONGYANG TIME"
    elif offset is None and zone and zone[0] in US_SEASONAL_STANDARD and zone not in _LOCAL_ZONES:
        offset = US_SEASONAL_STANDARD[zone[0]] + (1 if day is None or _us_summer(day) else 0)
        us_zone = True
    named_day = groups.get("day_before") or groups.get("day_after")
    weekday = _WEEKDAYS.index(named_day.lower()) if named_day else None
    if weekday is not None and (groups.get("word") or "").lower() == "midnight":
        weekday = (weekday + 1) % 7  # "midnight Saturday" ends Saturday: 00:00 on Sunday
    shift = 0
    if offset is not None:
        # A US clock is turned into UTC here; its weekday moves with it past midnight.
        shift, hour = divmod(hour - offset, 24)
        converted = re.match(_UTC_BRACKET_DAY, sentence.text[match.end() :], FLAGS)
        if weekday is None and converted and shift == 0:
            # "at 4:43 p.m. central daylight time (2143 GMT) on Wednesday": the day after the
            # bracket is the US clock's, and the UTC clock's too where neither passes midnight.
            weekday = _WEEKDAYS.index(converted.group("day").lower())
        utc_day = re.match(_UTC_DAY_IN_BRACKET, sentence.text[match.end() :], FLAGS)
        if weekday is None and utc_day:
            # "at 7:49 p.m. EST (0049 GMT Wednesday)": the bracket names the UTC clock's own
            # day, already past midnight.
            weekday = (_WEEKDAYS.index(utc_day.group("day").lower()) - shift) % 7
        note = f"{match.group(0).strip()} = {hour:02d}:{minute:02d} UTC"
    is_utc = zone in ("GMT", "UTC", "Z") or offset is not None
    if offset is None:
        note = f"{hour:02d}:{minute:02d} " + ("UTC" if is_utc else "Korea/Japan time (UTC+9)")
    utc_weekday = (weekday + shift) % 7 if weekday is not None and is_utc else None
    dated = re.match(_DATE_AFTER, sentence.text[match.end() :], FLAGS) if is_utc else None
    return TimeMention(
        time(hour, minute),
        is_utc,
        sentence.evidence(match, note),
        utc_weekday,
        bool(dated),
        shift,
        _month_day(dated.group("date")) if dated else None,
        bool(pyongyang),
        us_zone and offset is not None,
    )


def _month_day(text: str) -> tuple[int, int] | None:
    """The month and day of a date written "May 3" or "3 May"."""
    month = re.search(r"\b" + MONTH_WORD, text, FLAGS)
    day = re.search(r"\b\d{1,2}\b", text)
    if month is None or day is None:
        return None
    return MONTHS[month.group("month").lower()], int(day.group(0))


# "at 2:30 in the afternoon", "at 5:42 this Thursday evening", "at 7.20 on Sunday morning": the
# part of the day told after the clock, with or without its day.
_PART_OF_DAY: Final = (
    r"\s+(?:(?:in the|at)\s+|(?:on\s+)?(?:this\s+)?(?:" + _DAY + r"\s+)?)"
    r"(morning|afternoon|evening|night)\b"
)
_LOCAL_ZONES: Final = ("KST", "JST", "GMT", "UTC", "Z")


def _us_summer(day: date) -> bool:
    """US daylight saving time: the second Sunday of March to the first Sunday of November."""
    march = date(day.year, 3, 8)
    november = date(day.year, 11, 1)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


# "Monday, August 31, 1998; 2:20 a.m. EDT", "09:54 AM ET", "March 18, 2024, 7:54 a.m.": a line
# that is only a date and a clock is when the page was written.
_STAMP_WORDS: Final = (
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|a\.?m|p\.?m|(?-i:[A-Z]{2,4})|st|nd|rd|th|"
    r"updated|posted|published|last|modified|first|on|at|local|time|standard|daylight|"
    r"eastern|pacific|central)\b"
)


def is_stamp_line(text: str) -> bool:
    """The line is only a date and a clock (with words like 'Updated'): the page's stamp."""
    if not re.search(r"\d", text):
        return False
    rest = re.sub(_STAMP_WORDS, " ", text, flags=FLAGS)
    return re.search(r"[A-Za-z]", rest) is None


# "(2143 GMT) on Wednesday": a UTC clock converting the one before it, then a day.
_UTC_BRACKET_DAY: Final = (
    r"\s*\(\s*(?:[01]?\d|2[0-3]):?[0-5]\d\s*(?:GMT|UTC)\s*\)\s*,?\s*(?:on\s+)?"
    r"(?P<day>" + _DAY + r")\b"
)
# "(0049 GMT Wednesday)", "(00:49 GMT on Wednesday)": a UTC clock in brackets with its own day.
_UTC_DAY_IN_BRACKET: Final = (
    r"\s*\(\s*(?:[01]?\d|2[0-3]):?[0-5]\d\s*(?:GMT|UTC)\s*,?\s*(?:on\s+)?(?P<day>" + _DAY + r")\b"
)
_MONTHS: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "5:00 p.m. CDT, October 19", "5:00 p.m. CDT/2200 GMT on Wednesday (October 19)": the date
# written after the clock (and its other zone's clock, its weekday) is that zone's.
_DATE_AFTER: Final = (
    r"(?:\s*/\s*\d{1,2}:?\d\d\s*(?:GMT|UTC))?"
    r"\s*,?\s*(?:on\s+)?(?:"
    + _DAY
    + r"\s*,?\s*\(?\s*)?(?P<date>"
    + _MONTHS
    + r"\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTHS
    + r")"
)
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# "- August 16, 19:05", "| 16 August 2019, ": a written date right before a clock.
_DATE_THEN_CLOCK: Final = (
    r"(?:\b"
    + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTHS
    + r")(?:,?\s+(?:19|20)\d\d)?\s*[,|-]?\s*$"
)


# "[Video, 00:42, Source: CNN]", "(Video 1:23)", "Watch: 02:15": how long a video runs.
_RUNNING_TIME_BEFORE: Final = (
    r"\b(?:video|clip|audio|podcast|watch|footage|duration|runtime|running time)\s*[,:|-]?\s*$"
)
# "At 22:42:28 on November 21 ... launched", "at around 6:51:40 a.m.": a clock to the second
# told as the moment something happened.
_AT_THE_SECOND: Final = r"\b(?:at|around|about|approximately)\s+$"


def _is_stamp(text: str, match: re.Match[str]) -> bool:
    """A page's time stamp or a video's length, not a launch: seconds given (not "at 22:42:28"),
    right after a year or 'Updated', or after a video's label."""
    if re.search(_RUNNING_TIME_BEFORE, text[: match.start()], FLAGS):
        return True
    minute = match.groupdict().get("minute")
    seconds = minute and re.match(r":[0-5]\d\b", text[match.end("minute") :])
    if seconds and not re.search(_AT_THE_SECOND, text[: match.start()], FLAGS):
        return True
    # "Date: 09:14, 02-03-2015": a clock beside a numeric date is the page's.
    if re.match(r"\s*,?\s*\d{1,4}[-./]\d{1,2}[-./]\d{2,4}\b", text[match.end() :]):
        return True
    # "North Korea fires flying objects ... - August 16, 19:05": a date and a clock closing a
    # line are when the page was written.
    if not text[match.end() :].strip() and re.search(
        _DATE_THEN_CLOCK, text[: match.start()], FLAGS
    ):
        return True
    return re.search(STAMP_BEFORE, text[: match.start()], FLAGS) is not None


_ZONE_NAMES: Final = (
    r"(?P<zone>KST|JST|GMT|UTC|"
    + _UTC_WORDS
    + "|"
    + "|".join(US_ZONES)
    + "|"
    + "|".join(OTHER_ZONES)
    + r"|"
    + _US_SEASONAL
    + r"|local time|"
    + _PYONGYANG_ZONE
    + r"|Korea(?:n)? (?:Standard )?time|Seoul time|Japan(?:ese)? (?:Standard )?time|Tokyo time)\b"
)


def _shared_zone(after: str) -> str:
    """'7:48 a.m. to 7:57 a.m. ET': the zone of a clock joined to this one by 'to', 'and' or a
    dash, where this one names none."""
    joined = re.match(
        r"\s*(?:and|to|-|\u2013|or)\s*(?:1[0-2]|[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*"
        r"(?:a\.m\.?|p\.m\.?|am|pm)?\s*" + _ZONE_NAMES,
        after,
        FLAGS,
    )
    return joined.group("zone") if joined else ""


def _shared_ampm(after: str) -> str:
    """'2:41 and 2:52 p.m.': the am/pm of a clock joined to this one by 'and', 'to' or a dash.

    "at about 7:25-37 p.m.", "between 8:48 and 57 pm": a dash, 'and' or 'to' may join only the
    minutes of the same hour.
    """
    joined = re.match(
        r"\s*(?:(?:and|to|-|or)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?|[-\u2013][0-5]\d|"
        # "between 8:48 and 57 pm": the closing clock gives only the minutes of the same hour.
        r"(?:and|to)\s+[0-5]\d)\s*" + _AMPM,
        after,
        FLAGS,
    )
    return joined.group("ampm").lower() if joined else ""


def _is_fall_time(before: str) -> bool:
    """The nearest verb before the clock time is a fall (landed, came down), not a launch."""
    falls = [m.start() for m in re.finditer(FALL_VERBS, before, FLAGS)]
    launches = [m.start() for m in re.finditer(LAUNCH_SIDE_VERBS, before, FLAGS)]
    return bool(falls) and max(falls) > max(launches, default=-1)


def _nearest(month_day: tuple[int, int] | None, near: date) -> date | None:
    """The date of that month and day nearest `near` (within a year either side)."""
    if month_day is None:
        return None
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            days.append(date(year, *month_day))
        except ValueError:
            continue
    return min(days, key=lambda day: abs((day - near).days), default=None)


# "Friday 10 March 2023 - 03:21", "Updated 09:14 GMT": a stamp's clock, and its zone if any.
_STAMP_CLOCK: Final = (
    r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d:])\s*"
    r"(?P<ampm>[ap]\.?m\b\.?)?\s*(?P<zone>(?-i:[A-Z]{2,5})\b)?"
)


def stamp_in_korea(stamp: str) -> time | None:
    """The latest Korean clock a page stamped at this time could have been written at that day.

    A stamp with no zone, or in UTC/GMT, is read as UTC (the zones from London east to Seoul put
    the page no later than that in Korea); one in Korea's or Japan's time as it stands. A stamp in
    another zone (a US desk's), or one whose Korean clock passes midnight, gives none.
    """
    match = re.search(_STAMP_CLOCK, stamp, FLAGS)
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower()
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    zone = (match.group("zone") or "").upper()
    if zone in ("KST", "JST"):
        return time(hour, minute)
    if zone not in ("", "GMT", "UTC"):
        return None
    return time(hour + 9, minute) if hour + 9 < 24 else None


def to_utc(
    local_day: date, mention: TimeMention | None, day_named: str = ""
) -> tuple[date, time | None, str]:
    """The UTC date and time of a launch on `local_day` (KST) at the mentioned time.

    A day has the clock of whoever names it. `day_named` "weekday": the report names the
    launch's day by a weekday alone (not early in Korea's morning, nor beside a Korean clock), so
    beside a US clock ("launched ... on Tuesday", "at about 1:30 p.m. EST") the weekday is that
    zone's; "date": a date written out ("On December 12, the satellite was launched", KCNA's) is
    Korea's, whatever the US clock beside it.
    """
    if mention is None:
        return local_day, None, "no time given: the UTC date is taken as the local date"
    if mention.is_utc and mention.date_follows:
        day = local_day + timedelta(days=mention.day_shift)
        written = _nearest(mention.written, local_day)
        if written is not None:
            day = written + timedelta(days=mention.day_shift)
        return day, mention.clock, "time and date given in UTC (or a US zone)"
    if mention.is_utc:
        # "(20:45 GMT on Monday)": the weekday named with the clock is the UTC day, the local
        # day or the one before it.
        # (A US clock's named day may be that zone's, a day behind UTC.)
        after = (local_day + timedelta(days=1),) if mention.us_zone else ()
        for day in (local_day, local_day - timedelta(days=1), *after):
            if mention.utc_weekday is not None and day.weekday() == mention.utc_weekday:
                return day, mention.clock, f"time given in UTC, on {day:%A}"
        if mention.us_zone and day_named == "weekday":
            day = local_day + timedelta(days=mention.day_shift)
            return day, mention.clock, "time given in a US zone, on the weekday that zone names"
        if mention.us_zone and mention.day_shift > 0 and day_named == "date":
            # "On December 12, the satellite was launched ... at 7:49 p.m. EST": Korea's
            # morning of the 12th, the US evening before.
            return local_day, mention.clock, "time given in a US zone, on Korea's date"
        if mention.day_shift > 0:
            # "fired on Sunday ... at 10:40 p.m. Hawaii Time": a US clock late on the day named
            # is the next UTC day (the day named is the US one: Korea's Sunday at that hour
            # would be Saturday in Hawaii).
            day = local_day + timedelta(days=mention.day_shift)
            return day, mention.clock, "time given in a US zone, past midnight UTC"
        # A UTC clock of 15:00 or later is already the next day in Korea.
        day = local_day - timedelta(days=1) if mention.clock.hour >= 15 else local_day
        return day, mention.clock, "time given in UTC"
    zone, name = KST, "KST"
    if mention.pyongyang and PYONGYANG_HALF_HOUR[0] <= local_day <= PYONGYANG_HALF_HOUR[1]:
        # "2:47 a.m. Pyongyang time" in November 2017: the North's clock was UTC+8:30.
        zone, name = PYONGYANG_TIME, "Pyongyang time (UTC+8:30)"
    local = datetime.combine(local_day, mention.clock, tzinfo=zone)
    utc = local.astimezone(UTC)
    note = f"{local:%Y-%m-%d %H:%M} {name} = {utc:%Y-%m-%d %H:%M} UTC"
    return utc.date(), utc.time().replace(tzinfo=None), note
