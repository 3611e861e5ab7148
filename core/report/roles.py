"""Roles of a report's clauses: which clauses tell the launch reported, and which tell of other
things (an older launch recalled, a plan or threat, another country's firing, a statement about
something else, what a type of missile can do).

A report's fields are taken from the clauses of the launch it reports only; the finders of
fields.py and measures.py never see the others. `find_scope` (scope.py) first sets the launch
day and leaves out the sentences that recall older launches; each sentence it keeps is split here
into clauses, and each clause is given one role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from core.report.clauses import as_spoken, aside_of_other_news
from core.report.dates import MONTH_ONLY, YEAR_ONLY, find_dates
from core.report.lexicon import NAME_PATTERNS
from core.report.patterns import (
    COMPARED_WITH_PAST,
    FLAGS,
    LAUNCH_VERBS,
    RECALL_CUES,
    REPORTING_DAY_AFTER,
    REPORTING_DAY_BEFORE,
    REVEALED_DAY_BEFORE,
    RUNNING_TALLY,
    SPAN_AFTER_OPENER,
)
from core.report.text import Sentence

REPORTED: Final = "reported"
RECALLED: Final = "recalled"
PLANNED: Final = "planned"
NOTICE: Final = "notice"
OTHER_COUNTRY: Final = "other country"
STATEMENT: Final = "statement"
BACKGROUND: Final = "background"
TALLY: Final = "tally"
LATER: Final = "later salvo"
ROLES: Final = (
    REPORTED,
    RECALLED,
    PLANNED,
    NOTICE,
    OTHER_COUNTRY,
    STATEMENT,
    BACKGROUND,
    TALLY,
    LATER,
)

# Where a sentence turns to another clause; the break word stays with the clause it opens, so
# "The launch came five days after South Korea said the DPRK had fired ..." splits before "five
# days after" and that clause keeps its cue.
_BREAKS: Final = re.compile(
    r";\s*|"
    r",\s*(?=(?:while|whereas|but|although|though)\b)|"
    # "..., the latest in a string of test launches", "from the Sino-ri area, home to a base of
    # medium-range Nodong missiles", "the city of Wonsan, where North Korea has fired ..."
    r",\s*(?=(?:the latest|home to|site of|where)\b)|"
    # "from the Sunan district, home to the airport, and were detected ... at 18:10": the
    # missiles' own predicate again after an aside about the place.
    r",\s*(?=and\s+(?:were|was)\s+(?:\w+\s+)?(?:detected|spotted|tracked|fired|launched)\b)|"
    # "There have been concerns that it could reach the U.S. West Coast, and Japan said the third
    # stage came down east of the Philippines": another speaker's statement, joined by "and".
    r",\s*(?=and\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}(?:also\s+)?(?:said|says|reported|"
    r"announced|confirmed)\b)|"
    # "the sixteenth this year, including what the US believes was a failed ICBM test on May 4"
    r",\s*(?=including\b[^,;]{0,100}?\b(?:tests?|launch(?:es)?|firings?)\b)|"
    # "... as the North works toward nuclear-tipped ICBMs"
    r"\s+(?=as (?:North Korea|the North|Pyongyang|it) (?:works|seeks|pushes|tries|continues|"
    r"develops|steps up|ramps up)\b)|"
    # "only hours before Prime Minister Kishida was due to hold a summit"
    r",?\s+(?=(?:(?:just|only|mere)\s+)?hours\s+before\b)|"
    # "The report came a day after North Korea fired ...": that launch is the one reported.
    r"(?<!report came)(?<!statement came)(?<!announcement came)(?<!claim came)"
    r",?\s+(?=(?:(?:just\s+|only\s+)?(?:one|two|three|four|five|six|seven|several|a few|\d+)\s+"
    r"(?:days|weeks|months|years)|(?:a|one) (?:day|week|month|year))\s+(?:after|before)\b)|"
    r"(?<!days)(?<!weeks)(?<!months)(?<!years)(?<!day)(?<!week)(?<!month)(?<!year)"
    # ("came down in the sea ..., 87 minutes after it was launched": the flight's own time)
    r"(?<!minutes)(?<!seconds)"
    r",?\s+(?=(?:after|following|since)\s+(?:North Korea|Pyongyang|the North|it|they)\s+"
    r"(?:[\w-]+\s+)?(?:fired|launched|tested|test-fired|test-launched|conducted|shot|"
    r"flew|sent)\b)",
    FLAGS,
)
# A launch still to come, announced or feared ("it planned to launch a 'satellite rocket'",
# "had said it would launch the Unha-3", "could fire an ICBM soon").
_PLAN_CUES: Final = (
    r"\b(?:plan(?:s|ned)?|intend(?:s|ed)?|prepar(?:es|ed|ing)|going|expected|threaten(?:s|ed)?|"
    r"vow(?:s|ed)?|pledge[sd]?)\s+to\s+(?:\w+\s+)?(?:launch|fire|test)\b",
    # ("has signalled that it will soon carry out a satellite launch")
    r"\b(?:would|will|could|may|might)\s+(?:soon\s+|also\s+)?(?:launch|fire|test|conduct|"
    r"carry\s+out|stage|attempt)\b",
    # "North Korea is planning to develop missiles with a range of 1,300 kilometers": a weapon
    # still to be built, not the one fired.
    r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?)\s+to\s+(?:develop|build|produce|deploy|"
    r"field)\b",
    # "appears to be getting ready to fire an SLBM", "was readying to launch": a launch prepared.
    r"\b(?:getting|get|gets|got|is|are|was|were|be|being)\s+ready\s+to\s+(?:\w+\s+)?"
    r"(?:launch|fire|test)\b|\bready(?:ing|ies)\s+(?:to\s+)?(?:launch|fire|test)\b",
    r"\bthreatened\s+(?:launch|test)\b",
    # "was due to hold his first summit": another event still to come.
    r"\b(?:was|is|were|are)\s+(?:due|scheduled|set)\s+to\b",
    # "as the North works toward nuclear-tipped ICBMs": a goal, not this launch.
    r"\b(?:works?|working|pushes|pushing)\s+toward\b|\b(?:seeks|seeking|aims|aiming)\s+to\b|"
    r"\bin (?:its |the )?pursuit of\b",
    r"\b(?:planned|upcoming|expected|imminent)\s+(?:satellite\s+|missile\s+|rocket\s+)?"
    r"(?:launch|test)\b",
)
# A launch that happened, told in the clause ("fired", "was launched").
# ("a submarine-launched ballistic missile" is a kind, not a launch told)
_DONE: Final = (
    r"(?<!-)\b(?:fired|launched|test-fired|test-launched|shot|flew|flown|landed|fell|came down|"
    r"splashed down|lifted off|took place|detected)\b"
)
# "its planned launch of a satellite went wrong", "the planned test ended in failure", "the
# expected launch failed": an outcome told of the planned launch says it was made.
_PLAN_OUTCOME: Final = (
    r"\b(?:went wrong|failed|fail(?:s|ed)? to reach|crash(?:ed|es)|exploded|blew up|broke up|"
    r"ended in (?:failure|success|an? (?:accident|failure|success))|succeeded|was a success|"
    r"reached orbit|(?:was|were) put into orbit)\b"
)
# Another country's firing: "South Korea fired air-to-ground missiles in response".
_OTHER_NAMES: Final = (
    r"(?:South Korea|Seoul|the South|South Korean (?:forces|jets|fighter jets|warplanes|"
    r"military)|the (?:U\.S\.|US|United States)|American (?:forces|jets)|Japan|Tokyo)"
)
_OTHER_FIRED: Final = re.compile(
    r"\b" + _OTHER_NAMES + r"(?:\s+(?:and|together with|with)\s+" + _OTHER_NAMES + r")?"
    # "Seoul said the North fired": a statement about the North's launch, not Seoul's firing.
    # ("South Korea and Japan say it fired", "Tokyo believes the North launched": the plural
    # and present statement verbs, as the past ones)
    r"(?:'s)?\s+(?:(?!(?:said|says|say|reported|report|reports|detected|detect|detects|"
    r"confirmed|confirm|confirms|announced|announce|announces|believed?|believes|told|tell|"
    r"assessed|assess(?:es)?|estimated?|estimates|North|Pyongyang|Kim)\b)"
    r"[\w-]+\s+){0,3}?(?:fired|launched|responded|retaliated)\b"
    r"(?![^;]{0,60}\b(?:North Korea|Pyongyang|the North)\b)",
    FLAGS,
)
# What a type can do or usually does, not what this flight did: "Scuds can fly some 500 km",
# "The North's Scud-B missiles have a range of 300 km", "Pyongyang regularly fires its ...".
_BACKGROUND_CUES: Final = (
    # ("the Nodong, with a 1,500-kilometer reach, can cover all of South Korea")
    r"\b(?:can|could)\s+(?:fly|travel|reach|hit|strike|carry|target|cover)\b",
    r"\b(?:has|have)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}range\s+of\b",
    r"\b(?:routinely|regularly|frequently|usually|typically|often)\s+(?:test-)?"
    r"(?:fires|launches|tests|conducts|fire|launch|test)\b",
    r"\bis capable of\b|\bare capable of\b",
)
# ", which in theory could reach the United States": a relative clause on the noun before it.
_WHICH_CLAUSE: Final = r",\s*which\b[^,;]*(?:,|$)"
# A launch or a run of tests told ("fired", "has been testing").
_TESTED: Final = LAUNCH_VERBS + r"|\btesting\b"
# "they were likely the Hwasong-11 Da-4.5, ..., which North Korea says has a range of 500 km",
# "the missile was believed to be a KN-23": the main clause says what this launch's missiles
# were; the relative clause only describes the type.
_IDENTIFIED: Final = (
    r"\b(?:they|it|the\s+(?:[\w-]+\s+){0,2}?(?:missiles?|projectiles?|weapons?))\s+"
    r"(?:were|was)\s+(?:(?:likely|probably|possibly|most\s+likely)\s+|"
    r"(?:believed|thought|presumed|assessed|judged)\s+to\s+(?:have\s+been|be)\s+)?"
    r"(?:the|an?)\s+(?-i:[A-Z])"
)
# "According to KCNA, the missile, designated "Hwasongpho-11Da-4.5," can carry a 4.5-ton warhead
# and has a maximum range of 500 km", "The new weapon, which state media called the Hwasong-19,
# can reach": the launch's missile named by an apposition, then what its type can do; the clause
# still tells which missile was fired ("The Nodong missile has a range of" names a type alone).
_DESIGNATED: Final = (
    r"\b(?:the|this|these)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:missiles?|projectiles?|weapons?|"
    r"rockets?)\s*,\s*(?:(?:which|that)\s+(?:(?:was|were|is|are)\s+|(?:it|the\s+North|"
    r"North\s+Korea|Pyongyang|state\s+media|KCNA)\s+(?:has\s+|had\s+)?)?)?"
    r"(?:designated|named|called|dubbed|identified\s+as|known\s+as)\b"
)
# What the North does by habit, told in the present tense with how often: "North Korea
# test-fires short-range missiles routinely", "Pyongyang often launches rockets during drills",
# "the North regularly tests cruise missiles". No launch happened in the clause ("fired two
# missiles, as it routinely does" tells one in the past tense and stays this launch's).
_HABIT_VERB: Final = r"(?<!-)\b(?:test-)?(?:fires|launches|tests|conducts|carries out|shoots)\b"
_HABIT_OFTEN: Final = (
    # ("North Korea normally test-fires its missiles into the waters between ...")
    r"\b(?:routinely|regularly|frequently|often|usually|typically|periodically|habitually|"
    r"normally|generally|customarily|from time to time|"
    r"every (?:year|spring|summer|winter|autumn))\b"
)
# A tally of many launches: "With this launch, North Korea has fired 15 missiles since the start
# of the year", "It was the North's ninth ballistic missile launch this year".
# "This month North Korea has tested cruise missiles, two hypersonic missiles and a rail-borne
# system": the month's or the year's tests, not the launch reported.
_TALLY: Final = (
    r"\b(?:this (?:year|month)|in total|altogether|since the (?:start|beginning) of "
    r"(?:the|this) (?:year|month)|since (?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?! \d))\b"
)
# "its second such launch in three days": the span an ordinal aside counts this launch in.
_DAYS_SPAN: Final = (
    r"\b(?:in|over|within)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|seven|"
    r"several|\d+)\s+days\b"
)
# "North Korea has fired a ballistic missile, its 10th launch this year": the tally words of an
# aside name this launch's place in the count, not many launches ("for the third time this
# month" too; "..., including a failed ICBM test on May 4" is a clause of its own).
_ORDINAL_IN_TALLY: Final = (
    r"\b(?:its|the|this|North Korea's|the North's|Pyongyang's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|\w+tieth|latest|newest|most recent)\b"
    # ("the eleventh time the North has fired missiles this year" counts them all)
    r"(?:(?!\b(?:has|have|had)\b)[^,;]){0,60}?(?:" + _TALLY + "|" + _DAYS_SPAN + ")"
)
# "North Korea has fired two short-range ballistic missiles ..., adding to a run of prohibited
# weapons tests Pyongyang has staged so far this year": the aside adds this launch to the year's
# tests; the clause before it tells the launch.
_ADDED_TO_TALLY: Final = (
    r"\b(?:adding|adds|added)\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:run|string|series|spate|flurry|streak|barrage|wave|number|tally|list)\b"
    r"[^,;]{0,80}?" + _TALLY
)
# A simple past launch ("fired", not "has fired"): the clause tells a launch, not a tally.
_TOLD_LAUNCH: Final = (
    r"(?<!has )(?<!have )(?<!had )\b(?:fired|launched|test-fired|test-launched|flew|landed|fell)\b"
)
# "North Korea has fired another short-range ballistic missile this month": one missile, the
# news of this launch ("has also test-fired an ICBM this month" is another one).
_ONE_LAUNCHED: Final = (
    r"\b(?:has|have)\s+(?:(?!also|already|previously|earlier|since)\w+\s+)?"
    r"(?:fired|launched|test-fired|test-launched|tested)\s+(?:a|an|another|one)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:missile|rocket|projectile|ICBM|SRBM|IRBM|MRBM|SLBM|weapon)\b(?!s)"
)
# "The North has also test-fired an ICBM this month": a perfect with an adverb between.
_PERFECT: Final = (
    r"\b(?:has|have|had)\s+(?:also|already|previously|since|repeatedly|twice|now)\s+"
    r"(?:fired|launched|test-fired|test-launched|flown)\b"
)
# A place's history or use: "..., where North Korea has fired a series of short-range missiles",
# "home to a base of medium-range Nodong missiles".
_PLACE_HISTORY: Final = (
    r"^\W*where\b[^;]*\b(?:has|have|had)\s+(?:\w+\s+)?(?:fired|launched|tested)\b|"
    r"^\W*(?:home to|site of)\b"
)


# "The missiles are assessed to have a range of about 500 km": these missiles, not a type.
def _type_named(text: str) -> bool:
    """The subject is a type by its name ("The Nodong missile is thought to have a range of"),
    not the missiles launched ("The missiles are assessed to have a range of")."""
    these = _THESE.match(text)
    return these is not None and any(
        re.search(pattern, these.group(0), FLAGS) for pattern, _ in NAME_PATTERNS
    )


_THESE: Final = re.compile(
    # ('The JCS said: "The missiles are assessed to have ...')
    r"^(?:[^;:]*\b(?:said|says|added|stated)\s*[:,]?\s*(?:that\s+)?)?"
    r"\W*(?:(?:the|these|both|all|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:missiles?|projectiles?|rockets?|weapons?)|it|they)\b",
    FLAGS,
)
# A notice of this launch given before it ("had told the Japan Coast Guard that it planned to
# launch a 'satellite rocket'", "had said it would launch the Unha-3"): it names the kind of
# launch that then took place, though its days are the notice's.
_NOTICE: Final = re.compile(
    r"\b(?:said|announced|told|notified|informed|declared)\b[^.;]{0,80}?\b(?:would|planned to|"
    r"plans to|intended to|was going to|intends to)\s+(?:\w+\s+)?(?:launch|fire|put)\b",
    FLAGS,
)
# "North Korea fired an unidentified projectile ... on Monday, hours after Pyongyang said it would
# launch a satellite": the firing told first, the notice only what it came after.
_FIRED_AFTER_NOTICE: Final = (
    r"(?<!had )(?<!had been )\b(?:fired|launched|test-fired|test-launched)\b[^.;]*"
    r"\b(?:after|following|since)\s+(?:[\w'-]+\s+){0,4}?$"
)
# A statement about something else: a body's words with no launch, missile or figure in them
# ("North Korea's Committee for the Peaceful Reunification urged Seoul to cancel the drills").
_STATEMENT_VERBS: Final = (
    r"\b(?:urged|demanded|called (?:on|for)|accused|criticized|criticised|condemned|denounced|"
    r"warned|vowed|threatened|slammed|blamed)\b"
)
_LAUNCH_WORDS: Final = (
    r"\b(?:missiles?|projectiles?|rockets?|launch\w*|fir(?:ed|ing|es)|test-fir\w*|ICBMs?|"
    r"SRBMs?|SLBMs?|IRBMs?|MRBMs?|km|kilomet\w+|miles|altitude|flew|flown|weapons?)\b|"
    # "accused the North of using the test to raise tension": words about this launch.
    r"\b(?:the|this|its|that|latest|today's|[A-Z]\w+day's)\s+(?:[\w-]+\s+)?(?<!nuclear )"
    r"(?:test|test-firing|provocation)\b"
)


# A second salvo after the reported launch, told in a clause of its own: "Two short-range
# ballistic missiles followed.", "an hour later two short-range missiles were fired from the
# nearby city of Kaechon". Its count, site and figures are its own (the records keep it apart).
_LATER_SALVO: Final = (
    r"^\W*(?:then\s+)?(?:the\s+)?(?:\d{1,2}|two|three|four|five|six|several|more|other)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:missiles|projectiles|rockets|SRBMs|ones)\s+(?:\w+\s+)?followed\b",
    r"^\W*(?:about\s+|some\s+|roughly\s+)?(?:an|one|two|three|\d{1,2}|\w+)\s+"
    r"(?:hours?|minutes)\s+later\b[^;]{0,60}?\b(?:\d{1,2}|two|three|four|five|six|several|"
    r"more|another|other)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|projectiles?|rockets?|SRBMs?)\s+"
    r"(?:were|was)\s+(?:fired|launched)\b",
)


_AROUND_LAUNCH: Final = (
    r"\b(?:just |shortly |hours |minutes )?(?:before|after|ahead of)\s+the\s+"
    r"(?:launch|test|firing)\b"
)


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a report sentence (offsets into the report), its role and why."""

    text: Sentence
    role: str
    why: str = ""


def split_clauses(sentence: Sentence) -> list[Sentence]:
    """The sentence's clauses, each a Sentence with its own offsets into the report."""
    clauses: list[Sentence] = []
    cursor = 0
    # "A few days after firing a ballistic missile over Japan, North Korea has fired two more":
    # the opener measured from an older launch is a clause of its own.
    opener = re.match(SPAN_AFTER_OPENER, sentence.text, FLAGS)
    if opener is not None and re.search(LAUNCH_VERBS, sentence.text[opener.end() :], FLAGS):
        clauses.append(_part(sentence, 0, opener.end()))
        cursor = opener.end()
    for match in _BREAKS.finditer(sentence.text):
        if match.start() <= cursor:
            continue
        clauses.append(_part(sentence, cursor, match.start()))
        cursor = match.end()
        # "Early on Sunday, a day after the allies ended their drills, North Korea fired ...":
        # the aside of other news ends where the launch's own clause resumes.
        resumes = aside_of_other_news(sentence.text, cursor)
        if resumes is not None:
            clauses.append(_part(sentence, cursor, resumes))
            cursor = resumes
    clauses.append(_part(sentence, cursor, len(sentence.text)))
    return [clause for clause in clauses if clause.text.strip()]


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    text = sentence.text[start:end]
    stripped = text.rstrip(" ,")
    return Sentence(
        sentence.start + start, sentence.start + start + len(stripped), stripped, sentence.paragraph
    )


def _any(patterns: Iterable[str], text: str) -> re.Match[str] | None:
    found = [m for p in patterns if (m := re.search(p, text, FLAGS))]
    return min(found, key=lambda m: m.start()) if found else None


def _other_day(clause: Sentence, launch_day: date, anchor: date) -> str:
    """A day, month or year in the clause that is not the launch's (a statement's day aside)."""
    for mention in find_dates(clause, anchor):
        before = clause.text[: mention.evidence.start - clause.start]
        after = clause.text[mention.evidence.end - clause.start :]
        if re.search(REPORTING_DAY_BEFORE, before, FLAGS) or re.match(
            REPORTING_DAY_AFTER, after, FLAGS
        ):
            continue
        if re.search(REVEALED_DAY_BEFORE, before, FLAGS):
            continue
        if mention.day != launch_day and mention.kind == "explicit":
            return f"names {mention.evidence.text!r}, not the launch day"
    month = re.search(MONTH_ONLY, clause.text, FLAGS)
    if month:
        return f"names {month.group(0)!r}"
    for year in re.finditer(YEAR_ONLY, clause.text):
        if int(year.group("year")) != launch_day.year:
            return f"names {year.group(0)!r}"
    return ""


def clause_role(
    clause: Sentence, launch_day: date, anchor: date, look_back: bool = True
) -> tuple[str, str]:
    """The clause's role, and the wording that gave it.

    `look_back=False` leaves recollections to scope.py, which has already weighed the dates and
    recall words of a whole sentence it kept (a dateline, a page stamp, "said it had fired").
    """
    text = clause.text
    if look_back:
        spoken = as_spoken(text)
        spoken = re.sub(COMPARED_WITH_PAST, " ", spoken, flags=FLAGS)
        recall = _any(RECALL_CUES, spoken)
        if recall:
            return RECALLED, f"{recall.group(0)!r} looks back"
        other = _other_day(clause, launch_day, anchor)
        if other:
            return RECALLED, other
    history = re.search(_PLACE_HISTORY, text, FLAGS)
    if history:
        return BACKGROUND, f"{history.group(0)!r}: the place's history, not this launch"
    notice = _NOTICE.search(text)
    if (
        notice
        and re.search(r"\b(?:had|earlier|before|beforehand)\b", text, FLAGS)
        and not re.search(_FIRED_AFTER_NOTICE, text[: notice.start()], FLAGS)
    ):
        return NOTICE, f"{notice.group(0)!r}: a notice of this launch"
    plan = _any(_PLAN_CUES, text)
    if plan:
        rest = text[: plan.start()] + text[plan.end() :]
        if not re.search(_DONE, rest, FLAGS) and not re.search(_PLAN_OUTCOME, rest, FLAGS):
            return PLANNED, f"{plan.group(0)!r} is still to come"
    other_fired = _OTHER_FIRED.search(text)
    if other_fired:
        return OTHER_COUNTRY, f"{other_fired.group(0)!r}: another country's firing"
    habit = re.search(_HABIT_VERB, text, FLAGS)
    if habit and re.search(_HABIT_OFTEN, text, FLAGS) and not re.search(_DONE, text, FLAGS):
        return BACKGROUND, f"{habit.group(0)!r}: what the North does by habit, not this launch"
    background = _any(_BACKGROUND_CUES, text)
    relative = re.search(_WHICH_CLAUSE, text, FLAGS)
    main = re.sub(_WHICH_CLAUSE, " ", text, flags=FLAGS) if relative else text
    if background and relative and re.search(_TESTED + "|" + _IDENTIFIED, main, FLAGS):
        # "North Korea has been testing its new Musudan missiles, which in theory could reach
        # the United States": the relative clause says what the type can do; the main clause,
        # which tells the tests, decides what the clause tells ("the KN-02, which has a range of
        # 120 km" in a clause telling no test stays the type's).
        background = _any(_BACKGROUND_CUES, main)
    # "The missile has a range of about 620 miles": what the type has, though "the missile" says
    # it ("The missiles are assessed to have a range of" is an estimate of this flight's).
    has_range = background is not None and re.match(r"ha(?:s|ve)\b", background.group(0), FLAGS)
    typed = has_range and not re.search(
        r"\bto\s+$", text[: background.start()] if background else ""
    )
    if (
        background
        and not re.search(LAUNCH_VERBS, text, FLAGS)
        and (typed or not re.match(_THESE, text) or _type_named(text))
        and not re.search(_DESIGNATED, text, FLAGS)
    ):
        return BACKGROUND, f"{background.group(0)!r}: what the type does, not this flight"
    later = _any(_LATER_SALVO, text)
    if later:
        return LATER, f"{later.group(0)!r}: a later salvo, not the launch reported"
    unranked = re.sub(_ORDINAL_IN_TALLY, " ", text, flags=FLAGS)
    unranked = re.sub(_ADDED_TO_TALLY, " ", unranked, flags=FLAGS)
    tally = re.search(_TALLY, unranked, FLAGS) or re.search(RUNNING_TALLY, unranked, FLAGS)
    if tally and re.search(_ONE_LAUNCHED, text, FLAGS):
        tally = None
    # ("makes eight Musudan missiles fired": the tally's own participle tells no launch.)
    untallied = re.sub(RUNNING_TALLY, " ", re.sub(_PERFECT, " ", text, flags=FLAGS), flags=FLAGS)
    if tally and not re.search(_TOLD_LAUNCH, untallied, FLAGS):
        return TALLY, f"{tally.group(0)!r}: a tally of many launches"
    statement = re.search(_STATEMENT_VERBS, text, FLAGS)
    # "Just before the launch, the foreign minister criticized ...": when, not what was said.
    unlaunched = re.sub(_AROUND_LAUNCH, " ", text, flags=FLAGS)
    if statement and not re.search(_LAUNCH_WORDS, unlaunched, FLAGS):
        return STATEMENT, f"{statement.group(0)!r}: a statement about something else"
    return REPORTED, ""


# A clause joined on by "but"/"and"/"yet" that names no new time of its own ("but this time",
# "and on Thursday" tell the launch reported).
_GOES_ON: Final = (
    r"^\W*(?:but|and|yet|only)\s+(?![^.;]*\b(?:this time|now|today|tonight|latest|newest|new|"
    r"this (?:launch|test|firing|one|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
)


# "It is the North's second weapons test in a matter of days, coming | after it launched a new
# long-range cruise missile", "The test came | after Pyongyang fired ...": the launch this one
# followed is an older one (not "Japan protested | after North Korea fired the missile").
# (the clause before has this launch as its subject: "Japan's protest came | after North Korea
# fired a cruise missile" tells this launch in the "after" clause)
_COMES: Final = (
    r"\b(?:launch(?:es)?|tests?|firings?|test-firings?|salvos?)\b[^;]*"
    r"\b(?:com(?:es|ing)|came)(?:\s+(?:just|shortly|soon|right|only))?\s*$"
)
_AFTER_LAUNCHED: Final = (
    r"^\W*(?:just\s+|shortly\s+)?after\s+(?:it|the North|North Korea|Pyongyang)\s+(?:had\s+)?"
    r"(?:also\s+)?(?:launched|fired|tested|test-fired|test-launched)\b"
)


def assign_roles(
    sentences: Sequence[Sentence],
    launch_day: date,
    anchor: date,
    recalled: Sequence[Sentence] = (),
) -> list[Clause]:
    """Every clause of the sentences, in order, with its role.

    `sentences` are those scope.py kept as the launch's; the `recalled` ones it left out are
    read only for a notice of this launch given beforehand.
    """
    clauses: list[Clause] = []
    for sentence in sentences:
        parts = split_clauses(sentence)
        if len(parts) == 1:
            role, why = clause_role(sentence, launch_day, anchor, look_back=False)
            clauses.append(Clause(sentence, role, why))
            continue
        before = ""
        previous = ""
        for part in parts:
            role, why = clause_role(part, launch_day, anchor)
            if role == REPORTED and before == RECALLED and re.match(_GOES_ON, part.text, FLAGS):
                # "Earlier this week North Korea fired a satellite rocket, but the first stage
                # malfunctioned" (924): the clause joined on tells the same recalled launch.
                role, why = RECALLED, "goes on with the recalled clause before it"
            if (
                role == REPORTED
                and re.search(_COMES, previous, FLAGS)
                and re.match(_AFTER_LAUNCHED, part.text, FLAGS)
            ):
                role, why = RECALLED, "the launch this one came after"
            clauses.append(Clause(part, role, why))
            before = role
            previous = part.text
    for sentence in recalled:
        notice = _NOTICE.search(sentence.text)
        if notice and re.search(r"\bhad\b", sentence.text[: notice.start()], FLAGS):
            why = f"{notice.group(0)!r}: a notice of this launch"
            clauses.append(Clause(sentence, NOTICE, why))
    return sorted(clauses, key=lambda clause: clause.text.start)


def reported(clauses: Sequence[Clause]) -> list[Sentence]:
    """The clauses of the launch reported."""
    return [clause.text for clause in clauses if clause.role == REPORTED]


def notices(clauses: Sequence[Clause]) -> list[Sentence]:
    """The clauses that announced this launch before it was made."""
    return [clause.text for clause in clauses if clause.role == NOTICE]


_ABOUT_FLIGHT: Final = (
    r"\b(?:flew|flown|flying|traveled|travelled|landed|fell|came down|splashed down|reached|"
    r"climbed|soared)\b"
)


def ranked_clauses(clauses: Sequence[Sentence]) -> list[Sentence]:
    """The launch's clauses, those that tell its launch or flight first, each group in order.

    "The Hwasong-12 is an intermediate-range missile. North Korea fired a Hwasong-14 on
    Friday": the name told with the launch outranks one mentioned before it.
    """

    def tier(clause: Sentence) -> int:
        told = re.search(LAUNCH_VERBS, clause.text, FLAGS) or re.search(
            _ABOUT_FLIGHT, clause.text, FLAGS
        )
        return 0 if told else 1

    return sorted(clauses, key=lambda clause: (tier(clause), clause.start))
