"""Which launch a report is about: its date, and the sentences about it (not earlier launches)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from core.report.clauses import (
    OTHER_EVENT_CLAUSE,
    as_spoken,
    head_before_other_event,
    in_other_event_clause,
    own_clause,
    recall_positions,
    statement_day,
    trim_recollection,
)
from core.report.clock import US_ZONES, is_stamp_line
from core.report.dateline import find_dateline
from core.report.dates import (
    MONTH_ONLY,
    DateMention,
    find_dates,
    names_other_period,
)
from core.report.fields import Found, find_class
from core.report.fields import caption_paragraphs as credited_paragraphs
from core.report.patterns import (
    ALSO_ON_A_DAY,
    COMPARED_WITH_PAST,
    CURRENT_CUES,
    FLAGS,
    LAUNCH_VERBS,
    RECALL_CUES,
    REPORTING_DAY_AFTER,
    REPORTING_DAY_BEFORE,
    REVEALED_DAY_BEFORE,
    RUNNING_TALLY,
    SPAN_AFTER_OPENER,
)
from core.report.text import Evidence, Sentence

_ZONES = (
    r"(?<![A-Za-z])(?:GMT|UTC|Greenwich Mean Time|Universal Time|" + "|".join(US_ZONES) + r"|ET|"
    # "at 2:40 p.m. Hawaii time on Monday (0040 GMT Tuesday)": the day of Hawaii's clock.
    r"Hawaii(?:-Aleutian)? (?:[Ss]tandard )?[Tt]ime|"
    r"U\.S\. time|US time|"
    r"Washington time|Eastern time|Pacific time)\b"
)
_ZONE_RIGHT_BEFORE = _ZONES + r"\s*$"
# A clock or a page written in a US zone: "5:42 p.m. (4:42 CT)", "Eastern Time".
US_ZONE_NAMED: Final = (
    r"\b(?:" + "|".join(US_ZONES) + r"|ET|CT|MT|PT)\b|"
    r"\b(?:Eastern|Central|Mountain|Pacific) (?:Standard |Daylight )?Time\b|\bWashington time\b|"
    r"\bU\.?S\.? time\b"
)
# A page filed in a US zone ("Updated: 2:42 p.m. MT July 4", "2:32 p.m. Tuesday EDT") is dated
# a day behind Korea: its lead's weekday may be the day after the page's date.
_US_DESK = (
    US_ZONE_NAMED + r"|"
    # "early Wednesday local time": a weekday pinned to Korea's clock is written from elsewhere.
    # ("... early Wednesday,\" local time": the quote a wire's words end in may come between.)
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s+|[,\"\u201d']{1,3}\s*)(?:local|Korea|Korean|Seoul|Japan|Tokyo) time\b"
)
# "13:00 GMT on March 5, 2024" is the launch's date; "(20:45 GMT on Monday)" names the UTC day.
_ZONE_BEFORE_DAY = _ZONES + r"\s*(?:on\s+)?$"
# "(2255 h GMT on 11 February)": a UTC clock with its date.
_UTC_ON_BEFORE: Final = r"\b(?:GMT|UTC)\s+on\s+$"
# "ahead of April 15 general elections", "on the eve of ...": a day still to come.
# "the exercise, scheduled from Monday through March 23", "drills due to start on Monday": an
# event's day set in advance.
_UPCOMING_BEFORE = (
    r"\b(?:ahead of|on the eve of|in the run-up to)\s+(?:the\s+)?$|"
    # "only days before South Korea holds a presidential election on Wednesday", "hours ahead of
    # talks that open Friday": an event still to come, told in the present after "before".
    r"\b(?:before|ahead of)\s+[^.;]{0,60}?\b(?:holds?|hosts?|votes?|goes\s+to\s+the\s+polls|"
    r"opens?|begins?|starts?|marks?|celebrates?)\s+(?:[\w'-]+\s+){0,4}?(?:on\s+)?$|"
    r"\b(?:scheduled|due|set|slated)\s+(?:to\s+(?:begin|start|run|open|end|be held|take place)"
    r"\s+)?(?:from|for|on|until|through|till)?\s*$"
)
_LAUNCH_NOUNS = r"\b(?:launch(?:es|ed)?|fired|firings?|(?<!nuclear )test(?:-fire|s)?)\b"
_MISSILE_WORDS = r"\b(?:missiles?|projectiles?|rockets?|ICBMs?|SRBMs?|MRBMs?|IRBMs?|SLBMs?)\b"
# What a launch verb may send up: "launched a military reconnaissance satellite" (satellites
# alone may be watching: "satellites picked up movements").
_LAUNCHED_THINGS = (
    _MISSILE_WORDS + r"|\b(?:launched|launches|launch|carrying|put)\b[^.;]{0,50}?\bsatellites?\b|"
    r"\bsatellite (?:launch|rocket)|\bspace launch vehicles?\b|"
    # "launched two KN-25 rounds", "test-fired a Hwasong-18": a named missile.
    r"\b(?:KN-?\d\d|Hwasong|Hwaseong|Pukguksong|Pukkuksong|Hwasal|Pulhwasal|[NR]odong(?! Sinmun)|"
    r"Musudan|Scuds?|Unha|Taepo-?dong|Chollima|Padasuri)\w*|\b(?:\d+|two|three|four|five|six)\s+"
    r"(?:[\w-]+\s+)?rounds\b"
)
# "the launch took place Thursday morning", "the firing happened early on Monday": the day given
# of the launch reported (not "a launch could take place", nor "the last launch took place").
_LAUNCH_TOOK_PLACE = (
    r"\b(?:the|this|today's|the latest|the new)\s+"
    r"(?:(?!(?:last|previous|earlier|prior|first|former|other)\b)[\w-]+\s+)?"
    # "reporting the test, which took place ... early on Wednesday": the same, in a clause.
    r"(?:launch|test-firing|firing|test)(?:\s+|\s*,?\s+(?:which|that)\s+)"
    r"(?:took place|happened|occurred|was (?:made|carried out|conducted|staged))\b|"
    # "two North Korean midrange missile tests failed on Thursday": the launches counted and
    # told as done (not "the last two tests failed").
    r"\b(?:two|three|four|five|six|[2-9])\s+"
    r"(?:(?!(?:last|previous|earlier|prior|first|former|other)\b)[\w-]+\s+){0,3}?"
    r"missile\s+(?:launches|tests|test-firings|firings)\s+(?:failed|ended in failure|took place|"
    r"happened|occurred|were (?:made|carried out|conducted|staged))\b"
)
# "Before Wednesday's test, North Korea had fired 22 missiles": the launch's day names the
# point the sentence looks back from; the sentence tells older launches.
_BEFORE_THE_LAUNCH = r"\b(?:before|prior to|until)\s+$"
# "North Korea fired a short-range missile as it did yesterday into its east sea", "fired two
# more, just as it had on Saturday": this launch likened to an older one, whose day it names.
_AS_IT_DID_BEFORE = (
    r"\b(?:(?:just|much)\s+)?(?:as|like)\s+(?:it|they|the North|North Korea|Pyongyang)\s+"
    r"(?:also\s+)?(?:did|had done|had|has done)\s+(?:(?:on|last|earlier)\s+)?$"
)

# "..., a city in the west, where the isolated state had already attempted a launch on Saturday"
_HAD_THERE_BEFORE = (
    r",\s+where\s+(?:[\w'-]+\s+){0,4}?(?:had|has)\s+(?:already\s+|previously\s+|also\s+)?"
    r"[^,;.]*$"
)


@dataclass(frozen=True, slots=True)
class Scope:
    """The launch day in Korea/Japan local time, why, and the sentences about that launch."""

    local_day: date
    evidence: Evidence | None
    current: tuple[Sentence, ...]
    recalled: tuple[Sentence, ...]
    # The day dates without a year count back from: the dateline's, else the publication date.
    anchor: date | None = None
    # The page's stamp line ("Friday 10 March 2023 - 03:21") where it gave the anchor.
    stamp: str = ""
    # The report gives a clock in a US zone ("5:42 p.m. (4:42 CT)"): a US desk's page, whose
    # stamp without a zone is in its own time, not UTC.
    us_zone: bool = False


# "the command did not say how far, if at all, it had flown": an open question on this launch's
# flight, told in the past perfect, recalls nothing older.
_HOW_FAR_FLOWN: Final = (
    r"\bhow\s+(?:far|high|long)\b[^.;]{0,30}?\b(?:it|they|the (?:missile|rocket)s?)\s+had\s+flown\b"
)


def _recalls(text: str) -> bool:
    text = re.sub(COMPARED_WITH_PAST, " ", text, flags=FLAGS)
    text = re.sub(_HOW_FAR_FLOWN, " ", text, flags=FLAGS)
    return _has(RECALL_CUES, as_spoken(text))


# "In a statement on Wednesday morning", "in its dispatch Tuesday", "by a bulletin early on
# Monday": a statement's day, named before who made it.
_IN_STATEMENT_BEFORE: Final = (
    r"\b(?:in|by|through)\s+(?:an?|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|report|dispatch|announcement|bulletin|press release|message|briefing|"
    r"commentary|notice)\s+(?:(?:issued|released|published|carried)\s+)?(?:late\s+|early\s+)?"
    r"(?:on\s+)?$"
)


# "North Korea fired two missiles on Monday, bringing to nine those it fired in three days": the
# launch told in the simple past with its own day beside the tally.
_ONE_LAUNCH_TOLD: Final = (
    r"(?<!has )(?<!have )(?<!had )\b(?:fired|launched|test-fired|test-launched)\b"
    r"(?![^,;]{0,60}\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?\w+\s+days)"
)


def _event_mentions(
    sentence: Sentence, published: date, weekdays_until: date | None = None
) -> list[DateMention]:
    """Dates in the sentence, without the day a statement was made ("KCNA said on Friday").

    A "yesterday" or "the day before" counts back from that statement's day where the sentence
    gives one ("North Korea said on Thursday it had tested a cruise missile the day before").
    """
    return _mentions(sentence, published, weekdays_until)[0]


# "the North said", "KCNA reported": the North tells its launches after it makes them.
_NORTH_SPOKE: Final = (
    r"\b(?:North Korea|Pyongyang|the North|the DPRK|KCNA|(?:North Korea's\s+)?state media)\s+"
    r"(?:also\s+|later\s+)?(?:said|says|announced|reported|claimed)\b"
)


def _recalled_statement(
    sentence: Sentence, published: date, weekdays_until: date, local_day: date, told_day: bool
) -> bool:
    """A statement made days before the launch, telling a launch in the past perfect.

    "On July 4, Pyongyang announced it had successfully launched its first ICBM" in a report of
    a launch on July 28: the day is its statement's, and what it told is an older launch. So is
    a launch it tells in the past ("On March 25, North Korea announced the launch of a ballistic
    missile", in a report of May 4), not a plan ("said it would launch"). A launch is not told
    before it is made: "On Saturday, the North said it had test-fired an anti-ship rocket", in a
    report of a Sunday launch, tells an older one: the North tells its launches after them (the
    story must state the launch's day: a US desk's may be a day behind Korea's, and a day taken
    from the page may be late).
    """
    stated = _mentions(sentence, published, weekdays_until)[1]
    lag = 0 if told_day and re.search(_NORTH_SPOKE, sentence.text, FLAGS) else DATELINE_LAG_DAYS
    early = any((local_day - mention.day).days > lag for mention in stated)
    weeks = any((local_day - mention.day).days > DATELINE_LAG_DAYS for mention in stated)
    told = _has(RECALL_CUES[0], sentence.text)
    done = weeks and _tells_launch(sentence.text) and not _has(_PLANNED, sentence.text)
    return (early and told) or done


def _mentions(
    sentence: Sentence, published: date, weekdays_until: date | None = None
) -> tuple[list[DateMention], list[DateMention]]:
    """The sentence's dates of events, and the days its statements were made."""
    events: list[DateMention] = []
    stated: list[DateMention] = []
    # "much higher than Pyongyang's last ICBM launch in 2017": the year of a launch this one is
    # measured against dates no event of the report.
    compared = [m.span() for m in re.finditer(COMPARED_WITH_PAST, sentence.text, FLAGS)]
    for mention in find_dates(sentence, published, weekdays_until):
        at = mention.evidence.start - sentence.start
        if any(start <= at < end for start, end in compared):
            continue
        before = sentence.text[: mention.evidence.start - sentence.start]
        after = sentence.text[mention.evidence.end - sentence.start :]
        # "In a statement on Wednesday morning (local time), the space authorities said ...":
        # the day of the statement ("a report on Tuesday's launch" is the launch's day).
        in_statement = re.search(_IN_STATEMENT_BEFORE, before, FLAGS) and not re.match(
            r"'s\b", sentence.text[mention.evidence.end - sentence.start :]
        )
        if mention.evidence.text.lower().endswith("'s"):
            in_statement = False
        if _owns_launch(mention, after):
            # "According to KCNA, Sunday's launch was meant to ...": the day the launch owns,
            # whoever the sentence cites ("Before Wednesday's launch, ..." still looks back).
            if not _other_day(mention, before, after):
                events.append(mention)
        elif (
            re.search(REPORTING_DAY_BEFORE, before, FLAGS)
            or re.search(REPORTING_DAY_AFTER, after, FLAGS)
            or in_statement
        ):
            stated.append(mention)
        elif not _other_day(mention, before, after):
            events.append(mention)
    events = _launch_verbs_day(sentence, events)
    if stated:
        events = [
            replace(mention, day=stated[0].day - timedelta(days=1))
            if mention.kind == "yesterday"
            else mention
            for mention in events
        ]
    return events, stated


# "Sunday's launch", "Tuesday's missile test", "Friday's ICBM firing": a day the launch owns (not
# "Sunday's statement on the launch", nor "Monday's launch ceremony").
_LAUNCH_OWNED: Final = (
    r"^(?:'s)?\s+(?:(?!nuclear\b)[\w-]+\s+){0,2}?(?:launch(?:es)?|test-firings?|test-launch(?:es)?|"
    r"firings?|tests?)\b(?!\s+(?:ceremony|site|pad|window|plan|preparations?)\b)"
)


def _owns_launch(mention: DateMention, after: str) -> bool:
    """The mention is a possessive day whose noun is the launch ("Sunday's launch")."""
    possessive = mention.evidence.text.lower().endswith("'s") or after.startswith("'s")
    return possessive and re.match(_LAUNCH_OWNED, after, FLAGS) is not None


# "... the missile it launched on Sunday", "the rockets fired Tuesday", "detected North Korea
# firing a short-range ballistic missile into the waters off its eastern coast on Sunday": a day
# a launch verb gives, in the sentence's own words, what was fired and where between them (not
# "fired a missile a week after Sunday's talks", "fired ..., two days before Sunday's vote").
_LAUNCHED_ON_BEFORE: Final = (
    r"\b(?:fired|launched|test-fired|test-launched|lobbed|firing|launching|test-firing|"
    r"test-launching)\b(?:\s+(?!(?:after|before|since|until|when|while|as|than|and|but|ahead)\b)"
    r"[\w'-]+){0,12}?\s+(?:early\s+|late\s+)?(?:on\s+)?$"
)
# "On January 12, Rodong Sinmun reported a hypersonic missile launch on Tuesday": a day the
# launch noun is given right after it.
_LAUNCH_NOUN_ON_BEFORE: Final = (
    r"\b(?:launch|launches|test-firing|test-launch|firing|missile test)\s+"
    r"(?:early\s+|late\s+)?(?:on\s+)?$"
)
# "On Monday the regime released photos of ...": a day opening the sentence.
_OPENING_DAY_BEFORE: Final = r"^\W*(?:(?:early|late|later|earlier)\s+)?(?:on\s+)?$"


def _launch_verbs_day(sentence: Sentence, events: list[DateMention]) -> list[DateMention]:
    """A day opening the sentence yields to a later day its launch verb (or noun) gives.

    "On Monday the North Korean regime released photos of the missile it launched on Sunday":
    Monday is the day of the photos, Sunday the launch's; so in "On January 12, state media
    reported a hypersonic missile launch on Tuesday". (With no launch verb right before a
    later day, "On Monday North Korea fired ... a week after Sunday's talks", the opening day
    stands.)
    """
    if len(events) < 2:
        return events
    offsets = [(m, m.evidence.start - sentence.start) for m in events]
    launched = [
        m
        for m, start in offsets[1:]
        if re.search(_LAUNCHED_ON_BEFORE, sentence.text[:start], FLAGS)
        or re.search(_LAUNCH_NOUN_ON_BEFORE, sentence.text[:start], FLAGS)
    ]
    first, start = offsets[0]
    opening = re.match(_OPENING_DAY_BEFORE, sentence.text[:start], FLAGS)
    if not launched or opening is None:
        return events
    between = sentence.text[first.evidence.end - sentence.start : launched[0].evidence.start]
    if len(re.findall(LAUNCH_VERBS, between, FLAGS)) > 1:
        return events  # the opening day is told with a launch of its own
    return [m for m in events if m is not first]


_PICTURE_DAY_BEFORE: Final = (
    r"\b(?:images?|imagery|photos?|photographs?|pictures?|footage)\s+"
    r"(?:(?:taken|captured|shot|made|dated)\s+)?(?:from|on|dated)\s+$"
)


# "which Kim Jong Un ordered on Monday", "ordered the missile launch on Monday", "signed the
# order on Monday": an order's day (not "ordered to fire on Monday": no launch verb between).
_ORDERED_BEFORE: Final = (
    r"\b(?:ordered|approved|authori[sz]ed|signed(?:\s+off(?:\s+on)?)?|green-lit|greenlit)\s+"
    r"(?:(?!(?:fired|launched|firing|launching|fire|to)\b)[\w'-]+\s+){0,5}?"
    r"(?:late\s+|early\s+)?(?:on\s+)?$"
)

# "its second test of the Hwasong-18, which it first fired on April 13", "a type the North first
# tested in March": the day the type was first flown, an older launch than the one reported.
_FIRST_FLOWN_BEFORE: Final = (
    r"\b(?:which|that)\s+(?:it|they|the North|North Korea|Pyongyang)\s+(?:had\s+)?first\s+"
    r"(?:fired|launched|tested|test-fired|test-launched|flight-tested|flew)\s+(?:on\s+|in\s+)?$"
)


def _pictures_launch(text: str) -> bool:
    """The caption's picture shows a launch ("The launch of a hypersonic missile ..., in a
    picture taken on ...", "a photo taken on ... shows the test-firing of ..."), not a place or
    the preparations for one ("a missile on the launchpad")."""
    shown = re.sub(_LAUNCH_PLACE, " ", text, flags=FLAGS)
    return re.search(_LAUNCH_SHOWN, shown, FLAGS) is not None


# "The launch of a hypersonic missile", "shows the test-firing of", "a missile lifting off": a
# launch in a picture.
_LAUNCH_SHOWN: Final = (
    r"\b(?:launch|test-firing|test-launch|firing|test-fire|liftoff|lift-off)\s+of\b|"
    r"\b(?:lifting|lifts|lifted|blasting|blasts)\s+off\b|\bbeing\s+(?:launched|fired|test-fired)\b"
)


def _other_day(mention: DateMention, before: str, after: str) -> bool:
    """The day of something other than the launch: a revelation, a zoned clock, an event."""
    if re.search(REVEALED_DAY_BEFORE, before, FLAGS):
        return True
    # "This satellite image from March 29 shows a missile on the launchpad": the day a picture
    # was taken, before the launch it shows the preparations of. (A picture of the launch, "The
    # launch of a hypersonic missile ..., in a picture taken on January 6", is dated by it.)
    if re.search(_PICTURE_DAY_BEFORE, before, FLAGS) and not _pictures_launch(before + after):
        return True
    # "the test, which leader Kim Jong Un ordered on Monday", "the launch Kim signed off on
    # Sunday": the day an order was given, before the launch it ordered.
    if re.search(_ORDERED_BEFORE, before, FLAGS):
        return True
    if re.search(_FIRST_FLOWN_BEFORE, before, FLAGS):
        return True
    # "(19:00 Friday GMT)", "2:32 p.m. Tuesday EDT": the day of a zoned clock, not another
    # event.
    if re.match(r"\s*" + _ZONES, after):
        return True
    # "(2150 GMT Tuesday)", "(20:45 GMT on Monday)", "11:33 p.m. EDT Friday": the same, with the
    # zone first (a US zone's day is Washington's).
    if re.search(_ZONE_BEFORE_DAY if mention.kind == "weekday" else _ZONE_RIGHT_BEFORE, before):
        return True
    # "(2255 h GMT on 11 February)": a UTC clock's own date (a US zone's, "11:21 a.m. Hawaii time
    # on April 15", is left to the clock).
    if mention.kind == "explicit" and re.search(_UTC_ON_BEFORE, before, FLAGS):
        return True
    # "April 15 general elections": the day of an event the launch came before.
    if re.search(_UPCOMING_BEFORE, before, FLAGS):
        return True
    if re.search(_AS_IT_DID_BEFORE, before, FLAGS):
        return True
    # "launched from Kusong, where the North had already failed to fire one on Saturday": the
    # day of an older attempt at the place, told in a clause about the place.
    if re.search(_HAD_THERE_BEFORE, before, FLAGS):
        return True
    # "Before Wednesday's test, North Korea had fired 22 missiles".
    possessive = mention.evidence.text.lower().endswith("'s")
    if (possessive or after.startswith("'s")) and re.match(_EVENTS_OWN_DAY, after, FLAGS):
        return True
    return possessive and re.search(_BEFORE_THE_LAUNCH, before, FLAGS) is not None


# "showing off its missiles at yesterday's military parade", "after Saturday's summit in
# Singapore": a day owned by an event other than a launch (not "Saturday's firing drill", which
# may be the launch).
_EVENTS_OWN_DAY: Final = (
    r"^(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:parades?|summits?|talks|meetings?|elections?|"
    r"ceremon(?:y|ies)|celebrations?|rall(?:y|ies)|speech(?:es)?|holidays?|anniversary|visits?|"
    r"inaugurations?|festivals?|congress|plenum|conferences?|banquets?|funerals?)\b"
)


# "told the coast guard it planned to launch a satellite rocket": a launch still to come.
# "the U.S. said it knew of reports that Pyongyang was getting ready to test missiles", "poised
# to fire", "expected to launch": the same, foreseen by others.
_PLANNED: Final = (
    r"\b(?:plan(?:s|ned)?|intend(?:s|ed)?|prepar(?:es|ed|ing)|would|will|going|ready|poised|"
    r"about|expected|likely)\s+(?:to\s+)?"
    r"(?:launch|fire|test)\b"
)


# "a missile defence system", "the THAAD anti-missile battery", "missile interceptors": a
# shield against missiles, not a launch of one.
_MISSILE_DEFENCE: Final = (
    r"\b(?:anti-?|ballistic\s+)?missiles?[- ]defen[cs]es?\b|\banti-?(?:ballistic\s+)?missiles?\b|"
    r"\bmissile\s+(?:shield|interceptors?)\b"
)


def _unplanned(text: str) -> str:
    return re.sub(_PLANNED, " ", text, flags=FLAGS)


def _tells_launch(text: str) -> bool:
    """The sentence speaks of a launch or a missile (not only of a threat or a statement)."""
    return _has((_MISSILE_WORDS, _LAUNCH_NOUNS, LAUNCH_VERBS, _LAUNCHED_THINGS), text)


def _has(patterns: Sequence[str] | str, text: str) -> bool:
    if isinstance(patterns, str):
        patterns = (patterns,)
    return any(re.search(pattern, text, FLAGS) for pattern in patterns)


# A wire files a launch the day it happens or the day after; a date written out that is more
# than this many days before the dateline ("On March 10 the North said it had fired ...",
# filed March 17) is an older launch the story recalls.
DATELINE_LAG_DAYS: Final = 2
# The dateline opens one of the report's first paragraphs.
DATELINE_WITHIN: Final = 4


def _event_date(
    sentences: Sequence[Sentence],
    mentions: Sequence[list[DateMention]],
    earliest: date | None = None,
    after_lead: date | None = None,
) -> DateMention | None:
    """The date of the first sentence that describes a launch without recalling an older one.

    Once a sentence has told a launch with no day of its own, a day written out before
    `after_lead` is an older launch's: "The DPRK fired three projectiles, Yonhap reported
    Saturday. ... On Aug 14, five missiles of the new type were also fired."
    """
    # "The first came on January 6, when ... According to the JCS, the missile launched on
    # January 6 flew about 1,100 km": a day a recollection gave stays the older launch's.
    recalled_days: set[date] = set()
    # Days of a month's older launches told after an undated lead: no launch day, whichever pass.
    older_days: set[date] = set()
    undated_lead = False
    # The class the undated lead gives the launch ("two short-range ballistic missiles").
    lead_class: Found | None = None
    launch_told = False
    others_paragraph: int | None = None
    for index, (sentence, found) in enumerate(zip(sentences, mentions, strict=True)):
        text = sentence.text
        bound = after_lead if undated_lead and after_lead else earliest
        if re.search(_OTHER_LAUNCHES, text, FLAGS):
            others_paragraph = sentence.paragraph
        elif others_paragraph != sentence.paragraph:
            others_paragraph = None
        elif found and re.search(_OF_THEM, text, FLAGS):
            # "North Korea has carried out three other missile tests in under two weeks. It said
            # two of them involved hypersonic missiles, while Friday's test involved ...": the
            # other launches counted, told one by one.
            recalled_days.update(m.day for m in found)
            continue
        if found and launch_told and _has(ALSO_ON_A_DAY, text):
            # "It is unclear what North Korea fired. The regime also launched three missiles on
            # Saturday": a launch added to the one told, on a day of its own.
            recalled_days.update(m.day for m in found)
            continue
        launch_told = launch_told or (
            _has(LAUNCH_VERBS, _unplanned(text)) and _has(_LAUNCHED_THINGS, text)
        )
        # "coming only three days after the North fired the same type of missiles last Friday.
        # ... last Friday's missiles flew about 430 km": a day a clause after "after" gave to a
        # launch stays that older launch's in the sentences that follow.
        recalled_days.update(
            m.day
            for m in found
            if in_other_event_clause(sentence, m)
            and _has(LAUNCH_VERBS, _clause_before(sentence, m))
        )
        found = [
            m
            for m in found
            if not in_other_event_clause(sentence, m)
            and not (bound and m.kind == "explicit" and m.day < bound)
            and m.day not in recalled_days
        ]
        told = _has(LAUNCH_VERBS, _unplanned(text)) and _has(_LAUNCHED_THINGS, text)
        if undated_lead and found and told and _other_range(sentence, lead_class):
            # "North Korea has fired two short-range ballistic missiles ... According to Japan,
            # North Korea fired an intercontinental ballistic missile on Saturday": after a lead
            # that told the launch's reach with no day, a dated launch of another reach is an
            # older one.
            recalled_days.update(m.day for m in found)
            continue
        # (Not a headline's: "North Korea carries out successful missile launch" over "... on 28
        # July 2017" in an analysis filed days later.)
        if index > 0 and told and not found and not _recalls(text) and not undated_lead:
            undated_lead = True
            lead_class = find_class([sentence])
        month = re.search(MONTH_ONLY, text, FLAGS)
        if (
            found
            and undated_lead
            and month
            and month.start() < found[0].evidence.start - sentence.start
        ):
            # "North Korea has launched a missile ... At the start of November it fired as many
            # as 23 missiles, and yesterday the country launched a short-range missile": after
            # a lead that told the launch with no day, a sentence of the month's launches tells
            # older ones, its "yesterday" too.
            older_days.update(m.day for m in found)
            continue
        opener = re.match(SPAN_AFTER_OPENER, text, FLAGS)
        if found and opener and not [at for at in recall_positions(sentence) if at >= opener.end()]:
            # "A few days after firing a missile over Japan, North Korea has fired two more ...,
            # the JCS said on Sunday, October 9": the opener recalls; the rest tells the launch.
            found = [m for m in found if m.evidence.start - sentence.start >= opener.end()]
            text = text[opener.end() :]
        elif found and _recalls(text):
            recalled_days.update(
                m.day
                for m in found
                if m.evidence.start - sentence.start >= min(recall_positions(sentence), default=0)
            )
            # "On July 28, North Korea launched a missile ... farther than the previous test":
            # the launch is told before the recollection starts.
            text = text[: min(recall_positions(sentence), default=0)]
            found = [m for m in found if m.evidence.end - sentence.start <= len(text)]
        if found and _has(RUNNING_TALLY, text) and not _has(_ONE_LAUNCH_TOLD, text):
            continue  # "That brings to six ..., three on Saturday and one on Sunday": older days
        if found and _has(LAUNCH_VERBS, _unplanned(text)) and _has(_LAUNCHED_THINGS, text):
            return found[0]
        weekdays = [m for m in found if m.kind != "explicit"]
        if weekdays and _has(_LAUNCH_TOOK_PLACE, text):
            # "The JCS said the launch took place Thursday morning": the launch's own day, told
            # of the launch noun, before a later sentence's "the weapon fired on Tuesday". (A
            # date written out, "took place Dec. 21", may be a launch told weeks on.)
            return weekdays[0]
    for sentence, found in zip(sentences, mentions, strict=True):
        relative = [
            m
            for m in found
            if m.kind != "explicit"
            and not in_other_event_clause(sentence, m)
            and m.day not in older_days
            # ("last Friday's missiles flew about 430 km" after "three days after the North
            # fired ... last Friday": the older launch's day, whichever pass.)
            and m.day not in recalled_days
        ]
        text = sentence.text
        if relative and _recalls(text):
            # "the launch took place early on Wednesday, only days after the North accused the
            # US of spying": the launch's day is told before the recollection starts.
            text = text[: min(recall_positions(sentence), default=0)]
            relative = [m for m in relative if m.evidence.end - sentence.start <= len(text)]
        # "On Friday, satellites picked up movements at the nuclear test site": no launch.
        # "On Friday the US and South Korea agreed to deploy a missile defence system": a
        # defence against missiles fires none.
        unplanned = re.sub(_MISSILE_DEFENCE, " ", _unplanned(text), flags=FLAGS)
        about_launch = _has(_MISSILE_WORDS, unplanned) or _has(_LAUNCH_NOUNS, unplanned)
        if unplanned != text and not _has(LAUNCH_VERBS, unplanned):
            about_launch = False  # only a plan to launch
        if relative and about_launch:
            return relative[0]
    # "The tests, on the Sea of Japan on May 29 and 30, are thought to have involved the Rodong
    # 1, a missile ...": a date written out beside launch nouns, with no launch verb.
    for sentence, found in zip(sentences, mentions, strict=True):
        explicit = [
            m
            for m in found
            if m.kind == "explicit"
            and not in_other_event_clause(sentence, m)
            and not (earliest and m.day < earliest)
        ]
        told = _has(_MISSILE_WORDS, sentence.text) and _has(_LAUNCH_NOUNS, sentence.text)
        told = told and not _has(LAUNCH_VERBS, sentence.text)
        if explicit and told and not _recalls(sentence.text):
            return explicit[0]
    if earliest is None:
        return None
    # "Kim gave the order for the Oct. 31 launch", "its attempt on May 27 to put a satellite into
    # orbit had failed": a day written out on the launch noun itself, with no launch verb to
    # tell it (near the page's days only: "the July 4 launch" weeks before is an older one).
    for sentence, found in zip(sentences, mentions, strict=True):
        if _recalls(sentence.text):
            continue
        for mention in found:
            if mention.kind != "explicit" or mention.day < earliest:
                continue
            if in_other_event_clause(sentence, mention):
                continue
            before = sentence.text[: mention.evidence.start - sentence.start]
            after = sentence.text[mention.evidence.end - sentence.start :]
            on_noun = re.match(_NOUN_AFTER_DAY, after, FLAGS) or re.search(
                _NOUN_BEFORE_DAY, before, FLAGS
            )
            if on_noun and _has((_LAUNCH_NOUNS, _LAUNCHED_THINGS), sentence.text):
                return mention
    return None


# The classes that tell a missile's reach: launches of two of them are two launches.
_REACHES: Final = ("SRBM", "MRBM", "IRBM", "ICBM")


def _other_range(sentence: Sentence, lead_class: Found | None) -> bool:
    """The sentence tells missiles of another reach than the lead gave the launch."""
    if lead_class is None or lead_class.value not in _REACHES:
        return False
    said = find_class([sentence])
    return said is not None and said.value in _REACHES and said.value != lead_class.value


# "the Oct. 31 launch", "the May 27 test-firing"; "its attempt on May 27", "the launch of
# March 5": the launch noun that a day is written on.
_NOUN_AFTER_DAY: Final = r"^(?:'s)?\s+(?:launch|test-firing|test-launch|firing|test|attempt)\b"
_NOUN_BEFORE_DAY: Final = (
    r"\b(?:the|its|this|their|a)\s+(?:[\w-]+\s+)?(?:launch|test-firing|test-launch|firing|test|"
    r"attempt)\s+(?:on|of)\s+$"
)


# "three other missile tests in under two weeks", "two other launches this month": launches
# counted beside the one reported; "two of them", "one of those" then tell them one by one.
_OTHER_LAUNCHES: Final = (
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+other\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tests|launches|firings|test-firings|test-launches)\b"
)
_OF_THEM: Final = r"\b(?:of|among)\s+(?:them|those|these)\b"


def _clause_before(sentence: Sentence, mention: DateMention) -> str:
    """The words of the "after ..." clause up to the mention: what the other event was."""
    before = sentence.text[: mention.evidence.start - sentence.start]
    clause = re.search(OTHER_EVENT_CLAUSE, before, FLAGS)
    return clause.group(0) if clause else ""


# "Kishida, who visited Seoul last week to reaffirm ties, said Tokyo strongly condemned the
# launch": an aside about a person names another time, not the sentence's.
_ASIDE = r",\s*who\b[^,;.]*,"


def _no_aside(sentence: Sentence) -> Sentence:
    """The sentence without a person's aside or a measure against an older launch.

    ("the missile covered 1,100 km, much higher than Pyongyang's last ICBM launch in 2017":
    the year is the launch measured against, not one the sentence tells.)
    """
    text = re.sub(_ASIDE, lambda m: " " * len(m.group(0)), sentence.text, flags=FLAGS)
    text = re.sub(COMPARED_WITH_PAST, lambda m: " " * len(m.group(0)), text, flags=FLAGS)
    return replace(sentence, text=text)


_LATER_OPENER = (
    r"^\W*(?:(?:a|one|two|three|several|a few) (?:days?|weeks?|months?) later|"
    r"(?:on |in )?the (?:next|following) (?:day|week|month))\b"
)


# "That ICBM was reported to be its most formidable", "Those tests involved ...": a sentence
# opened by a demonstrative pointing back at the launch just recalled carries its recollection
# on into a new paragraph ("this launch" would be the new one).
_THAT_OPENER = (
    r"^\W*(?:(?:but|and|yet)\s+)?(?:that|those|the earlier|the previous|the former)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|tests?|test-firings?|firings?|missiles?|rockets?|"
    r"ICBMs?|IRBMs?|SRBMs?|MRBMs?|SLBMs?|weapons?|projectiles?|salvos?|flights?)\b|"
    # "Those were thought to be short-range, of the Scud or Rodong type": "those" standing
    # alone for the missiles just recalled.
    r"^\W*(?:(?:but|and|yet)\s+)?those\s+(?:were|had|flew|travel+ed|landed|fell)\b|"
    # "The first of those flew about 430 kilometers", "According to the Korea Times, both of
    # those missiles were estimated to have flown ...": some of the missiles just recalled.
    # ("According to the Pentagon, three of them travelled about 1,000 kilometers", after "by
    # firing four ballistic missiles into the sea off Japan" earlier this month: the same)
    r"^\W*(?:according\s+to\s+[^,;.]{1,40},\s*)?(?:the\s+)?(?:first|second|last|latter|"
    r"former|both|each|all|one|two|three|four)\s+of\s+(?:those|them)\b"
)


# A picture's caption: "FILE PHOTO: In Seoul, on October 31, 2019, people watch ...", "This
# picture, released by KCNA on April 24, 2016, shows ... (AFP)", "In this undated handout image
# ...", "© REUTERS/...": its days are the picture's (often an older launch), not the story's.
_CAPTION = (
    # ("Photo caption: ...", "[Photo caption: ...]", "Caption: ...")
    r"^\W*(?:file\s+|handout\s+)?(?:photos?|pictures?|images?|video|footage)\s*"
    r"(?:(?:source|caption)\s*)?:|^\W*caption\s*:|"
    # "[Photo caption] TOPSHOT - At a Seoul railway station ...": a caption labelled in brackets.
    r"^\W*\[\s*(?:photo|picture|image|video)?\s*caption\s*\]|"
    r"^\W*(?:in\s+)?(?:this|these|an?)\s+(?:undated\s+|file\s+|handout\s+|recent\s+){0,3}"
    r"(?:photos?|photographs?|pictures?|images?|footage|screen ?grabs?|stills?|video)\b"
    r"(?=[^.;]{0,160}\b(?:shows?|showing|released|provided|distributed|taken|published|issued|"
    r"handed out|supplied)\b)|"
    r"^\W*(?:file|undated|handout)\s+(?:photos?|pictures?|images?|footage)\b|"
    # "People watch a TV showing a file image of a missile launch at Seoul Railway Station":
    # the wire photo of a station's screen, captioned by who watches it.
    r"^\W*(?:people|passers-?by|commuters|travell?ers|residents|visitors|citizens|a (?:man|woman)|"
    r"(?:south )?koreans)\s+(?:watch(?:es|ing)?|walk(?:s|ing)? past|pass(?:es|ing)? by)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:large|big|giant)\s+)?(?:tv|television|screen)\b|"
    r"\u00a9|\((?:AFP|AP|Reuters|Yonhap|EPA|Xinhua|KCNA|Getty Images)(?:\s+Photo\b[^)]*)?\)\W*$"
)


# "REUTERS/Kim Hong-Ji", "AFP/Jung Yeon-je", "AP Photo/Ahn Young-joon" closing a caption: the
# agency, then the photographer.
# "..., in Seoul, South Korea, July 31, 2019. / Reuters": a credit closing a caption.
_TRAILING_CREDIT = (
    r"(?:^|\s)/\s*(?-i:REUTERS|Reuters|AFP|AP|Yonhap|EPA|KCNA|Getty Images|Kyodo|Xinhua)"
    r"(?:\s+(?-i:Photo|PHOTO|Images|Pool|POOL))?\W*$"
)
_AGENCY_CREDIT = (
    r"^\W*(?-i:REUTERS|Reuters|AFP|AP|Yonhap|EPA|KCNA|Getty Images|Kyodo|Xinhua)"
    r"(?:\s+(?-i:Photo|PHOTO|Images|Pool|POOL))?\s*/\s*"
    r"(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}\W*$"
)


def caption_paragraphs(sentences: Sequence[Sentence]) -> set[int]:
    """The paragraphs that caption a picture, by their opening words or their credit."""
    found = credited_paragraphs(sentences)
    for index, sentence in enumerate(sentences):
        opens = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        opening = re.search(_CAPTION, sentence.text, FLAGS) is not None
        credit = "\u00a9" in sentence.text or any(
            re.search(pattern, sentence.text) is not None
            for pattern in (_AGENCY_CREDIT, _TRAILING_CREDIT)
        )
        if (opening and opens) or credit:
            found.add(sentence.paragraph)
    return found


# "File.", "(File via REUTERS)", "KCNA via EPA-EFE/File", "file photo", "archive picture";
# "(Representational)", "a representative image": a picture that stands for a launch, not one of
# this launch.
FILE_PICTURE: Final = (
    r"\bFile\b(?!\s+(?:a|an|the)\b)|\b(?:[Ff]ile|[Aa]rchive)\s+(?:photo|picture|image|footage)s?\b|"
    r"\((?:[Rr]epresentational|[Rr]epresentative)(?:\s+(?:photo|picture|image))?\)|"
    r"\b[Rr]epresentational\s+(?:photo|picture|image)s?\b"
)


# "leave the launch pad", "the launch site": a place, not a launch told.
_LAUNCH_PLACE: Final = r"\blaunch(?:ing)?[ -]?(?:pads?|sites?|towers?|complex|platforms?|areas?)\b"


def older_pictures(
    sentences: Sequence[Sentence],
    mentions: Sequence[list[DateMention]],
    captions: set[int],
    launch_day: date,
) -> set[int]:
    """The caption paragraphs whose picture is of an older launch, not of the one reported.

    A caption marks its picture as a file one ("KCNA via EPA-EFE/File", "a file image of a
    missile launch"), or dates it before the launch's day ("shows the test-launch of a
    Hwasong-18 ..., 13 April 2023" over a story of June): all it tells (the day, the missile,
    how many, where from) is that older launch's.
    """
    older: set[int] = set()
    own: set[int] = set()
    for sentence, found in zip(sentences, mentions, strict=True):
        if sentence.paragraph not in captions:
            continue
        if any(m.day == launch_day for m in found):
            own.add(sentence.paragraph)
        # ("technicians check the Unha-3 rocket at the space center on April 8": a picture of
        # this launch's preparations, dated before it, tells no launch.)
        told = re.sub(_LAUNCH_PLACE, " ", sentence.text, flags=FLAGS)
        launch = _has(LAUNCH_VERBS, told) and _has(_LAUNCHED_THINGS, told)
        dated = launch and any(m.day < launch_day for m in found)
        if re.search(FILE_PICTURE, sentence.text) or dated:
            older.add(sentence.paragraph)
    # "[Photo: ... via AP, file. ... On Wednesday, May 4, North Korea launched a missile ...]":
    # a caption that goes on to tell the launch on its own day is the story's lead too.
    return older - own


def current_since(current: Sequence[Sentence], last_recalled: Sentence) -> bool:
    """A sentence of the launch reported came after the last recalled one."""
    return bool(current) and current[-1].start > last_recalled.start


# North Korea's first missile tests (Scud-B, April 1984): no launch report is older.
FIRST_LAUNCHES: Final = date(1984, 1, 1)


def _page_stamp(openers: Sequence[Sentence], published: date) -> tuple[date, str] | None:
    """The date of a line that is only a date (and a clock): the page's, not after `published`;
    and that line."""
    for sentence in openers:
        if not is_stamp_line(sentence.text):
            continue
        # "Updated: 00:00 GMT, Jan 1, 1970 | Published: 08:38 GMT, Oct 20, 2016": a date before
        # any North Korean missile launch (a system's empty date, the Unix epoch) is no stamp.
        # (A page pasted with its date left at today may be years older than `published`.)
        dated = [
            m
            for m in find_dates(sentence, published)
            if m.kind == "explicit"
            and re.search(r"(?:19|20)\d\d", m.evidence.text)
            and m.day >= FIRST_LAUNCHES
        ]
        if dated:
            return dated[0].day, sentence.text
    return None


def _as_launch_day(statement: DateMention | None) -> DateMention | None:
    if statement is None:
        return None
    note = statement.evidence.note + "; the day of the statement: no launch day is stated"
    return replace(statement, evidence=replace(statement.evidence, note=note))


# A day this soon after the launch is its aftermath (state media report the next morning).
AFTERMATH_DAYS: Final = 2


_TOLD_AFTER = (
    r"\b(?:said|says|reported|announced|confirmed|claimed|stated|carried|published|released|"
    r"aired|broadcast|showed|shown|disclosed|revealed|relayed|"
    # "On 26 July Yonhap quoted the JCS as saying ...", "KCNA issued a statement on 26 July"
    r"quoted|issued)\b"
)


def _aftermath(mention: DateMention, local_day: date) -> bool:
    return 0 < (mention.day - local_day).days <= AFTERMATH_DAYS


def _own_day(mention: DateMention, local_day: date, us_desk: bool) -> bool:
    """The mention names the launch day; a US desk's "this morning" may be Korea's next day."""
    if mention.day == local_day:
        return True
    behind = us_desk and mention.day + timedelta(days=1) == local_day
    return behind and mention.kind == "today"


def _measured_against(
    found: Sequence[DateMention], own: Sequence[DateMention], text: str = "", start: int = 0
) -> bool:
    """The launch's day is named only as a landmark, after another day the sentence tells.

    "Less than a week earlier, on July 25, the DPRK fired two missiles from near Wonsan, south
    of the site of Wednesday's test": July 25's launch, measured against Wednesday's.
    """
    first_own = min(mention.evidence.start for mention in own)
    earlier_other = any(
        mention.evidence.start < first_own for mention in found if mention not in own
    )
    landmarks = all(
        mention.evidence.text.lower().endswith("'s")
        and not re.search(_CONTRAST_OPENS, text[: mention.evidence.start - start], FLAGS)
        for mention in own
    )
    return earlier_other and landmarks


# "North Korea fired more than 20 missiles on Wednesday, ..., but Thursday's launches stood
# apart because they included an ICBM": the launch's day opens a clause of its own, set against
# the other day's, and is no landmark.
_CONTRAST_OPENS: Final = r"[,;]\s*(?:but|while|whereas|yet)\s+(?:the\s+)?$"


# "fired ... early Wednesday," local time": a day pinned to Korea's or Japan's clock.
_KOREA_DAY_AFTER: Final = (
    r"^[\"\u201d']?\s*,?[\"\u201d']?\s*(?:local|Korea|Korean|Seoul|Japan|Tokyo|Pyongyang) time\b"
)


def _korea_next_day(
    sentences: Sequence[Sentence], mentions: Sequence[list[DateMention]], event: DateMention | None
) -> DateMention | None:
    """Korea's day of a launch a US desk gave by its own weekday.

    "North Korea launched a missile on Tuesday afternoon, officials said ... Yonhap said the
    North 'fired an unidentified ballistic missile ... early Wednesday,' local time": the day
    after, pinned to the local clock, is the launch's day in Korea.
    """
    if event is None or event.kind == "explicit":
        return None
    for sentence, found in zip(sentences, mentions, strict=True):
        if not (_has(LAUNCH_VERBS, sentence.text) and _has(_LAUNCHED_THINGS, sentence.text)):
            continue
        for mention in found:
            after = sentence.text[mention.evidence.end - sentence.start :]
            next_day = mention.day == event.day + timedelta(days=1)
            if next_day and re.match(_KOREA_DAY_AFTER, after, FLAGS):
                return mention
    return None


def _after_dateline(sentence: Sentence, dateline: DateMention) -> Sentence:
    """The sentence without the dateline it opens with."""
    cut = dateline.evidence.end - sentence.start
    if cut <= 0:
        return sentence
    return Sentence(sentence.start + cut, sentence.end, sentence.text[cut:], sentence.paragraph)


def _korea_day_told(
    sentences: Sequence[Sentence], dateline: DateMention, until: date
) -> DateMention | None:
    """Korea's day, where a desk behind Korea dates its story the day before the lead's statement.

    "Sept. 14 (UPI) -- South Korean and Japanese officials said Friday that North Korea fired a
    ballistic missile", no launch day stated: a launch is not told before it happens, and the
    officials spoke on Korea's Friday, the day after the desk's date, so the launch is that
    Friday's (a statement on the dateline's own day leaves the dateline standing).
    """
    lead = [_after_dateline(s, dateline) for s in sentences if s.end > dateline.evidence.end]
    told = statement_day(lead, dateline.day, until)
    if told is None or told.kind != "weekday" or told.day != dateline.day + timedelta(days=1):
        return None
    note = (
        told.evidence.note + "; no launch day stated: the lead's statement, the day after the "
        "dateline (a desk behind Korea), gives Korea's day"
    )
    return replace(told, evidence=replace(told.evidence, note=note))


def _quotations(sentences: Sequence[Sentence]) -> list[tuple[int, int, Sentence]]:
    """Each quotation's opening and closing marks (offsets in the report), and the sentence the
    closing mark is in; a quotation may run over several sentences of its paragraph."""
    quotes: list[tuple[int, int, Sentence]] = []
    opened: int | None = None
    paragraph: int | None = None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            opened, paragraph = None, sentence.paragraph
        for offset, char in enumerate(sentence.text):
            if char != '"':
                continue
            if opened is None:
                opened = sentence.start + offset
            else:
                quotes.append((opened, sentence.start + offset, sentence))
                opened = None
    return quotes


def _speakers_days(
    sentences: Sequence[Sentence],
    mentions: Sequence[list[DateMention]],
    anchor: date,
    until: date,
) -> list[list[DateMention]]:
    """The mentions, a quoted "today" or "yesterday" counted from the day its speaker spoke.

    '"We detected ... missiles ... between 7:44 and 8:22 this morning. ...," the JCS said on
    Monday', on a Tuesday's page: the speaker's "this morning" is Monday's (a quotation with no
    day of its speaking keeps the page's).
    """
    shifted = [list(found) for found in mentions]
    for opened, closed, closing in _quotations(sentences):
        stated = [m for m in _mentions(closing, anchor, until)[1] if m.evidence.start > closed]
        if not stated:
            continue
        spoken = stated[0].day
        for found in shifted:
            for index, mention in enumerate(found):
                if not opened < mention.evidence.start < closed:
                    continue
                if mention.kind == "today":
                    day = spoken
                elif mention.kind == "yesterday":
                    day = spoken - timedelta(days=1)
                else:
                    continue
                if day != mention.day:
                    note = (
                        f"{mention.evidence.text!r} read as {day.isoformat()} "
                        f"({day.strftime('%A')}): said in a quotation given on "
                        f"{stated[0].evidence.text!r}"
                    )
                    evidence = replace(mention.evidence, note=note)
                    found[index] = replace(mention, day=day, evidence=evidence)
    return shifted


def find_scope(sentences: Sequence[Sentence], published: date) -> Scope:
    """Split the report into sentences about the new launch and recollections of older ones.

    A sentence recalls an older launch when it names another day, month or year, or uses words
    like "had fired" or "last month"; the sentences after it in the same paragraph carry on the
    recollection until one names the launch's own day (or "today", "this launch").
    """
    # The dateline and explicit dates count from the filing day, not from when it was pasted.
    # A headline (and a standfirst) may come before it.
    openers = [
        s for i, s in enumerate(sentences) if i == 0 or s.paragraph != sentences[i - 1].paragraph
    ]
    whole = " ".join(s.text for s in sentences)
    us_desk = re.search(_US_DESK, whole) is not None
    # "SEOUL, Dec 31 (Reuters)" on a page a US desk dated December 30: Korea is a day ahead.
    filed_by = published + timedelta(days=1) if us_desk else published
    dateline = next(
        (line for s in openers[:DATELINE_WITHIN] if (line := find_dateline(s, filed_by))),
        None,
    )
    # "January 14, 2025" or "Published: 14 Jan 2025" on a line of its own at the top: the
    # page's date, which weekdays count back from where the date entered is later (left at
    # today).
    stamped = None if dateline else _page_stamp(openers[:DATELINE_WITHIN], published)
    stamp = stamped[0] if stamped else None
    anchor = dateline.day if dateline else (stamp or published)
    # "SEOUL, March 17 (UPI) -- ... on Monday": a desk a day behind Korea dates the story the day
    # before; a lead's weekday one day after the dateline is that next day, not six days back.
    # A page dated by a US desk (or in UTC) gives Korea's morning the day before: "North Korea
    # fired a missile on Friday" on a Thursday page is the next day, never six days back.
    until = anchor + timedelta(days=1)
    mentions = [_event_mentions(sentence, anchor, until) for sentence in sentences]
    mentions = _speakers_days(sentences, mentions, anchor, until)
    # With no dateline, the day the lead's statement was made bounds the launch the same way.
    statement = None if dateline else statement_day(list(sentences), anchor)
    stated = dateline.day if dateline else (statement.day if statement else None)
    earliest = stated - timedelta(days=DATELINE_LAG_DAYS) if stated else None
    # "North Korea fired two missiles, the JCS said on Monday", with no launch day and a page
    # dated later: the day of the lead's statement is the nearest the report comes to one.
    # A caption's days are its picture's: the story's own dates come first, and a caption's day
    # is taken only near the page's (a file photo's is an older launch's).
    captions = caption_paragraphs(sentences)
    story = [[] if s.paragraph in captions else m for s, m in zip(sentences, mentions, strict=True)]
    if dateline is not None:
        # "Pyongyang [North Korea], April 20 (ANI): North Korea said on Monday that it had
        # test-fired ... during Sunday's exercise": the dateline is the filing day, which a day
        # the story gives its launch comes before (the dateline stands where it gives none).
        filed = range(dateline.evidence.start, dateline.evidence.end)
        story = [[m for m in found if m.evidence.start not in filed] for found in story]
    event = _event_date(sentences, story, earliest, anchor - timedelta(days=DATELINE_LAG_DAYS))
    if event is None:
        near = anchor - timedelta(days=DATELINE_LAG_DAYS)
        # "This photo, taken ... on March 22, 2020, shows the launch of a new weapon ... the day
        # before": a caption that dates its picture before the page's days is a file photo's,
        # and its "the day before" counts from the picture's day, not the page's.
        nearby = [
            []
            if s.paragraph in captions and any(m.kind == "explicit" and m.day < near for m in found)
            else found
            for s, found in zip(sentences, mentions, strict=True)
        ]
        event = _event_date(sentences, nearby, max(earliest, near) if earliest else near)
    if (
        event is not None
        and statement is not None
        and event.day > max(statement.day + timedelta(1), anchor)
    ):
        # "South Korea's military said on Thursday that North Korea has fired two missiles ...
        # On Saturday North Korea tested ...": a launch is not told before it happens, so a day
        # past the lead's statement, read forward past the page for a US desk, is another's.
        # (Not a statement's weekday read back a week: "said on Friday" on a Thursday page.)
        # (One day is a desk's clock behind Korea's: "Yonhap reported on Thursday", Moscow
        # time, of a launch early on Friday in Korea.)
        event = None
    # The story states the launch's own day (not a dateline's or a statement's in its stead).
    told_day = (
        event is not None
        and not us_desk
        and not (
            dateline is not None
            and dateline.evidence.start <= event.evidence.start < dateline.evidence.end
        )
    )
    if dateline is not None and (
        event is None or dateline.evidence.start <= event.evidence.start < dateline.evidence.end
    ):
        # (the dateline's own date, read again as the story's: no launch day stated)
        event = _korea_day_told(sentences, dateline, until) or event
    event = event or dateline or _as_launch_day(statement)
    event = _korea_next_day(sentences, mentions, event) or event
    local_day = event.day if event else anchor
    current: list[Sentence] = []
    recalled: list[Sentence] = []
    recalling_paragraph: int | None = None
    # "It is the second launch this month, after a similar incident on September 12. On the
    # following day North Korea announced ...": the day after the other event's, not the launch's.
    tail_recalled = False
    pictured = older_pictures(sentences, mentions, captions, local_day)
    if dateline is not None:
        # "Pyongyang (Pakistan Point News - 26th July, 2019) North Korea has described Thursday's
        # test ...": the dateline's day is the filing's, which dates no event of its sentence.
        filed = range(dateline.evidence.start, dateline.evidence.end)
        mentions = [[m for m in found if m.evidence.start not in filed] for found in mentions]
    for sentence, found in zip(sentences, mentions, strict=True):
        if sentence.paragraph in pictured:
            # A file picture's caption tells the older launch it shows, whole.
            recalled.append(sentence)
            continue
        # "A day later, North Korean state media published images ...": a sentence opened by a
        # span after the last one carries its recollection on into a new paragraph.
        opens_later = (
            re.match(_LATER_OPENER, sentence.text, FLAGS) is not None
            or re.match(_THAT_OPENER, sentence.text, FLAGS) is not None
        )
        if opens_later and (
            tail_recalled or (recalled and not current_since(current, recalled[-1]))
        ):
            recalling_paragraph = sentence.paragraph
        tail_recalled = False
        if recalling_paragraph is not None and recalling_paragraph != sentence.paragraph:
            recalling_paragraph = None
        owned = [mention for mention in found if _own_day(mention, local_day, us_desk)]
        if owned and not _measured_against(found, owned, sentence.text, sentence.start):
            recall = False
            sentence = trim_recollection(sentence, found, local_day)
        elif found and (head := head_before_other_event(sentence, found)) is not None:
            # "..., the North's first firings since Jan. 14": the head clause is the new launch's.
            sentence, recall, tail_recalled = head, False, True
        elif found and (
            own := own_clause(sentence, [m.evidence.start - sentence.start for m in found])
        ):
            # "We believe they are Scud-C missiles, the same type the North fired on March 3":
            # the clause before the other day's is the launch's own.
            sentence, recall = own, False
        elif (
            found
            and all(_aftermath(mention, local_day) for mention in found)
            and recalling_paragraph != sentence.paragraph
            and re.search(_TOLD_AFTER, sentence.text, FLAGS)
            and (_has(_MISSILE_WORDS, sentence.text) or _has(_LAUNCH_NOUNS, sentence.text))
        ):
            # "On Friday, KCNA said Kim had overseen the test", "KCTV aired footage of the
            # launch on Friday": a day just after the launch, on which it was told or shown,
            # tells what followed it (not a launch of its own, nor a recollection's next step,
            # nor other news the agency carried that day).
            recall = False
        elif found or _recalled_statement(sentence, anchor, until, local_day, told_day):
            recall = True
        elif _recalls(_no_aside(sentence).text) or names_other_period(
            _no_aside(sentence), local_day
        ):
            own = own_clause(sentence)
            recall = own is None
            sentence = own or sentence
        elif _has(CURRENT_CUES, sentence.text):
            recall = False
        else:
            recall = recalling_paragraph is not None
        # "On Friday, North Korea had threatened retaliation ... According to the JCS, the
        # missile was fired from Sunan": a recollection with no launch in it (a threat, a
        # statement) carries on to no missile told after it.
        carries = recall and (
            recalling_paragraph == sentence.paragraph or _tells_launch(sentence.text)
        )
        recalling_paragraph = sentence.paragraph if carries else None
        (recalled if recall else current).append(sentence)
    late = _reported_late(sentences, current, recalled, anchor) if event is None else None
    if late is not None:
        event, told = late
        local_day = event.day
        current = sorted([*current, *told], key=lambda sentence: sentence.start)
        recalled = [sentence for sentence in recalled if sentence not in told]
    evidence = event.evidence if event else None
    if evidence is not None and dateline is not None and event is not dateline:
        counted = f"; counted from the dateline, {dateline.day.isoformat()}"
        evidence = replace(evidence, note=evidence.note + counted)
    stamp_line = stamped[1] if stamped and anchor == stamped[0] else ""
    us_zone = re.search(US_ZONE_NAMED, whole) is not None
    return Scope(local_day, evidence, tuple(current), tuple(recalled), anchor, stamp_line, us_zone)


# "carried out a test-launch of a ballistic missile from a submarine last month": a launch the
# report tells weeks on, by a period counted from the page.
_LATE_CUE = r"\b(?:last|earlier this)\s+(?:week|month)\b|\b(?:days|weeks) ago\b"
_TOLD_FIRED = (
    r"\b(?:fired|fires|launched|launches|test-fired|test-fires|test-launched|tested|conducted|"
    r"conducts|carried out|carries out)\b"
)
# A launch reported late is dated this close to the page at most.
LATE_DAYS: Final = 45


def _reported_late(
    sentences: Sequence[Sentence],
    current: Sequence[Sentence],
    recalled: Sequence[Sentence],
    anchor: date,
) -> tuple[DateMention, list[Sentence]] | None:
    """The launch of a report that tells it only weeks on, and the sentences about it.

    "North Korea Conducts Submarine Missile Test, Report Says. North Korea carried out a
    test-launch of a ballistic missile from a submarine last month, ... the Free Beacon
    reported. The website said the launch took place Dec. 21 near ... Sinpo.": where no sentence
    past the headline tells a launch of the page's days, the first launch told "last month" (or
    "last week", "weeks ago") is the one reported, with the sentences of its paragraph and the
    next; its day is the first date they write out, within LATE_DAYS before the page.
    """

    def tells(text: str) -> bool:
        # (Not "A successful launch would show that the missile program is on track".)
        return _has(_TOLD_FIRED, _unplanned(text)) and _has(_LAUNCHED_THINGS, text)

    if not sentences or any(tells(s.text) for s in current if s.start > sentences[0].start):
        return None
    first = next(
        (
            s
            for s in recalled
            if s.start > sentences[0].start and tells(s.text) and _has(_LATE_CUE, s.text)
        ),
        None,
    )
    if first is None:
        return None
    told = [
        s
        for s in recalled
        if s.start >= first.start and s.paragraph in (first.paragraph, first.paragraph + 1)
    ]
    for sentence in told:
        for mention in find_dates(sentence, anchor):
            if mention.kind == "explicit" and 0 < (anchor - mention.day).days <= LATE_DAYS:
                note = mention.evidence.note + "; a launch the report tells weeks on"
                return replace(mention, evidence=replace(mention.evidence, note=note)), told
    return None
