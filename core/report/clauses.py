"""Clauses of a report sentence: the new launch's own clause, and where a recollection starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from core.report.dates import MONTH_ONLY, YEAR_ONLY, DateMention, find_dates
from core.report.patterns import (
    CLAUSE_BREAK,
    COMPARED_WITH_PAST,
    FLAGS,
    LAUNCH_VERBS,
    RECALL_CUES,
    REPORTED_SPEECH,
    REPORTING_DAY_AFTER,
    REPORTING_DAY_BEFORE,
    SPAN_AFTER_OPENER,
    SPOKEN_AND_HAD,
)
from core.report.text import Sentence

OWN_SUBJECT = (
    # "If confirmed, it would be the North's first test-firing of its Rodong ..."
    # "these tests were its first launch of a Nodong since 2009"
    # "The report notes that this was North Korea's first ballistic missile test since March"
    r"\b(?:it|they|missiles?|projectiles?|weapons?|rockets?|tests?|launch(?:es)?|firings?|"
    r"ICBMs?|IRBMs?|MRBMs?|SRBMs?|SLBMs?|(?<=that )this)\s+"
    r"(?:was|were|is|are|appeared|seemed|"
    r"would be|may be|might be|could be|"
    # "it had test-fired the Hwasong-18, first tested in April"
    r"(?:had\s+|has\s+)?(?:fired|launched|test-fired|test-launched)|"
    r"flew|traveled|travelled|reached|climbed|landed|fell|lifted off|blasted off|"
    # "the latest launches took place from the Hodo peninsula, the same area used for last
    # week's launches": the launch's own clause told with its place.
    r"took place|happened|occurred)\b|"
    # "The three were launched at about 5 pm from the Wonsan area, the same place from which
    # ... in March", "Both flew about 600 km": the missiles called by their number.
    r"\b(?:both|(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
    r"(?:were|flew|traveled|travelled|reached|landed|fell|(?:had|have)\s+been)\b|"
    # "North Korea has fired two ballistic missiles into the sea, days after testing ...": the
    # North's launch told in the present perfect or the present, before the recollection.
    r"\b(?:North Korea|N\.\s?Korea|Pyongyang|the North|the DPRK)\s+(?:has\s+|have\s+)?"
    r"(?:fired|fires|launched|launches|test-fired|test-fires|test-launched)\b"
    # "The suspected launch, from the Sunan area of the capital Pyongyang, also came two days
    # after ...": the launch reported is the subject.
    r"|^\W*(?:the|this|today's|the latest|the suspected|the apparent)\s+(?:[\w-]+\s+)?"
    r"(?:launch(?:es)?|test-firings?|firings?|tests?|missiles?|projectiles?|rockets?|ICBMs?|"
    r"IRBMs?|SRBMs?)\b"
)

# "We believe they are Scud-C missiles": what the launch was, not another firing.
SAID_TO_BE = (
    r"\b(?:it|they|the missiles?|the projectiles?)\s+(?:was|were|is|are|appeared|seemed|"
    r"would be|may be|might be|could be)\b"
)

# "The launches come after a U.S. soldier ran across the border on Tuesday": the day of the
# clause an "after", "following" or "since" opens is another event's (not "after midnight",
# "shortly after midday local time on Saturday": a time of the day).
# "The launch follows the test of a 'hypersonic' missile on Jan. 14", "The latest launches follow
# Kim's claim on Wednesday": the same ("followed by two more" is not).
OTHER_EVENT_CLAUSE = (
    r"\b(?:after|following|since|follows?|followed)\s+"
    r"(?!midnight|midday|dawn|daybreak|noon|sunrise|sunset|by\b|\d)[^,;]*$"
)


def statement_day(
    sentences: list[Sentence], anchor: date, until: date | None = None
) -> DateMention | None:
    """The day the lead's statement was made ("..., the ministry said on Monday"), if given.

    Weekdays count back from `until` when given (the day after a dateline), else from `anchor`.
    """
    for sentence in sentences:
        if not re.search(LAUNCH_VERBS, sentence.text, FLAGS):
            continue
        for mention in find_dates(sentence, anchor, until):
            offset = mention.evidence.start - sentence.start
            before, after = (
                sentence.text[:offset],
                sentence.text[offset + len(mention.evidence.text) :],
            )
            if re.search(REPORTING_DAY_BEFORE, before, FLAGS) or re.match(
                REPORTING_DAY_AFTER, after, FLAGS
            ):
                return mention
        return None
    return None


_THIS_LAUNCH_WAS = (
    r"^\W*(?:it|this|the (?:launch|test|firing|missile)|today's (?:launch|test))\s+"
    r"(?:was|is|marks|marked|came as|comes as)\s+(?:the\s+)?(?:North's\s+)?(?:first|latest)\b"
)


def head_before_other_event(sentence: Sentence, found: list[DateMention]) -> Sentence | None:
    """The clause before ", ... since <day>" when every date is in such a clause."""
    if not all(in_other_event_clause(sentence, mention) for mention in found):
        return None
    before = sentence.text[: found[0].evidence.start - sentence.start]
    cue = re.search(OTHER_EVENT_CLAUSE, before, FLAGS)
    cut = sentence.text.rfind(",", 0, cue.start()) if cue else -1
    if cut <= 0 and cue and re.match(_THIS_LAUNCH_WAS, sentence.text[: cue.start()], FLAGS):
        # "It was the first launch since three missiles were fired on Feb. 2"
        cut = len(sentence.text[: cue.start()].rstrip())
    if cut <= 0:
        return None
    text = sentence.text[:cut]
    return Sentence(sentence.start, sentence.start + cut, text, sentence.paragraph)


def in_other_event_clause(sentence: Sentence, mention: DateMention) -> bool:
    before = sentence.text[: mention.evidence.start - sentence.start]
    return re.search(OTHER_EVENT_CLAUSE, before, FLAGS) is not None


def as_spoken(text: str) -> str:
    """The text with reported speech's past perfect ("said it had fired", "said the missile had
    been fired ... and had flown") read as the statement's tense: "said it", "and it"."""
    text = re.sub(REPORTED_SPEECH, "said it", text, flags=FLAGS)
    return re.sub(
        SPOKEN_AND_HAD,
        lambda match: match.group(0)[: match.start("had") - match.start()] + "and it",
        text,
        flags=FLAGS,
    )


def recall_positions(sentence: Sentence) -> list[int]:
    """Where recall cues start, leaving out "said it had fired" (reported speech)."""
    speech = [m.span() for m in re.finditer(REPORTED_SPEECH, sentence.text, FLAGS)]
    speech += [m.span("had") for m in re.finditer(SPOKEN_AND_HAD, sentence.text, FLAGS)]
    speech += [m.span() for m in re.finditer(COMPARED_WITH_PAST, sentence.text, FLAGS)]
    return [
        match.start()
        for pattern in RECALL_CUES
        for match in re.finditer(pattern, sentence.text, FLAGS)
        if not any(start <= match.start() < end for start, end in speech)
    ]


def trim_recollection(sentence: Sentence, found: list[DateMention], day: date) -> Sentence:
    """The launch's own clause of a sentence that goes on to recall an older launch.

    "Thursday's launch was the first since it fired an IRBM over Japan on Tuesday" keeps
    "Thursday's launch was the first" so the IRBM is not read as Thursday's missile.
    """
    offsets = [(m.evidence.start - sentence.start, m.day == day) for m in found]
    others = [at for at, own in offsets if not own] + recall_positions(sentence)
    if not others:
        return sentence
    first_other = min(others)
    last_own = max((at for at, own in offsets if own), default=-1)
    aside = aside_of_other_news(sentence.text, first_other)
    if aside is not None:
        # "Early on Sunday, a day after the U.S. and South Korea finished joint drills, North
        # Korea fired ...": the aside dates other news, and the launch's clause follows it.
        others = [at for at in others if at >= aside]
        if not others:
            return sentence
        first_other, last_own = min(others), max(last_own, aside)
    breaks = [
        match.start()
        for match in re.finditer(CLAUSE_BREAK, sentence.text, FLAGS)
        if last_own < match.start() < first_other
    ]
    if not breaks:
        return sentence
    cut = min(breaks)
    return Sentence(sentence.start, sentence.start + cut, sentence.text[:cut], sentence.paragraph)


# An aside set off by commas that dates the launch by other news ("a day after the allies
# ended their drills", "hours after the envoy left Seoul"), with no launch of its own in it.
_NEWS_ASIDE = re.compile(
    r"(?:(?:a|one|two|three|four|five|several|a few|just|only|hours|days|weeks)\s+)*"
    r"(?:(?:days?|hours?|weeks?)\s+)?(?:after|before)\s+[^,;]{3,150}?,\s+(?=\S)",
    FLAGS,
)
_ASIDE_LAUNCH = (
    r"\b(?:missiles?|projectiles?|rockets?|ICBMs?|SRBMs?|MRBMs?|IRBMs?|SLBMs?|launch(?:es|ed|ing)?|"
    r"fir(?:ed|es|ing|ings?)|test(?:s|ed|ing)?|test-fir\w*|tested)\b"
)


def aside_of_other_news(text: str, at: int) -> int | None:
    """Where the launch's clause resumes after an aside of other news starting at `at`, if the
    aside follows a comma and a clause that tells a launch follows it."""
    if not re.search(r",\s*$", text[:at]):
        return None
    aside = _NEWS_ASIDE.match(text, at)
    if aside is None or re.search(_ASIDE_LAUNCH, aside.group(0), FLAGS):
        return None
    if not re.search(LAUNCH_VERBS, text[aside.end() :], FLAGS):
        return None
    return aside.end()


_FIRST_SINCE_OPENER = (
    r"^(?:it was\s+|in\s+)?(?:for\s+)?(?:the\s+)?first(?:\s+time)?\s+(?:ever\s+)?since\s+"
    r"[^,;]{1,50},\s*"
)


# "... from the same submarine that launched an older missile in a 2016 test"
# (only "the same ... that": "resemble the IRBMs carrying hypersonic warheads that were fired in
# January" likens the launch to the older one, whose clause it stays)
_RELATIVE_OF_OLDER = (
    r"\bthe\s+same\s+(?:[\w-]+\s+){1,2}?(?P<rel>that|which)\s+(?:had\s+|has\s+|was\s+|"
    r"were\s+)?(?:also\s+)?(?:launched|fired|test-fired|tested|used|carried\s+out|conducted)\b"
)


def own_clause(sentence: Sentence, dated: Sequence[int] = ()) -> Sentence | None:
    """The clause about the new launch before a recollection, if the sentence opens with one.

    "Officials said it was a medium-range ballistic missile, a system tested in February" keeps
    its first clause: "it was" speaks of the launch reported, "in February" of an older one.
    """
    text = sentence.text
    # "For the first time since 1945, one of the missiles came down south of the line": the
    # opener measures this launch against the past; the rest is the launch's own.
    opener = re.match(_FIRST_SINCE_OPENER, text, FLAGS)
    # "A few days after South Korea started its war games with the US, North Korea has fired four
    # suspected short-range missiles": the opener measures from other news; the main clause,
    # telling the launch with no recollection of its own, is the launch's.
    span = re.match(SPAN_AFTER_OPENER, text, FLAGS)
    if (
        span is not None
        and re.search(OWN_SUBJECT, text[span.end() :], FLAGS)
        and not [at for at in recall_positions(sentence) if at >= span.end()]
    ):
        opener = span
    if opener is not None:
        rest = text[opener.end() :]
        return Sentence(sentence.start + opener.end(), sentence.end, rest, sentence.paragraph)
    starts = recall_positions(sentence) + [m.start() for m in re.finditer(MONTH_ONLY, text, FLAGS)]
    # "We believe they are Scud-C missiles, the same type the North fired on March 3": the
    # offsets of another day's dates.
    starts += list(dated)
    starts += [m.start() for m in re.finditer(YEAR_ONLY, text)]
    if not starts:
        return None
    # "...; in 1993 Pyongyang test-fired a Rodong": a semicolon ends the clause too.
    cut = max(text.rfind(",", 0, min(starts)), text.rfind(";", 0, min(starts)))
    # "The launch was the first of a Musudan since 2016": "since" opens the other clause.
    # "The launch comes after North Korea tested ..., called the Hwasong-19, last week": the
    # recollection starts at the first of these.
    # ("this was North Korea's first ballistic missile test since March": the "since" may open
    # the recollection itself.)
    since = [
        m.start()
        for m in re.finditer(r"\s(?:since|after|following|follows)(?=\s)", text)
        if m.start() < min(starts)
    ]
    cut = min(since) if since else cut
    if cut <= 0:
        # "the missile was fired from the same submarine that launched an older missile in a
        # 2016 test": a relative clause names the submarine (or site, or type) by the older
        # launch; the clause before it is the launch's own.
        relative = [
            m.start("rel") - 1
            for m in re.finditer(_RELATIVE_OF_OLDER, text, FLAGS)
            if m.start() < min(starts)
        ]
        cut = min(relative) if relative else cut
    if cut <= 0 or not re.search(OWN_SUBJECT, text[:cut], FLAGS):
        return None
    if dated and (min(dated) == min(starts)) and not re.search(SAID_TO_BE, text[:cut], FLAGS):
        # Before another day's date only a clause that says what the launch was is kept ("it
        # said it test-fired a new-type ICBM, the Hwasongpho-17, on March 24" is that day's).
        return None
    return Sentence(sentence.start, sentence.start + cut, text[:cut], sentence.paragraph)
