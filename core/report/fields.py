"""Field rules of report extraction: count, class, name, figures, landing, EEZ and reporters."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

from core.report.bystanders import caption_ends, party_to_a_meeting, vows_more
from core.report.found import Found
from core.report.lexicon import (
    COUNT_PATTERN,
    COUNT_QUALIFIERS,
    NAME_CLASSES,
    NAME_PATTERNS,
    NUMBER_PUT,
    NUMBER_WORDS,
    ONE_OF,
    VAGUE_COUNTS,
)
from core.report.patterns import (
    CLASS_PATTERNS,
    FLAGS,
    LAUNCH_VERBS,
)
from core.report.tables import (
    EEZ_PATTERNS,
    FAILURE_DOUBTED,
    FAILURE_OF_ANOTHER,
    FAILURE_PATTERN,
    JAPAN_AS_A_WHOLE,
    JAPAN_OFFICIALS,
    JAPAN_TOLD,
    KOREAN_MINISTRY,
    LANDING_PATTERNS,
    MANEUVER_PATTERNS,
    REPORTER_PATTERNS,
    TWO_PEAKS,
    UNQUALIFIED_GOVERNMENT,
    UNQUALIFIED_MINISTER,
    UNQUALIFIED_MINISTRY,
)
from core.report.text import Evidence, Sentence

# "Sohae Satellite Launching Ground": a place's name, not a satellite launch.
FACILITY_WORDS = r"\bSatellite\s+Launch(?:ing)?\s+(?:Ground|Station|Center|Centre|Site|Pad)\b"
RANGE_ONLY = ("SRBM", "MRBM", "IRBM", "ICBM")
HEADLINE_WORDS = 14
FELL = (
    r"\b(?:came down|fell|landed|splashed down|plunged|flying|flown|"
    # "five missiles struck the target area about 136 km away"
    r"(?:hit|struck|hitting|striking) (?:their|the|its|a) (?:[\w-]+ )?targets?)\b"
)

# Verbs that send missiles off besides the launch verbs: "sent three short-range guided missiles
# into the sea", "unleashed a barrage of missiles", "conducted two missile launches".
COUNT_VERBS = (
    r"\b(?:sent|sends|sending|hurled|hurls|unleashed|unleashes|let loose|let off|set off|"
    r"conducted|carried out|staged|released|detected|spotted|tracked|picked up|"
    # "The paper's photos showed six ballistic missiles lifting off together": the rockets' own
    # verb tells them fired.
    r"lifting off|lifted off|lift off|blasting off|blasted off|taking off|"
    # "Kim Jong Un had supervised tests of two different missiles": the tests tell them fired.
    r"tests\s+of|test-firings?\s+of|test-fires?\s+of)\b"
)
# "an unspecified number of air-to-surface missiles" fired by jets are no ground launch.
AIR_LAUNCHED = r"\bair-to-(?:surface|ground|air|ship)\b|\bair-launched\b"

# "its specifications are close to those of the Pukguksong": a name the launch is compared with.
COMPARISON_BEFORE = (
    r"\b(?:similar to|close to|resembl\w*|compared (?:with|to)|unlike|"
    # "new SRBMs, such as the KN-23 or KN-24", "farther than the standard KN-01", "unsure
    # whether it is an improved KN-01": names offered, compared or asked about.
    r"such as|than|whether (?:it|they) (?:is|are|was|were))\b[^,;.]{0,30}$|"
    # "a new short-range missile derived from the existing Hwasong-11A tactical guided missile
    # (the KN-23, ...)": the parent of a type, and the parent's other name in brackets.
    r"\b(?:derived|developed) from\b[^,;.]{0,60}$|"
    # "The last missile of this kind Pyongyang tested was the Hwasong-12": the one before, the
    # launch is measured against.
    r"\b(?:last|previous|earlier)\s+(?:missile|rocket|one|launch|test)\s+of\s+"
    r"(?:this|that|the same|its)\s+(?:kind|type|class|sort)\b[^,;.]{0,40}$|"
    # "the largest barrage since 2006, when it launched seven missiles ..., among them the
    # Taepodong-2": the year a "when" clause tells of is another launch's.
    # (A point inside the sentence is an abbreviation's: "around the U.S. July 4 holiday".)
    r"\b(?:since|in)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\s*,\s*when\b[^;]*$"
)


def is_launch_sentence(sentence: Sentence) -> bool:
    """The sentence has a launch verb."""
    return re.search(LAUNCH_VERBS, sentence.text, FLAGS) is not None


# A bound asked about, not told: "whether more than one missile had been fired", "unclear if at
# least two were launched" (not "whether one of the two missiles blew up").
_ASKED = r"\b(?:whether|if)\b[^.;]{0,40}$"


# "The North also launched two ...", "In addition, three short-range ballistic missiles were
# fired": more missiles told as fired besides those of the launch counted before.
_ALSO_FIRED: Final = (
    r"\balso\s+(?:fired|launched|test-fired|test-launched)\b|^\W*(?:in addition|additionally)\b"
    r"[^.;]{0,80}?\b(?:fired|launched|test-fired|test-launched)\b"
)


# A count told as said before and since replaced: "Earlier, the South had said the North fired a
# single missile", "the JCS had initially reported one missile" (not "Earlier, it fired two
# missiles": an earlier launch's own count, nor "had said": a statement not set before another).
# Such a count ranks below every count the story tells as its own, and stands only where it is the
# story's one count ("Hours earlier, the South Korean military had said the North launched a
# ballistic missile").
_SAID_BEFORE: Final = re.compile(
    r"(?:\b[Ee]arlier\b[^.;]{0,40}\bhad|\bhad\s+(?:initially|first|earlier|originally)|"
    # "South Korea initially said two projectiles": a first word since replaced ("Yonhap first
    # reported" names who reported first, not a word replaced).
    r"\b(?:initially|originally))\s+"
    r"(?:said|reported|announced|estimated|told)\b[^.;]{0,60}$|"
    # "At first South Korea had reported that Pyongyang launched two unidentified projectiles":
    # a statement opened by "at first" or "initially", set before the story's own account.
    r"^\W*(?:[Aa]t first|[Ii]nitially|[Oo]riginally)\s*,?\s+(?:[\w.'-]+\s+){1,8}?(?:had\s+)?"
    r"(?:said|reported|announced|estimated|told)\b[^.;]{0,60}$|"
    # "Earlier, Japanese Chief Cabinet Secretary Yoshihide Suga said the North had fired two": a
    # statement opened by "Earlier," set before the story's own account.
    r"^\W*Earlier\s*,\s+(?:[\w.'-]+\s+){1,8}?(?:said|reported|announced|estimated|told)\b"
    r"[^.;]{0,60}$|"
    # "Early reports in the Japanese media said North Korea had fired four ballistic missiles,
    # but newer information indicates ... just one": first reports, since replaced.
    r"\b(?:[Ee]arly|[Ee]arlier|[Ii]nitial|[Ff]irst|[Pp]reliminary)\s+(?:media\s+|news\s+)?"
    r"reports?\b[^.;]{0,40}?\b(?:said|suggested|indicated|showed|claimed)\b[^.;]{0,60}$"
)
# "On Saturday the North had sent the first three missiles into the East Sea", "A day earlier,
# on Saturday, three short-range missiles had been launched": missiles told in the past perfect
# on a day of their own, in the writer's words (no one's statement), went up before the launch
# told, and rank as a count said before. ("North Korea had fired two missiles on Sunday, the JCS
# said": a statement's past perfect tells the launch itself.)
_HAD_FIRED: Final = (
    r"\bhad\s+(?:already\s+|earlier\s+|also\s+)?(?:been\s+)?(?:fired|launched|sent|test-fired|"
    r"test-launched|lobbed|shot)\b"
)
_DAY_CUE: Final = (
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|earlier|the day before|the previous day|"
    r"previously|yesterday)\b"
)
_SPEECH: Final = (
    r"\b(?:said|says|say|saying|told|tells|reported|reports|reporting|according|announced|"
    r"quoted|confirmed|stated|claimed|added)\b"
)


# "The launch followed by one day Pyongyang's firing of three short-range guided missiles": the
# launch told came after the firing counted, which is another's.
_FOLLOWED_FIRING: Final = (
    r"\bfollow(?:ed|s)\b[^.;]{0,50}?\b(?:firing|launch|launches|test-firing|test-launch)\s+of\s+$"
)


def _fired_before(text: str, match: re.Match[str]) -> bool:
    """The missiles counted were fired before the launch told: a past perfect in the writer's
    own words, on a day the sentence names, or a firing the launch told followed."""
    if re.search(_FOLLOWED_FIRING, text[: match.start()], FLAGS):
        return True
    near = text[: match.start()] + text[match.start() : match.end() + 80]
    return (
        re.search(_HAD_FIRED, near, FLAGS) is not None
        and re.search(_DAY_CUE, text, FLAGS) is not None
        and re.search(_SPEECH, text, FLAGS) is None
    )


# "at which it displayed nearly 60 missiles", "showed off about 40 missiles", "rolled out four
# ICBMs on launcher trucks", "(they) paraded a dozen missiles through the square": missiles put
# on show, which a parade or an exhibition counts, not a launch.
_SHOWN_BEFORE: Final = (
    r"\b(?:display(?:s|ed|ing)?|show(?:s|ed|ing)?\s+off|parad(?:ed|ing)|showcas(?:e|es|ed|ing)|"
    r"exhibit(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+out)\s+"
    r"(?:(?:some|what|its|their|his|the|off|out)\s+){0,2}$"
)
# "nearly 60 missiles were displayed", "a dozen missiles on show", "missiles paraded through
# Kim Il Sung Square": the same, told after the missiles.
_SHOWN_AFTER: Final = (
    r"^[^.;,]{0,40}?\b(?:(?:were|was|had been|have been|are|is)\s+(?:put\s+)?(?:on\s+)?"
    r"(?:displayed|display|show|shown off|paraded|showcased|exhibited|rolled out)|"
    r"on (?:display|show|parade)|paraded\s+(?:through|across|in|past))\b"
)


def _on_show(text: str, match: re.Match[str]) -> bool:
    """The missiles counted were put on show (a parade, an exhibition), not fired."""
    return (
        re.search(_SHOWN_BEFORE, text[: match.start()], FLAGS) is not None
        or re.match(_SHOWN_AFTER, text[match.end() :], FLAGS) is not None
    )


# A count said before ranks after a bare article's (rank 2): the story's own count beats it.
_SAID_BEFORE_RANK: Final = 3


# "the Hwasong 14 intercontinental ballistic missile", "a Pukguksong 3 missile": the number a
# type's name carries, written without its hyphen, is no count.
_NAME_STEM: Final = re.compile(
    r"\b(?:Hwasong|Hwaseong|Pukguksong|Pukkuksong|Taepodong|Taep'o-dong|Nodong|Rodong|Musudan|"
    r"Unha|KN|Scud|Hwasal|Haeil|Chollima|Kwangmyongsong|Paektusan)\s+$"
)


# South Korea's military as the speaker: "according to the South Korean military", "The South
# Korean and Japanese militaries said", "the JCS said".
_KOREAN_MILITARY: Final = re.compile(REPORTER_PATTERNS[0][0], FLAGS)
# Japan's political offices as the speaker of a count: "Japanese Prime Minister Fumio Kishida said
# North Korea had fired two", "According to the Japanese government, North Korea fired two",
# "Japan's chief government spokesman said" (not its defence ministry, which tracks the missiles).
_JAPAN_LEADERS: Final = re.compile(
    r"\b(?:Japan's|Japanese)\s+(?:Prime\s+Minister|Chief\s+Cabinet\s+Secretary|government\b|"
    r"chief\s+government\s+spokes(?:man|woman|person))",
    FLAGS,
)


def find_count(sentences: Sequence[Sentence]) -> tuple[Found, str] | None:
    """How many missiles, and 'exact' / 'at least' / 'at most' / 'approximately' / 'vague'.

    A stated number ("at least seven", "two") beats a vague word ("a barrage"), which beats
    a bare article ("a ballistic missile"); among equals the first mention wins. The South
    Korean military's count leads: its "a ballistic missile" stands beside a different number
    Japan's political offices give ("Prime Minister Fumio Kishida said North Korea had fired
    two"), as their count is a first word the military's tracking settles.
    """
    best: tuple[float, Found, str] | None = None
    bounded: set[int] = set()  # counts told elsewhere as a lower bound ("at least two")
    military: Found | None = None  # the South Korean military's article count ("a missile")
    for sentence in sentences:
        if best is not None and re.search(_ALSO_FIRED, sentence.text, FLAGS):
            # "fired what was presumably a long-range ballistic missile ... The North also
            # launched what seemed to be two short-range ballistic missiles ... at about 8:39":
            # missiles told as fired besides the launch counted are a launch of their own.
            continue
        # "CNN, citing unnamed sources, put the number at four": a stated number.
        stated = re.search(NUMBER_PUT, sentence.text, FLAGS)
        if stated and (best is None or best[0] > 0):
            word = stated.group("word").lower()
            count = int(word) if word.isdigit() else NUMBER_WORDS[word]
            qualifier = COUNT_QUALIFIERS.get((stated.group("qual") or "").lower(), "exact")
            note = f"{count} missile(s), {qualifier}"
            best = (0, Found(count, sentence.evidence(stated, note)), qualifier)
        # "Japanese authorities reported two ballistic missile launches": one missile a launch.
        launches = re.search(_LAUNCHES, sentence.text, FLAGS) or re.search(
            _LAUNCHES_TOLD, sentence.text, FLAGS
        )
        if launches and (best is None or best[0] > 0):
            word = launches.group("word").lower()
            count = int(word) if word.isdigit() else NUMBER_WORDS[word]
            qualifier = COUNT_QUALIFIERS.get((launches.group("qual") or "").lower(), "exact")
            note = f"{count} missile(s), {qualifier}: {count} launches"
            best = (0, Found(count, sentence.evidence(launches, note)), qualifier)
        # "the projectiles were fired twice in the early morning": one launch a time.
        times = next((m for p in _FIRED_TIMES if (m := re.search(p, sentence.text, FLAGS))), None)
        if times and (best is None or best[0] > 0):
            count = _TIMES[times.group("word").lower()]
            note = f"{count} missile(s), exact: fired {times.group('word')}"
            best = (0, Found(count, sentence.evidence(times, note)), "exact")
        one_by_one = re.search(_ONE_AND_ANOTHER, sentence.text)
        if one_by_one and (best is None or best[0] > 0):
            note = "2 missile(s), exact: one and another"
            best = (0, Found(2, sentence.evidence(one_by_one, note)), "exact")
        one_of = re.search(ONE_OF, sentence.text, FLAGS)
        if one_of and (best is None or best[0] > 0):
            word = one_of.group("word").lower()
            count = int(word) if word.isdigit() else NUMBER_WORDS[word]
            qualifier = COUNT_QUALIFIERS.get((one_of.group("qual") or "").lower(), "exact")
            note = f"{count} missile(s), {qualifier}: the launch is one of them"
            best = (0, Found(count, sentence.evidence(one_of, note)), qualifier)
        # "At least one ... missile came down in the East Sea": a fall counts the missiles too.
        told = is_launch_sentence(sentence) or re.search(COUNT_VERBS, sentence.text, FLAGS)
        if not told and not re.search(FELL, sentence.text, FLAGS):
            continue
        # "carried out multiple launches of short-range ballistic missiles": missiles, more than
        # one (not "a multiple launch rocket system").
        launched = re.search(_VAGUE_LAUNCHES, sentence.text, FLAGS)
        if launched and (best is None or best[0] > 1):
            note = "2 missile(s), vague: a lower bound, check the count"
            best = (1, Found(2, sentence.evidence(launched, note)), "vague")
        for match in re.finditer(COUNT_PATTERN, sentence.text, FLAGS):
            if re.search(AIR_LAUNCHED, match.group(0), FLAGS):
                continue
            if re.match(_YEARS_TALLY, sentence.text[match.end() :], FLAGS):
                continue  # "Fired More than 40 Missiles This Year": the year's, not the launch's
            if re.match(_TALLY_TOLD_AFTER, sentence.text[match.end() :], FLAGS):
                continue  # "a dozen missiles have now been test-launched ... this year"
            if _NAME_STEM.search(sentence.text[: match.start()]):
                continue  # "the Hwasong 14 intercontinental ballistic missile": a name's number
            if re.match(_ALREADY_DOWN, sentence.text[match.end() :], FLAGS):
                continue  # "one missile had already splashed down": the salvo's first to fall
            if _on_show(sentence.text, match):
                continue  # "a parade at which it displayed nearly 60 missiles": none fired
            said_before = _SAID_BEFORE.search(sentence.text[: match.start()]) is not None
            said_before = said_before or _fired_before(sentence.text, match)
            asked = re.search(_ASKED, sentence.text[: match.start()], FLAGS)
            bound = re.match(r"\s*or (?:more|fewer)\b", sentence.text[match.end() :], FLAGS)
            if asked and (match.group("qual") or bound):
                # "working to determine whether more than one missile was fired", "whether one
                # missile or more had been launched"
                continue
            word = re.sub(r"\s+", " ", match.group("word").lower().replace('"', ""))
            qual = (match.group("qual") or "").lower()
            if not qual and _spans_up_to(sentence.text[: match.start()], word):
                qual = "up to"  # "fired two to three missiles": three at most
            if match.group("noun").lower().startswith("round") and re.search(
                r"\b(?:artillery|shells?|guns?|howitzers?|mortars?)\b",
                match.group(0) + sentence.text[match.end() : match.end() + 20],
                FLAGS,
            ):
                continue  # "60 rounds of artillery shells" are no missiles
            if match.group("noun").lower().startswith("round") and re.match(
                _ROUNDS_OF_OTHER, sentence.text[match.end() :], FLAGS
            ):
                continue  # "five rounds of live-fire drills", "two rounds of talks": no missiles
            if re.match(r"\s+other\b", match.group("adjectives"), FLAGS):
                # "claimed before that two other rockets it fired over the past 15 years put
                # satellites into orbit": missiles besides the launch's, counted on their own.
                continue
            stated_in = re.match(_NUMBER_FIRST, match.group("adjectives"), FLAGS)
            added = False
            if (word in VAGUE_COUNTS or word == "another") and stated_in:
                # "a salvo of six 600mm rockets", "a barrage of at least 10 missiles": the number
                # says how many. "tested another three missiles", "fired another two rockets":
                # the number too, told as an addition.
                added = word == "another"
                word = stated_in.group(2).lower()
                qual = (stated_in.group(1) or "").lower()
            if word.endswith(" or more"):
                # "launched one or more ballistic missiles", "two or more missiles"
                word = "one or more" if word == "one or more" else word.removesuffix(" or more")
                qual = "at least"
            rank: float
            if word in VAGUE_COUNTS:
                count, qualifier, rank = 2, "vague", 1
            else:
                count = int(word) if word.isdigit() else NUMBER_WORDS[word]
                qualifier = COUNT_QUALIFIERS.get(qual, "exact")
                # "another ballistic missile": one more, counted as an article counts. "had
                # fired one more ballistic missile", "two more missiles": an addition to a salvo
                # told before, not the salvo's size.
                added = (
                    added or re.match(r"\s+more\b", match.group("adjectives"), FLAGS) is not None
                )
                rank = 2 if (word in ("a", "an", "another") or added) and not qual else 0
                if count == 1 and qualifier == "at least":
                    # "Japan confirmed the launch of at least one missile" beside "fired multiple
                    # missiles": a plural says more than the bound of one.
                    rank = 1.5
                # "two ballistic missiles and a cruise missile": three missiles.
                more = _joined_count(sentence.text, match.end())
                if rank == 0 and more:
                    count += more
                # "a ballistic missile on Monday, followed by a second 20 minutes later"
                if count == 1 and re.search(_SECOND, sentence.text[match.end() :], FLAGS):
                    count, rank = 2, 0
            if said_before:
                # a count said before and since replaced by the story's own
                rank = _SAID_BEFORE_RANK
            elif (
                rank == 2
                and word in ("a", "an")
                and military is None
                and _KOREAN_MILITARY.search(sentence.text)
            ):
                note = "1 missile, exact: the South Korean military's count"
                military = Found(1, sentence.evidence(match, note))
            elif qualifier == "at least" and (rank == 0 or count == 1):
                # ('"launched at least one ballistic missile" ... "one long-range ballistic
                # missile"': the one told plainly elsewhere is still a bound.)
                bounded.add(count)
            if best is not None and best[0] <= rank:
                continue
            note = f"{count} missile(s), {qualifier}" + (
                ": a lower bound, check the count" if qualifier in ("vague", "at least") else ""
            )
            best = (rank, Found(count, sentence.evidence(match, note)), qualifier)
    if best is not None and military is not None and _japan_leaders_count(best, military):
        best = (2, military, "exact")
    if best is not None and best[2] == "exact" and int(best[1].value) in bounded:
        # "fired two ballistic missiles ... fired at least two ballistic missiles": the same
        # number told again as a bound is a bound.
        evidence = best[1].evidence
        note = f"{best[1].value} missile(s), at least: the same number told as a lower bound"
        best = (best[0], Found(best[1].value, dataclasses.replace(evidence, note=note)), "at least")
    return (best[1], best[2]) if best else _the_missile(sentences)


# "fired two to three short-range ballistic missiles", "one or two projectiles", "between two
# and four missiles": a span of counts, whose upper end the missiles did not pass (not "from
# two to three missiles": a change told).
_SPAN_BEFORE: Final = re.compile(
    r"(?:(?<!\bfrom )\b(?P<low>[1-9]|one|two|three|four|five|six|seven|eight|nine)\s+(?:to|or)|"
    r"\bbetween\s+(?P<low2>[1-9]|one|two|three|four|five|six|seven|eight|nine)\s+and)\s+$",
    FLAGS,
)


def _spans_up_to(before: str, word: str) -> bool:
    """The count closes a span of counts ("two to three missiles"): the missiles were at most
    that many."""
    span = _SPAN_BEFORE.search(before)
    if span is None or not (word.isdigit() or word in NUMBER_WORDS) or word in ("a", "an"):
        return False
    low_word = (span.group("low") or span.group("low2")).lower()
    low = int(low_word) if low_word.isdigit() else NUMBER_WORDS[low_word]
    high = int(word) if word.isdigit() else NUMBER_WORDS[word]
    return low < high


def _japan_leaders_count(best: tuple[float, Found, str], military: Found) -> bool:
    """The count is a later number of Japan's political offices, not the South Korean
    military's one missile told before it."""
    evidence = best[1].evidence
    return (
        best[0] == 0
        and best[2] == "exact"
        and int(best[1].value) > 1
        and evidence.start > military.evidence.start
        and _JAPAN_LEADERS.search(evidence.sentence) is not None
        and _KOREAN_MILITARY.search(evidence.sentence) is None
    )


# "later corrected the number to one missile", "revised the count down to two missiles": a
# count told as a correction of one given before.
_CORRECTED_TO: Final = (
    r"\b(?:corrected|revised|amended|changed|lowered|raised|updated)\s+(?:(?:the|its|his|her|"
    r"their|that)\s+)?(?:(?:number|count|figure|tally|estimate)\s+)?(?:(?:down|up)\s+)?to\s+$"
)


# "has test-fired the Hwasong-8 hypersonic missile", "launched the new Hwasong-18 ICBM": one
# missile named with "the" and fired, where no count is stated.
_THE_MISSILE = (
    r"\b(?:fired|launched|test-fired|test-launched|tested|shot|"
    # "North Korea has confirmed testing the Hwasong-17 ICBM"
    r"firing|launching|test-firing|test-launching|testing)\s+the\s+"
    r"(?:(?:new|newly developed|latest|upgraded|improved|[\w-]*\d[\w-]*|[A-Z][\w-]*|"
    r"(?:long|short|medium|intermediate)-range|intercontinental|ballistic|hypersonic|cruise|"
    r"solid-fuel(?:ed)?|liquid-fuel(?:ed)?|tactical|strategic|guided|"
    r"submarine-launched|type)\s+){1,5}"
    r"(?:missile|rocket|ICBM|IRBM|MRBM|SRBM|SLBM)\b(?!\s+(?:system|launcher|unit|engine|"
    r"programme|program)s?\b)"
)


# "launched its first intercontinental ballistic missile since 2017", "test-fired its largest
# ICBM yet": one missile, told by a superlative or "first" (not "its first missiles since", nor
# "tested its largest missile engine").
_ITS_MISSILE = (
    r"\b(?:fired|launched|test-fired|test-launched|tested|shot)\s+its\s+"
    # "test-fired its second Hwasong-14 ICBM": the second of its kind ever, one missile
    r"(?:first|second|third|largest|biggest|newest|latest|most\s+powerful|longest-range)\s+"
    r"(?:(?:new|[\"\u201c]?[\w-]*\d[\w-]*[\"\u201d]?|[A-Z][\w-]*|(?:long|short|medium|intermediate)-range|"
    r"intercontinental|ballistic|hypersonic|solid-fuel(?:ed)?|liquid-fuel(?:ed)?|"
    r"submarine-launched|type)\s+){0,4}"
    r"(?:missile|rocket|ICBM|IRBM|MRBM|SRBM|SLBM)\b(?!\s+(?:system|launcher|unit|engine|"
    r"programme|program|test|launch)s?\b)"
)


# "the missile was launched southward from North Phyongan Province", "The rocket was test-fired
# from Tongchang-ri": one missile told in the singular as fired, where no count is stated (not
# "the missiles were launched", nor "a missile was fired", which the count pattern reads).
_THE_MISSILE_WAS = (
    r"\b[Tt]he\s+(?:(?:new|[\w-]*\d[\w-]*|[A-Z][\w-]*|(?:long|short|medium|intermediate)-range|"
    r"ballistic|hypersonic|cruise|guided|space|carrier)\s+){0,3}"
    r"(?:missile|rocket|projectile|ICBM|IRBM|MRBM|SRBM|SLBM)\s+(?:was|had been|has been)\s+"
    r"(?:(?:apparently|reportedly|first|initially)\s+)?(?:fired|launched|test-fired|test-launched)\b"
)


# "The missile North Korea fired on Saturday came down outside ...", "The projectile that the North
# launched this week was more advanced": one missile, "The" and the singular opening the clause
# the launch is told in, its launcher the relative clause's subject (not "the missile North Korea
# fired in 2017", "The missile Pyongyang launched last month": an older launch named, nor "The
# missiles Pyongyang fired": more than one). (A "the missile North Korea fired" inside a clause,
# "concluded that the ... missile North Korea fired on Sunday", is not read yet, though 080 is
# labelled 1 exact for it since round 20.)
# ("carried on the apparent ballistic missile North Korea launched on Sunday": the missile
# after a preposition, hedged)
_THE_MISSILE_THEY_FIRED = (
    r"(?:\bThe|(?<=\bon\s)the|(?<=\bby\s)the)\s+(?:(?:new|latest|apparent|suspected|[\w-]*\d[\w-]*|(?:long|short|medium|intermediate)-range|"
    r"ballistic|hypersonic|cruise|guided)\s+){0,3}"
    r"(?:missile|rocket|projectile|ICBM|IRBM|MRBM|SRBM|SLBM)\s+(?:that\s+|which\s+)?"
    r"(?:North Korea|the North|Pyongyang|the regime|Kim Jong[- ]Un's regime)\s+"
    r"(?:(?:has|had)\s+)?(?:fired|launched|test-fired|test-launched|shot|lobbed)\b"
    r"(?![^.;,]{0,20}?\b(?:last\s+(?:year|month|week)|in\s+(?:(?:19|20)\d\d|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)|earlier\s+this|"
    r"previously|before|ago|in\s+its\s+(?:previous|last|earlier)|(?:first|second|third)\s+"
    r"(?:test|launch))\b)"
)


def corrected_count(
    found: tuple[Found, str], sentences: Sequence[Sentence]
) -> tuple[Found, str] | None:
    """The count a correction later in the count's sentence gives in its place.

    "A ministry spokesman at first said four missiles had been fired, but later corrected the
    number to one missile": the clause that tells the firing keeps the first count; the
    correction, a clause of its own, stands.
    """
    start = found[0].evidence.start
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    after = found[0].evidence.end - sentence.start
    for match in re.finditer(COUNT_PATTERN, sentence.text[after:], FLAGS):
        before = sentence.text[: after + match.start()]
        if not re.search(_CORRECTED_TO, before, FLAGS):
            continue
        word = re.sub(r"\s+", " ", match.group("word").lower().replace('"', ""))
        if (
            word in VAGUE_COUNTS
            or word == "another"
            or not (word.isdigit() or word in NUMBER_WORDS)
        ):
            return None
        count = int(word) if word.isdigit() else NUMBER_WORDS[word]
        qualifier = COUNT_QUALIFIERS.get((match.group("qual") or "").lower(), "exact")
        evidence = Evidence(
            match.group(0),
            sentence.start + after + match.start(),
            sentence.start + after + match.end(),
            sentence.text,
            f"{count} missile(s), {qualifier}: the count as corrected",
        )
        return Found(count, evidence), qualifier
    return None


# "..., and two others followed a short time later", "Three more followed within the hour": a
# number of missiles told after the count, as fired after its own.
_OTHERS_FOLLOWED: Final = (
    r"\b(?P<word>two|three|four|five|six|[2-6])\s+(?:others|more)"
    r"(?:\s+(?:missiles|rockets|projectiles))?\s+(?:(?:quickly|soon|then)\s+)?followed\b"
)
# "a second missile had been detected but might have broken up": one more than a lone missile.
_A_SECOND_TOLD: Final = (
    r"\ba second\s+(?:[\w-]+\s+){0,2}?(?:missile|projectile|rocket)\s+(?:had|has|was|may have|"
    r"might have)\s+(?:also\s+)?(?:been\s+)?(?:detected|fired|launched|test-fired)\b"
    # "is believed to have fired a second ballistic missile", "launched a second missile" (not "a
    # second missile in as many days", "its second launch this week": another day's launch).
    r"|\b(?:fired|launched|test-fired|test-launched|shot|lobbed)\s+a\s+second\s+"
    r"(?:[\w-]+\s+){0,2}?(?:missile|projectile|rocket)\b(?![^.;]{0,30}\b(?:in\s+(?:as many|"
    r"two|three|a|one|the same)\s+(?:days?|weeks?|months?)|this\s+(?:week|month|year)|"
    r"(?:of|in)\s+(?:the|this|that)\s+(?:week|month|year)|since|after|following)\b)"
)
# "North Korea also carried out three other test shots of Scud-B and Scud-C missiles": missiles
# told as fired besides the one counted (not "two other rockets it fired over the past 15
# years": without "also" the others are older launches set beside this one).
_ALSO_OTHERS: Final = (
    r"\balso\s+(?:fired|launched|test-fired|test-launched|carried out|conducted)\s+"
    r"(?P<word>two|three|four|five|six|[2-6])\s+other\s+(?:[\w-]+\s+)?"
    r"(?:test\s+shots|shots|tests|test-firings|launches|missiles|rockets|projectiles)\b"
)
# The launch's missiles told as a pair, one by one or together, where the count read is one: "the
# first missile travelled about 260 miles, and the second came down in the East Sea", "one of the
# missiles exploded immediately after launch, while the second was tracked", "the launch, which it
# said involved a second missile as well", "the two weapons hit a target 600 km off", "one of which
# was built to carry a ... warhead. The other was called a cruise missile".
_A_PAIR_TOLD: Final = (
    # (not "the first stage fell into the Yellow Sea and the second into the Philippine Sea", "the
    # first such launch in 23 days and the second": a missile's parts, or launches)
    r"\b(?:the first|one of the)\s+(?:(?!stage|launch|test)[\w-]+\s+){0,2}?"
    r"(?:missiles?|projectiles?|rockets?|one)\b(?!\s+(?:stage|launch|test)s?\b)[^.;]{0,100}?\b(?:and|while|but|whereas)\s+"
    r"(?:that\s+)?the second\b(?!\s+(?:stage|launch|test|salvo|round|volley|day|time|alert)s?\b)|"
    r"\b(?:involved|included|involving|including)\s+a second\s+(?:[\w-]+\s+){0,2}?"
    r"(?:missile|projectile|rocket)\b|"
    r"\b[Tt]he two\s+(?:[\w-]+\s+){0,2}?(?:missiles|projectiles|rockets|weapons)\s+"
    r"(?:(?:both|all|each|apparently|reportedly)\s+)?(?:hit|struck|flew|landed|fell|came down|"
    r"splashed down|travell?ed|reached|were (?:fired|launched))\b|"
    r"^\W*[Tt]he other\s+(?:one\s+|missile\s+|weapon\s+)?(?:was|is)\s+(?:called|described|"
    r"identified|believed|presumed|thought)\b"
)
_OTHERS_FOLLOWED_RE: Final = re.compile(_OTHERS_FOLLOWED, FLAGS)
# "the first projectile, thought to be an ICBM, was fired at around 6 a.m.", "The first missile
# flew 360 km": one missile of those counted, told first, whom "two more followed" come after.
_FIRST_ONE_RE: Final = re.compile(
    r"\b[Tt]he first\s+(?:[\w-]+\s+){0,2}?(?:missile|projectile|rocket|one|launch|shot)\b", FLAGS
)
_A_PAIR_TOLD_RE: Final = re.compile(_A_PAIR_TOLD, FLAGS)
_ALSO_OTHERS_RE: Final = re.compile(_ALSO_OTHERS, FLAGS)
_A_SECOND_TOLD_RE: Final = re.compile(_A_SECOND_TOLD, FLAGS)


def _after_the_first(clause: Sentence, at: int, start: int, clauses: Sequence[Sentence]) -> bool:
    """Before `at`, the clause (or the clause of its sentence before it) tells the first one."""
    if _FIRST_ONE_RE.search(clause.text, start, at):
        return True
    before = [c for c in clauses if c.end <= clause.start and c.paragraph == clause.paragraph]
    # (a clause ending in "6 a.m." goes on: the full stop is the clock's)
    ended = re.search(r"(?<![ap]\.m)[.!?]\s*$", before[-1].text, FLAGS) if before else None
    if not before or start > 0 or ended:
        return False
    return _FIRST_ONE_RE.search(before[-1].text) is not None


def _with_next_clause(clause: Sentence, clauses: Sequence[Sentence]) -> Sentence:
    """The clause joined to the next clause of its sentence (split at a comma), if any."""
    following = next((c for c in clauses if c.start >= clause.end), None)
    if following is None or following.paragraph != clause.paragraph:
        return clause
    gap = following.start - clause.end
    if gap > 3 or clause.text.rstrip().endswith((".", "!", "?")):
        return clause
    text = clause.text + ", "[:gap].ljust(gap) + following.text
    return Sentence(clause.start, following.end, text, clause.paragraph)


def added_count(
    found: tuple[Found, str], sentences: Sequence[Sentence]
) -> tuple[Found, str] | None:
    """The count with the missiles the story tells as fired after those it counted.

    "fired three short-range rockets ... and two others followed a short time later": five.
    "fired a ballistic missile ... a second missile had been detected": two.
    """
    count, qualifier = int(found[0].value), found[1]
    if qualifier != "exact":
        return None
    after = [s for s in sentences if s.end > found[0].evidence.end]
    for sentence in after:
        # (searched from the count's end on, where the count's sentence goes on; a pair in the
        # whole of the count's sentence: "which it said involved a second missile as well")
        start = max(0, found[0].evidence.end - sentence.start)
        more = _OTHERS_FOLLOWED_RE.search(sentence.text, start) or _ALSO_OTHERS_RE.search(
            sentence.text, start
        )
        second = _A_SECOND_TOLD_RE.search(sentence.text, start) if count == 1 else None
        told = more or second
        if told is None and count == 1:
            # ("one of the missiles exploded after launch, | while the second was tracked": the
            # pair may run on into the sentence's next clause)
            whole = _with_next_clause(sentence, sentences)
            pair = _A_PAIR_TOLD_RE.search(whole.text)
            if pair is not None:
                note = "2 missile(s), exact: the launch's missiles told as a pair"
                return Found(2, whole.evidence(pair, note)), "exact"
        if told is None:
            continue
        word = more.group("word").lower() if more else "one"
        added = int(word) if word.isdigit() else NUMBER_WORDS[word]
        if more and added < count and _after_the_first(sentence, more.start(), start, sentences):
            # "the first projectile ... was fired at around 6 a.m.; two more followed": the
            # others follow the first of those counted, and are among them.
            continue
        note = f"{count + added} missile(s), exact: {count} and {added} told after them"
        return Found(count + added, sentence.evidence(told, note)), "exact"
    return None


# "North Korea Fires Short-Range Ballistic Missile toward Yellow Sea": a title drops the article
# of one missile fired.
_TITLE_ONE: Final = (
    # (Not "tested sub-launched missile", "air-launched missile": a word for the kind.)
    r"(?<![\w-])(?:fires|launches|test-fires|test-launches|fired|launched|test-fired|test-launched)\s+"
    # "North Korea fires 'unidentified projectile'": the outlet's word set in quotes.
    r"['\"\u2018\u201c]?(?:(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|more|some|"
    r"salvo|barrage|volley)\b)[\w-]+\s+){0,4}?"
    r"(?:missile|rocket|projectile|ICBM|SRBM|IRBM|MRBM|SLBM)\b(?!s|-)"
)


# "North Korea's latest missile test ended in failure", "its long-awaited rocket launch failed",
# "it carried out a hypersonic missile test on Tuesday": the launch told as one launch of one
# missile, where no count is stated (not "missile tests", "a series of missile launches", nor a
# launch named to compare or recall: "its first missile test since", "the previous launch"; nor
# one denied: "two months without a missile launch"). A cruise missile test is not read: such tests
# fire one missile or several, and the corpus gives "a strategic cruise missile test" no count.
_ONE_LAUNCH: Final = (
    r"(?<!\bwithout )(?<!\bno )(?<!\bnot )"
    r"\b(?:a|an|the|its|(?:North Korea|Pyongyang|the North)'s)\s+"
    r"(?!(?:first|second|third|previous|last|earlier|next|planned|possible|imminent|further|"
    r"another)\b)(?:(?!(?:series|string|number|spate|wave|cruise|a|an|the|without|no|not)\b)[\w-]+\s+){0,3}?"
    r"(?:missile|rocket)\s+(?:launch|test|test-firing|test-launch|firing)\b(?![\w-])"
    r"(?!\s+(?:site|pad|window|vehicle|facility|centre|center|station|ground|plans?|"
    r"preparations?)\b)"
)


def one_launch_count(sentences: Sequence[Sentence]) -> tuple[Found, str] | None:
    """One missile, where the story tells the launch as one missile launch and counts none."""
    for sentence in sentences:
        match = re.search(_ONE_LAUNCH, sentence.text, FLAGS)
        if match is None:
            continue
        if re.search(r"\b(?:missiles|rockets|projectiles|launches|tests)\b", sentence.text, FLAGS):
            continue  # more than one told in the same sentence
        note = "1 missile, exact: the launch told as one missile launch"
        return Found(1, sentence.evidence(match, note)), "exact"
    return None


def title_count(sentences: Sequence[Sentence]) -> tuple[Found, str] | None:
    """One missile, where a title line before the story tells one fired without an article."""
    for sentence in sentences:
        if sentence.text.rstrip().endswith((".", "!", "?", '"')):
            return None  # the story has begun
        alone = [s for s in sentences if s.paragraph == sentence.paragraph]
        match = re.search(_TITLE_ONE, sentence.text, FLAGS)
        if len(alone) == 1 and match:
            note = "1 missile, exact: a title's missile, its article dropped"
            return Found(1, sentence.evidence(match, note)), "exact"
    return None


def _the_missile(sentences: Sequence[Sentence]) -> tuple[Found, str] | None:
    for sentence in sentences:
        match = re.search(_THE_MISSILE, sentence.text)
        if match:  # its own launch verb tells the launch ("testing the Hwasong-17 ICBM")
            note = "1 missile, exact: one named missile fired"
            return Found(1, sentence.evidence(match, note)), "exact"
    for sentence in sentences:
        match = re.search(_ITS_MISSILE, sentence.text)
        if match:
            note = "1 missile, exact: the launch told as its first or largest missile"
            return Found(1, sentence.evidence(match, note)), "exact"
    for sentence in sentences:
        match = re.search(_THE_MISSILE_WAS, sentence.text) or re.search(
            _THE_MISSILE_THEY_FIRED, sentence.text
        )
        if match:
            note = "1 missile, exact: the missile told as fired"
            return Found(1, sentence.evidence(match, note)), "exact"
    return None


_LAUNCHES = (
    r"\b(?:reported|detected|confirmed|counted)\s+"
    # "Japan's coast guard also reported at least two suspected ballistic missile tests"
    r"(?:(?P<qual>at least|as many as|up to|more than)\s+)?"
    r"(?P<word>two|three|four|five|six|[2-9])\s+"
    r"(?:[\w-]+\s+){0,3}?missile (?:launches|tests)\b"
)
# "two North Korean midrange missile tests failed on Thursday", "three missile launches took
# place": the launches told as done, one missile a launch (not "15 missile tests this year",
# nor "two missile tests in a week").
_LAUNCHES_TOLD = (
    r"(?:\b(?P<qual>at least|as many as|up to|more than)\s+)?"
    r"\b(?P<word>two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+){0,3}?missile\s+"
    r"(?:launches|tests|test-firings|firings)\s+(?:failed|ended in failure|took place|happened|"
    r"occurred|were (?:conducted|carried out|staged))\b"
    r"(?![^.;]{0,30}\b(?:this|last|in the past|in recent|since|over the|in\s+(?:a|one|two|three)\s+"
    r"(?:days?|weeks?|months?))\b)"
)
# "more than 40 missiles this year", "23 missiles so far in 2022", "70 missiles since January":
# a count of the year's launches (not "two missiles this morning").
_YEARS_TALLY: Final = (
    r"\s*(?:so far\s+)?(?:(?:this|last) year|in (?:19|20)\d\d\b|since (?:January|the start of "
    r"(?:the|this) year)|to date|"
    # "North Korea fired 7 missiles in one month": a month's tally, not one launch's.
    r"in\s+(?:just\s+|only\s+)?(?:one|a single|a)\s+(?:month|week)\b|"
    # "has launched more than 80 missiles since Kim Jong Un took power", "30 missiles since
    # 2011": a tally since some time, not one launch's count ("a missile, its first since May"
    # puts a clause between).
    r"since\b|"
    # "has tested 40 different missiles in 20 separate launch events": many launches' tally.
    r"(?:in|across|over|during)\s+(?:[3-9]|[1-9]\d+|three|four|five|six|seven|eight|nine|ten|"
    r"dozens of|several)\s+(?:separate\s+|different\s+)?(?:launch\s+events|launches|tests|"
    r"test\s+events|rounds\s+of\s+launches)\b|"
    # "has tested several intermediate-range missiles in recent years": the years' tally too.
    r"(?:in|over)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?(?:years|decades)\b)"
)
# "At least a dozen missiles have now been test-launched by North Korea this year", "two dozen
# missiles it has fired so far": the same tally, its period told after the perfect that counts
# it up (not "two missiles were fired this morning").
_TALLY_TOLD_AFTER: Final = (
    r"^[^.;,]{0,40}?\b(?:have|has)\s+(?:now\s+|already\s+|so far\s+)?(?:been\s+)?[\w-]+"
    r"[^.;,]{0,50}?\b(?:(?:this|last) year|so far|to date|in (?:19|20)\d\d|since)\b"
)
# "the projectiles were fired twice", "fired unidentified projectiles twice early on Tuesday": a
# launch a time (not "has fired twice this month", "fired missiles three times since May": a
# tally of days).
_TIMES: Final = {"twice": 2, "three times": 3, "four times": 4}
# "wrapped up five rounds of large live-fire drills", "after three rounds of talks": rounds of
# something other than firing missiles.
_ROUNDS_OF_OTHER: Final = (
    r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:drills?|exercises?|talks|negotiations|sanctions|"
    r"training|manoeuvres|maneuvers|meetings|consultations|inspections)\b"
)
_NOT_A_TALLY = r"(?![^.;]{0,30}\b(?:this|last|in the past|in recent|since|over the)\b)"
_FIRED_TIMES: Final = (
    r"\b(?:missiles|projectiles|rockets)\s+(?:were|was)\s+(?:\w+\s+)?(?:fired|launched|"
    r"test-fired)\s+(?P<word>twice|three times|four times)\b" + _NOT_A_TALLY,
    r"(?<!has )(?<!have )(?<!had )\b(?:fired|launched|test-fired)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:missiles|projectiles|rockets)\s+(?P<word>twice|three times|four times)\b" + _NOT_A_TALLY,
)
# "one launch took place on Monday morning and another in the afternoon", "One missile was fired
# at 7 a.m. and another an hour later": two, told one by one ("one of them" is not a start).
_ONE_AND_ANOTHER = (
    r"\b[Oo]ne\s+(?!of\b)(?:[\w-]+\s+){0,2}?(?:launch|firing|missile|projectile|rocket)\b"
    r"[^.;]{0,80}?\band\s+(?:then\s+)?another\b(?!\s+(?:launch|test|salvo|round|volley)\s+"
    r"(?:of|in|on)\b)"
)
_VAGUE_LAUNCHES = (
    # ("North Korea's series of actions, including its repeated launches of ballistic missiles":
    # the North's own record of launches, not this one's missiles.)
    r"(?<!\bits )(?<!\btheir )(?<!\bKorea's )(?<!\bNorth's )(?<!\bPyongyang's )"
    r"\b(?:several|multiple|a series of|a number of|a string of|repeated)\s+(?:[\w-]+\s+)?"
    r"(?:launches|firings|test-firings)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:missiles|projectiles|rockets|SRBMs|ICBMs|IRBMs|MRBMs)\b"
)
# "its coastguard saying that one missile had already splashed down": the missiles down so far,
# while the others of a salvo may still be in flight, are not the launch's count.
_ALREADY_DOWN = (
    r"\s+(?:had|has|have)\s+already\s+(?:fallen|splashed(?:\s+down)?|landed|come down|"
    r"dropped|crashed)\b"
)
_NUMBER_FIRST = (
    r"\s+(?:(at least|more than|up to|as many as|about|around|some|nearly|roughly)\s+)?['\"]?"
    r"([1-9]\d?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![-.,]?\d)"
)
_SECOND = (
    r"\b(?:followed\s+(?:shortly\s+|soon\s+)?by|and then|then)\s+(?:a second|another)\b"
    r"(?!\s+(?:launch|test|salvo|round|volley|barrage|firing))"
    # "adding a second one followed minutes later", "a second missile was fired 20 minutes later"
    r"|\ba second (?:one|missile|ballistic missile|projectile)\s+(?:followed|was fired|was "
    r"launched|came|went up)\b"
    # "fired one projectile before noon and a second one a few hours afterwards"
    r"|\band\s+a second\s+(?:one|missile|projectile|rocket)\b[^.;,]{0,30}?"
    r"\b(?:later|afterwards?|thereafter)\b"
)


def _joined_count(text: str, end: int) -> int:
    """The number of missiles a count joined by 'and' adds ('... and one cruise missile')."""
    joined = re.match(r",?\s+(?:and|plus|as well as)\s+", text[end:], FLAGS)
    if joined is None:
        return 0
    match = re.match(COUNT_PATTERN, text[end + joined.end() :], FLAGS)
    if match is None or match.group("qual"):
        return 0
    word = re.sub(r"\s+", " ", match.group("word").lower().replace('"', ""))
    if word in VAGUE_COUNTS or word == "another":
        return 0
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


_KINDS = ("cruise", "SLV", "SLBM", "HGV")


def find_class(sentences: Sequence[Sentence]) -> Found | None:
    """The class the wording gives (see _class_said); a bare range word ("a long-range rocket",
    no "ballistic") yields to a kind of weapon any later sentence gives ("carried a satellite").
    A submarine launch only guessed at ("may have been submarine-launched") where the report
    calls the launch land-based is no SLBM.
    """
    land = re.search(_LAND_BASED, " ".join(s.text for s in sentences), FLAGS) is not None
    found = _class_said(sentences, land)
    if found is None:
        return _disguised_rocket(sentences)
    if found.value not in RANGE_ONLY:
        return found
    # "a short-range ballistic missile ... believed to be a submarine-launched ballistic
    # missile": the launcher is the kind, the range word only its reach (SLBMs fly short).
    submarine = _submarine_launched(sentences, land)
    if submarine is not None:
        return submarine
    hypersonic = _hypersonic_told(sentences) if found.value in ("IRBM", "MRBM") else None
    if hypersonic is not None:
        return hypersonic
    scud = _scud_fired(sentences) if found.value != "SRBM" else None
    if scud is not None:
        return scud
    if re.search(r"\bballistic\b", found.evidence.sentence, FLAGS):
        return found
    after = [s for s in sentences if s.start > found.evidence.start]
    rocket = found.value == "ICBM" and re.match(
        r"\s+(?:[\w-]+\s+)?rockets?\b", _after_evidence(found.evidence), FLAGS
    )
    for sentence in after:
        text = re.sub(FACILITY_WORDS, lambda m: " " * len(m.group(0)), sentence.text, flags=FLAGS)
        if _lists_kinds(text):
            continue
        for pattern, missile_class in CLASS_PATTERNS:
            # ("The launches follow a test of a new cruise missile": an earlier launch's kind)
            match = _class_match(pattern, text) if missile_class in _KINDS else None
            if match:
                note = f"wording -> {missile_class} (the {found.value} range word is not a kind)"
                return Found(missile_class, sentence.evidence(match, note))
    if _missile_or_not(sentences):
        # "three short-range projectiles ... missiles or artillery shells": the report leaves
        # open whether they were missiles at all, so a bare range word is no class. ("They could
        # be missiles or rockets" names no other kind: the range word gives the class.)
        return None
    texts = [s.text for s in sentences]
    if (
        found.value == "SRBM"
        and any(_launcher_named(text) for text in texts)
        and not any(re.search(_SRBM_SAID, text, FLAGS) for text in texts)
    ):
        # "fired two short-range projectiles ... tested a super-large multiple rocket launcher":
        # a rocket launcher's rockets or artillery shells told for this launch are no missile
        # class (convention of 2026-12-04), unless the launch is also called a short-range
        # ballistic missile ("state media claims a rocket system ... the JCS said two SRBMs").
        return None
    if rocket:
        # "launching a long-range rocket" with no satellite and no missile named: the North's
        # long-range rockets are its satellite carriers as often as missiles; the report
        # does not say which, unless it calls the launch a missile test in disguise or fires
        # the rocket from a satellite launching station.
        return _space_launch_told(sentences)
    return found


# "a launch the United Nations regards as a disguised test of missile technology", "widely seen
# as a cover for a banned missile test": a launch told as a space launch in name.
_DISGUISED_TEST = (
    r"\b(?:disguised|thinly[- ]veiled|veiled|camouflaged|cover\s+for|guise\s+of)\b"
    r"[^.;]{0,60}?\b(?:missiles?|ICBMs?)\b"
    # "which critics describe as a ballistic missile test in disguise"
    r"|\b(?:missiles?|ICBMs?)\s+(?:tests?|launch(?:es)?)\s+in\s+disguise\b"
)
# "After North Korea's rocket launch", "debris from the rocket": the launch told as a rocket's.
_ROCKET_LAUNCHED = (
    r"\brocket(?:'s)?\s+(?:launch|lift-?off|blast-?off)\b|\bthe\s+(?:[\w-]+\s+)?rocket\b"
)
# "fired from the Sohae Satellite Launching Station": a carrier rocket's pad.
_FROM_SPACE_PAD = r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?" + FACILITY_WORDS


def _disguised_rocket(sentences: Sequence[Sentence]) -> Found | None:
    """A rocket launch, no kind named, that a sentence on the launch calls a missile test in
    disguise ("the launch, which critics describe as a ballistic missile test in disguise") is
    a carrier rocket's (SLV): what was put up is said to be no missile in name."""
    if not any(re.search(_ROCKET_LAUNCHED, s.text, FLAGS) for s in sentences):
        return None
    for sentence in sentences:
        match = re.search(_DISGUISED_TEST, sentence.text, FLAGS)
        if match is not None and re.search(r"\b(?:launch|rocket)\b", sentence.text, FLAGS):
            note = "wording -> SLV (a rocket launch told as a missile test in disguise)"
            return Found("SLV", sentence.evidence(match, note))
    return None


def _space_launch_told(sentences: Sequence[Sentence]) -> Found | None:
    """A long-range rocket that the report calls a disguised missile test, or fires from a
    satellite launching station, is a carrier rocket (SLV)."""
    for sentence in sentences:
        match = re.search(_DISGUISED_TEST, sentence.text, FLAGS) or re.search(
            _FROM_SPACE_PAD, sentence.text, FLAGS
        )
        if match is not None:
            note = "wording -> SLV (a long-range rocket told as a space launch in name)"
            return Found("SLV", sentence.evidence(match, note))
    return None


# "an intermediate-range ballistic missile carrying a hypersonic warhead", "a mid-range missile
# ... tipped with a hypersonic glide vehicle": the warhead is the kind, the range word its reach.
_HYPERSONIC_PAYLOAD = (
    r"\bhypersonic\s+(?:[\w-]+\s+){0,2}?(?:warheads?|missiles?|glid(?:e|ing)|weapons?|"
    r"vehicles?|payloads?)\b|\bglide\s+vehicles?\b|\bHGVs?\b"
)


_MID_RANGE = r"\b(?:intermediate|medium|mid|middle)[- ]range\b|\bmidrange\b|\b(?:IRBM|MRBM)s?\b"


def _hypersonic_told(sentences: Sequence[Sentence]) -> Found | None:
    """A hypersonic missile of this launch with no type named is an HGV, though the outlet
    calls it intermediate- or medium-range (the convention of 2026-12-04, C10); a roll of the
    North's weapons ("cruise missiles, hypersonic missiles and ...") tells no launch's kind."""
    for sentence in sentences:
        # ("Pyongyang has sped up work on new hypersonic missiles": the weapon the range word
        # names must carry it, in the same sentence.)
        if _lists_kinds(sentence.text) or not re.search(_MID_RANGE, sentence.text, FLAGS):
            continue
        match = _class_match(_HYPERSONIC_PAYLOAD, sentence.text)
        if match:
            note = "wording -> HGV (a hypersonic payload; the range word is its reach)"
            return Found("HGV", sentence.evidence(match, note))
    return None


# The Scud family's pattern ("Scud-class", "Scud-type", "Scuds"): a type, whose class is SRBM.
_SCUD = next(pattern for pattern, _ in CLASS_PATTERNS if "Scud" in pattern)
# "appeared to be of Scud missiles", "believed to be Scuds": the family only guessed at.
_FAMILY_GUESSED = (
    r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?|believed|presumed|thought|suspected|estimated|"
    r"assessed|likely|possibly|probably|perhaps|may|might|could)\b[^.;]{0,40}$"
)


def _scud_fired(sentences: Sequence[Sentence]) -> Found | None:
    """A launch told as of the Scud family ("the SCUD-class missiles were fired on Sunday")
    takes the family's class, SRBM, whatever range word the outlet puts on it ("two
    medium-range missiles"), as a named type's class does (the convention of 2026-12-04, C9).
    A family only guessed at ("two mid-range missiles ... appeared to be of Scud missiles",
    423) leaves the report's own range word: the family word names no type."""
    for sentence in sentences:
        if not is_launch_sentence(sentence) or _lists_kinds(sentence.text):
            continue
        match = _class_match(_SCUD, sentence.text)
        if match is not None and not re.search(
            _FAMILY_GUESSED, sentence.text[: match.start()], FLAGS
        ):
            note = "wording -> SRBM (the Scud family is a type; its class beats a range word)"
            return Found("SRBM", sentence.evidence(match, note))
    return None


# "missiles or artillery shells", "artillery or missiles": not yet known to be missiles. ("Could
# be missiles or rockets", "guided missiles or rockets" leave the range word its class: the
# convention of 2026-12-04.)
_MISSILES_OR_NOT = (
    r"\b(?:(?:guided\s+)?missiles?\s+or\s+(?:artillery|shells?|artillery\s+shells?|"
    r"(?:multiple|large-caliber)\s+rockets?)|(?:artillery(?:\s+shells?)?|shells?)\s+or\s+"
    r"(?:guided\s+)?missiles?)\b"
)
_SRBM_SAID = (
    r"\bshort[- ]range\s+ballistic\s+missiles?\b|\bSRBMs?\b"
    # "the JCS said the North fired several suspected ballistic missiles" beside "the suspected
    # short-range missiles flew 300 km": the launch called ballistic missiles, short-range.
    r"|\b(?:fired|launched|fires|launches|test-fired)\s+(?:[\w-]+\s+){0,3}?ballistic\s+missiles?\b"
)
# "tested a super-large multiple rocket launcher", "fired from its 240mm rocket launchers", "an
# MLRS", "artillery shells": a rocket launcher's rockets or shells, no missile class.
_LAUNCHER = (
    r"\b(?:multiple[- ]rocket[- ]launch(?:ers?|ing\s+systems?)|multiple[- ]launch(?:ed)?[- ]rocket"
    r"[- ]systems?|rocket[- ]launch(?:ers?|ing\s+systems?)|MLRS|artillery\s+shells?|"
    r"rocket\s+artillery)\b"
)
# "in its 13th launch of missiles or artillery shells this year", "has launched 111 projectiles,
# including shells from multiple-rocket launchers": a tally of the year, not this launch's kind.
_LAUNCHER_TALLY = (
    r"\b(?:this year|since|so far|in recent (?:years|weeks|months)|including|previous|earlier|"
    r"last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"days? (?:ago|earlier|before)|weeks? (?:ago|earlier|before)|developing|develop|upgraded|"
    r"mass-produc\w*)\b"
)


def _launcher_named(text: str) -> bool:
    """The sentence names a rocket launcher or shells as what was fired, not as the year's tally,
    an earlier test or a weapon being developed."""
    match = re.search(_LAUNCHER, text, FLAGS)
    return (
        match is not None
        and not re.search(_LAUNCHER_TALLY, text, FLAGS)
        and not _lists_kinds(text)
        and not re.search(r"\bor\s+(?:[\w-]+\s+){0,4}$", text[: match.start()], FLAGS)
        and not re.search(_MISSILE_AND, text[: match.start()], FLAGS)
        and not re.match(_AND_MISSILE, text[match.end() :], FLAGS)
    )


# "fired a ballistic missile and hundreds of artillery shells", "fires missile, artillery
# shells": the shells are fired beside the missile, not what the missile was.
_MISSILE_AND = (
    r"\b(?:missiles?|ICBMs?|IRBMs?|MRBMs?|SRBMs?)"
    r"(?:\s*,|\s*,?\s+(?:and|as well as|along with|plus))\s+(?:[\w-]+\s+){0,4}?$"
)
_AND_MISSILE = (
    r"(?:\s*,|\s*,?\s+(?:and|as well as|along with|plus))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:missiles?|ICBMs?|IRBMs?|MRBMs?|SRBMs?)\b"
)


# ("North Korea fires short-range missiles" in a headline settles it)
_RANGED_MISSILES = (
    r"\b(?:short|close|medium|mid|long|intermediate)[- ]range\s+(?:[\w-]+\s+)?missiles?\b"
)


def _missile_or_not(sentences: Sequence[Sentence]) -> bool:
    """The report leaves open whether its projectiles were missiles, and never gives the range
    word to missiles."""
    # ("its 13th launch of missiles or artillery shells this year" is a tally, not this launch)
    return any(
        re.search(_MISSILES_OR_NOT, s.text, FLAGS) and not re.search(_LAUNCHER_TALLY, s.text, FLAGS)
        for s in sentences
    ) and not any(re.search(_RANGED_MISSILES, s.text, FLAGS) for s in sentences)


def _after_evidence(evidence: Evidence) -> str:
    """The sentence's words after the evidence."""
    at = evidence.sentence.find(evidence.text)
    return evidence.sentence[at + len(evidence.text) :] if at >= 0 else ""


# "Pyongyang described the projectiles as land-based", "fired from a ground launcher", "not
# from a submarine": the launch was made on land.
_LAND_BASED: Final = (
    r"\b(?:land-based|ground-based|land-launched|ground-launched|"
    r"from\s+(?:a\s+|the\s+)?(?:land|ground)(?:\s+(?:platform|launcher|site))?\b(?!\s+to\b)|"
    r"not\s+(?:from\s+)?(?:a\s+)?submarine)"
)
# "the Pukguksong-2, a land-based version of Pyongyang's submarine-launched weapon", "an
# adaptation of its SLBM for ground launchers": the submarine missile the land-based one was
# developed from, not how this launch was made.
_DERIVED_FROM: Final = (
    r"\b(?:version|variant|derivative|adaptation|modification|upgrade|copy|development|"
    r"offshoot)\s+of\s+(?:the\s+|an?\s+|its\s+|their\s+|(?:the\s+North|North\s+Korea|"
    r"Pyongyang)'s\s+)?(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:derived|developed|adapted|modell?ed|converted)\s+from\s+(?:the\s+|an?\s+|its\s+|"
    r"their\s+|(?:the\s+North|North\s+Korea|Pyongyang)'s\s+)?(?:[\w-]+\s+){0,2}?$"
    r"|\bbased\s+on\s+(?:the\s+|an?\s+|its\s+|their\s+|(?:the\s+North|North\s+Korea|"
    r"Pyongyang)'s\s+)?(?:[\w-]+\s+){0,2}?$"
)
# "suggested the weapons 'may have been submarine-launched'", "possibly from a submarine": a guess.
_GUESSED: Final = (
    r"\b(?:(?:may|might|could)\s+(?:also\s+)?(?:have\s+been|be)|possibly|perhaps|maybe)\b"
    r"[^.;]{0,40}$"
)


# "still studying ... the possibility that they were submarine-launched", "checking whether
# it was an SLBM": a kind still being weighed, not said ("believed to be", "might have" are).
_KIND_WEIGHED = (
    r"\b(?:possibility|possibly|whether|if|studying|stud(?:y|ies)|analy[sz]ing|examining|"
    r"checking|investigating|looking into|unclear|not clear|not (?:yet )?known|ruling out|"
    r"rule out)\b[^.;]{0,80}$"
)


def _lists_kinds(text: str) -> bool:
    """The sentence runs through three kinds of weapon or more ("drills for mid-range ballistic
    missiles, cruise missiles, hypersonic missiles and submarine-launched ballistic missiles"):
    a roll of the North's weapons, none of them said to be this launch's."""
    kinds = {kind for pattern, kind in CLASS_PATTERNS if re.search(pattern, text, FLAGS)}
    return len(kinds) >= 3


def _submarine_launched(sentences: Sequence[Sentence], land: bool = False) -> Found | None:
    """The first wording of the launch that says the missile came from a submarine."""
    for sentence in sentences:
        text = re.sub(FACILITY_WORDS, lambda m: " " * len(m.group(0)), sentence.text, flags=FLAGS)
        if _lists_kinds(text):
            continue
        for pattern, missile_class in CLASS_PATTERNS:
            match = _class_match(pattern, text, land) if missile_class == "SLBM" else None
            if match is not None and not re.search(_KIND_WEIGHED, text[: match.start()], FLAGS):
                note = "wording -> SLBM (a submarine launch, whatever its range)"
                return Found("SLBM", sentence.evidence(match, note))
    return None


def _class_said(sentences: Sequence[Sentence], land: bool = False) -> Found | None:
    """The class the wording gives; within a sentence the most specific wording wins.

    A bare range word ("a barrage of short-range missiles", no "ballistic") yields to a kind
    of weapon a later sentence gives ("the military thinks they were cruise missiles").
    """
    first: Found | None = None
    first_sentence = sentences[0] if sentences else None
    for sentence in sentences:
        text = re.sub(FACILITY_WORDS, lambda m: " " * len(m.group(0)), sentence.text, flags=FLAGS)
        for pattern, missile_class in CLASS_PATTERNS:
            match = _class_match(pattern, text, land and missile_class == "SLBM")
            if not match:
                continue
            found = Found(missile_class, sentence.evidence(match, f"wording -> {missile_class}"))
            if first is None:
                first, first_sentence = found, sentence
                headline = is_headline(sentence, sentences)
                bare = missile_class in RANGE_ONLY and not re.search(r"\bballistic\b", text, FLAGS)
                if not bare and not headline:
                    return first
            elif is_headline(first_sentence, sentences):
                # "N Korea's mid-range missile launch ..." over "a Musudan intermediate-range
                # ballistic missile": the body says it with more care than the headline.
                note = f"wording -> {missile_class} (the body's, not the headline's {first.value})"
                return Found(missile_class, sentence.evidence(match, note))
            elif missile_class in _KINDS:
                # "a long-range rocket ... carried a weather satellite": the kind of weapon.
                kind = missile_class
                note = f"wording -> {kind} (the {first.value} range word before is not a kind)"
                return Found(kind, sentence.evidence(match, note))
            break
    return first


# "a short-range weapon rather than the long-range ballistic missiles": a kind set aside.
_CONTRASTED = (
    # ("it is unlikely to have been an SLBM", "not likely to be a cruise missile": ruled out)
    # ("short-range ones, not ICBMs": a kind set against the one named before the comma)
    r"\b(?:rather than|instead of|unlike|as opposed to|not an?|not the|,\s+not|"
    # "none were the ICBMs everyone has been waiting for", "the missiles were not medium- or
    # long-range", "it wasn't an SLBM": a kind the launch is said not to be (not "not the
    # first ICBM": a count of this launch's kind).
    r"(?:none\s+(?:of\s+(?:them|these|those|the\s+[\w-]+)\s+)?(?:was|were|is|are)|"
    r"(?:was|were|is|are)\s+not|(?:was|were|is|are)n't)(?!\s+(?:the\s+|an?\s+)?"
    r"(?:first|only|last|second|third|latest|same)\b)(?:\s+(?:the|an?))?|"
    # "its flight did not match that of an ICBM", "inconsistent with a cruise missile": a kind
    # the flight is said not to fit.
    r"(?:not|n't|never)\s+(?:match(?:ed|es)?|resembl\w*|fit|(?:be\s+)?consistent\s+with)"
    r"(?:\s+(?:that|those|the\s+(?:profile|flight|trajectory))\s+of)?|"
    r"inconsistent\s+with(?:\s+(?:that|those)\s+of)?|"
    r"(?:unlikely|not likely|improbable)\s+(?:(?:that\s+)?(?:it|they)\s+(?:was|were|are|is)|"
    r"to\s+(?:have\s+)?be(?:en)?))\s+"
    r"(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?$"
)


# "which has been developing ICBMs", "its ICBM program": a kind of weapon pursued, not fired.
_PURSUED_BEFORE = (
    # ("stepping up production of artillery and cruise missiles", "supplying Russia with")
    r"\b(?:develop\w*|build\w*|pursu\w*|acquir\w*|perfect\w*|master\w*|possess\w*|"
    r"produc(?:e|es|ed|ing|tion)|mass-produc\w*|manufactur\w*|stockpil\w*|"
    r"suppl(?:y|ies|ied|ying)|ship(?:s|ped|ping)|export\w*|sell\w*|sold|transfer\w*|"
    r"capable of|ability to (?:make|build|field))\s+(?:[\w-]+\s+){0,3}?$"
    # "a submarine that could carry submarine-launched ballistic missiles": what a craft can
    # take aboard, not what was fired.
    r"|\b(?:could|can|able\s+to)\s+(?:carry|hold|house)\s+(?:[\w-]+\s+){0,2}?$"
    # "has banned Pyongyang from satellite launches", "bars the North from using ballistic
    # missile technology": a kind of launch forbidden, not the one made.
    r"|\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit\w*|forbid\w*|forbade)\s+"
    r"(?:[\w'-]+\s+){0,4}?from\s+(?:[\w-]+\s+){0,3}?$"
    # "Sinpo is the port most often linked to North Korea's submarine-launched ballistic
    # missiles", "a base associated with its Musudan missiles": a place's kind, not the launch's.
    r"|\b(?:linked|tied|associated|connected)\s+(?:with|to)\s+(?:[\w'-]+\s+){0,3}?$"
    r"|\b(?:home|host)\s+to\s+(?:[\w'-]+\s+){0,3}?$"
    # "the Sino-ri base, which houses the Nodong", "a base for Scud-C missiles", "where it
    # stores its KN-23s": the weapons a place keeps, not the one fired from it.
    r"|\b(?:hous(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|garrison(?:s|ed|ing)?)\s+"
    r"(?:[\w'-]+\s+){0,3}?$"
    r"|\b(?:base|bases|depot|depots|garrison)\s+(?:of|for)\s+(?:[\w'-]+\s+){0,3}?$"
    r"|\b(?:base|site|province|region|area|facility|county)\s+(?:also\s+)?"
    r"(?:holds|keeps|has|hosts|deploys)\s+(?:[\w'-]+\s+){0,3}?$"
    # "has assembled an arsenal of ICBMs", "an impressive array of short- and medium-range
    # missiles", "routinely launches short-range missiles", "warheads small enough to fit on
    # long-range missiles": the North's weapons or habits, not this launch's kind.
    r"|\b(?:arsenal|array|stock|stockpile|inventory|range|family)\s+of\s+(?:[\w'-]+\s+){0,3}?\(?$"
    # "All of its known ICBMs burn liquid fuel", "most of the North's SRBMs": the weapons it has.
    r"|\b(?:all|most|many|some|none|each|several)\s+of\s+(?:its|the North's|North Korea's|"
    r"Pyongyang's|their)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:routinely|regularly|frequently|often|usually|typically)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:fit|fitted|mount|mounted|placed?|load|loaded)\s+(?:on|onto|atop)\s+(?:[\w-]+\s+){0,2}?$"
    # "while they do not expressly ban cruise missile launches", "resolutions forbid ballistic
    # missile tests": a kind of launch a rule names, not the one made.
    r"|\b(?:ban|bans|banned|banning|prohibit\w*|forbid\w*|forbade)\s+(?:[\w-]+\s+){0,1}?$"
    # "has proven effective against short- and medium-range ballistic missiles", "built to
    # intercept ICBMs": what a defence stops, not what was fired.
    r"|\b(?:(?:effective|defen[cs]e|defend\w*|protect\w*|guard\w*|shield\w*)(?:\s+[\w-]+){0,2}?\s+against|"
    r"intercept(?:s|ed|ing)?|shoot(?:ing)?\s+down)\s+(?:[\w-]+\s+){0,4}?$"
    # "had called on North Korea to abandon the satellite launch", "urged it to scrap its ICBM
    # test": a launch others asked to be called off, not the one made.
    # "progress toward the Taep'o-dong's successor, the Taep'o-dong-2": a type still to come.
    r"|\b(?:successors?|follow-ons?)\s*(?:,\s*)?(?:to\s+|of\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w'-]+\s+){0,2}?$"
    r"|\b(?:abandon|scrap|cancel|call off|give up|halt|refrain from|drop)\s+"
    r"(?:the|its|a|an|any|their|planned)\s+(?:planned\s+)?(?:[\w-]+\s+){0,1}?$"
    # "a test linked to North Korea's work on a reconnaissance satellite", "its work toward
    # ICBMs": a weapon being worked on, not the one fired.
    r"|\bwork(?:s|ing)?\s+(?:on|toward|towards)\s+(?:[\w'-]+\s+){0,3}?$"
    # "the reliability of the data transmission system of the satellite": a part of the weapon
    # tested, not the weapon fired.
    r"|\b(?:systems?|equipment|components?|parts|cameras?)\s+of\s+(?:the|its|an?)\s+"
    r"(?:[\w-]+\s+)?$"
)
# "ran a further test for a reconnaissance satellite", "tests tied to its spy satellite": a
# test that serves a satellite still being built (the carrier tested is not said to have put
# one up), not a satellite launch.
# ("a development test for a "reconnaissance satellite"": the satellite's name quoted; "a
# camera system meant for a reconnaissance satellite", "equipment intended for its spy
# satellite": a part built for a satellite, tested on another carrier)
_TEST_FOR_SATELLITE = (
    r"\b(?:tests?|(?:systems?|equipment|components?|parts|cameras?|devices?)\s+"
    r"(?:(?:meant|intended|designed|built|made|developed)\s+)?)"
    r"\s*(?:for|tied\s+to|linked\s+to|related\s+to|toward|towards)\s+"
    r"(?:(?:the|an?|its|their|new|(?:the\s+)?North's|North\s+Korea's|Pyongyang's)\s+)*"
    r"(?:[\w\"“‘-]+\s+){0,2}?[\"“‘]?$"
)
_PURSUED_AFTER = (
    # ("part of a reconnaissance satellite project": the programme the test served; "to test
    # its long-range ballistic missile capability", "intercontinental missile technology": the
    # range word's weapon named between, the capability is what the launch served)
    r"^\s*(?:(?:ballistic\s+)?(?:missiles?|rockets?)\s+)?"
    r"(?:programs?|programmes?|projects?|development|arsenal|capabilit\w*|technology)\b"
    # "a spy satellite it is developing", "the satellite that Pyongyang has been building": a
    # weapon still being made, not the one fired.
    r"|^\s*(?:(?:that|which)\s+)?(?:it|the North|North Korea|Pyongyang)\s+"
    r"(?:is|was|has been|had been)\s+(?:developing|building|preparing|working on)\b"
)


# "near Kalma, where North Korea has previously tried to launch its mobile Musudan", "a launch
# centre where, analysts believe, Pyongyang tries out its long-range missiles": what was fired at
# the place before, or is fired there as a habit, told in a clause about the place.
# ("Wonsan, the place from which Pyongyang has launched a string of short-range missiles": the
# place named by a relative "from which" as well.)
_TRIED_THERE = (
    r"\b(?:where|(?:from|at|in)\s+which)\s*(?:,[^,;.]*,\s*)?(?:North Korea|the North|"
    r"Pyongyang|it)\s+"
    r"(?:has|had|tests|tries\s+out|test-fires|test-launches|launches|fires|"
    r"(?:usually|often|typically|regularly|routinely)\s+[\w-]+)\s+[^,;.]*$"
)
# "North Korea has been launching short-range ballistic missiles regularly since July 2019":
# the perfect progressive with its span or habit tells a run of launches over time, not the kind
# of the one reported ("has been testing its new Musudan missiles" alone may tell this one).
_RUN_OF_LAUNCHES_HEAD = (
    r"\b(?:has|have|had)\s+been\s+(?:launching|firing|testing|test-firing|test-launching)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
_RUN_OF_LAUNCHES_TAIL = (
    r"^[^.;,]{0,50}?\b(?:since|regularly|routinely|repeatedly|frequently|for\s+(?:weeks|months|"
    r"years))\b"
)
# "the Sunan airfield, where recent ICBM tests have been staged", "a base at which Scud
# launches were often held": the kind of tests made at the place before, told in the passive
# of a clause about the place (the class words in its subject).
_TRIED_THERE_HEAD = r"\b(?:where|(?:from|at|in)\s+which)\s+(?:[\w'-]+\s+){0,3}?$"
# (not "the airfield where two short-range missiles were launched on Thursday": this launch)
_TRIED_THERE_TAIL = (
    r"^(?:\s+[\w-]+){0,3}?\s+(?:(?:have|has|had)\s+(?:(?:often|usually|also|previously|"
    r"repeatedly|frequently|regularly)\s+)?been|(?:are|were)\s+(?:often|usually|repeatedly|"
    r"frequently|regularly|routinely|typically))\s+(?:staged|conducted|held|carried\s+out|"
    r"made|fired|launched|tested|test-fired|flown)\b"
)
# "suggested that another Musudan launch was likely": a launch expected, not the one made.
_ANOTHER_EXPECTED = (
    r"^(?:\s+[\w-]+){0,2}?\s+(?:launch|test|firing)\s+(?:was|is|could be|might be|may be)\s+"
    r"(?:likely|expected|imminent|possible|planned|near)\b"
)


def _pursued(text: str, match: re.Match[str]) -> bool:
    """The words name a weapon pursued or a programme, not the one fired."""
    before = text[max(0, match.start() - 60) : match.start()]
    return bool(
        re.search(_PURSUED_BEFORE, before, FLAGS)
        or re.match(_PURSUED_AFTER, text[match.end() : match.end() + 60], FLAGS)
        or re.search(_TRIED_THERE, text[: match.start()], FLAGS)
        or (
            re.search(r"\banother\s+$", before, FLAGS) is not None
            and re.match(_ANOTHER_EXPECTED, text[match.end() :], FLAGS) is not None
        )
    )


# "had feared that North Korea might mark the day with ... the launch of an ICBM", "amid
# fears of an ICBM test": a launch feared or expected, not the one fired ("concerns that it
# could have been an ICBM" is an assessment of this one).
_FEARED = (
    r"(?:\b(?:fear(?:s|ed)?|expect(?:s|ed)?|speculat\w*|predict\w*|anticipat\w*|warn(?:s|ed)?|"
    r"worr(?:y|ies|ied)|concerns?|concerned)\s+(?:that\s+)?[^.;]{0,160}?\b(?:(?:might|could|would|"
    r"may|will)\s+(?!(?:have\s+)?(?:be|been)\b)|is preparing\b|was preparing\b)"
    # (not past a launch told since: "warned it would respond, and on Friday it fired an ICBM")
    r"(?:(?!\b(?:fired|launched|test-fired|test-launched|fires|launches)\b)[^.;]){0,240}|"
    r"\b(?:fears?|speculation|expectations?|warnings?|worries|concerns?)\s+(?:of|about|over)\s+"
    r"(?:an?\s+|the\s+)?(?:possible\s+|imminent\s+|new\s+)?(?:[\w-]+\s+){0,2}?|"
    # "amid concern that Pyongyang was testing a long-range ballistic missile" (of a rocket the
    # North said carried a satellite): a suspicion of what the launch served, not its kind.
    r"\b(?:fears?|feared|concerns?|concerned|suspicions?|suspect(?:s|ed)?|worr(?:y|ies|ied))\s+"
    r"that\s+(?:[\w'-]+\s+){1,3}?(?:was|is|were|are|had been|has been)\s+"
    r"(?:testing|developing|perfecting|refining)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?)$"
)


def _class_match(pattern: str, text: str, guessed: bool = False) -> re.Match[str] | None:
    """The first match of a class pattern that is not a kind set aside or pursued (nor, with
    `guessed`, one only guessed at: a submarine launch in a report that says land-based)."""
    for match in re.finditer(pattern, text, FLAGS):
        if _set_aside(text, match.start(), match, guessed):
            continue
        # "did not match that of an intercontinental ballistic missile (ICBM)", "two days after
        # the North sent an intercontinental ballistic missile (ICBM)": the abbreviation glosses
        # the words before it and is set aside with them.
        # ("a submarine that could carry submarine-launched ballistic missiles (SLBMs)": the
        # words glossed may be fewer than four.)
        if any(_set_aside(text, start, match, guessed) for start in _glossed_starts(text, match)):
            continue
        return match
    return None


def _glossed_starts(text: str, match: re.Match[str]) -> list[int]:
    """Where the words an abbreviation in brackets glosses may start: one to four words
    before its opening bracket."""
    head = text[: match.start()]
    if not re.search(r"\(\s*$", head):
        return []
    starts = []
    for words in range(1, 5):
        glossed = re.search(rf"(?:[\w-]+\s+){{{words}}}\(\s*$", head)
        if glossed is not None:
            starts.append(glossed.start())
    return starts


def _set_aside(text: str, start: int, match: re.Match[str], guessed: bool) -> bool:
    """The class words (from `start`, up to the match's end) name a kind set aside, pursued,
    feared, asked about or another launch's, not this launch's."""
    head = text[:start]
    before = head[-60:]
    # "a burst of launches that took in Tuesday's intermediate-range ballistic missile": an
    # earlier launch of the series this one joins (as its landing is, 893).
    if re.search(_SERIES_INCLUDED, head, FLAGS):
        return True
    tail = text[match.end() :]
    return bool(
        (guessed and re.search(_GUESSED, before, FLAGS))
        or (guessed and re.search(_DERIVED_FROM, before, FLAGS))
        or re.search(_CONTRASTED, before, FLAGS)
        or re.search(_PURSUED_BEFORE, before, FLAGS)
        or re.search(_FEARED, head, FLAGS)
        or re.match(_PURSUED_AFTER, tail[:60], FLAGS)
        or _generic(text, match)
        or re.search(_INFERRED_REACH, head, FLAGS)
        or re.search(_EITHER_BEFORE, before, FLAGS)
        or re.search(_RANGE_OR_BEFORE, before, FLAGS)
        or re.match(_RANGE_OR_AFTER, tail, FLAGS)
        or re.search(_OR_BEFORE_KIND, before, FLAGS)
        or re.match(_OR_AFTER, tail)
        or re.search(_OTHERS_LAUNCH, before, FLAGS)
        or re.search(_OTHERS_MISSILES, before, FLAGS)
        or re.search(_EARLIER_EVENT, head, FLAGS)
        or re.search(_FIRED_PREVIOUSLY, head, FLAGS)
        or re.search(_ASKED_KIND, head, FLAGS)
        or _WHETHER_OPENS.search(head) is not None
        or re.search(_TRIED_THERE, head, FLAGS)
        or (
            re.search(_TRIED_THERE_HEAD, before, FLAGS) and re.match(_TRIED_THERE_TAIL, tail, FLAGS)
        )
        or (
            re.search(_RUN_OF_LAUNCHES_HEAD, before, FLAGS)
            and re.match(_RUN_OF_LAUNCHES_TAIL, tail, FLAGS)
        )
        or re.search(_WISH_LIST, head, FLAGS)
        or re.match(_DAY_BEFORE, tail, FLAGS)
        or re.search(_EARLIER_LAUNCHES, head, FLAGS)
        or re.search(_THIS_FOLLOWS, head, FLAGS)
        or (re.search(_LAUNCH_BEFORE_THIS, head, FLAGS) and re.match(_A_LAUNCH_AFTER, tail, FLAGS))
        or (re.search(_PREVIOUS_BEFORE, before, FLAGS) and re.match(_ITS_LAUNCH_AFTER, tail, FLAGS))
        or re.search(_JUDGED_NOT, before, FLAGS)
        or re.match(_PLACE_OF_KIND, tail, FLAGS)
        or re.search(_BE_IT, before, FLAGS)
        or re.search(_AWAITED, head, FLAGS)
        or (re.search(_STILL_TO_COME, before, FLAGS) and re.match(_A_LAUNCH_TAIL, tail, FLAGS))
        or (re.search(_WHOSE_LAUNCHES, before, FLAGS) and re.match(_IN_GENERAL, tail, FLAGS))
        or re.search(_DISGUISE_BEFORE, before, FLAGS)
        or re.match(_IN_DISGUISE_AFTER, tail, FLAGS)
        or re.search(_DAYS_BEFORE_THIS, head, FLAGS)
        or _a_project_for(before, tail)
        or _satellite_tested_for(before, match)
    )


def _satellite_tested_for(before: str, match: re.Match[str]) -> bool:
    """The satellite is one a test served ("a test for a reconnaissance satellite"), not one
    a carrier rocket put up."""
    satellite = re.match(r"satellite\b", match.group(0), FLAGS) is not None
    return satellite and re.search(_TEST_FOR_SATELLITE, before, FLAGS) is not None


# "longer than in North Korea's previous ICBM launch", "its last intercontinental ballistic
# missile test": the kind of a launch made before this one.
_PREVIOUS_BEFORE: Final = r"\b(?:previous|prior|earlier|last|past)\s+$"
_ITS_LAUNCH_AFTER: Final = (
    r"^\s*(?:ballistic\s+)?(?:missiles?\s+)?(?:\(\s*[A-Z]+s?\s*\)\s*)?"
    r"(?:launch(?:es)?|tests?|test-firings?|firings?|flights?)\b"
)
# "It is not, however, thought to be an intercontinental ballistic missile", "was not believed
# to be an ICBM", "isn't seen as a cruise missile": a kind the launch is judged not to be.
_JUDGED_NOT: Final = (
    r"\b(?:not|n't)\s*(?:,[^,.;]{1,30},\s*)?(?:(?:widely|generally)\s+)?"
    r"(?:thought|believed|considered|judged|assessed|seen|regarded)\s+"
    r"(?:to\s+(?:have\s+)?be(?:en)?|as)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$"
)
# "from an area close to North Korea's Dongchang-ri long-range missile site", "an ICBM base":
# the kind a place is built for, not this launch's.
_PLACE_OF_KIND: Final = (
    r"^\s*(?:(?:ballistic\s+)?(?:missiles?|rockets?)\s+)?(?:launch(?:ing)?\s+|test(?:ing)?\s+)?"
    r"(?:sites?|bases?|facilit(?:y|ies)|pads?|complex|grounds?)\b"
)
# "The South and its US ally had been watching for a test by the North of medium-range Musudan
# missiles", "braced for an ICBM launch": a launch awaited, not the one made.
_AWAITED: Final = (
    r"\b(?:watch(?:es|ed|ing)?|look(?:s|ed|ing)?\s+out|brac(?:e|es|ed|ing))\s+for\s+[^.;]{0,60}$"
)
# "a test which it said was in preparation for a coming satellite launch", "ahead of an upcoming
# ICBM test", "preparing for its next satellite launch": a launch still to come, not the one made
# ("went ahead with a planned satellite launch" tells it made: planned is not here).
_STILL_TO_COME: Final = (
    r"\b(?:(?:coming|upcoming|forthcoming|future|impending|imminent|next)\s+(?:[\w-]+\s+)?"
    r"|(?:(?:in\s+)?preparations?|prepar(?:ing|es|ed)|readying|getting\s+ready)\s+for\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?)$"
)
# (the launch the kind names: "satellite launch", "ICBM test")
_A_LAUNCH_TAIL: Final = r"^\s*(?:[\w-]+\s+)?(?:launch(?:es)?|tests?|test-firings?|firings?)\b"
# "North Korea maintains that its satellite launches are peaceful", "the North's ICBM tests
# have drawn sanctions": the launches of a kind as a whole, in a present or perfect statement,
# not this launch ("its satellite launch was a success" is this one).
_WHOSE_LAUNCHES: Final = r"\b(?:its|their|the\s+North's|North\s+Korea's|Pyongyang's)\s+$"
_IN_GENERAL: Final = (
    r"^\s*(?:launches|tests|firings)\s+(?:are|have|were\s+(?:always|never|often|long))\b"
)
# "regard them as long-range missile tests in disguise", "a thinly veiled ICBM test": the kind a
# launch told as a space launch is said to hide, a view of it, not the kind told (a rocket
# launch so described is a carrier rocket's: see _disguised_rocket).
_DISGUISE_BEFORE: Final = (
    r"\b(?:disguised|thinly[- ]veiled|veiled|camouflaged|cover\s+for|guise\s+of)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
)
_IN_DISGUISE_AFTER: Final = (
    r"^\s*(?:ballistic\s+)?(?:missiles?\s+)?(?:tests?|launch(?:es)?|firings?)\s+in\s+disguise\b"
)
# '"another potential provocation, be it an ICBM launch, be a nuclear test"': possibilities
# offered, not the launch made.
_BE_IT: Final = r"\b(?:be\s+it|whether\s+it\s+be)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
# "four days before Thursday's launch, the North had sent two short-range cruise missiles", "a
# week before this test": what was fired on an earlier day, told against this launch's.
_DAYS_BEFORE_THIS: Final = (
    r"\b(?:hours?|days?|weeks?|months?)\s+(?:before|prior\s+to)\s+(?:the\s+|this\s+|"
    r"(?:\w+day|today)'s\s+)(?:latest\s+)?(?:launch(?:es)?|tests?|firings?)\b[^.;]*$"
)
# "The test on Sunday formed part of a reconnaissance satellite project", "part of a project
# for a reconnaissance satellite": the programme the launch served, not the thing launched ("as
# part of a satellite launch" still tells what went up).
_PART_OF_BEFORE: Final = (
    r"\b(?:part\s+of|projects?\s+(?:for|to\s+(?:build|develop))|programm?e?s?\s+for)\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?$"
)


def _a_project_for(before: str, tail: str) -> bool:
    """The kind is the programme the launch was part of, not the launch's own kind."""
    return re.search(_PART_OF_BEFORE, before, FLAGS) is not None and not re.match(
        r"^\s*(?:launch|lift-?off|rocket)", tail, FLAGS
    )


# "The list includes tactical nuclear weapons, hypersonic missiles and ...", "a wish list of
# ...": the weapons a plan names, not the one fired.
_WISH_LIST: Final = (
    r"\b(?:list|plan|goals?|targets?|priorities)\s+(?:includes?|included|including|of|"
    r"comprises?|covers?|calls?\s+for)\b[^.;]{0,80}$"
)
# "It is not yet clear whether this latest launch was a fourth attempt at a satellite launch",
# "unclear if the projectiles were cruise missiles": a kind asked about, not told.
# ("the government is examining whether the projectiles could have been submarine-launched
# ballistic missiles", "analysing if it was an ICBM": a kind weighed, not told.)
# ("looking into whether the missile was an intermediate-range Musudan" still names it, as a
# hedged name is taken.)
_ASKED_KIND: Final = (
    r"\b(?:unclear|not\s+(?:yet\s+)?(?:clear|known|certain)|uncertain|unknown)\s+(?:whether|if)"
    r"\s+[^.;]{0,40}?\b(?:was|were|is|are|had been|would be|might be)\s+[^.;]{0,50}$|"
    r"\b(?:examining|examine|checking|check|studying|study|analy[sz]ing|analy[sz]e|"
    r"investigating|looking\s+into|assessing|assess|determine|determining|considering)\s+"
    r"(?:whether|if)\s+[^.;]{0,40}?\b(?:could|may|might)\s+(?:have\s+been|be)\s+[^.;]{0,50}$"
)
# "Whether the missile was an ICBM is not yet known", "Whether today's missiles could be the
# Hwasong-11M ... is being examined": a sentence opened by the question names a kind or a type
# asked about, not told.
_WHETHER_OPENS: Final = re.compile(
    r"^\W*whether\s+[^.;,]{0,40}?\b(?:was|were|is|are|had been|would be|might be|could be|"
    r"may be)\s+[^.;,]{0,30}$",
    FLAGS,
)
# "fired a ballistic missile on Wednesday night, hours after Seoul said it would act in response
# to the North's launch of a spy satellite": a launch fired "hours after" another; the kind
# named after that word is the earlier launch's, not this one's.
_EARLIER_EVENT = (
    r"\b(?:fired|launched|test-fired|test-launched|fires|launches)\b[^.;]*?"
    r"\b(?:(?:hours|days|weeks|months|a day|a week|a month|shortly|just|soon)\s+after|"
    r"in (?:response|retaliation) to)\b[^.;]*$"
)
# "It has previously tested a nuclear-capable underwater drone and two intercontinental ballistic
# missiles", "Pyongyang previously launched ICBMs": what was fired before this launch ("earlier"
# is left alone: "North Korea earlier fired a ballistic missile" tells this one).
_FIRED_PREVIOUSLY = (
    r"\bpreviously\s+(?:tested|test-fired|test-launched|fired|launched|flown|flew)\b[^.;]*$"
)
# "in response to the North's satellite launch the previous day", "its ICBM launch two days
# earlier": a launch dated before the one reported.
_DAY_BEFORE = (
    r"\s*(?:launch(?:es)?|tests?|firings?)\s+"
    r"(?:the\s+(?:previous?\b|day before|week before)|"
    r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|before))"
)


# "Several recent launches have taken place at the airfield, among them two described as tests
# of an ICBM", "Previous tests from the site involved cruise missiles": a sentence about launches
# before this one (its subject the earlier launches) names their kind, not this launch's.
_EARLIER_LAUNCHES = (
    r"^\W*(?:several|many|some|a number of|a series of|previous|past|prior|earlier|other)\s+"
    r"(?:(?:recent|previous|past|prior|earlier|other)\s+)?(?:launch(?:es)?|tests|firings)\b"
    # "North Korea said those tests were meant to develop parts for a satellite"
    r"|\b(?:those|these)\s+(?:(?:earlier|previous|past|prior|two|three)\s+)?"
    r"(?:launches|tests|firings)\b"
)
# "It is the North's second missile launch in a week, after its cruise missile firing off the
# west coast", "the third test this month, following its hypersonic missile launch": this launch
# counted against an earlier one, whose kind follows "after" (with "launch" or "test" after it).
_LAUNCH_BEFORE_THIS = (
    r"\b(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)|another|latest|fresh|"
    r"hours?|days?|weeks?|months?)\b[^.;]*\b(?:after|since|following)\s+"
    r"(?:its|the North's|North Korea's|Pyongyang's|the|an?)\s+(?:[\w-]+\s+){0,3}?$"
)
# "The launches follow a test of a new anti-ship cruise missile", "Sunday's firing came two days
# after the North tested an ICBM", "The test comes after ...": this launch is the subject, and
# what it follows or comes after is an earlier event, whose kind is not this launch's.
_THIS_FOLLOWS = (
    r"^\W*(?:the|this|today's|the latest|the new|\w+day's)\s+(?:[\w-]+\s+)?"
    r"(?:launch(?:es)?|tests?|firings?|test-firings?|missiles?|projectiles?)\s+"
    r"(?:(?:also|just|only)\s+)?(?:follows?|followed|comes?\s+(?:[\w-]+\s+){0,3}?after|"
    # ("Thursday's launch was the North's first since its bid to put a spy satellite ...")
    r"came\s+(?:[\w-]+\s+){0,3}?after|(?:is|was)\s+(?:[\w'-]+\s+){0,3}?(?:after|since))\b"
    r"[^.;]*$"
)
_A_LAUNCH_AFTER = r"^\s*(?:missiles?\s+|rockets?\s+)?(?:launch(?:es)?|firings?|tests?)\b"


# "a short-range ballistic missile (SRBM) or 600mm multiple launch rocket system (MLRS)", "either
# a ballistic missile or a large rocket": kinds offered as choices, the report does not decide
# ("a short-range ballistic missile or missiles" is one kind, the count left open).
_OR_AFTER = re.compile(
    # (the abbreviation too: "(SRBM) or ...")
    r"(?:\s*\)|\s+(?:ballistic\s+|guided\s+|cruise\s+)?(?:missiles?|rockets?))?"
    r"\s*(?:\([^()]{1,15}\)\s*)?,?\s+or\s+(?:possibly\s+|perhaps\s+|maybe\s+)?(?:an?\s+|the\s+)?"
    r"(?!(?:more|missiles?|projectiles?|two|three|several|multiple)\b)"
    # ("short-range ballistic missiles, or SRBMs, on Monday": the kind's abbreviation, a gloss)
    r"(?!(?:ICBM|IRBM|MRBM|SRBM|SLBM|MLRS)s?\s*(?:[,.;)]|$))"
    r"(?:\d+\s*-?\s*(?:mm|millimet(?:er|re))\b\s*|[\w-]+\s+){0,4}?"
    r"(?:missiles?|rockets?|launchers?|(?:rocket\s+|launch\s+)?systems?|artillery|MLRS|shells?|"
    r"(?:launch\s+)?vehicles?|satellites?|"
    r"ICBMs?|IRBMs?|MRBMs?|SRBMs?|SLBMs?)\b",
    FLAGS,
)
_OR_BEFORE_KIND = (
    r"(?:missiles?|rockets?|\)|ICBMs?|IRBMs?|MRBMs?|SRBMs?|SLBMs?)\s*,?\s+or\s+"
    r"(?:possibly\s+|perhaps\s+|maybe\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
)
_EITHER_BEFORE = r"\beither\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
# "may have tested a medium or long-range ballistic missile", "short-range or mid-range": two
# reaches offered, the report does not decide between them ("of medium range or longer" is a
# bound, read as its range, as 836 is labelled).
_RANGE_OR_BEFORE = r"\b(?:short|close|medium|mid|middle|intermediate|long)(?:[- ]range)?-?\s+or\s+$"
_RANGE_OR_AFTER = (
    r"^(?:[- ]range)?\s+or\s+(?:short|close|medium|mid|middle|intermediate|long)[- ]range\b"
)
# "South Korea today test-fired a ballistic missile of its own from a submarine", "the U.S.
# launched a Minuteman III": another country's launch told beside the North's.
_OTHERS_LAUNCH = (
    r"\b(?:South Korea|Seoul|the South(?! China)|South Korean (?:military|navy|forces)|"
    r"the United States|the U\.?S\.?|Washington|Japan|China|Russia)(?:'s\s+(?:military|navy|"
    r"army|air force))?\s+(?:(?:today|also|itself|later|separately|recently|successfully|"
    r"has|had|have)\s+)*(?:test-fired|test-launched|fired|launched|tested)\s+(?:[\w-]+\s+){0,3}?$"
)
# "a W87 warhead fitted to American intercontinental ballistic missiles", "Russia's ICBMs",
# "South Korea's Hyunmoo ballistic missiles": another country's missiles, owned by it, told for
# comparison, not the North's launch (not "South Korean officials said an ICBM": a speaker).
_OTHERS_MISSILES = (
    r"(?:\b(?:American|Russian|Soviet|Chinese|South\s+Korean|Japanese|Indian|Pakistani|Iranian|"
    r"Israeli|British|French)|(?-i:\bU\.?S\.?)|\b(?:America|Russia|China|South\s+Korea|Japan|"
    r"India|Pakistan|Iran|Israel|Britain|France|Washington|Moscow|Beijing|Seoul|Tokyo)'s|"
    r"\bthe\s+United\s+States'?s?)"
    r"\s+(?:(?:own|new|latest|existing|nuclear-armed|land-based|Minuteman|Trident|Hyunmoo|"
    r"[\w-]*\d[\w-]*)\s+){0,2}$"
)


# "Describing the systems as 'tactical' may indicate that they have a short range": the writer's
# inference of a reach, not a class anyone gave the weapon ("officials said it was a short-range
# missile" is one).
_INFERRED_REACH = (
    r"\b(?:may|might|could|would)\s+(?:indicate|suggest|mean|imply)\b[^.;]{0,60}?"
    r"\b(?:ha(?:ve|s|d)|with)\s+an?\s+$"
)


# "A spy satellite is a prize coveted by Kim", "Cruise missiles are harder to detect": the kind
# as the subject of a general statement, not the weapon fired ("A missile believed to be an
# ICBM was launched" is).
# "Cruise missile tests are not prohibited", "ICBM launches are banned under the resolutions":
# the kind's tests in general, allowed or banned, not this launch.
_GENERIC_SUBJECT = r"^\W*(?:(?:an?|such)\s+)?(?:[\w-]+\s+){0,2}?$"
_GENERIC_VERB = (
    r"^[\w-]*(?:\s+missiles?)?(?:\s+(?:tests?|launch(?:es)?|firings?))?\s+(?:is|are)\s+"
    r"(?:(?:not\s+)?(?:prohibited|banned|forbidden|allowed|permitted|barred|outlawed)\b|"
    r"an?|one of|among|seen as|considered|regarded as|"
    r"(?:much\s+|far\s+)?(?:harder|easier|more|less|cheaper|faster|slower)|"
    r"(?:usually|typically|generally|often))\b"
)


def _generic(text: str, match: re.Match[str]) -> bool:
    """The class words open a general statement about the kind of weapon."""
    return bool(
        re.search(_GENERIC_SUBJECT, text[: match.start()], FLAGS)
        and re.match(_GENERIC_VERB, text[match.end() :], FLAGS)
    )


def is_headline(sentence: Sentence | None, sentences: Sequence[Sentence]) -> bool:
    """A title: the report's first paragraph, one short line without a full stop or a 'said'.

    (A lead cut short before a recollection also lacks its full stop, but is longer and says
    who said it.)
    """
    if sentence is None or not sentences or sentence is not sentences[0]:
        return False
    alone = len(sentences) > 1 and sentences[1].paragraph != sentence.paragraph
    short = len(sentence.text.split()) <= HEADLINE_WORDS and not re.search(
        r"\b(?:said|says)\b|--", sentence.text, FLAGS
    )
    return alone and short and not sentence.text.rstrip().endswith((".", "!", "?", '"'))


PLACE_AFTER_NAME = r"-(?:ri|dong|gun|up)\b|\s+(?:launch(?:ing)?\s+)?(?:pad|site|station)\b"


def find_name(sentences: Sequence[Sentence]) -> Found | None:
    """A missile name such as Hwasong-19, KN-23 or Pukguksong-3, written canonically; a family
    named first ("a Pukguksong-class weapon") yields to its numbered member named later ("state
    media named the new missile Pukguksong-3")."""
    found = _first_name(sentences)
    if found is None or re.search(r"\d", str(found.value)):
        return found
    for sentence in (s for s in sentences if s.start > found.evidence.start):
        member = _first_name([sentence])
        if member is not None and str(member.value).startswith(f"{found.value}-"):
            note = f"{member.evidence.note} (the {found.value} family's member named later)"
            return Found(member.value, dataclasses.replace(member.evidence, note=note))
    return _told_apart(found, sentences) or found


def _told_apart(found: Found, sentences: Sequence[Sentence]) -> Found | None:
    """A family named bare ("a Taep'o-dong rocket") in a report that names a later member as
    another missile ("the Taep'o-dong's successor, the Taep'o-dong-2") is its first member,
    the one the family's name stood for before the later ones flew (Taepodong-1)."""
    first = f"{found.value}-1"
    if first not in NAME_CLASSES:
        return None
    pattern = next((p for p, stem in NAME_PATTERNS if stem == found.value), None)
    later = pattern is not None and any(
        (n := match.groupdict().get("n")) and n != "1"
        for sentence in sentences
        for match in re.finditer(pattern, sentence.text, FLAGS)
    )
    if not later:
        return None
    note = f"name {first} (the bare {found.value}, told apart from its later member)"
    return Found(first, dataclasses.replace(found.evidence, note=note))


# "the missiles may be KN-02 surface-to-surface weapons ..., or rockets with a caliber of at
# least 300 millimeters": a type guessed at beside another kind, so no type is told.
_MAY_BE_BEFORE: Final = r"\b(?:may|might|could)\s+(?:have\s+)?be(?:en)?\s+(?:the\s+|an?\s+)?$"
_OR_OTHER_KIND_AFTER: Final = (
    r"^[^.;]*?,?\s+or\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rockets?|shells?|artillery|missiles?|projectiles?)\b"
)


# "involved its KN-23, KN-24, the KN-25 super-large rocket launcher or other short-range
# weapons": one of several types listed as choices ("the Hwasong-11, also called the KN-23" is
# one type under two names; "the Hwasong-11 and the KN-25" two fired).
_TYPE_LISTED_BEFORE: Final = r"\b[A-Z][\w-]*\d[\w-]*\s*,\s*(?:the\s+|its\s+|an?\s+)?$"
_TYPE_LISTED_AFTER: Final = r"^\s*,\s*(?:the\s+|its\s+|an?\s+)?[A-Z][\w-]*\d[\w-]*\b"
_OR_CLOSES: Final = r"^[^.;]{0,80}?\bor\b"


def _guessed_or_other(text: str, match: re.Match[str]) -> bool:
    """The name is one guess, with another kind offered after "or", or the first of a list of
    types offered as choices."""
    return bool(
        re.search(_MAY_BE_BEFORE, text[: match.start()], FLAGS)
        and re.match(_OR_OTHER_KIND_AFTER, text[match.end() :], FLAGS)
    ) or _listed_as_choices(text, match)


def _listed_as_choices(text: str, match: re.Match[str]) -> bool:
    """The name is one of a list of types that "or" closes."""
    head, tail = text[: match.start()], text[match.end() :]
    listed = re.search(_TYPE_LISTED_BEFORE, head) or re.match(_TYPE_LISTED_AFTER, tail)
    return bool(listed and re.match(_OR_CLOSES, tail))


def _first_name(sentences: Sequence[Sentence]) -> Found | None:
    """The first missile name the sentences give."""
    for sentence in sentences:
        found = [
            (match, stem)
            for pattern, stem in NAME_PATTERNS
            for match in re.finditer(pattern, sentence.text, FLAGS)
            if not re.search(COMPARISON_BEFORE, sentence.text[: match.start()], FLAGS)
            and not _WHETHER_OPENS.search(sentence.text[: match.start()])
            # "It is still unclear whether the missile was the KN-11", "had been watching for a
            # test of Musudan missiles": a type asked about or awaited, not told.
            and not re.search(_ASKED_KIND, sentence.text[: match.start()], FLAGS)
            and not re.search(_AWAITED, sentence.text[: match.start()], FLAGS)
            and not _guessed_or_other(sentence.text, match)
            # "the Musudan-ri launch pad": a place named after a missile is no missile.
            and not re.match(PLACE_AFTER_NAME, sentence.text[match.end() :], FLAGS)
            # "its Hwasong-17 program", "which has been developing the Hwasong-18"
            and not _pursued(sentence.text, match)
            # "They were not the medium-range Musudan missiles Pyongyang has threatened to
            # launch", "a replica of a Scud-B": a name set aside, or a model of one.
            and not re.search(
                _CONTRASTED, sentence.text[max(0, match.start() - 60) : match.start()], FLAGS
            )
            and not re.search(
                _REPLICA, sentence.text[max(0, match.start() - 60) : match.start()], FLAGS
            )
            # "Seoul said those missiles flew 600 km and that flight data for that weapon, known
            # as the KN-23, ...": a name told of the launch a demonstrative points back at.
            and not re.search(_THOSE_BEFORE, sentence.text[: match.start()], FLAGS)
            # "The launches follow by less than a week the North's test of two short-range
            # ballistic missiles, the KN-23": the older launch this one follows, as for its kind.
            and not re.search(_THIS_FOLLOWS, sentence.text[: match.start()], FLAGS)
            # "of the Scud or Rodong type": a name offered beside the bare Scud family.
            and not re.search(_FAMILY_OR_BEFORE, sentence.text[: match.start()], FLAGS)
            and not re.match(_OR_FAMILY_AFTER, sentence.text[match.end() :], FLAGS)
            # "two Scud tactical ballistic missiles followed by one Rodong": a mixed salvo.
            and not re.search(_FAMILY_AND_BEFORE, sentence.text[: match.start()], FLAGS)
            # "may have included both the modified KN-02 ... and rockets from its new multiple
            # launcher": one part of a salvo of two kinds names no one missile of the launch.
            and not _one_of_both(sentence.text, match)
            # "The Musudan's range is estimated at up to 4,000 km", "The KN-23 can fly on a
            # low, flat path": the type as the subject of a general statement, not this launch.
            and not _type_described(sentence.text, match)
            # '"At first we thought they were an upgraded version of the KN-02 ..., but we now
            # think they are Scud series missiles"': a first belief, since given up.
            and not _belief_given_up(sentence.text, match)
            # "a new Pukguksong-class submarine missile": the family a new missile belongs
            # to, not its name (a numbered member, "Pukguksong-3", is one; "the Rodong-class
            # missiles" fired are Rodongs).
            and not (
                not match.groupdict().get("n")
                and re.match(r"[- ]class\b", sentence.text[match.end() :], FLAGS)
                and re.search(r"\bnew\s+$", sentence.text[: match.start()], FLAGS)
            )
        ]
        if not found:
            continue
        found.sort(key=lambda pair: pair[0].start())
        named = [_canonical(match, stem) for match, stem in found]
        if len(set(named)) > 1 and _alternatives(sentence.text, [m for m, _ in found], named):
            # "thought to be either a Scud-D ... or a Scud-ER": the report does not decide.
            continue
        if _hedged_choice(sentence.text, found[0][0]):
            # "they could be a version of the ATACMS or of Russia's Iskander, known as the KN-23"
            continue
        return Found(named[0], sentence.evidence(found[0][0], f"name {named[0]}"))
    return None


_FIRST_BELIEF: Final = re.compile(
    r"\b(?:at first|initially|originally)\b[^.;]{0,40}?\b(?:thought|believed|assessed|suspected|"
    r"estimated)\b[^.;]{0,80}$",
    FLAGS,
)


def _belief_given_up(text: str, match: re.Match[str]) -> bool:
    """The name is of a first belief ("At first we thought they were an upgraded version of the
    KN-02 ...": the clause of what was thought at first, since revised)."""
    return bool(_FIRST_BELIEF.search(text[: match.start()]))


# The type opens the sentence ("The Musudan's range is", "Rodong missiles can reach", "The
# Hwasong-15 is believed to be able to") in the present tense, and the sentence tells no launch.
_TYPE_SUBJECT: Final = r"^\W*(?:the\s+)?\W?$"
_TYPE_PRESENT: Final = (
    r"^\W?(?:-?(?:type|class))?(?:\s+missiles?|\s+rockets?|s)?(?:'s?\s+(?:[\w-]+\s+)?"
    r"(?:range|reach|payload|warhead|engine|fuel|design|accuracy)s?)?\s+"
    r"(?:is|are|has|have|can|could)\b"
)
_TOLD_LAUNCH: Final = (
    r"\b(?:fired|launched|test-fired|test-launched|tested|flew|lifted off|fires|launches)\b"
)


def _type_described(text: str, match: re.Match[str]) -> bool:
    """The name opens a general statement about its type, in a sentence telling no launch."""
    return bool(
        re.match(_TYPE_SUBJECT, text[: match.start()], FLAGS)
        and re.match(_TYPE_PRESENT, text[match.end() :], FLAGS)
        and not re.search(_TOLD_LAUNCH, text, FLAGS)
    )


# "those missiles", "both of those two weapons", "that weapon", "that earlier launch": the launch
# recalled before, pointed back at ("that" as a conjunction, "said that the missile", is not;
# nor is a clause that turns back to "this" launch or "these" missiles).
_THOSE_BEFORE: Final = (
    r"(?:\bthose\s+(?:[\w-]+\s+){0,2}?(?:launches|tests|test-firings|firings|missiles|rockets|"
    r"weapons|projectiles)|\bthat\s+(?:(?:earlier|previous|last)\s+)?(?:launch|test|"
    r"test-firing|firing|missile|rocket|weapon|projectile))\b"
    r"(?:(?!\b(?:this|these|today's|\w+day's)\b)[^.;]){0,120}$"
)


# "three ballistic missiles, of the Scud or Rodong type", "Rodong- or Scud-type missiles": a
# name joined by "or" to the Scud family (a class word, not a name) is one of two choices.
_FAMILY_OR_BEFORE: Final = r"\bScuds?(?:[- ]type)?\s+or\s+(?:an?\s+|the\s+)?$"
# (a model of the family, "Scud-C or Scud-D", is a name: see _alternatives)
_OR_FAMILY_AFTER: Final = (
    r"(?:-?\s*(?:type|class))?-?\s*,?\s+or\s+(?:an?\s+|the\s+)?Scuds?\b(?![- ](?:[BCD]|ER)\b)"
)

_FAMILY_AND_BEFORE: Final = (
    r"\bScuds?\b[^.;]{0,80}?\b(?:and|followed by|as well as|plus|along with)\s+"
    r"(?:one|a|an|two|three|four|\d+)\s+(?:[\w-]+\s+){0,2}?$"
)


# "both the KN-02 guided missile and rockets", "both a KN-25 and short-range missiles".
_BOTH_BEFORE: Final = r"\bboth\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?$"
_AND_AFTER: Final = r"^[^.;]{0,80}?\band\s+(?:the\s+|an?\s+|its\s+|some\s+)?(?:[\w-]+\s+){0,5}?"
_OTHER_KIND: Final = (
    r"(?:missiles?|rockets?|shells?|projectiles?|artillery|launchers?|drones?|ICBMs?|SRBMs?)\b"
)


# "may have included rockets from the new multiple launcher as well as the modified KN-02",
# "artillery shells along with a KN-25": a name joined to rockets or shells of the same salvo.
_ROCKETS_AS_WELL_AS: Final = re.compile(
    r"\b(?:rockets?|shells?|artillery|launchers?)\b[^.;]{0,60}?\b(?:as well as|along with)\s+"
    r"(?:the\s+|an?\s+|its\s+|some\s+)?(?:[\w-]+\s+){0,2}?$",
    FLAGS,
)


def _one_of_both(text: str, match: re.Match[str]) -> bool:
    """The name is one of two kinds a "both ... and ..." (or rockets "as well as" it) gives
    the launch."""
    before = text[max(0, match.start() - 40) : match.start()]
    return bool(
        re.search(_BOTH_BEFORE, before, FLAGS)
        and re.match(_AND_AFTER + _OTHER_KIND, text[match.end() :], FLAGS)
    ) or bool(_ROCKETS_AS_WELL_AS.search(text[max(0, match.start() - 120) : match.start()]))


_REPLICA: Final = (
    r"\b(?:replicas?|models?|mock-?ups?|dummies|dummy|mockups?)\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$|"
    # "A mock North Korean Scud-B missile is displayed ...", "a replica Nodong": the same, the
    # model's word set before the name.
    r"\b(?:an?|the)\s+(?:mock|replica|dummy|mock-up|mockup)\s+(?:[\w-]+\s+){0,3}?$"
)


# "either a Scud-D or a Scud-ER", "a KN-23, or possibly a KN-24": names offered as choices.
_EITHER: Final = r"\beither\b"
# ("the Hwasong-18, or KN-28 as the US calls it" gives one missile two names)
_OR_BEFORE: Final = r"\bor\s+(?:(?:perhaps|possibly|maybe|probably)\s+(?:an?\s+|the\s+)?|an?\s+)$"


# "involved the KN-25 super-large rocket launcher and the KN-23", "a KN-23 and a KN-24":
# two types told as this launch's, so no one name is the launch's.
_AND_BEFORE: Final = r"^[^.;]{0,80}?\b(?:and|as well as|plus)\s+(?:the\s+|an?\s+|its\s+)?$"


# "of the Scud-C or Scud-D type", "a KN-23 or KN-24": two models of one family joined by a bare
# "or" are choices (a bare "or" between two families, "the Hwasong-18, or KN-28", glosses one).
_BARE_OR: Final = r"^\s*,?\s*or\s+(?:the\s+|an?\s+)?$"


def _family(name: str) -> str:
    """The family a canonical name belongs to ("Scud-C" -> "Scud", "KN-23" -> "KN")."""
    return name.split("-")[0]


def _alternatives(text: str, matches: Sequence[re.Match[str]], named: Sequence[str]) -> bool:
    """The names are offered as choices ("either ... or", "or possibly", two models of a family
    joined by "or"), or told as two types of one launch ("a KN-23 and a KN-24")."""
    if re.search(_EITHER, text[: matches[0].start()], FLAGS):
        return True
    if any(re.search(_OR_BEFORE, text[: m.start()], FLAGS) for m in matches[1:]):
        return True
    if any(
        one != other
        and _family(one) == _family(other)
        and re.match(_BARE_OR, text[first.end() : second.start()], FLAGS)
        for (first, one), (second, other) in itertools.pairwise(zip(matches, named, strict=True))
    ):
        return True
    return any(
        re.search(_AND_BEFORE, text[first.end() : second.start()], FLAGS)
        for (first, one), (second, other) in itertools.pairwise(zip(matches, named, strict=True))
        if one != other
    )


# "could be the North Korean version of the ATACMS or of Russia's Iskander, known as the KN-23"
_HEDGE: Final = r"\b(?:could|may|might)\s+be\b"


def _hedged_choice(text: str, match: re.Match[str]) -> bool:
    """The name is one of choices offered after a "could be"."""
    hedges = list(re.finditer(_HEDGE, text[: match.start()], FLAGS))
    if not hedges:
        return False
    between = text[hedges[-1].end() : match.start()]
    after = re.split(r"[.;,]", text[match.end() : match.end() + 40])[0]
    return re.search(r"\bor\b", between + " " + after, FLAGS) is not None


def _canonical(match: re.Match[str], stem: str) -> str:
    """The name a match gives, written canonically ("hwasong 15" -> "Hwasong-15")."""
    groups = match.groupdict()
    name = stem
    if groups.get("n"):
        name += "-" + groups["n"].upper()
    if groups.get("suffix"):
        # written apart where the report writes it apart ("Hwasongpho-11 Ra" is Hwasong-11 Ra,
        # as "Hwasal-1 Ra-3"), hyphened where it is hyphened ("Hwasongpho-11-Ka" is
        # Hwasong-11-Ka), joined where it is joined ("Hwasong-11Ma")
        gap = groups.get("gap") or ""
        if groups.get("tonnes"):
            # ("Hwasongpho-11-Da-4.5" and "Hwasongpho-11Da-4.5" are Hwasong-11 Da-4.5, as the
            # corpus labels name the warhead-weight variant however the letter is hyphened or
            # joined: 1305, 1344, 1601)
            gap = " "
        name += ("-" if gap == "-" else " " if gap else "") + groups["suffix"].capitalize()
        if groups.get("tonnes"):
            # "Hwasongpho-11 Da-4.5": the variant's warhead weight is part of its name
            name += f"-{groups['tonnes']}"
    if groups.get("variant"):
        name += f" {groups['variant'].capitalize()}-{groups['vn']}"
    return name


# A variant's letter written apart, hyphened or with its warhead's weight ("Hwasong-11 Da",
# "Hwasong-11-Ka", "Hwasong-11 Da-4.5"): the table writes it joined ("Hwasong-11Da").
_VARIANT_SPELLING: Final = re.compile(r"(?<=\d)[- ]?([A-Z][a-z])(?:-\d(?:\.\d)?)?$")


def class_of_name(name: str) -> str | None:
    """The class a known missile name implies ("Hwasong-11 Da" and "Hwasong-11-Da-4.5" as
    "Hwasong-11Da")."""
    variant = _VARIANT_SPELLING.sub(r"\1", name)
    return NAME_CLASSES.get(name) or NAME_CLASSES.get(variant)


def find_table(table: tuple[tuple[str, str], ...], sentences: Sequence[Sentence]) -> list[Found]:
    """Each value of a (pattern, value) table with the first place the report says it."""
    found: dict[str, Found] = {}
    for sentence in sentences:
        for pattern, value in table:
            match = re.search(pattern, sentence.text, FLAGS)
            if match and value not in found:
                found[value] = Found(value, sentence.evidence(match, f"-> {value}"))
    return sorted(found.values(), key=lambda item: item.evidence.start)


def _every_landing(sentences: Sequence[Sentence]) -> list[Found]:
    """Every place the report words a landing, in the report's order (not only each value's
    first, which a test below may set aside)."""
    found: list[Found] = []
    for sentence in sentences:
        for pattern, value in LANDING_PATTERNS:
            for match in re.finditer(pattern, sentence.text, FLAGS):
                found.append(Found(value, sentence.evidence(match, f"-> {value}")))
    return sorted(found, key=lambda item: item.evidence.start)


LAUNCHED_AT_SEA = (
    r"\bfrom\s+(?:an?\s+|the\s+)?(?:submarine|waters?|sea)\b[^,;.]{0,30}$"
    # "tried to shoot a missile from the area of the East Sea": the sea it was fired from.
    r"|\bfrom\s+(?:the\s+)?(?:area|vicinity)\s+of\s+(?:the\s+)?$"
)


# "The launch took place at about 2:30 p.m. on Saturday in the sea between the Korean peninsula
# and Japan", "the test was conducted in the East Sea": where the launch was made (a submarine's
# waters), not where the missile came down.
_TOOK_PLACE_IN: Final = (
    # ("the launch, one more in a recent series of tests, took place in waters east of the
    # Korean peninsula": an aside between the launch and its verb)
    r"\b(?:launch|firing|test|test-firing|test-launch)(?:\s*,[^,;.]{1,60},)?\s+"
    r"(?:took\s+place|was\s+(?:made|"
    r"conducted|carried\s+out|staged)|occurred|happened)\b(?:[^.;]|[ap]\.m\.?){0,80}?\b(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:sea|waters?)\s+(?:(?:of|off)\s+(?:the\s+)?)?)?$"
)


# "North Korea carried out a test on Saturday, in the Sea of Japan, of what seemed to be a missile
# launched from a submarine", "conducted an SLBM test in the East Sea": the waters a submarine
# launch was made in (read only of a report that tells a submarine launch), not a fall told.
_TEST_MADE_IN: Final = (
    r"\b(?:carried\s+out|conducted|staged|held)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:test|launch|firing|test-firing|test-launch)\b"
    r"(?:(?!\b(?:fell|falling|landed|landing|came|coming|splashed|plunged|into)\b)[^.;]){0,40}?"
    r"\b(?:in|at)\s+(?:the\s+)?(?:waters?\s+(?:(?:of|off)\s+(?:the\s+)?)?)?$"
)


# "debris from the missile was spotted floating on the surface of the East Sea", "the failure
# happened in the Sea of Japan": where a submarine launch failed (read only of a report that
# tells a submarine launch: a rocket's "debris fell into the Yellow Sea" is its stages' fall).
_FAILED_AT_SEA: Final = (
    r"\b(?:debris|wreckage|fragments?|pieces)\b[^.;]{0,60}?\b(?:spotted|seen|found|detected|"
    r"observed|floating)\b[^.;]{0,30}?\b(?:on|in)\s+(?:the\s+)?(?:surface\s+of\s+(?:the\s+)?)?"
    # ("... the East Sea, also called the Sea of Japan": the sea's other name)
    r"(?:(?:East|West|Yellow)\s+Sea\s*,?\s+(?:also\s+)?(?:called|known\s+as)\s+(?:the\s+)?)?$|"
    r"\b(?:failure|failed\s+(?:launch|test|attempt)|accident|mishap)\s+(?:happened|occurred|"
    r"took\s+place)\s+(?:in|at)\s+(?:the\s+)?$"
)


# "toward the East Sea", "towards the Sea of Japan", "in the direction of the East Sea": a heading.
_HEADING: Final = (
    r"\b(?:toward|towards|in\s+the\s+direction\s+of)\s+(?:the\s+)?"
    r"(?:(?:East|West)\s+Sea|Sea\s+of\s+Japan|Yellow\s+Sea|Japan\s+Sea)\W*$"
)


AT_SEA_NOT_FALLEN = (
    # ("an anti-ship missile in the East Sea" is a missile, as is "anti-aircraft")
    r"(?<!anti-)(?<!anti )\b(?:destroyers?|ships?|vessels?|warships?|boats?|frigates?|"
    r"carriers?|fleets?|patrols?|"
    r"submarines? (?:operating|sailing|deployed)|planes?|aircraft|jets|"
    r"exercises?|drills?|maneuvers?|manoeuvres?|war games)"
    r"(?:\s+(?!(?:fell|landed|came|splashed|plunged|flew)\b)[\w-]+){0,2}?\s+"
    r"(?:in|on|at|off|into|over)\s+(?:the\s+)?$"
)


# "on a southerly route over the Yellow Sea", "while it was flying over the waters between Japan
# and the peninsula": a sea it passed over, not where it fell ("blew up over the sea" is C9's fall
# in that sea, and stands).
ROUTE_OVER = (
    r"\b(?:route|path|course|passed|passing|overflew|overflying|flying)\b[^,;.]{0,20}"
    r"\bover\s+(?:the\s+)?$"
    # "was expected to fly south past the Yellow Sea": a sea flown past, not where it fell.
    r"|\b(?:route|path|course|fly|flew|flown|flying|passed|passing)\b[^,;.]{0,20}"
    r"\bpast\s+(?:the\s+)?$"
)


# '"traversed international airspace over waters west of Eodo," meaning the Sokotra rock in the
# Yellow Sea': the airspace or waters it crossed on its way, not where it came down.
PATH_BEFORE = (
    r"\b(?:traversed|traversing|transited|transiting|crossed|crossing)\b"
    r"(?:(?!\b(?:into|toward|towards|fell|falling|landed|landing|came down|coming down|"
    r"splashed|plunged|impacted)\b)[^.;]){0,100}$"
)


# "in the East Sea (Sea of Japan)": the sea's other name in brackets is the same mention, read
# as the one it glosses (set aside with it: "launched ... in the East Sea (Sea of Japan) near
# Sinpo" tells a submarine's waters under either name).
_ALIAS_BEFORE: Final = (
    r"\b(?:East\s+Sea|Sea\s+of\s+Japan|Japan\s+Sea|West\s+Sea|Yellow\s+Sea)\s*\(\s*(?:the\s+)?$"
    # "in the East Sea, the body of water also called the Sea of Japan": the other name given
    # after a comma is the same mention too.
    r"|\b(?:East\s+Sea|Sea\s+of\s+Japan|Japan\s+Sea|West\s+Sea|Yellow\s+Sea)\s*,\s+"
    r"(?:the\s+(?:body\s+of\s+water|sea|waters)\s+(?:which\s+is\s+|that\s+is\s+)?)?"
    r"(?:also\s+)?(?:called|known\s+as)\s+(?:the\s+)?$"
)


# "fired some 130 rounds of artillery into the waters of the Yellow Sea and 40 rounds into the
# East Sea": artillery told with no missile between it and the sea (not "fired artillery shells
# and a ballistic missile into the East Sea").
_SHELLS_INTO: Final = (
    r"\b(?:artillery|shells|rounds)\b"
    r"(?:(?!\b(?:missiles?|projectiles?|rockets?|ICBMs?|SRBMs?)\b)[^.;]){0,80}$"
)


def _before(evidence: Evidence) -> str:
    """The sentence's words before the evidence."""
    at = evidence.sentence.find(evidence.text)
    return evidence.sentence[: max(at, 0)]


_OVERFLIGHT_WITHDRAWN: Final = re.compile(
    r"\b(?:never|did not|didn't|had not|hadn't)\s+(?:pass(?:ed)?|fl(?:y|ew|own)|cross(?:ed)?)\s+"
    r"over\b|\b(?:revised|retracted|corrected|withdrew|clarified)\b|"
    # "It first said the missile had flown over Japanese territory, but ..." (the clause alone)
    r"\b(?:first|initially|originally|earlier)\s+(?:said|reported|announced|believed|thought)\b",
    FLAGS,
)
# "on a trajectory that could have taken it over Japan", "a path that would have carried them
# over Japanese territory": a flight it might have made, not one it made ("may have flown over
# Japan" is a hedge on what it did, and stands).
_OVERFLIGHT_UNMADE: Final = (
    r"\b(?:could|would|might)\s+(?:have\s+)?(?:taken|carried|sent|put|brought|flown|gone|"
    r"passed|take|carry|send|fly|pass)\b[^,;.]{0,25}$"
)


# "NHK reported that the missile had passed over Japan, | but the Defense Ministry later clarified
# that it had not": the overflight taken back in the clause right after it.
_TAKEN_BACK: Final = (
    r"^\W*(?:but|however|though)\b[^.;]{0,80}\b(?:clarified|corrected|revised|retracted|denied)\b"
    # ("but the Japanese government later said that had not happened": the flight denied)
    r"|^\W*(?:but|however|though)\b[^.;]{0,80}\b(?:had|did|has)\s+not\s*"
    r"(?:been\s+the\s+case|happened|happen|occurred|occur|done\s+so)?\W*$"
)


def _taken_back_next(evidence: Evidence, sentences: Sequence[Sentence]) -> bool:
    later = [s for s in sentences if s.start >= evidence.end]
    if not later:
        return False
    following = min(later, key=lambda s: s.start)
    if following.start - evidence.end > 40:
        return False
    return re.search(_TAKEN_BACK, following.text, FLAGS) is not None


# "adding to a barrage of tests, a barrage that included the first launch of a rocket over Japan
# in five years": an earlier launch of the series this one joins, not this one's flight.
# ("extend a burst of launches that took in Tuesday's missile over Japan", "a streak that has
# featured an ICBM over Hokkaido": the same recollection in other words.)
_SERIES_INCLUDED: Final = (
    r"\b(?:barrages?|bursts?|series|string|spate|flurry|streak|run|wave)\b[^.;]{0,80}?"
    r"\b(?:that|which)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:included|took\s+in|taken\s+in|featured|encompassed)\b[^.;]{0,60}$"
)


# "rocket fragments had fallen in the Yellow Sea, the East China Sea and the Pacific Ocean",
# "wreckage came down off the west coast": where pieces of a broken rocket fell, not where the
# launch came down. (A rocket's "debris fell into the Yellow Sea" is its stages' fall: kept.)
_PIECES_FELL: Final = (
    # ("pieces of the rocket fell into the Yellow Sea, the East China Sea and the Pacific")
    r"\b(?:fragments?|wreckage|pieces(?=\s+of\b))\b[^.;]{0,30}?\b(?:had\s+|have\s+|has\s+)?"
    r"(?:fallen|fell|landed|came down|come down|splashed down|found|scattered|recovered)\b"
    r"[^.;]{0,60}$"
)


# "It is possible that the apparent missile came down inside", "it is not ruled out that it
# fell in": a fall told as a possibility; "the Coast Guard had forecast a landing about 210 km
# west of Hokkaido", "a predicted impact area": where it was expected to fall; "marked out three
# sea areas, in the Yellow Sea, ... as danger zones": a notice of where debris might fall.
_FALL_NOT_TOLD: Final = (
    r"\b(?:it\s+is|it\s+was|it's)\s+(?:possible|likely|probable|conceivable)\b[^.;]{0,80}$|"
    # "could have come down inland, possibly near the capital", "may have fallen on land": a
    # fall guessed at, not told.
    r"\b(?:could|may|might)\s+have\s+(?:come\s+down|fallen|landed|crashed|impacted)\b"
    r"[^.;]{0,60}$|"
    # ("there is the possibility that debris fell inland")
    r"\bthere\s+(?:is|was|'s)\s+(?:a|the|some)\s+(?:possibility|chance|likelihood)\b[^.;]{0,80}$|"
    r"\b(?:forecast|forecasted|predicted|projected|expected)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:landing|fall|impact|splashdown)\b[^.;]{0,60}$|"
    r"\b(?:marked\s+out|designated|declared|notified|set\s+out)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sea\s+areas|areas|zones)\b[^.;]{0,40}$|"
    # "did not want to launch the missile on a full ICBM trajectory over the Pacific", "chose
    # not to fire it over Japan", "to avoid flying over Japan": a flight not made.
    r"\b(?:(?:did\s+not|didn't|does\s+not|doesn't|chose\s+not\s+to|decided\s+not\s+to)\s+"
    r"(?:want|wish|intend|dare|risk)|to\s+avoid|avoid(?:ed|ing)|rather\s+than|instead\s+of)\b"
    r"[^.;,]{0,80}$"
)


# "sent up from waters off its east coast", "fired from the sea off Sinpo": the waters the launch
# was made from (not "fired from Sinpo into waters off its east coast").
_FROM_WATERS: Final = re.compile(r"(?:waters?|sea)\b", FLAGS)


def _from_waters(evidence: Evidence) -> bool:
    """The landing read begins with the waters a launch was made "from"."""
    return bool(
        _FROM_WATERS.match(evidence.text)
        and re.search(r"\bfrom\s+(?:the\s+)?$", _before(evidence), FLAGS)
    )


# "It never reached the Sea of Japan", "did not make it to the East Sea": a sea the missile
# did not get to is not where it fell.
_NOT_REACHED: Final = (
    r"\b(?:(?:never|not|didn't|did\s+not|failed\s+to)\s+(?:reach(?:ed|ing)?|make\s+it\s+to|"
    r"made\s+it\s+to|get\s+to|got\s+to)|fell\s+short\s+of)\s+(?:the\s+)?$"
)


# "had fired at least 17 missiles into the waters around the Korean Peninsula", "fired 23
# missiles off both its eastern and western coasts": a salvo sent into both seas has no one sea
# it came down in (one missile's fall told beside it is part of the day).
_BOTH_SEAS: Final = re.compile(
    LAUNCH_VERBS + r"[^.;]{0,80}?(?:\b(?:waters?|seas?)\s+(?:around|surrounding)\s+the\s+"
    r"(?:Korean\s+)?peninsula\b|\bboth\s+(?:of\s+)?(?:its\s+|the\s+|(?:North\s+Korea|the\s+North)'s\s+)?"
    r"(?:east(?:ern)?\s+and\s+west(?:ern)?|west(?:ern)?\s+and\s+east(?:ern)?)\s+"
    r"(?:coasts?|seas|waters|shores?)\b|\bboth\s+coasts\b)",
    FLAGS,
)


# "Those missiles headed for the Yellow Sea and the Sea of Japan", "toward the Yellow Sea (West
# Sea) and the Sea of Japan (East Sea)", "into the East and West Seas": the launch's missiles
# sent into the seas on both sides of the peninsula (not "fell in the Sea of Japan; drills in the
# Yellow Sea", two seas told apart).
_WEST_SEA: Final = r"(?:Yellow|West)\s+Sea"
_EAST_SEA: Final = r"(?:East\s+Sea|Sea\s+of\s+Japan|Japan\s+Sea)"
_TWO_SEAS_HEADING: Final = re.compile(
    r"\b(?:toward|towards|into|headed\s+for|heading\s+for|bound\s+for|in\s+the\s+direction\s+of)"
    r"\s+(?:both\s+)?(?:the\s+)?(?:"
    + _WEST_SEA
    + r"(?:\s*\([^)]{0,20}\))?\s+and\s+(?:into\s+|toward\s+)?(?:the\s+)?"
    + _EAST_SEA
    + r"|"
    + _EAST_SEA
    + r"(?:\s*\([^)]{0,20}\))?\s+and\s+(?:into\s+|toward\s+)?(?:the\s+)?"
    + _WEST_SEA
    + r"|(?:East\s+and\s+(?:West|Yellow)|(?:West|Yellow)\s+and\s+East)\s+Seas)\b",
    FLAGS,
)


# "it fell into the waters of the Yellow Sea, the East China Sea and the Pacific Ocean", "came
# down in the East China Sea and the Philippine Sea": the launch's fall spread over a list of
# seas, so no one sea it came down in.
_NAMED_SEA: Final = (
    r"(?:the\s+)?(?:(?:[A-Z][\w-]+\s+){1,2}(?:Sea|Ocean)|Sea\s+of\s+(?:Japan|Okhotsk))"
    r"(?:\s*\([^)]{0,20}\))?"
)
_FELL_IN_SEAS: Final = re.compile(
    r"\b(?:fell|fallen|falling|came\s+down|come\s+down|coming\s+down|landed|landing|crashed|"
    r"splashed\s+down|plunged|dropped)\s+(?:in|into|onto)\s+(?:the\s+waters?\s+of\s+)?"
    + _NAMED_SEA
    + r"(?:\s*,\s*"
    + _NAMED_SEA
    + r")*,?\s+and\s+(?:into\s+|in\s+)?"
    + _NAMED_SEA,
)


# "four missiles fired westward toward the Yellow Sea ... then three more missiles fired
# eastward from Wonsan": missiles of the launch sent both ways, so no one sea they fell in.
_FIRED_WESTWARD: Final = re.compile(LAUNCH_VERBS + r"[^.;]{0,40}?\bwestwards?\b", FLAGS)
_FIRED_EASTWARD: Final = re.compile(LAUNCH_VERBS + r"[^.;]{0,40}?\beastwards?\b", FLAGS)


def _fired_both_ways(sentences: Sequence[Sentence]) -> bool:
    """Some of the launch's missiles fired westward and some eastward."""
    return any(_FIRED_WESTWARD.search(s.text) for s in sentences) and any(
        _FIRED_EASTWARD.search(s.text) for s in sentences
    )


def find_landing(
    sentences: Sequence[Sentence], headline: Sentence | None = None, submarine: bool = False
) -> Found | None:
    """Where it came down; a flight over Japan into the Pacific outranks 'off the east coast'.

    A headline's "Over Japan" yields to a fall the body tells ("falling into the sea between
    the Korean Peninsula and Japan"). For a submarine launch (`submarine`), "fired ... off the
    east coast" is where the submarine was, in every sentence that says it.
    """
    if any(
        _BOTH_SEAS.search(s.text)
        or _TWO_SEAS_HEADING.search(s.text)
        or _FELL_IN_SEAS.search(s.text)
        for s in sentences
    ):
        return None
    if _fired_both_ways(sentences):
        return None
    untold = [s for s in sentences if re.search(_FALL_UNTOLD, s.text, FLAGS)]
    under_water = any(re.search(_SUBMARINE, s.text, FLAGS) for s in sentences)
    # "did not immediately confirm how far it flew or where it came down": said of the launch
    # anywhere in the report, the fall is not known, so a heading told elsewhere ("toward the
    # sea between the Korean Peninsula and Japan", "fired into the East Sea") is no landing; a
    # fall a body tells ("it landed in the Sea of Japan") still is.
    # (Not where a body tells a fall into the sea: "toward the Sea of Japan ... before falling
    # into the sea", another body "without saying where it fell": the heading names that sea.)
    unknown = any(re.search(_FALL_UNCONFIRMED, s.text, FLAGS) for s in sentences) and not any(
        re.search(_FELL_INTO_SEA, s.text, FLAGS) for s in sentences
    )
    every = _every_landing(sentences)
    # (artillery's sea is set aside only where another fall is told: a report of shells alone,
    # "The shells were fired toward the sea west of Haeju", keeps it)
    missiles_fell = any(
        not re.search(_SHELLS_INTO, _before(item.evidence), FLAGS) for item in every
    )
    found = [
        item
        for item in every
        if not re.search(_ALIAS_BEFORE, _before(item.evidence), FLAGS)
        # "fired one missile from a submarine off its east coast": where it was fired from.
        if not (
            re.search(LAUNCHED_AT_SEA, _before(item.evidence), FLAGS)
            # "fired a missile from a submarine toward the East Sea": the way it was sent,
            # not the waters the submarine was in.
            and not re.search(_HEADING, _before(item.evidence) + item.evidence.text, FLAGS)
        )
        and not re.search(_TOOK_PLACE_IN, _before(item.evidence), FLAGS)
        and not (under_water and re.search(_TEST_MADE_IN, _before(item.evidence), FLAGS))
        # "debris from a KN-11 was spotted floating on the surface of the East Sea", "the
        # failure happened in the Sea of Japan": a submarine launch that failed at sea, told by
        # where it was made, not by a missile's fall.
        and not (under_water and re.search(_FAILED_AT_SEA, _before(item.evidence), FLAGS))
        # "the launch was toward the East Sea, without saying where they came down": the way
        # they were sent, the fall left untold (in its clause or the one right after it).
        and not any(_tells_no_fall(item.evidence, clause) for clause in untold)
        and not (
            unknown
            and item.value != "pacific"
            and not re.search(FELL_BEFORE, _before(item.evidence), FLAGS)
        )
        # "test-fired a submarine-launched ballistic missile in the waters off its east coast":
        # the waters the submarine fired from, not where the missile fell.
        and not _submarine_waters(item.evidence)
        and not (submarine and fired_off_coast(item))
        # "It never reached the Sea of Japan": a sea it did not get to.
        and not re.search(_NOT_REACHED, _before(item.evidence), FLAGS)
        # "the missile North Korea sent up from waters off its east coast": the waters named
        # as where it was fired from (a submarine's), not where it fell.
        and not _from_waters(item.evidence)
        # "It is possible that the missile came down inside Japan's EEZ", "had forecast a
        # landing west of Hokkaido", "marked out sea areas in the Yellow Sea as danger zones":
        # a fall guessed at, forecast or warned of, not one told.
        and not re.search(_FALL_NOT_TOLD, _before(item.evidence), FLAGS)
        # "North Korea's attempt to launch a ballistic missile into the sea ... failed": where
        # it was aimed, not where it came down.
        and not re.search(_ATTEMPTED_INTO, _before(item.evidence), FLAGS)
        # "rocket fragments had fallen in the Yellow Sea": pieces, not the launch's fall.
        and not re.search(_PIECES_FELL, _before(item.evidence), FLAGS)
        # "also fired some 130 rounds of artillery into the waters of the Yellow Sea": where
        # shells went, not the missile's fall.
        and not (missiles_fell and re.search(_SHELLS_INTO, _before(item.evidence), FLAGS))
        # "the second launch this week: on Wednesday another projectile was fired toward the
        # East Sea": the earlier launch's sea.
        and not re.search(_ANOTHER_LAUNCHS_SEA, _before(item.evidence), FLAGS)
        # "an Aegis destroyer in the Yellow Sea", "joint drills in the East Sea": where ships
        # sailed or forces trained, not where the missile fell.
        and not (
            re.search(AT_SEA_NOT_FALLEN, _before(item.evidence), FLAGS)
            and not re.search(FELL, _before(item.evidence), FLAGS)
        )
        # "tracked the missile on a southerly route over the Yellow Sea": a sea it passed over
        # on its way south (a flight over Japan still ends in the Pacific).
        and not (item.value != "pacific" and re.search(ROUTE_OVER, _before(item.evidence), FLAGS))
        and not (item.value != "pacific" and re.search(PATH_BEFORE, _before(item.evidence), FLAGS))
    ]
    # The first place told of each sea that passes the tests above: "fired from a submarine off
    # its east coast ... tracked over and into the Sea of Japan" falls in the Sea of Japan.
    found = list({str(item.value): item for item in reversed(found)}.values())[::-1]
    # "It first said the missile had flown over Japanese territory, but later said it never
    # passed over Japan": an overflight taken back in the same sentence is none.
    found = [
        item
        for item in found
        if not (
            item.value == "pacific"
            and (
                re.search(_OVERFLIGHT_WITHDRAWN, item.evidence.sentence)
                or re.search(_OVERFLIGHT_UNMADE, _before(item.evidence), FLAGS)
                or re.search(_SERIES_INCLUDED, _before(item.evidence), FLAGS)
                or _taken_back_next(item.evidence, sentences)
            )
        )
    ]
    # "it landed in waters inside Japan's EEZ in the Sea of Japan, about 150 kilometers east of
    # Hokkaido's Oshima peninsula": the sea the fall is told in beats a bearing from a place.
    found = [
        item
        for item in found
        if not (
            item.value == "pacific"
            and re.match(_BEARING, item.evidence.text, FLAGS)
            and re.search(_FELL_IN_SEA_OF_JAPAN, item.evidence.sentence, FLAGS)
        )
    ]
    pacific = [item for item in found if item.value == "pacific"]
    body = [s for s in sentences if s is not headline]
    if (
        headline is not None
        and pacific
        and not any(item.value == "pacific" for item in find_table(LANDING_PATTERNS, body))
    ):
        # "North Korea pops off another projectile into the Pacific" over the body's "fired a
        # projectile into the waters off its eastern coast": a title's loose "Pacific", no flight
        # over Japan told, yields to the sea the body sends the missile into too.
        loose = not any(
            re.search(_OVER_JAPAN, item.evidence.text + " " + headline.text, FLAGS)
            for item in pacific
        )
        fallen = [
            item
            for item in found
            if item.value != "pacific"
            and item.evidence.sentence != headline.text
            and (
                re.search(FELL_BEFORE, _before(item.evidence), FLAGS)
                or (loose and re.search(_SENT_INTO, _before(item.evidence), FLAGS))
            )
        ]
        if fallen:
            return fallen[0]
    # "Fired toward the East Sea, the missiles came down on land": a fall on land is told of
    # where they ended, the sea only of the way they were fired.
    land = [item for item in found if item.value == "land"]
    # "its debris could have come down on North Korean territory ... launched a ballistic
    # missile towards the Sea of Japan": a fall on land only guessed at yields to a sea told.
    stated = [item for item in land if not re.search(_LAND_GUESSED, _before(item.evidence), FLAGS)]
    seas = [item for item in found if item.value != "land"]
    if land and not stated:
        # "the second missile probably crashed on land", no sea told: a guess at one
        # missile's fall, not where the launch's missiles came down.
        return seas[0] if seas else None
    return (pacific or land or found)[0] if found else None


# "east of Hokkaido", "northeast of Cape Erimo": a fall told by its bearing from a place.
_BEARING: Final = r"(?:north-?|south-?)?east of\b"
# "landed in waters inside Japan's exclusive economic zone in the Sea of Japan"
_FELL_IN_SEA_OF_JAPAN: Final = (
    r"\b(?:fell|falling|fallen|landed|landing|came\s+down|coming\s+down|splashed\s+down|"
    r"plunged)\b[^.;]{0,60}?\bin\s+the\s+(?:Sea\s+of\s+Japan|East\s+Sea|Japan\s+Sea)\b"
)
# A flight over Japan: a title's "Pacific" that is the end of one is no loose word for the sea.
_OVER_JAPAN: Final = r"\bover\s+(?:northern\s+)?(?:Japan|Hokkaido|Japanese)\b|\boverfl"
# "fired a projectile into the waters off its eastern coast": a launch verb sends it into a sea.
_SENT_INTO: Final = LAUNCH_VERBS + r"[^,;.]{0,60}?\binto\s+(?:the\s+)?$"


_LAND_GUESSED: Final = (
    r"\b(?:(?:could|may|might)\s+(?:well\s+|also\s+)?have|probably|likely|possibly|perhaps)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
# "without saying where they came down", "did not say where the missiles landed"
_FALL_UNTOLD: Final = (
    r"\b(?:without\s+saying|not\s+saying|did\s+not\s+say|didn't\s+say|gave\s+no\s+word\s+on|"
    r"(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:known|clear)|unclear))\s+where\s+"
    r"(?:they|it|the\s+(?:[\w-]+\s+)?(?:missiles?|projectiles?|rockets?))\s+"
    r"(?:had\s+)?(?:came\s+down|come\s+down|landed|land|fell|fall|splashed\s+down)\b"
    # "toward the Sea of Japan; its flight path has not yet been established": where it flew,
    # so where it fell, is not known yet.
    r"|\b(?:its|their|the\s+missiles?'s?|the\s+missiles')\s+(?:exact\s+)?(?:flight\s+path|"
    r"trajectory|flight\s+route)\s+(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:established|determined|confirmed|known|clear|disclosed)\b"
)


# "before falling into the sea", "landed in the water": a fall told, its sea left to a heading.
_FELL_INTO_SEA: Final = (
    r"\b(?:fell|falling|fallen|landed|landing|came\s+down|coming\s+down|splashed\s+down|"
    r"plunged|crashed)\s+(?:in|into)\s+(?:the\s+)?(?:sea|waters?|ocean)\b"
)
_FALLEN_ONES: Final = r"(?:they|it|the\s+(?:[\w-]+\s+)?(?:missiles?|projectiles?|rockets?))"
_FELL_VERB: Final = r"(?:came\s+down|come\s+down|landed|land|fell|fall|splashed\s+down)"
# "did not immediately confirm how far the projectile flew or where it came down", "could not
# confirm where the missile landed": the fall not known (anywhere in the report).
# ("without saying how many were fired or where they landed"; "Where they splashed down was not
# immediately clear")
_FALL_UNCONFIRMED: Final = (
    r"(?:\b(?:did\s+not|didn't|could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|"
    r"has\s+not|have\s+not|had\s+not)\s+(?:immediately\s+|yet\s+)?"
    r"(?:confirm(?:ed)?|disclose[d]?|specif(?:y|ied)|reveal(?:ed)?|say|said|give|given)|"
    r"\b(?:without|not)\s+(?:immediately\s+)?(?:saying|confirming|disclosing|specifying))\b"
    r"[^.;]{0,60}?\bwhere\s+" + _FALLEN_ONES + r"\s+(?:had\s+)?" + _FELL_VERB + r"\b"
    r"|^\W*where\s+" + _FALLEN_ONES + r"\s+(?:had\s+)?" + _FELL_VERB + r"\s+"
    r"(?:was|is|remains|remained)\s+(?:not\s+(?:immediately\s+|yet\s+)?(?:clear|known)|unclear)\b"
)


# The sentence tells a submarine's launch: "in the waters off its east coast" is where it was.
_SUBMARINE: Final = r"\bsubmarine|\bSLBMs?\b|\bunderwater\b|\bunder\s+water\b"


# "test-fired a submarine-launched ballistic missile in the": the sea named next is the one the
# launch was made in (a fall verb after the launch verb tells the fall instead).
_LAUNCHED_IN: Final = LAUNCH_VERBS + r"[^,;.]{0,80}?\bin\s+(?:the\s+)?$"


def _submarine_waters(evidence: Evidence) -> bool:
    """ "fired a submarine-launched missile in the waters off its east coast", "test-fired a
    submarine-launched ballistic missile in the Sea of Japan": the waters "in" which a submarine
    launch was made (not "into" them, nor a fall told before)."""
    before = _before(evidence)
    off = re.match(r"(?:waters?\s+)?off\b", evidence.text, FLAGS) is not None
    return (
        re.search(_SUBMARINE, evidence.sentence, FLAGS) is not None
        and re.search(r"\bin\s+(?:the\s+)?$", before, FLAGS) is not None
        and (off or re.search(_LAUNCHED_IN, before, FLAGS) is not None)
        and re.search(FELL_BEFORE, before, FLAGS) is None
    )


def _tells_no_fall(evidence: Evidence, clause: Sentence) -> bool:
    """The clause that says the fall is untold is the landing's own clause, or the next clause
    of the same sentence ("toward the Sea of Japan; officials did not say where")."""
    if clause.start <= evidence.start < clause.end:
        return True
    tail = evidence.sentence[evidence.sentence.find(evidence.text) + len(evidence.text) :]
    gap = clause.start - evidence.end
    return 0 <= gap < len(tail) + 3 and not re.search(r"[.!?]\s*$", tail)


# "attempt to launch a ballistic missile into the sea", "an attempted launch toward the East Sea"
_ATTEMPTED_INTO: Final = (
    r"\battempt(?:s|ed)?\s+(?:to\s+(?:launch|fire|test-fire|test-launch)\b|launch\b)"
    r"[^.;]{0,80}\b(?:into|toward|towards)\s+(?:the\s+)?$"
)
# "It is the country's second launch this week: on Wednesday another projectile was fired toward
# the East Sea": a sea told of the launch this one is counted after.
_ANOTHER_LAUNCHS_SEA: Final = (
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch|test|firing)\w*\b[^.]*\banother\s+(?:[\w-]+\s+){0,2}?"
    r"(?:projectiles?|missiles?|rockets?)\s+(?:was|were|had\s+been)\s+"
    r"(?:fired|launched|test-fired)\b[^.;]*$"
)


FELL_BEFORE = (
    r"\b(?:fell|falling|fallen|landed|landing|came down|coming down|splashed down|plunged|"
    r"crashed|dropped)\b[^,;.]{0,40}$"
)


def fired_off_coast(landing: Found) -> bool:
    """The landing read is "off <its> coast" told of the firing ("fired ... off the east coast",
    no fall verb before it)."""
    text = landing.evidence.text
    before = _before(landing.evidence)
    return (
        bool(re.match(r"off\b", text, FLAGS))
        and re.search(r"\bcoast\b", text, FLAGS) is not None
        and re.search(LAUNCH_VERBS, before, FLAGS) is not None
        and re.search(FELL, before, FLAGS) is None
    )


EEZ_DOUBTED = (
    r"\b(?:whether|if|unclear|unconfirmed|not (?:yet )?(?:been )?(?:known|clear|confirmed)|"
    r"checking|analy[sz]ing)\b"
    r"[^.;]{0,60}$"
)


# Japan, or a Japanese outlet whose "the country's EEZ" is Japan's ("Jiji Press reported that
# both missiles came down outside the country's Exclusive Economic Zone").
_JAPAN_NAMED: Final = (
    r"\b(?:Japan|Japanese|Tokyo|Jiji|Kyodo|NHK|Asahi|Yomiuri|Mainichi|Nikkei|Sankei|"
    r"Fuji TV|TBS|Nippon TV|TV Asahi)\b"
)


# Countries other than Japan whose "its EEZ" a sentence naming them may mean.
_OTHER_COUNTRY: Final = (
    r"\b(?:South Korea|South Korean|Seoul|China|Chinese|Beijing|Russia|Russian|Moscow|"
    r"the United States|the U\.S\.|the US|Washington|Taiwan)\b"
)


_NONE_FELL = r"\b(?:no|none\s+of|neither)\s+(?:[\w-]+\s+){0,7}?(?:(?:had|has|have)\s+)?$"


def find_eez(sentences: Sequence[Sentence]) -> Found | None:
    """Japan's EEZ verdict as reported; "its EEZ" only in a sentence that names Japan, or that
    names no other country right after one that names Japan ("Japan's Defense Ministry said it
    detected two missiles. Both fell outside its exclusive economic zone.")."""
    found = [
        item
        for item in find_table(EEZ_PATTERNS, sentences)
        # "It is not yet known whether it landed in Japan's EEZ": a question, not a verdict.
        if not re.search(EEZ_DOUBTED, _before(item.evidence), FLAGS)
        # "no North Korean projectile had landed in its territorial waters": a denial.
        if not (item.value == "inside" and re.search(_NONE_FELL, _before(item.evidence), FLAGS))
        if not re.search(
            r"\b(?:its|(?:the|his|her|our) country's|our nation's|our|the)\s+"
            r"(?:exc|EEZ|eco|territor)",
            item.evidence.text,
            FLAGS,
        )
        or _japans_zone(item.evidence, sentences)
    ]
    return found[0] if found else None


def _japans_zone(evidence: Evidence, sentences: Sequence[Sentence]) -> bool:
    """ "its"/"the country's" zone is Japan's: the sentence names Japan, or the one before it
    does and this one names no other country."""
    if re.search(_JAPAN_NAMED, evidence.sentence):
        return True
    if re.search(_OTHER_COUNTRY, evidence.sentence):
        return False
    before = [s for s in sentences if s.end <= evidence.start]
    return (
        bool(before)
        and re.search(_JAPAN_NAMED, max(before, key=lambda s: s.start).text) is not None
    )


# "Pyongyang's state media has not yet released any information": no statement to cite.
_SAID_NOTHING = (
    r"^[^.;]{0,20}?(?:\b(?:has|have|had|did|does|do)\s*(?:not|n't)\s+(?:yet\s+)?"
    r"(?:immediately\s+)?(?:released|reported|said|commented|confirmed|mentioned|issued|"
    r"disclosed|announced|acknowledged|release|report|say|comment|confirm|mention|issue|"
    r"disclose|announce|acknowledge|"
    # "did not publicize the test", "has not broadcast any footage", "did not carry the news":
    # state media that kept the launch from its audience.
    r"publici[sz]ed?|broadcast|aired|air|carried|carry|report on|"
    # "did not make clear whether the SDF had intercepted the missile": left unclear.
    r"make clear|made clear|clarify|clarified|specify|specified)\b|"
    # "said nothing on Thursday about the test", "has said nothing of it", "kept quiet",
    # "stayed completely silent": no statement to cite.
    r"\b(?:said|says|say|has said|have said)\s+nothing\b|"
    r"\b(?:kept|keeps|keep|stayed|stays|remained|remains)\s+(?:completely\s+|largely\s+|"
    r"conspicuously\s+|notably\s+)?(?:quiet|mum|silent)\b|"
    # "could not immediately confirm the reports", "declined to comment", "carried no report of
    # the launches", "has been silent", "has yet to report": a body cited for saying nothing.
    r"\b(?:could|would|can|will)\s*(?:not|n't)\s+(?:yet\s+|immediately\s+|independently\s+)*"
    r"(?:confirm|comment|say|verify|provide)\b|"
    r"\b(?:declined|refused)\s+to\s+(?:confirm|comment|say|give|provide|disclose)\b|"
    r"\b(?:carried|made|gave|issued|had|offered|released)\s+no\s+(?:immediate\s+)?"
    r"(?:report|mention|comment|statement|word|details|information|confirmation)\b|"
    r"\b(?:was|were|is|are|has been|have been)\s+(?:completely\s+|largely\s+)?silent\b|"
    r"\b(?:has|have|had)\s+yet\s+to\s+(?:report|comment|confirm|mention|acknowledge|"
    r"release|say)\b)"
)
# "There was no immediate comment from KCNA", "no word from the North's state media".
_NOTHING_FROM = (
    r"\bno\s+(?:immediate\s+|official\s+)?(?:comment|word|report|mention|confirmation|"
    r"statement|reaction|response)\s+(?:from|by|in|on)\s+(?:the\s+)?$"
)
# "citing unnamed sources who said the South Korean military had detected the test": the
# military is what the speaker told of, not a body the report cites.
_TOLD_OF = (
    r"\b(?:said|says|saying|believe|believed)\s+"
    # "said by phone that", "said in a text message that": how the speaker told it.
    r"(?:(?:by (?:phone|telephone|email)|in an? (?:statement|text message|message|interview|"
    r"briefing))\s+)?(?:that\s+)?(?:the\s+)?$"
)
_DETECTED = r"^\s+(?:had\s+|has\s+)?(?:detected|spotted|tracked|picked up|monitored)\b"


# ", the JCS said.", ", according to South Korea's military.": who said the whole sentence.
_ATTRIBUTION = re.compile(
    r",\s*(?:(?:according to|citing)\s+[^,;]{2,80}?|[^,;]{2,80}?\s+(?:said|says|reported|reports|"
    r"announced|added|confirmed|told [\w ]{2,30}?)(?:\s+(?:on\s+)?[A-Z]\w+day)?)"
    # ", the military said, without giving further details.": what it left unsaid, after.
    r"(?:,\s*(?:without|but (?:gave|did not|didn't|offered)|giving no|offering no)\b[^,;]{0,60}?)?"
    r"\s*[.\"']*$",
    FLAGS,
)


def attribution_tails(sentences: Sequence[Sentence], kept: Sequence[Sentence]) -> list[Sentence]:
    """The closing attributions of sentences of which only a head clause was kept."""
    tails: list[Sentence] = []
    for sentence in sentences:
        inside = [
            clause
            for clause in kept
            if sentence.start <= clause.start and clause.end <= sentence.end
        ]
        if not inside or max(clause.end for clause in inside) >= sentence.end - 1:
            continue
        match = _ATTRIBUTION.search(sentence.text)
        if match is None or sentence.start + match.start() < max(c.end for c in inside):
            continue
        start = sentence.start + match.start()
        tails.append(Sentence(start, sentence.end, match.group(0), sentence.paragraph))
    return tails


_CREDIT = (
    r"^\W*(?:file\s+)?(?:pictures?|photos?|photograph|images?|video)(?:\s+(?:source|credit))?\s*:|"
    r"\bvia (?:REUTERS|AFP|AP|Yonhap)\b|\b(?:Photo|Picture|Image)s?\s+(?:source|credit|courtesy)\b"
)


# "Earlier in the week, Kim watched the test of what state media said was a hypersonic missile",
# "Earlier this month the North's state media reported ...": a sentence opened by an earlier span
# tells what came before this launch; the bodies it names are cited for that. ("Earlier on
# Monday" is the launch's own day, and is not such a span.)
_EARLIER_SPAN = r"^\W*Earlier\s+(?:in\s+)?(?:the|this|that|last)\s+(?:week|month|year)\b"
# "in this file photo released by the Korean Central News Agency", "an archive image provided
# by KCNA" (924): a picture of an older launch, whose source says nothing of this one.
_FILE_SHOT = r"\b(?:file|archive|archival)\s+(?:photo|picture|image|footage|video)s?\b"
_COPYRIGHT = r"\(c\)\s*(?=[A-Z])|\u00a9|\bcopyright\b"


# "Damir Sagolj/Reuters" or "Kim Hong-Ji/AP" on a line of its own: the picture's credit, below its
# caption.
_CREDIT_LINE = (
    r"^\W*(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}\s*/\s*(?:Reuters|AFP|AP|Getty Images|"
    r"Yonhap|KCNA|EPA|Bloomberg|Kyodo|Xinhua|Pool|File)(?:\s*(?:/|via)\s*[\w ]+)?\W*$"
)
# "... on Tuesday. (AP Photo/Lee Jin-man)", "PHOTO: REUTERS", "| YONHAP / VIA REUTERS".
_CREDIT_TAIL = (
    r"\((?:AP|AFP|Reuters|Yonhap|EPA|Xinhua) Photo\b|\bPHOTO:\s*[A-Z]|"
    # "Photo caption: KCNA photo of ...": a caption that says it is one
    r"^\W*(?:photo\s+|picture\s+|image\s+)?caption\s*:|"
    r"\|\s*(?-i:[A-Z][A-Z .'/-]+)\s*$|\bvia (?:REUTERS|AFP|AP|Yonhap|Getty Images)\b|"
    # "... at a railway station on Oct. 28, 2022. (Jung Yeon-je/AFP)": the photographer and the
    # agency in brackets closing the paragraph.
    r"\(\s*(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}\s*/\s*(?:Reuters|AFP|AP|"
    r"Getty Images|Yonhap|KCNA|EPA|Bloomberg|Kyodo|Xinhua|Pool|News1|Newsis)\b[^()]*\)\W*$"
)


def bullet_paragraphs(sentences: Sequence[Sentence]) -> set[int]:
    """The paragraphs opening with a list bullet ("• New ballistic test, North Korea launches
    two missiles"): a page's related-story links or key points, not the story's own prose."""
    return {s.paragraph for s in sentences if re.match(r"\s*[\u2022\u25aa\u25ba\u2023]", s.text)}


def loose_lines(sentences: Sequence[Sentence]) -> set[int]:
    """The paragraphs that are a short line of their own, set into the story's prose.

    "... in violation of U.N. resolutions, Pentagon spokesman Gary Ross said. / North Korea
    launches two ballistic missiles / The launches were the latest ...": a line without a full
    stop after the story's first full sentence is another story's title (or a subhead, a byline,
    a stamp), not the story's prose (the report's last line, cut short, is not one).
    """
    ended = [s for s in sentences if s.text.rstrip().endswith((".", "!", "?", '"'))]
    if not ended:
        return set()
    last = sentences[-1].paragraph
    lines: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        lines.setdefault(sentence.paragraph, []).append(sentence)
    return {
        number
        for number, line in lines.items()
        if len(line) == 1
        and line[0].start > ended[0].start
        and number != last
        and len(line[0].text.split()) <= HEADLINE_WORDS
        and not line[0].text.rstrip().endswith((".", "!", "?", '"', ":", ","))
    }


def caption_paragraphs(sentences: Sequence[Sentence]) -> set[int]:
    """The paragraphs that caption a picture: they carry its credit, or a credit line follows.

    A caption is written for the picture, often before the story's facts settle ("fired at least
    one unidentified ballistic missile" above a story of one failed ICBM).
    """
    paragraphs: dict[int, str] = {}
    for sentence in sentences:
        paragraphs[sentence.paragraph] = (
            paragraphs.get(sentence.paragraph, "") + " " + sentence.text
        )
    numbers = sorted(paragraphs)
    found: set[int] = set()
    for before, after in itertools.pairwise(numbers):
        if re.match(_CREDIT_LINE, paragraphs[after].strip(), FLAGS):
            found.update((before, after))
    for number, text in paragraphs.items():
        if re.search(_CREDIT_TAIL, text, FLAGS) or re.match(_CREDIT_LINE, text.strip(), FLAGS):
            found.add(number)
    return found


def _told_of(text: str, match: re.Match[str]) -> bool:
    """'sources who said the South Korean military had detected the test'."""
    return (
        "military" in match.group(0).lower()
        and re.search(_TOLD_OF, text[: match.start()], FLAGS) is not None
        and re.match(_DETECTED, text[match.end() :], FLAGS) is not None
    )


# "Shinzo Abe on Saturday called", "Kishida later condemned", "the ministry Tuesday said": when
# the speaker spoke, between his name and his verb.
_WHEN_SAID = (
    r"(?:,?\s+(?:(?:on|early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:today|tonight|later|earlier|separately|"
    r"swiftly|quickly)),?"
)
_WHEN_SAID = f"(?:{_WHEN_SAID})?"
# "Prime Minister Fumio Kishida instructed officials to gather and analyse information", "told
# the relevant ministries to ensure the safety of ships": an order given on the launch, not a
# statement about it (unless more is said of it).
_DIRECTED = (
    # ("Prime Minister Fumio Kishida on Sunday told all the relevant ministries to analyse the
    # situation": the day he gave the order, between his name and his verb)
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:'s office)?" + _WHEN_SAID + r",?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:told|instructed|ordered|directed|urged|asked|called on)\s+"
    r"(?!reporters\b|journalists\b|the press\b|a news conference\b|lawmakers\b|parliament\b)"
    r"(?:[\w'-]+\s+){1,5}?to\s+(?:[\w-]+\s+){0,2}?"
    r"(?:gather|collect|analy[sz]e|ensure|make sure|do (?:their|its|his|her) utmost|inform|"
    r"provide|give|keep|take|prepare|stay|remain|be ready|respond|strengthen|step up|confirm)\b"
    r"(?![^.;]*\b(?:said|says|told reporters|adding|added|stated)\b)|"
    # "Prime Minister Shinzo Abe ordered checks on all ships and aircraft": the order named by
    # what it calls for.
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:'s office)?,?\s+(?:has\s+|had\s+|also\s+|quickly\s+)*"
    r"(?:ordered|instructed|directed|called for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:checks|inspections|safety checks|measures|preparations|procedures|an investigation|"
    r"a review|information gathering)\b"
    r"(?![^.;]*\b(?:said|says|told reporters|adding|added|stated|missiles?|projectiles?|fell|"
    r"landed|flew)\b)|"
    # "said: 'I have issued instructions to thoroughly investigate the relevant details'": the
    # order told in the speaker's own words.
    r"^(?:\s+[A-Z][\w.'-]*){0,3},?\s+(?:said|says|told reporters)\s*:?\s*[\"\u201c]?\s*"
    r"(?:I|we)\s+(?:have\s+|had\s+)?(?:issued (?:instructions|orders?|an order|a directive)|"
    r"instructed|ordered|directed)\b(?![^.;]*\b(?:missiles?|launch\w*|projectiles?|fell|landed|flew)\b)"
)
# "The Japanese government has set up an emergency response team at the prime minister's office",
# "the government convened a meeting of its security council": a body named for a step it took
# on the launch, saying nothing of it (unless more is said in the clause).
_TOOK_A_STEP = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:'s office)?,?\s+(?:has\s+|had\s+|also\s+|quickly\s+)*"
    r"(?:set up|established|convened|formed|launched|held|called)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:team|task force|office|headquarters|meeting|session|cell|unit)\b"
    r"(?![^.;]*\b(?:said|says|told|adding|added|stated|announced|confirmed|missiles?|"
    r"projectiles?|fell|landed|flew)\b)"
)
# "But the Japanese government, which criticized Pyongyang's account of the launch, may now change
# its position on the contribution, observers say": a body named for what it may do, a guess of
# the writer's or of others, which tells nothing of the launch (unless the clause tells more; a
# statement to come, "will announce the details", is left as it was read; a headline's capitals,
# "JAPAN GOVERNMENT SAYS MISSILE MAY COME DOWN", are no modal of the body's).
_MAY_ACT = (
    r"^(?-i:\s+[A-Z][\w.'-]*){0,3},?\s+(?:now\s+)?(?-i:may|might|could)\s+(?:now\s+|soon\s+|also\s+|"
    r"well\s+)?(?!(?:say|tell|confirm|announce|report|disclose|release|reveal|brief|publish|"
    r"update|give|issue|provide|share)\b)[a-z]+\b"
    r"(?![^.;]*\b(?:missiles?|projectiles?|fell|landed|flew|kilomet\w+|km|miles)\b)"
)
# "participants including Prime Minister Kishida, Defense Minister Nobuo Kishi and ... gathered
# and analyzed information": those at a meeting are not cited for what the report says.
_AT_A_MEETING = (
    r"\b(?:participants|attendees|those (?:present|attending)|members)\s+"
    r"(?:including|such as|among them|like)\b[^.;]*$|\battended by\b[^.;]*$"
)
# "This undated file photo, released by North Korea's official KCNA", "In this image provided by
# the North Korean government": a caption's picture source, which is not cited for what the
# report says. (In the story, "photos published by Rodong Sinmun showed the launch" cite it.)
_PICTURE_BY = (
    # ("Image released on July 13 by North Korea's Korean Central News Agency, showing ...": a
    # caption opened by the picture it is)
    r"(?:\b(?:this|these)\s+(?:undated\s+)?(?:file\s+)?|\b(?:undated|file)\s+|"
    r"^\W*(?:(?:an?|the)\s+)?)"
    r"(?:photos?|photographs?|pictures?|images?|footage|video|screen ?grab)\b[^.;()]{0,40}?"
    r"\b(?:(?:released|provided|distributed|supplied|handed out|issued|published)\s+"
    r"(?:(?:on\s+)?[^.;]{1,30}?\s+)?by|"
    # "This photo, taken from the Korean Central News Agency's homepage on March 22"
    r"(?:taken|captured|grabbed|downloaded|obtained|sourced)\s+from)"
    r"\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
)
# "in an undated file photo the Korean Central News Agency released", "a picture which state
# media distributed on Friday": the body named as the picture's source, its verb after it.
_PICTURE_THAT = (
    r"\b(?:(?:this|these|undated|file)\s+)+(?:photos?|photographs?|pictures?|images?|footage|"
    r"video|screen ?grab)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
)
_RELEASED_IT = (
    r"^\s+(?:(?:has|had|have)\s+)?(?:released|provided|distributed|supplied|handed out|issued|"
    r"published)\b"
)
# "The launches were not reported by North Korean state media", "the test has not been
# confirmed by Japan's defence ministry": a body named for what it did not say.
_NOT_SAID_BY = (
    r"\b(?:(?:was|were|is|are|has been|have been|had been)\s+(?:not|never)|"
    r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been)\s+(?:yet\s+)?"
    r"(?:immediately\s+|officially\s+|independently\s+)?(?:reported|confirmed|announced|"
    r"mentioned|carried|acknowledged|disclosed)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
)
# "The rocket passed above Okinawa and was not intercepted by Japan's military": a body named
# as the agent of what was (or was not) done to the missile says nothing of it.
_ACTED_ON_BY = (
    r"\b(?:intercepted|shot down|destroyed|engaged)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$"
)
# "The early morning test was detected and tracked by the US and South Korean militaries": a
# body named only as detecting the launch says nothing of it (convention: "a country named only
# as detecting ... is not cited"). ("detected by the JCS, which said it flew 600 km" speaks.)
_DETECTED_BY = (
    r"\b(?:detected|tracked|spotted|picked up|monitored)(?:\s+(?:and|or)\s+(?:detected|tracked|"
    r"spotted|picked up|monitored))?\s+by\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}?$"
)
# "after the South Korean and Japanese militaries detected North Korea firing a missile": the
# same, told in the active voice of the North's act. (Not "detected the North launching the
# missile ... from an inland area around its capital": a detection that tells where from.)
_DETECTED_FIRING = (
    r"^(?:\s+(?!(?:said|says|say|told|reported|announced)\b)[\w'-]+){0,4}?\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:detected|spotted|picked up|tracked)\s+"
    r"(?:North Korea|Pyongyang|the North)\s+(?:firing|launching|test-firing)\b(?![^.;]*\bfrom\b)"
)
# "The claim came a day after the South Korean and Japanese militaries detected the launch, from
# a site close to the capital", "Tokyo issued an alert minutes after its defence ministry picked
# up the missile": a detection told as the time of another event, in a clause opened by "after"
# or "when", names the body only as detecting, whatever the writer tells of the launch beside it
# ("after the JCS detected the launch, it said the missile flew 600 km" speaks).
_AS_THE_TIME_OF_ANOTHER = (
    r"\b(?:after|when|once|as soon as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'.-]+\s+){0,3}?$"
)
_DETECTED_THE_LAUNCH = (
    r"^(?:\s+(?!(?:said|says|say|told|reported|announced)\b)[\w'-]+){0,4}?\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:first\s+)?(?:detected|spotted|picked up|tracked)\s+"
    r"(?:(?:the|its|a|an|two|several|multiple|North Korea's|the North's|Pyongyang's)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|firings?|missiles?|projectiles?|rockets?|tests?)\b"
)
_SPOKE_AFTER_IT = r"^[^.;]*\b(?:said|says|say|told|added|stated|reported|announced|according)\b"
# "The firing has drawn criticism from Japan's Defense Minister", "prompting condemnation from
# Tokyo": a body named as the source of a reproach the launch drew says nothing of it (C1; "drew
# a protest from the ministry, which said the missile fell in its zone" speaks).
_REPROACH_DRAWN_FROM = (
    r"\b(?:drawn|drew|draws|draw|drawing|prompted|prompting|sparked|sparking|triggered|"
    r"triggering|provoked|provoking|met with|brought)\s+(?:an?\s+)?(?:(?:swift|sharp|strong|"
    r"immediate|fierce|stern|angry|quick)\s+)*(?:criticism|condemnation|protests?|rebukes?|"
    r"censure|anger|outrage|denunciations?)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}?$"
)
# "a suspected ICBM that led the Japanese government to issue evacuation alerts": a body moved
# to act by the launch, named for what it did, not for what it said.
_MOVED_TO_ACT_BEFORE = (
    r"\b(?:led|leading|prompted|prompting|forced|forcing|caused|causing|spurred|spurring)\s+"
    r"(?:the\s+)?$"
)
_MOVED_TO_ACT_AFTER = (
    r"^\s+to\s+(?!(?:say|state|announce|confirm|report|warn that|disclose|reveal)\b)[a-z]+"
    r"(?![^.;]*\b(?:said|says|saying|announced|confirmed|reported)\b)"
)
# "According to Japan's defense ministry, the country would destroy any North Korean satellite
# that entered its territory", "said it would shoot down any missile": a stand taken before the
# launch against what might come, which tells nothing of this one.
_READY_TO_DESTROY = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:,?\s+(?:also\s+)?(?:said|says|told\s+[\w.]+|stated|"
    r"announced)\s+(?:that\s+)?|\s*,\s+)(?:[\w'-]+\s+){0,3}?"
    r"(?:would|will|was ready to|is ready to|was prepared to|is prepared to|planned to)\s+"
    r"(?:destroy|shoot down|intercept)\s+any\b"
)
# State media cited for this launch speak of a launch, a weapon or its flight (in the sentence
# or the one before it); the North's
# other statements it carries ("KCNA quoted Kim as saying" at a party meeting, its foreign
# ministry "called the drills a provocation") cite it for something else.
_OF_A_LAUNCH = (
    r"\b(?:missiles?|projectiles?|rockets?|launch\w*|test\w*|fir(?:e|ed|es|ing|ings)|weapons?|"
    r"systems?|artillery|firepower|nukes|"
    r"ICBMs?|SRBMs?|IRBMs?|SLBMs?|satellites?|warheads?|launchers?|engines?|stages?|"
    r"Hwasong\w*|Pukguksong\w*|KN-?\d+|Hwasal\w*|Haeil|flew|flight|trajector\w+|"
    r"altitude|targets?|sea|waters|success\w*|fail\w*|oversaw|overs(?:ee|aw)\w*|watched|"
    r"observed|supervis\w+|guided)\b"
)

# South Korea's military cited for this launch speaks of it, or of watching for more ("is
# analysing the details", "stepped up surveillance"); named for something else ("China's
# meddling in South Korea's military ventures", "the South Korean military has expressed regret"
# for its jets' bombing) it is not cited.
_OF_A_LAUNCH_OR_WATCH = (
    _OF_A_LAUNCH + r"|\b(?:detect\w*|spott\w*|track\w*|analy[sz]\w*|details|provocations?|"
    r"kilomet\w+|km|miles|speed|range|readiness|surveillance|monitor\w*|posture|alert|"
    # '"We strongly condemn it," the ROK military said': a reaction to the launch.
    r"condemn\w*|denounc\w*|protest\w*|deplor\w*|warn\w*|urg(?:e|ed|es|ing)|"
    # "There were no reports of damage, South Korea's military said": what the launch did.
    r"damage|casualties|injur(?:y|ies|ed))\b"
)

# "state media reported that Kim, on a visit to a munitions factory, called for production
# capacity for tactical guided weapons to be more than doubled": weapons made, not launched.
_PRODUCTION = r"\b(?:factor(?:y|ies)|production|produc(?:e|es|ed|ing)|munitions|manufactur\w+)\b"
_FLOWN = (
    r"\b(?:launch(?:es|ed|ing)?|fir(?:e|ed|es|ing)|test-fir\w+|tested|flew|flight|oversaw|"
    r"supervis\w+)\b"
)


def _no_production(text: str) -> str:
    """The text, or nothing where it tells of weapons made and not of any launched."""
    return (
        "" if re.search(_PRODUCTION, text, FLAGS) and not re.search(_FLOWN, text, FLAGS) else text
    )


# A body watched, aimed at or spied on is no speaker: "keep a closer eye on the South Korean
# military", "a threat to the JCS's command posts", "to target the South's military".
_WATCHED = (
    r"\b(?:eye on|watch on|watch over|spy on|spying on|surveillance of|monitor(?:ing)?|"
    r"targets?|targeting|aim(?:ed|ing)? at|threat to|attacks? on|strikes? on|against)\s+"
    r"(?:the\s+)?$"
)
_POINTS_BACK = re.compile(
    r"\b(?:reported|said|confirmed|announced|carried|relayed|disclosed|revealed)\s+"
    r"(?:this|that|so|it|the news)\b|\b(?:the|this|that|its) (?:report|announcement|news)\b",
    FLAGS,
)


# "said it has not confirmed that any ballistic missile entered Japan's territory or its
# exclusive economic zone", "could not confirm whether it fell inside the EEZ": a statement on
# where the missile went, not a silence.
_NOT_IN_ITS_WATERS = (
    r"^[^.;]{0,120}?\b(?:territor(?:y|ies|ial)|EEZ|exclusive economic zone|damage|injur(?:y|ies)|"
    r"harm|casualties)\b"
)
# "did not say straight away whether the weapon fired was ballistic or how far it travelled",
# "Whether the projectile was a ballistic one, and what distance it covered, the Joint Chiefs did
# not say at once": a body silent only on the launch's details has told of the launch itself
# (not "did not say whether it had fired anything", nor when: a question about the launch).
_DETAILS_ASKED = (
    r"(?:whether|if)\s+(?:the|it|they|this|that|either|both|one)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:was|were|is|are)\b(?!\s+(?:fired|launched|made|carried out|conducted)\b)|"
    r"how\s+(?:far|high|long|fast|many)\b|what\s+(?:kind|type|sort|distance|range|altitude)\b|"
    r"where\s+(?:it|they|the\s+[\w-]+)\s+(?:fell|landed|came down|flew)\b"
)
_SILENT_ON_DETAILS = (
    r"^\s*(?:immediately\s+|straight away\s+|at once\s+|right away\s+)?(?:" + _DETAILS_ASKED + r")"
)
_DETAILS_FRONTED = r"^\W*(?:" + _DETAILS_ASKED + r")"
# "told reporters that Japan will collect and analyze information in close coordination with the
# United States", "said he would do all he could to keep the country safe": a pledge of what
# the body will do, which tells nothing of the launch.
_PLEDGED = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}"
    + _WHEN_SAID
    + r",?\s+(?:also\s+)?(?:said|says|told (?:reporters|journalists|"
    r"the press|a news conference|parliament|lawmakers)|vowed|pledged|promised|"
    # ('Suga was reported as saying: "We will work closely with the U.S."': his words quoted)
    r"(?:was|were|is|are)\s+(?:reported|quoted)\s+as\s+saying)\s*[,:]?\s+(?:that\s+)?"
    r"[\"\u201c\u2018']?(?:he|she|it|they|we|Japan|Tokyo|Seoul|the government|the country|"
    r"(?:his|her|its|their) "
    r"(?:government|country)|the military)\s+(?:would|will|was going to|is going to|intends? to|"
    # ("said it would still hold official talks with North Korea": the adverb of its plan)
    r"planned to|plans to)\s+"
    r"(?:(?:continue to|closely|firmly|fully|still|also|go ahead and)\s+){0,2}"
    r"(?:do|collect|gather|analy[sz]e|take|respond|keep|protect|ensure|work|cooperate|coordinate|"
    r"make|stay|remain|strengthen|step up|consider|monitor|watch|cope|hold|convene|call|"
    r"discuss|meet)\b"
    r"(?![^.;]*\b(?:missiles?|launch\w*|projectiles?|fell|landed|flew)\b)"
)

# 'Abe told reporters, "Japan, the United States and South Korea fully agree that we must step up
# pressure"', "According to Japanese government officials, the 2 leaders agreed on the need to
# strengthen their defense capabilities": an agreement between leaders or allies, told by the
# body, tells nothing of the launch (as a pledge tells nothing; a fall or a figure told with it
# is cited).
_ALLIES = r"(?:the\s+)?(?:Japan|Tokyo|U\.S\.|US|United States|America|South Korea|Seoul|Washington)"
_AGREED = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:\s+(?:officials?|sources?))?"
    + _WHEN_SAID
    + r",?\s+(?:(?:also\s+)?(?:said|says|told (?:reporters|journalists|the press|"
    r"a news conference|parliament|lawmakers))\s*[,:]?\s+)?(?:that\s+)?[\"\u201c\u2018']?"
    r"(?:(?:the|both)\s+(?:two\s+|2\s+|three\s+|3\s+)?(?:leaders|sides|ministers|countries|"
    r"governments|allies|nations)|(?:" + _ALLIES + r"(?:,|\s+and)?\s+){2,4}?)\s*"
    r"(?:(?:fully|also|had|have|firmly|all)\s+)*(?:agreed|agree|reaffirmed)\s+(?:on|that|to)\b"
    r"(?![^.;]*\b(?:missiles?|projectiles?|fell|landed|flew|came down|kilomet\w+|km|miles|"
    r"EEZ|economic zone|altitude)\b)"
)

# "would work closely with the United States to analyse the launches and step up surveillance":
# the launch named as what the pledge will study, which tells nothing of it.
# ("would also convene a national security council meeting over the launch": the launch named
# as what the meeting is on)
_TO_STUDY_IT = (
    r"\b(?:meeting|session|talks|discussions?)\s+(?:over|on|about)\s+"
    r"(?:the|this|these|today's|the latest)\s+(?:[\w-]+\s+)?(?:launch(?:es)?|missiles?|"
    r"firings?)\b|"
    r"\bto\s+(?:closely\s+)?(?:analy[sz]e|study|examine|monitor|respond to|cope with|"
    r"prepare for|discuss)\s+"
    r"(?:the|this|these|any|further|possible|future)\s+(?:[\w-]+\s+)?"
    r"(?:launch(?:es)?|missiles?|projectiles?|firings?)\b"
)


# "Under the office of Prime Minister Fumio Kishida, an emergency headquarters was set up", "a
# task force at the office of the defence minister": the body named as where something was
# done, not as a speaker.
_PLACED_UNDER = (
    r"\b(?:under|at|in|inside|outside)\s+(?:the\s+)?(?:office|residence|headquarters|"
    r"command|auspices)\s+of\s+(?:the\s+)?$"
)

# "since it came as Pyongyang announced that it would take part in the Asian Games", "as the
# North declared that it would reopen the liaison office": the content of what the North
# announced, where the sentence states it, speaks of no launch; it is other news.
# "came hours after North Korea announced it had found its first case of the coronavirus": the
# same with no "that".
_ANNOUNCED_THAT = r"^\s*(?:on\s+\w+\s+)?(?:that\s+|(?=(?:it|they|the|its|a|an)\s))(?P<said>[^.;]*)"


# "North Korea declared no no-sail zones, the official said, something the South Korean
# military regarded as provocative", "a move which Japan's Defense Ministry views as a threat":
# the body's view, told in another's words in a clause about a thing, is no statement of its own.
_HELD_VIEW = (
    r"^\s+(?:has\s+|had\s+|also\s+|long\s+)?(?:regard|consider|view|see|saw|deem|treat)\w*\b"
    r"[^.;]{0,50}?\bas\b"
)
_OF_A_THING = r"\b(?:something|which|what|a (?:move|step|act))\s+(?:that\s+)?(?:the\s+)?$"


# "amid the coronavirus outbreak, which state media has called an issue of national existence",
# "the drills, which Japan's Defense Ministry described as provocative": the body's word for a
# thing other than the launch, in a clause about that thing, is no statement on the launch.
# ("the launch, which state media called a success" still cites it.)
# ('the test of a "high-thrust solid-fuel motor", which state media called' (692): the thing may
# close a quotation.)
# ("a warship named Choe Hyon, which DPRK state media presented as a symbol of the country's
# naval capabilities": the media named with their country, the thing shown "as" something)
_WHICH_BEFORE = (
    r"\b(?P<thing>[\w-]+)(?:\s*[)\"\u201d'])?,?\s+which\s+(?:the\s+)?"
    r"(?:(?:DPRK|North Korean|North Korea's|the North's|Pyongyang's)\s+)?$"
)
_CALLED_AFTER = (
    r"^\s+(?:has\s+|had\s+|have\s+|also\s+|long\s+)*"
    r"(?:called|described|termed|dubbed|labell?ed|branded|characteri[sz]ed|"
    r"(?:presented|hailed|touted|showcased|billed|portrayed)\s+as)\b"
)


# "criticism from the party daily Rodong Sinmun, which called the Freedom Shield exercise an
# 'aggressive war rehearsal'": the body named for its word on another thing, in a clause of its
# own (not "state media, which called the launch a success").
_WHICH_CALLED_AFTER = (
    r"^\s*,\s+which\s+(?:has\s+|had\s+|also\s+)*"
    r"(?:called|described|termed|dubbed|labell?ed|branded|denounced|condemned|slammed|"
    r"critici[sz]ed)\s+(?P<thing>[^;,\"]{1,80})"
)

# "Japanese Prime Minister Fumio Kishida strongly condemned the launch and said he hoped for
# cooperation with the United States": a body that only condemns the launch (and hopes or
# pledges) says nothing of it (as "could not immediately confirm" says nothing). A word of
# reproach joined to the condemnation condemns it the more ("condemned the launch as
# 'outrageous'", "as a breach of a UN resolution", "condemned the launches, telling reporters
# that they were an outrageous act violating U.N. resolutions"), and an event the condemnation
# followed is the writer's, not the body's ("condemned the launches after Japan's coast guard
# reported the firing"): nothing of the launch said either. ("condemned North Korea's launch of
# a missile from a submarine on Wednesday morning", "condemned the launch and said the missile
# fell in the sea" tell of the flight: cited.)
_REPROACH = (
    r"(?:challenge|provocation|provocative|threat|outrage\w*|unacceptable|intolerable|reckless|"
    r"violat\w+|breach\w*|affront|menace|unforgivable|deplorable|regrettable|absurd)"
)
_REPROACHED = (
    # "as 'outrageous'", "as a breach of a UN resolution", "as a grave provocation"
    r"\s+as\s+(?:an?\s+|the\s+)?[\"\u201c\u2018']?(?:[\w-]+\s+){0,2}?" + _REPROACH + r"|"
    # ", calling it an unacceptable act", ", describing them as reckless"
    r",?\s+(?:calling|describing|branding|labell?ing|terming)\s+(?:it|them|the launch(?:es)?)\s+"
    r"(?:as\s+)?(?:an?\s+|the\s+)?[\"\u201c\u2018']?(?:[\w-]+\s+){0,2}?" + _REPROACH + r"|"
    # ", telling reporters at the Prime Minister's Office that they were an outrageous act"
    # ', saying it "can absolutely not be tolerated"', ", saying such acts cannot be accepted"
    r",?\s+saying\s+(?:that\s+)?(?:it|they|this|the launch(?:es)?|such (?:acts?|launches))\s+"
    r"[\"\u201c\u2018']?(?:can|could|will|would|must|should)(?:\s+(?:absolutely|never|ever))*\s*"
    r"(?:not\s+)?(?:absolutely\s+)?(?:never\s+)?be\s+(?:tolerated|accepted|condoned|allowed)\b|"
    # ", saying North Korea had breached the UN Security Council resolutions": what it said is
    # the reproach itself.
    r",?\s+saying\s+(?:that\s+)?(?:North Korea|Pyongyang|the North|it|they|this|"
    r"the launch(?:es)?)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?"
    r"(?:clearly\s+|flagrantly\s+|again\s+|once again\s+|seriously\s+)?" + _REPROACH + r"|"
    r",?\s+(?:telling|saying to)\s+(?:reporters|journalists|the press|parliament|lawmakers)"
    r"(?:\s+(?:at|in)\s+[^,.;]{1,40}?)?,?\s+(?:that\s+)?(?:it|they|the launch(?:es)?|this)\s+"
    r"(?:was|were|is|are)\s+(?:an?\s+|the\s+)?[\"\u201c\u2018']?(?:[\w-]+\s+){0,2}?" + _REPROACH
)

# A protest lodged, the act told by its verb: "lodged a stern protest with North Korea", "had
# made a strong protest to North Korea through its diplomatic channels".
_A_PROTEST = (
    r"(?:(?:lodged|made|filed|sent|delivered|issued|registered)\s+"
    r"(?:(?:to\s+)?(?:Pyongyang|North Korea|the North|the DPRK)\s+)?(?:an?\s+)?"
    r"(?:strong\s+|stern\s+|firm\s+|formal\s+|serious\s+)*protests?\b|"
    # ("said it had protested strongly to North Korea through diplomatic channels", "protested
    # to North Korea through its embassy in Beijing": the protest told by its verb)
    r"(?:strongly\s+)?protested\s+(?:strongly\s+)?(?:to|with)\s+(?:Pyongyang|North Korea|"
    r"the North|the DPRK)\b)"
    r"(?:\s+(?:with|to|through|via|against)\s+[^.;,]{1,60}?)?"
)
# "Kishida strongly condemned the launch", "Abe denounced North Korea's missile test": a body
# condemning the launch, the clause the rules below go on from.
_CONDEMNS = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}"
    + _WHEN_SAID
    + r",?\s+(?:has\s+|had\s+|also\s+|strongly\s+|sharply\s+|swiftly\s+|quickly\s+)*"
    r"(?:condemned|denounced|critici[sz]ed|protested)\s+"
    # ("condemned Saturday's failed test": the launch by its day)
    r"(?:the|this|these|North Korea's|Pyongyang's|the North's|its|today's|\w+day's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|tests?|firings?)"
)
# A fact of the flight told in the clause: what was fired, its fall, a figure, a detection.
_FLIGHT_FACT = (
    r"\b(?:missiles?|projectiles?|fell|landed|flew|came down|kilomet\w+|km|miles|"
    r"EEZ|economic zone|altitude|territor\w+|damage|detected|confirmed)\b"
)
_CONDEMNED_ONLY = (
    _CONDEMNS + r"\b(?:"
    r"(?=\s*(?:[.;]|$)|"
    # ("condemned the test and said it had made a strong protest to North Korea")
    r",?\s+and\s+(?:(?:said|says|added)\s+(?:that\s+)?(?:it|he|she|they|Japan|Tokyo|"
    r"the government)\s+(?:had\s+|has\s+)?)?" + _A_PROTEST + r"\s*(?:[.;]|$)|"
    r",?\s+and\s+(?:said|says|added)\s+(?:that\s+)?(?:he|she|it|they|Japan|Tokyo|"
    r"the government|"
    # ("and said the country's National Security Council would meet to discuss it": a body of
    # the country's, which will meet on the launch)
    r"(?:the country's|Japan's|its|his|the government's)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:council|cabinet|ministers|ministries|officials|government))\s+"
    r"(?:hoped|hopes|would|will|wants?|wanted|plans?|intends?)\b)|"
    # ("condemned the missile launches, voicing concern that they could disrupt peace": a
    # feeling the condemnation voiced condemns it the more)
    r",?\s+(?:voicing|expressing|and\s+(?:voiced|expressed))\s+(?:[\w-]+\s+)?"
    r"(?:concern|regret|alarm|anger|outrage|displeasure|indignation)\b|" + _REPROACHED + r")"
    # (a resolution's own terms are no fact of the flight: "as a breach of a resolution that
    # bans North Korea from using ballistic missile technology")
    # ("resolutions banning it from developing ballistic missiles": the same)
    r"(?!(?:(?!\b(?:resolutions?|sanctions?)\s+(?:that|which|banning|prohibiting|barring|"
    r"forbidding)\b)[^.;])*"
    + _FLIGHT_FACT
    + r")|"
    # "condemned the launches after Japan's coast guard also reported the firing of what it said
    # looked like a ballistic missile": what the condemnation followed, told by the writer.
    + _CONDEMNS
    + r"\s+(?:(?:hours|minutes|shortly|soon)\s+)?"
    # ("after his country's coast guard also reported the firing ... and said that its flight
    # had already ended": the "said" is the coast guard's)
    r"(?:after|following)\s+(?:the\s+|Japan's\s+|South Korea's\s+|its\s+|his\s+|her\s+|"
    r"their\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:said|says|reported|announced|confirmed|warned|issued)\b"
)

# "Kang Ho-pil, a senior official of South Korea's Joint Chiefs of Staff, said the military was
# issuing a strong warning urging the North to halt such provocative tests", "The JCS warned North
# Korea to end its provocations": a warning to the North to stop condemns the launch and says
# nothing of it, as a condemnation says nothing (a fall or a figure told with it is cited).
_WARNED_ONLY = (
    r"^(?:\s+of\s+Staff)?(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*\([A-Z]+\))?" + _WHEN_SAID + r",?\s+(?:"
    r"(?:also\s+)?(?:said|says)\s+(?:that\s+)?(?:it|they|the military|the JCS|the Joint Chiefs)\s+"
    r"(?:(?:was|were|is|are|had|has)\s+)?(?:issuing|issued|sent|sending|delivered|delivering)\s+"
    r"(?:an?\s+)?(?:strong\s+|stern\s+|grave\s+|serious\s+)?warning\b|"
    r"(?:also\s+|strongly\s+|sternly\s+)*(?:warned|urged|called on)\s+(?:North Korea|Pyongyang|"
    r"the North|the DPRK)\s+to\s+(?:immediately\s+)?(?:halt|stop|end|cease|refrain)\b)"
    r"(?![^.;]*" + _FLIGHT_FACT + r")"
)

# "the Japan Defence Ministry said it was still analysing the details but that the launches were
# a grave threat to the nation's security": work still under way and a word of reproach, which
# tell nothing of the launch (a figure or a fall told with them is cited).
_STUDYING_AND_REPROACHED = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}"
    + _WHEN_SAID
    + r",?\s+(?:also\s+)?(?:said|says|stated)\s+(?:that\s+)?(?:it|they|he|she)\s+"
    r"(?:was|were|is|are)\s+(?:still\s+)?(?:analy[sz]ing|assessing|studying|examining|gathering)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:details|data|information|situation)\b,?\s+(?:but|and)\s+(?:that\s+)?"
    r"(?:the launch(?:es)?|the tests?|it|they|this)\s+(?:was|were|is|are|posed?|poses)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _REPROACH + r"\b"
    r"(?![^.;]*" + _FLIGHT_FACT + r")"
)

# "Prime Minister Shinzo Abe told parliament that Japan had lodged a protest with the DPRK
# through its embassy in Beijing", "the government's spokesman announced that Tokyo had sent
# Pyongyang a strong protest": a protest lodged is an act on the launch, telling nothing of it
# (unless the clause tells more: "a protest, saying the missile fell in its EEZ").
_PROTEST_LODGED = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:'s\s+(?:chief\s+|top\s+)?spokes(?:man|woman|person))?"
    + _WHEN_SAID
    + r",?\s+(?:also\s+)?(?:said|says|told\s+(?:reporters|journalists|the press|parliament|"
    r"lawmakers)|announced|stated)\s+(?:that\s+)?(?:Japan|Tokyo|it|he|she|the government|"
    r"the country)\s+(?:had\s+|has\s+|would\s+|will\s+)?(?:"
    # ("told parliament that Japan had condemned the launch and protested to North Korea through
    # its embassy in Beijing": a condemnation and a protest, nothing more)
    r"(?:condemned|denounced)\s+(?:the|this|these|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch(?:es)?|tests?|firings?),?\s+and\s+(?:has\s+|had\s+)?" + _A_PROTEST + r"|"
    r"(?:lodged|lodge|sent|send|filed|file|"
    r"delivered|deliver|made|make|issued|issue)\s+(?:(?:to\s+)?(?:Pyongyang|North Korea|the North|"
    r"the DPRK)\s+)?(?:an?\s+)?(?:strong\s+|stern\s+|firm\s+|formal\s+|serious\s+)*"
    r"protests?\b"
    # (the protest told and nothing more: "had lodged a protest, saying, 'We strongly condemn
    # them as they violate U.N. resolutions'" quotes him further)
    r"(?:\s+(?:with|to|through|via|against)\s+[^.;,]{1,60}?)?|"
    # "Kishida said Japan has protested to North Korea over the latest test launches": the
    # protest told by its verb, and what it was over.
    r"(?:strongly\s+)?protested\s+(?:to|with|against)\s+(?:Pyongyang|North Korea|the North|"
    r"the DPRK)(?:\s+(?:over|about|against)\s+(?:the|its|this|these|North Korea's|the North's)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:launch(?:es)?|tests?|test-firings?|firings?))?)\s*(?:[.;]|$)"
)


# "Through embassy channels in Beijing, the Japanese government lodged a stern protest with North
# Korea": the body named for the protest it lodged, and nothing more in its clause.
_LODGED_A_PROTEST = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}"
    + _WHEN_SAID
    + r",?\s+(?:has\s+|had\s+|also\s+|immediately\s+|swiftly\s+|quickly\s+)*"
    + _A_PROTEST
    + r"\s*(?:[.;]|$)"
)
# "A protest had been lodged with Pyongyang by the Japanese government via its Beijing embassy":
# the same act told in the passive, the body after its "by" (a fall or a figure told with it is
# cited).
_PROTEST_LODGED_BY = (
    r"\bprotests?\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:lodged|made|filed|sent|"
    r"delivered|issued|registered)\s+(?:(?:with|to)\s+[^.;,]{1,40}?\s+)?by\s+(?:the\s+)?$"
)
# "Japan condemned the launch and lodged a protest with North Korea through its embassy in
# Beijing, Prime Minister Shinzo Abe told parliament": the speaker set after what he said, which
# condemns and protests, and tells nothing of the launch.
_CONDEMNED_BEFORE = (
    r"(?:^|[.;:]\s*)[\"\u201c]?(?:Japan|Tokyo|the government|it|we)\s+"
    r"(?:has\s+|had\s+|also\s+|strongly\s+)*(?:condemned|denounced)\s+"
    r"(?:the|this|these|North Korea's|Pyongyang's|the North's|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:launch(?:es)?|tests?|firings?)(?:,?\s+and\s+" + _A_PROTEST + r")?,\s+"
    r"(?:[\w.'-]+\s+){0,4}$"
)
# '"North Korea's series of actions threaten the peace of our region and are absolutely
# unacceptable," Kishida said': the body's quoted words only reproach the launch, and tell
# nothing of it (as a condemnation tells nothing; a quote naming the missile or a figure is
# cited).
_QUOTED_BEFORE = (
    r"^\W*[\"\u201c](?P<quote>[^\"\u201c\u201d]{1,400}?)[,.!]?[\"\u201d],?\s+"
    r"(?:[\w.'-]+\s+){0,4}$"
)
_SAID_AFTER_QUOTE = (
    r"^\s+(?:also\s+)?(?:said|says|told\s+(?:reporters|journalists|the press|parliament|"
    r"lawmakers)|added|stated)\b"
)


def _quoted_reproach(before: str, after: str) -> bool:
    """The body is named after its quoted words, which reproach the launch and tell nothing of
    it, and nothing of it follows its verb."""
    quoted = re.search(_QUOTED_BEFORE, before, FLAGS)
    return bool(
        quoted
        and re.search(_REPROACH, quoted.group("quote"), FLAGS)
        and not re.search(_FLIGHT_FACT, quoted.group("quote"), FLAGS)
        and re.match(_SAID_AFTER_QUOTE, after, FLAGS)
        and not re.search(_FLIGHT_FACT, after, FLAGS)
    )


# 'Prime Minister Shinzo Abe told reporters, "This missile launch is a flagrant violation of the
# will of the international community."', "Defense Minister Gen Nakatani told reporters that the
# missile launches plainly breached UN resolutions": what the body said, after its verb, only
# reproaches the launch, named as its subject, and tells nothing of it (C1), as the same words
# quoted before its verb already were. The launch's own name ("the missile launch", "such an
# act") is no fact of the flight; a fact told with the reproach is ("said the launch, which flew
# 900 km, was a threat", "said the launch violated UN resolutions and the missile fell in its
# EEZ": cited).
_SAID_THAT = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}"
    + _WHEN_SAID
    + r",?\s+(?:also\s+|separately\s+)?(?:said|says|stated|added|told\s+(?:reporters|journalists|"
    r"the press|parliament|lawmakers|a news conference))\s*,?\s+(?:that\s+)?[\"\u201c\u2018']?"
)
_THE_LAUNCH_AS_SUBJECT = (
    r"(?P<launch>(?:it|they|this|such (?:an?\s+)?acts?|the (?:act|move|action)|"
    r"(?:the|this|these|that|today's|\w+day's|North Korea's|the North's|Pyongyang's)\s+"
    r"(?:latest\s+|recent\s+|new\s+)?(?:(?:ballistic|cruise|missile|rocket)\s+){0,2}"
    r"(?:launch(?:es)?|tests?|test-firings?|firings?)))\s+"
)
_A_REPROACH_SAID = (
    r"(?:(?:was|were|is|are|had|has|have|had been|has been|would be|will be)\s+)?"
    r"(?:(?:clearly|plainly|flagrantly|again|once again|seriously|extremely|totally|absolutely|"
    r"an?|the)\s+){0,3}(?:[\w-]+\s+){0,2}?" + _REPROACH + r"\b"
)
_SAID_A_REPROACH = _SAID_THAT + _THE_LAUNCH_AS_SUBJECT + _A_REPROACH_SAID


def _said_reproach(after: str) -> bool:
    """The body's words after its verb only reproach the launch, its subject, and tell nothing
    of the flight (the launch's own name aside)."""
    said = re.match(_SAID_A_REPROACH, after, FLAGS)
    if said is None:
        return False
    rest = after[said.end() :]
    cut = re.search(r"[.;]", rest)
    return not re.search(_FLIGHT_FACT, rest[: cut.start()] if cut else rest, FLAGS)


_SAID_IT = (
    r"^\s+(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers)|added|stated)"
    r"\s*(?:[.;]|$)"
)

# "Japan's Defence Minister Shinjiro Koizumi, for his part, called the repeated missile tests
# 'absolutely unforgivable'", "condemned the North's continued launches": a word of reproach on
# the North's launches as a series names no one launch, and says nothing of this one (a fall or
# a figure told with it is cited).
_SERIES_REPROACHED = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}"
    + _WHEN_SAID
    + r",?(?:\s+for (?:his|her|its|their) part,)?\s+(?:has\s+|had\s+|also\s+|again\s+)*"
    r"(?:called|described|termed|branded|labell?ed|denounced|condemned|slammed|critici[sz]ed)\s+"
    r"(?:the\s+|North Korea's\s+|the North's\s+|Pyongyang's\s+)(?:[\w-]+\s+)?"
    r"(?:repeated|continued|continuing|frequent|recurring|(?:series|string|spate) of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tests|launches|firings|test-firings|provocations)\b"
    r"(?![^.;]*" + _FLIGHT_FACT + r")"
)

# "Sanae Takaichi, Japan's newly appointed prime minister, said Tokyo was sharing real-time
# tracking and warning data with the United States and South Korea": the data passed on to the
# allies, an act, which tells nothing of the launch (unless the clause tells more).
_DATA_SHARED = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s+(?:[\w'-]+\s+){1,6}?(?:minister|secretary|spokes\w+),)?"
    + _WHEN_SAID
    + r",?\s+(?:also\s+)?(?:said|says|told\s+(?:reporters|journalists|the press))\s+(?:that\s+)?"
    r"(?:Japan|Tokyo|it|he|she|they|the government)\s+(?:was|is|were|are|had been|has been|"
    r"would be|will be|would|will)?\s*(?:sharing|share|shared|exchanging|exchange|exchanged)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:data|information|intelligence)\b"
    r"(?![^.;]*" + _FLIGHT_FACT + r")"
)


# "a launch Prime Minister Shinzo Abe called a 'challenge to the world'" (715), "which Tokyo
# branded an unacceptable provocation": a body's word of reproach for the launch condemns it and
# says nothing of it, as "condemned the launch" says nothing (the North's own word, "which state
# media called a success", still cites it: KCNA is not read here). The word is read wherever it
# stands, in a clause hung on the launch ("a move Abe described as an 'unprecedented' threat") or
# with the body as the subject ("Abe on Saturday called the launch a 'clear challenge'" (796),
# "South Korea's military called the launch 'a grave provocation'"), as "condemned the launch as
# a provocation" is (C1).
_CALLED_A_REPROACH = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}" + _WHEN_SAID + r"\s+(?:has\s+|had\s+|also\s+)*"
    r"(?:called|described|termed|branded|labell?ed|denounced\s+as|condemned\s+as)\s+"
    # ("called the act a threat", "described the move as reckless": the launch by what it was)
    r"(?:(?:it|this|the (?:launch|test|firing|act|move|action)(?:es|s)?)\s+)?(?:as\s+)?"
    r"(?:an?\s+|the\s+)?"
    # (a word quoted before the reproach: 'an "unprecedented" threat'; a list of them: 'an
    # "unprecedented, serious and grave threat"')
    # (no article among them: "called the missile launches a threat" names its object first)
    r"[\"\u201c']?(?:(?!(?:an?|the)\b)[\w\"\u201c\u201d'-]+(?:,|\s+and)?\s+){0,3}?(?:challenge|provocation|threat|outrage\w*|unacceptable|"
    r"intolerable|reckless|violation|affront|menace)\b"
    r"(?![^.;]*\b(?:missiles?|fell|landed|flew|came down|kilomet\w+|km|miles|EEZ|economic zone|"
    r"altitude|detected|confirmed)\b)"
)


# "The ship is reportedly fitted with what state media called 'some of the most powerful
# weapons'": the word is on the arms a ship or a vehicle carries, not on a launch of them (unless
# the sentence tells one: "armed with what state media called a new missile, which it fired").
_CARRIED_WHAT = r"\b(?:fitted|equipped|armed|outfitted|loaded|mounted)\s+with\s+what\s+$"
_LAUNCH_TOLD = r"\b(?:fired|launched|test-fired|tested|flew|fell|landed)\b"


def _called_a_thing(text: str, match: re.Match[str]) -> bool:
    """The body named for its word on a thing other than the launch ("which X has called")."""
    if re.search(_CARRIED_WHAT, text[: match.start()], FLAGS) and not re.search(
        _LAUNCH_TOLD, text, FLAGS
    ):
        return True
    other = re.match(_WHICH_CALLED_AFTER, text[match.end() :], FLAGS)
    if other is not None and not re.search(_OF_A_LAUNCH, other.group("thing"), FLAGS):
        return True
    thing = re.search(_WHICH_BEFORE, text[: match.start()], FLAGS)
    return bool(
        thing
        and re.match(_CALLED_AFTER, text[match.end() :], FLAGS)
        and not re.search(_OF_A_LAUNCH, thing.group("thing"), FLAGS)
    )


def _held_view(text: str, match: re.Match[str]) -> bool:
    """The body named for a view it holds of something, in another's clause about it."""
    return bool(
        re.search(_OF_A_THING, text[: match.start()], FLAGS)
        and re.match(_HELD_VIEW, text[match.end() :], FLAGS)
    )


# "only hours after the North announced it would send a rocket into orbit", "as Pyongyang
# announced that it planned to launch a satellite": a plan announced before the launch is a
# notice of it, which says nothing of the launch itself (convention of 2026-12-04, round 20).
# ("the North announced it had launched a satellite" is its word on the launch: cited.)
_A_PLAN = (
    r"^(?:it|they|the North|North Korea|Pyongyang)\s+(?:would|will|was going to|were going to|"
    r"is going to|planned to|plans to|intended to|intends to|was to|is to|was preparing to)\b"
)


def _announced_other(text: str, match: re.Match[str]) -> bool:
    """The North is named announcing something that is not a launch ("... that it would hold
    talks"), or a launch still to come ("it would send a rocket into orbit")."""
    said = re.match(_ANNOUNCED_THAT, text[match.end() :], FLAGS)
    return said is not None and (
        not re.search(_OF_A_LAUNCH, said.group("said"), FLAGS)
        or re.match(_A_PLAN, said.group("said"), FLAGS) is not None
    )


# "Officials in South Korea and Japan, who were first to report the launch, said they could not
# yet confirm ..." (823): an aside on the body, set off by commas, stands between it and what it
# said; what it said is read past the aside.
_ASIDE = (
    r"^\s*,\s+(?:who|which)\s+[^,.;]{1,80},(?=\s+(?:also\s+|later\s+)?[a-z])|"
    # "The Japanese government, for its part, has set up a crisis headquarters": a short
    # interjection between the body and its verb.
    r"^\s*,\s+(?:for (?:its|his|her|their) (?:own )?part|meanwhile|in turn|in response|"
    r"in the meantime),(?=\s+[a-z])"
)


def _past_aside(after: str) -> str:
    """What follows a body, past an aside on it set off by commas."""
    return re.sub(_ASIDE, "", after, count=1, flags=FLAGS)


def _silent_on_details(before: str, after: str) -> bool:
    """The body's silence is on the launch's details only, asked after it or before it."""
    return bool(
        re.match(_SILENT_ON_DETAILS, after, FLAGS) or re.match(_DETAILS_FRONTED, before, FLAGS)
    )


def _not_cited(text: str, match: re.Match[str], body: str) -> bool:
    """The body is named for saying nothing, for an order it gave, a meeting it attended, as a
    picture's source, as what is watched or aimed at, or for older launches it announced."""
    before, after = text[: match.start()], _past_aside(text[match.end() :])
    silent = re.search(_SAID_NOTHING, after, FLAGS)
    if silent and re.search(_NOT_IN_ITS_WATERS, after[silent.end() :], FLAGS):
        silent = None
    if silent and body != "KCNA" and _silent_on_details(before, after[silent.end() :]):
        silent = None
    return bool(
        silent
        or re.search(_CONDEMNED_ONLY, after, FLAGS)
        or re.search(_PROTEST_LODGED, after, FLAGS)
        or re.search(_LODGED_A_PROTEST, after, FLAGS)
        or (
            re.search(_PROTEST_LODGED_BY, before, FLAGS) is not None
            and re.match(r"^[^.;]*" + _FLIGHT_FACT, after, FLAGS) is None
        )
        or (
            re.search(_CONDEMNED_BEFORE, before, FLAGS) is not None
            and re.match(_SAID_IT, after, FLAGS) is not None
        )
        or (body != "KCNA" and _quoted_reproach(before, after))
        or (body != "KCNA" and _said_reproach(after))
        or re.search(_SERIES_REPROACHED, after, FLAGS)
        or re.search(_DATA_SHARED, after, FLAGS)
        or re.search(_STUDYING_AND_REPROACHED, after, FLAGS)
        or re.search(_WARNED_ONLY, after, FLAGS)
        or re.search(_PLEDGED, re.sub(_TO_STUDY_IT, " to study it", after, flags=FLAGS), FLAGS)
        or re.search(_AGREED, after, FLAGS)
        or re.search(_NOTHING_FROM, before, FLAGS)
        or re.search(_DIRECTED, after, FLAGS)
        or re.search(_TOOK_A_STEP, after, FLAGS)
        or re.search(_MAY_ACT, after, FLAGS)
        or re.search(_AT_A_MEETING, before, FLAGS)
        or re.search(_PICTURE_BY, before, FLAGS)
        or (re.search(_PICTURE_THAT, before, FLAGS) and re.match(_RELEASED_IT, after, FLAGS))
        or re.search(_NOT_SAID_BY, before, FLAGS)
        or re.search(_ACTED_ON_BY, before, FLAGS)
        or (
            (
                re.search(_DETECTED_BY, before, FLAGS) is not None
                or re.match(_DETECTED_FIRING, after, FLAGS) is not None
            )
            and re.match(_SPOKE_AFTER_IT, after, FLAGS) is None
        )
        or (
            re.search(_AS_THE_TIME_OF_ANOTHER, before, FLAGS) is not None
            and re.match(_DETECTED_THE_LAUNCH, after, FLAGS) is not None
            and re.match(_SPOKE_AFTER_IT, after, FLAGS) is None
        )
        or (
            re.search(_REPROACH_DRAWN_FROM, before, FLAGS) is not None
            and re.match(_SPOKE_AFTER_IT, after, FLAGS) is None
        )
        or (
            re.search(_MOVED_TO_ACT_BEFORE, before, FLAGS) is not None
            and re.match(_MOVED_TO_ACT_AFTER, after, FLAGS) is not None
        )
        or re.search(_READY_TO_DESTROY, after, FLAGS)
        or re.search(_COUNTING_THOSE, before, FLAGS)
        or re.search(_WATCHED, before, FLAGS)
        or re.search(_PLACED_UNDER, before, FLAGS)
        or _held_view(text, match)
        or _called_a_thing(text, match)
        or (body != "KCNA" and re.match(_CALLED_A_REPROACH, text[match.end() :], FLAGS) is not None)
        or re.search(_OF_THE_PROGRAMME, after, FLAGS)
    )


# "Japan's Defense Ministry says the North's ballistic missile program has been growing", "a
# South Korean military official told Reuters the North was still working on a
# submarine-launched missile capability": the body's words on the North's programme, which name
# no launch, are no statement on this one.
_OF_THE_PROGRAMME = (
    # ("Japan's Defence Minister Shinjiro Koizumi told reporters that North Korea's nuclear and
    # missile development threatened the peace": the holder's name after the title)
    r"^(?:\s+(?:officials?|spokes(?:man|woman|person)|sources?)|(?:\s+[A-Z][a-z][\w'-]*){1,3})?"
    r",?\s+(?:also\s+|separately\s+)?"
    r"(?:said|says|told\s+[\w.]+(?:\s+[\w.]+)??|added|adds|stated|noted|believes?)"
    # ("said in its annual white paper that ...")
    r"(?:\s+in\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:paper|report|statement|briefing|"
    r"assessment))?\s*,?\s+(?:that\s+)?(?:"
    r"(?:the North's|North Korea's|Pyongyang's|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:programs?|programmes?|arsenal|capabilit(?:y|ies)|technology|development)\s+"
    r"(?:has|have|had|is|are|was|were|keeps?|continues?|threaten(?:s|ed)?|poses?|posed)\b|"
    r"(?:the North|North Korea|Pyongyang|it)\s+(?:was|is|were|are|has been|had been)\s+"
    r"(?:still\s+|now\s+|also\s+)?(?:working on|developing|trying to (?:develop|build)|"
    r"seeking|pursuing|expanding|advancing|building up)\b)"
    r"(?![^.;]*(?<!-)\b(?:launch\w*|fired|firing|test-fired|tested|flew|flown|today|tonight|"
    r"this|latest|[A-Z]\w+day)\b)"
)


# "the seventh launch this year, counting those announced by Japan's Defense Ministry": the
# body is named for older launches it announced.
_COUNTING_THOSE = (
    r"\b(?:counting|including|excluding|not counting|besides)\b[^.;]{0,60}?"
    r"\b(?:announced|reported|confirmed|detected|disclosed)\s+by\s+(?:the\s+)?$"
)


# "According to the statement, South Korea's military is watching for possible further
# launches" (the defence ministry's statement), "The South Korean military is following
# developments closely, it added": the South's military named as what another's statement tells
# of it, doing and not saying, is not cited. (Not "the South Korean military said", nor the Joint
# Chiefs by name.)
_ANOTHERS_STATEMENT_BEFORE = (
    r"\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|[Ii]n)\s+(?:the|its|their|his|her|that|this)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:statement|announcement|release|briefing|notice|ministry|"
    r"official|spokes(?:man|woman|person))\b[^.;]{0,20}?,\s+(?:the\s+)?$|"
    # "The official said the South Korean military was keeping a close watch", "the ministry's
    # spokesman said, adding that the South Korean military has raised its vigilance": the
    # military told of in another's words.
    r"\b(?:officials?|ministry|spokes(?:man|woman|person)|statement|it|he|she|they)\s+"
    r"(?:also\s+)?(?:said|says|added|adds|stated)\s+(?:that\s+)?(?:the\s+)?$|"
    r"\b(?:said|says|stated),?\s+adding\s+(?:that\s+)?(?:the\s+)?$"
)
_ANOTHERS_STATEMENT_AFTER = (
    r"[^.;]*,\s+(?:it|he|she|they|the (?:ministry|statement|official|spokes\w+))\s+"
    r"(?:also\s+)?(?:said|says|added|adds|stated)\b"
)
_DOING_NOT_SAYING = (
    r"^\s+(?:is|was|are|were|has been|had been|remains|remained)\s+(?:also\s+|still\s+|now\s+|"
    r"closely\s+)*\w+ing\b|"
    # "The South Korean military has raised its vigilance against possible provocations": a
    # step it took on its own guard, which says nothing of the launch.
    r"^\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+|further\s+)?(?:raised|heightened|"
    r"stepped up|increased|strengthened|boosted|bolstered|tightened|reinforced)\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:vigilance|alert|readiness|surveillance|monitoring|watch|posture|"
    r"guard)\b|"
    # "South Korean military retrieves part of North Korean rocket", "The South Korean military
    # has raised from the floor of the Yellow Sea a part of the launch vehicle": the debris it
    # salvaged, an act, which says nothing of the launch ("said it had recovered" speaks).
    r"^\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:retriev|recover|salvag|rais|lift|haul)\w*\s+"
    r"(?:[\w,-]+\s+){0,8}?(?:debris|parts?|wreckage|remains|pieces?|fragments?)\b|"
    # "The Japanese military made no attempt to shoot down the missile", "did not try to
    # intercept it": what it did not do to the missile, which says nothing of the launch.
    r"^\s+(?:(?:made|makes)\s+no\s+(?:attempt|effort|move)\s+to|"
    r"(?:did|does)\s*(?:not|n't)(?:\s+(?:try|attempt|seek)\s+to)?|"
    r"chose\s+not\s+to|declined\s+to)\s+(?:shoot\s+(?:it\s+|them\s+)?down|intercept|"
    r"destroy|engage)\b"
)


_WATCHING = (
    r"^\s+\w+\s+(?:also\s+|still\s+|now\s+|closely\s+)*(?:saying|telling|reporting|warning|"
    r"stating|analy[sz]ing|monitoring|tracking|watching|examining|assessing|studying|checking|"
    r"investigating|verifying|confirming|following|keeping)\b"
)


def _only_doing(text: str, match: re.Match[str]) -> bool:
    """The body is named doing something ("Japan's military is practicing the deployment of
    anti-missile batteries" (783), "the ministry was holding drills"), and no one in its
    sentence says anything: no speaker."""
    after = text[match.end() :]
    return bool(
        re.match(_DOING_NOT_SAYING, after, FLAGS)
        # (watching the launch is telling of it: "the JCS is analysing the details", "the
        # ministry is monitoring the situation" stay cited, as before)
        and not re.match(_WATCHING, after, FLAGS)
        and not re.match(_SPOKE_AFTER, after, FLAGS)
        and not re.search(_SPOKE_AFTER, text[: match.start()], FLAGS)
    )


def _told_of_by_another(text: str, match: re.Match[str]) -> bool:
    """The South's military is what another's statement tells of, not a speaker."""
    if re.search(r"\bJoint Chiefs?\b|\bJCS\b", match.group(0), FLAGS):
        return False
    after = text[match.end() :]
    if not re.match(_DOING_NOT_SAYING, after, FLAGS):
        return False
    before = text[: match.start()]
    return bool(
        re.search(_ANOTHERS_STATEMENT_BEFORE, before, FLAGS)
        or re.match(_ANOTHERS_STATEMENT_AFTER, after, FLAGS)
    )


# "Seoul's military also noted that the North fired more than 100 artillery shells into the
# ocean": a statement on the guns' fire beside the launch, naming no missile, says nothing of it
# ("fired a missile and 130 rounds of artillery, the JCS said" names the missile: cited).
# (the shells or rounds counted: "a fire drill of the Hwasong artillery unit", "artillery
# exercises", told of with this launch, stay the statement's subject)
_ARTILLERY = r"\b(?:artillery\s+)?(?:shells|rounds)\b"
_MISSILE_NAMED = (
    r"\b(?:missiles?|projectiles?|rockets?|launch\w*|ICBMs?|SRBMs?|IRBMs?|SLBMs?|satellites?|"
    r"flew|flight)\b"
)


# "the weapon was tested in two rounds on Tuesday", "fired in several rounds": the rounds of a
# test, its occasions, are no artillery rounds (the statement still tells of the launch).
_ROUNDS_OF_A_TEST = r"\bin\s+(?:(?:two|three|four|five|several|multiple|\d+)\s+)?rounds\b"


def _artillery_only(said: str) -> bool:
    """The statement tells of artillery fire and names no missile."""
    said = re.sub(_ROUNDS_OF_A_TEST, " ", said, flags=FLAGS)
    return bool(re.search(_ARTILLERY, said, FLAGS) and not re.search(_MISSILE_NAMED, said, FLAGS))


# What North Korea is told to have said, when it names the speaker with no state media (C12):
# words of a launch, a weapon or its flight ("the weapon it test-fired was an upgraded tactical
# guided missile", "the rocket had lifted off successfully", "the attempt failed").
_SAID_OF_A_LAUNCH = (
    r"\b(?:missiles?|projectiles?|rockets?|launch(?:es|ed|ing)?|tests?|test-\w+|tested|fired|"
    r"firing|satellites?|weapons?|warheads?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|Hwasong\w*|"
    r"Pukguksong\w*|attempts?|lifted off|flew|flight)\b"
)
# Words that are not of this launch: a plan, an aim or a threat ("said it would launch", "the
# rocket was meant to carry a weather satellite", "says it will keep testing"), what a weapon
# can do ("these weapons can cause a radioactive tsunami"), an older launch pointed at ("that
# missile travelled 1,001 km", "those tests were meant to"), or a recollection ("said last
# month it had tested", "three tests in under three weeks").
_SAID_OF_ANOTHER = (
    r"\b(?:would|will|plans?|planned|intends?|intended|is going to|was going to|is to|was to|"
    r"ready to|meant to|supposed to|can|could|last\s+(?:week|month|year|\w+day)|"
    r"(?:in|since)\s+(?:19|20)\d\d|earlier this (?:week|month|year)|previously|before that|"
    r"in the past|\w+ (?:days|weeks|months|years) ago|"
    # ("On Saturday, Pyongyang launched more than 20 projectiles ... North Korea said it had fired
    # a long-range rocket system in drills that day": the day of a launch told before)
    r"(?:on\s+)?(?<!earlier )(?<!later )that\s+day)\b|"
    r"^\s*(?:that\s+)?(?:that|those|these)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|tests?|"
    r"launch(?:es)?|weapons?|firings?)\b|"
    r"\b(?:in|over|within)\s+(?:under\s+|the\s+(?:past|last)\s+|recent\s+)(?:\w+\s+)?"
    r"(?:days|weeks|months|years)\b|"
    # ("North Korea says launches are peaceful", "maintains that its satellite launches are
    # peaceful", "insists such tests are its sovereign right": launches in general, a bare or
    # "its"/"such" plural in the present, no launch of this day)
    r"^\s*(?:that\s+)?(?:(?:its|such|all|these kinds? of)\s+)?(?:[\w-]+\s+)?"
    r"(?:launches|tests|test-firings|firings)\s+(?:are|remain)\b"
)
# A clause opened by an older time, before the North as speaker: "At the time, the North Korean
# government said the launch was a 'more fierce' response".
_SPOKE_BEFORE = (
    r"^\W*(?:at the time|at that time|back then|in (?:19|20)\d\d|last (?:week|month|year))\b"
)
# Words said that begin with the launch as "the test" or "the launch" (not "the latest"), or with
# no subject: "Pyongyang said the test was a message" tells of an older test in the outlet's
# background, as "said the test" has long been read (the C12 pattern's "the test" only after a
# day or "that"); "North Korea Says Launched 2 Missiles" is a headline's garble.
_SAID_UNCLEAR = r"^\s*(?:the\s+(?!latest\b)(?:[\w-]+\s+)?(?:tests?|launch(?:es)?)\b|[a-z]+ed\b)"
# Where the words said end: the sentence's end, or another clause joined on ("..., and it
# said it would make another attempt", "it sees such drills as hostile, and a North Korean
# missile test had been expected").
_SAID_ENDS = re.compile(r"[.;]|,\s+(?:and|but|while|whereas|yet)\s+", FLAGS)
# The North named inside another's words, not as the speaker: "what Pyongyang says are
# hypersonic weapons", "a device that North Korea claimed was a warhead", "Observers of North
# Korea said".
_NOT_THE_SPEAKER = (
    r"\b(?:which|what|that|who|whom|of|in|on|about|from|to|against|by|with|for|toward|towards)"
    r"\s+$"
)


def north_spoke_of_the_launch(text: str, match: re.Match[str], said: str) -> bool:
    """North Korea, named as the speaker with no state media, is told to have said something of
    this launch (C12): the words it said, after its verb or before it where it closes them, name
    a launch, a weapon or its flight, and no plan and no older launch; so do the words told
    "according to North Korea". State media named are read by the rules they always were."""
    groups = match.groupdict()
    if groups.get("north_per"):
        # "According to Pyongyang, the missile flew 800 km", "..., according to North Korea."
        after = text[match.end() :]
        return _north_words_of_the_launch(after if re.search(r"\w", after) else text, said)
    if not groups.get("north_said"):
        return True
    before = text[: match.start()]
    if re.search(_NOT_THE_SPEAKER, before, FLAGS) or re.search(_SPOKE_BEFORE, before, FLAGS):
        return False
    words = text[match.end() :]
    if re.match(_SAID_UNCLEAR, words, FLAGS):
        return False
    cut = _SAID_ENDS.search(words)
    words = words[: cut.start()] if cut else words
    if not re.search(r"\w", words):
        # ("..., North Korea said.": the speaker closes the words it said, in its clause or, for
        # a closing attribution kept alone, in its sentence)
        if before and not re.search(r",\s*$", before):
            return False
        words = before or said
    return _north_words_of_the_launch(words, said)


# What state media said begins by pointing back at launches told before: "North Korean state
# media reported soon afterwards that those launches were tests of a new tactical guided weapon",
# "KCNA said the next day that these tests had verified ...": an older launch's report.
_MEDIA_OF_THOSE = (
    r"^(?:\s*,[^,.;]{1,40},)?\s+(?:(?!that\b)\w+\s+){0,2}?(?:said|says|reported|reports|"
    r"announced|claimed)\s+(?:(?!that\b)[\w-]+\s+){0,3}?"
    r"(?:(?:that\s+)?(?:those|these|the earlier|the previous)|that\s+that)\s+"
    r"(?:[\w-]+\s+)?(?:missiles?|rockets?|tests?|test-firings?|launch(?:es)?|weapons?|firings?|"
    r"projectiles?)\b"
)


def _north_words_of_the_launch(words: str, said: str) -> bool:
    """The words North Korea is told to have said name a launch, a weapon or its flight, and
    no plan, aim, capability or older launch."""
    cut = _SAID_ENDS.search(words)
    words = (words[: cut.start()] if cut else words) or said
    told = re.search(_SAID_OF_A_LAUNCH, words, FLAGS)
    return bool(told) and not re.search(_SAID_OF_ANOTHER, words, FLAGS)


def _cited(
    sentences: Sequence[Sentence],
    context: dict[int, str] | None = None,
    captions: Mapping[int, int] | None = None,
) -> list[Found]:
    """Each reporter of the table at its first mention that is not a silence.

    `context` gives, by a clause's start, the whole sentence it was cut from; `captions` are
    the paragraphs labelled as a picture's caption, which cite no one, each with where its
    caption ends (the story a page runs on after a bracketed caption cites as the story).
    """
    found: dict[str, Found] = {}
    for sentence in sentences:
        # "Photo caption: KCNA photo of an underwater test-fire": a caption cites no one; the
        # story run on after a bracketed one's "]" does.
        story = max(0, (captions or {}).get(sentence.paragraph, -1) - sentence.start)
        if story >= len(sentence.text):
            continue
        if re.search(_CREDIT, sentence.text[story:], FLAGS):
            continue  # "Picture source: KCNA": a picture's credit cites no one
        if re.match(_EARLIER_SPAN, sentence.text[story:], FLAGS):
            continue  # "Earlier in the week Kim watched what state media said was a new missile"
        # "... toward the Sea of Japan on Oct. 19. (c) KCNA/Reuters": a picture's copyright
        # line run into its caption cites no one (the caption before it may).
        mark = re.compile(_COPYRIGHT, FLAGS).search(sentence.text, story)
        for pattern, value in REPORTER_PATTERNS:
            for match in re.finditer(pattern, sentence.text, FLAGS):
                if value in found:
                    break
                if match.start() < story:
                    continue
                if mark is not None and match.start() >= mark.start():
                    continue
                if _not_cited(sentence.text, match, value):
                    continue
                if re.search(_FILE_SHOT, sentence.text[: match.start()], FLAGS):
                    continue  # "in this file photo released by KCNA": an older picture's source
                if party_to_a_meeting(sentence.text, match.start(), match.end()):
                    continue  # "the summit between Japanese Prime Minister Shinzo Abe and Trump"
                if value == "JCS" and _told_of(sentence.text, match):
                    continue
                if value != "KCNA" and _only_doing(sentence.text, match):
                    continue  # "Japan's military is practicing the deployment of batteries"
                if value == "JCS" and _told_of_by_another(sentence.text, match):
                    continue  # "According to the statement, South Korea's military is watching"
                said = context.get(sentence.start, sentence.text) if context else sentence.text
                if value == "KCNA" and not north_spoke_of_the_launch(sentence.text, match, said):
                    continue  # "North Korea said it would launch", "said last month it had"
                if value == "KCNA" and _announced_other(sentence.text, match):
                    continue  # "as Pyongyang announced that it would take part in the Games"
                if value == "KCNA" and not re.search(_OF_A_LAUNCH, _no_production(said), FLAGS):
                    continue  # "KCNA quoted Kim as saying" of a party meeting, the drills
                if value == "KCNA" and re.match(
                    _MEDIA_OF_THOSE, sentence.text[match.end() :], FLAGS
                ):
                    continue  # "state media reported soon afterwards that those launches were"
                if value == "KCNA" and vows_more(sentence.text, match.end()):
                    continue  # "state media said the country would keep launching weapons"
                if value == "JCS" and not re.search(_OF_A_LAUNCH_OR_WATCH, said, FLAGS):
                    continue  # "the South Korean military has expressed regret" for a bombing
                if _artillery_only(said):
                    continue  # "Seoul's military also noted that the North fired 100 shells"
                found[value] = Found(value, sentence.evidence(match, f"-> {value}"))
    return sorted(found.values(), key=lambda item: item.evidence.start)


# "The South Korean news agency Yonhap reported on Sunday, citing the military, that the North
# had fired": "the military" named as the source of a South Korean report is the South's.
_THE_MILITARY_AS_SOURCE = (
    r"\b(?:citing|according to|quoting)\s+the\s+military\b(?!\s+(?:of|in|from)\b)(?!')"
)
_SOUTH_KOREAN_SOURCE = r"\b(?:South Korea(?:n|'s)?|Seoul(?:'s)?|Yonhap)\b"
_ANOTHER_COUNTRY = (
    r"\b(?:Japan(?:ese|'s)?|Tokyo|U\.S\.|US|United States|American|Pentagon|China|Chinese|"
    r"Russia(?:n)?)\b"
)


# "North Korea launched three missiles ..., the South Korean government said. According to the
# military, the first projectile ...": the report's source so far is Seoul, and "the military"
# cited bare after it is Seoul's (no other country's military named before it).
_SEOUL_SPOKE = (
    r"\b(?:South Korea(?:n|'s)|Seoul's)\s+(?:government|officials|authorities|presidential office)"
    r"\s+(?:said|says|reported|announced|confirmed)\b"
)
_ANOTHER_MILITARY = (
    r"\b(?:Japan(?:ese|'s)?|Tokyo's|U\.S\.|US|American|United States|Pentagon)\s+"
    r"(?:military|militaries|armed forces|forces|defen[cs]e|Self-Defen[cs]e)\b"
)
_BARE_MILITARY = r"^\W*(?:[Aa]ccording to the military,|[Tt]he military (?:said|says)\b)"
_THE_MILITARY_SAID = r"\b[Tt]he military(?= (?:said|says)\b)"


# "Military officials told South Korea's Yonhap news agency that the missiles fired had a range of
# 240-310 miles": military officials of no country named, speaking to a South Korean outlet,
# are the South's (not "U.S. military officials told Yonhap": another country's).
_MILITARY_TOLD_SEOUL = (
    r"\b[Mm]ilitary (?:officials?|sources?|authorities)\s+(?:told|briefed)\s+"
    r"(?:South Korea's|the South Korean|Seoul's|South Korean)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Yonhap|news agency|media|reporters|lawmakers|parliament)\b"
)
_COUNTRY_BEFORE = (
    r"(?:" + _ANOTHER_COUNTRY + r"|\bU\.S\.|\bNorth Korea(?:n|'s)?|\bSouth Korea(?:n|'s)?)\s*"
    r"(?:[\w-]+\s+)?$"
)


def _seoul_before(sentence: Sentence, full: Sequence[Sentence]) -> bool:
    """The report before the sentence names Seoul's government as its source and no other
    country's military."""
    if not re.match(_BARE_MILITARY, sentence.text):
        return False
    before = " ".join(earlier.text for earlier in full if earlier.start < sentence.start)
    return bool(re.search(_SEOUL_SPOKE, before, FLAGS)) and not re.search(
        _ANOTHER_MILITARY, before, FLAGS
    )


def _the_military_in_seoul(
    sentences: Sequence[Sentence], full: Sequence[Sentence] = ()
) -> list[Found]:
    """The JCS, cited as "the military" in a sentence that names only South Korea, or bare
    after the report has named Seoul as its source."""
    for sentence in sentences:
        told = re.search(_MILITARY_TOLD_SEOUL, sentence.text)
        if (
            told
            and not re.search(_COUNTRY_BEFORE, sentence.text[: told.start()], FLAGS)
            and not _not_cited(sentence.text, told, "JCS")
            and re.search(_OF_A_LAUNCH_OR_WATCH, sentence.text[told.end() :], FLAGS)
        ):
            note = "-> JCS (military officials speaking to a South Korean outlet)"
            return [Found("JCS", sentence.evidence(told, note))]
        match = re.search(_THE_MILITARY_AS_SOURCE, sentence.text, FLAGS)
        bare = match or re.search(_THE_MILITARY_SAID, sentence.text)
        if bare is None:
            continue
        if _seoul_before(sentence, full) and not re.search(_ANOTHER_COUNTRY, sentence.text):
            note = "-> JCS (the military of the South Korean source before it)"
            return [Found("JCS", sentence.evidence(bare, note))]
        if match is None or not re.search(_SOUTH_KOREAN_SOURCE, sentence.text):
            continue
        if re.search(_ANOTHER_COUNTRY, sentence.text):
            continue
        note = "-> JCS (the military of the South Korean report)"
        return [Found("JCS", sentence.evidence(match, note))]
    return []


def _start(item: Found) -> int:
    return item.evidence.start


def find_reporters(
    sentences: Sequence[Sentence],
    whole: str | None = None,
    full: Sequence[Sentence] = (),
) -> list[Found]:
    """The reporting bodies the report cites for this launch, in order of first mention.

    "The Defense Ministry" with no country is Japan's in a report told from Japan (J-Alert,
    Japan's EEZ, its Prime Minister) that names no South Korean ministry; `whole` is the
    report's text, where that is read (any clause may show it, not only the launch's).
    Japan named as a whole ("Japanese officials said") is its government where no Japanese
    body is cited, or where its government is. `full` are the report's whole sentences, which
    the clauses were cut from (what a clause's sentence speaks of).
    """
    # A clause's sentence, and the one before it where it points back ("Yonhap reported this,
    # citing KCNA").
    context = (
        {
            clause.start: f"{before.text if index and _POINTS_BACK.search(sentence.text) else ''} "
            f"{sentence.text}"
            for clause in sentences
            for index, (before, sentence) in enumerate(itertools.pairwise([full[0], *full]))
            if sentence.start <= clause.start < sentence.end
        }
        if full
        else {}
    )
    cited = _cited(sentences, context, caption_ends(full))
    if not any(item.value == "JCS" for item in cited):
        cited = sorted([*cited, *_the_military_in_seoul(sentences, full)], key=_start)
    if full:
        cited += _cited_by_name(sentences, full, {str(item.value) for item in cited})
    found = cited + _told_from_japan(sentences, whole, {str(item.value) for item in cited}, full)
    japanese = [item for item in found if item.value in ("Japan MOD", "Japan government")]
    japan = _japan_as_a_whole(sentences, full, any(item.value == "Japan MOD" for item in found))
    government = next((item for item in japanese if item.value == "Japan government"), None)
    if japan is not None and (
        government is None or japan.evidence.start < government.evidence.start
    ):
        # "South Korea and Japan confirmed ..., Japan's Defense Ministry said", "Tokyo confirmed
        # the launch too, with the Japanese defence ministry saying": Japan named as a whole is
        # its government, at that mention's place, whatever Japanese body the report cites too
        # (convention of 2026-12-04).
        found = [item for item in found if item is not government]
        found.append(japan)
    return sorted(found, key=lambda item: item.evidence.start)


# "Defense Agency chief Fukushiro Nukaga said Friday ... Nukaga said the missile possibly flew
# some 1,300 km": an official named once with his body's title, then cited by name alone.
_TITLED = (
    r"^\s+(?:(?:chief|head|minister|spokes(?:man|woman|person)|secretary|director|"
    r"director-general|commander)\s+)?(?:(?:Col|Gen|Lt|Maj|Adm|Capt|Rear Adm)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)\b"
)
# Words a title may run into that are no name ("Japan's Defense Ministry Tuesday said").
_NO_NAME = (
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|This|That|North|"
    r"South|Korea|Japan|Tokyo|Seoul|Pyongyang|Office|Ministry|Agency|Staff|Says?|Said|"
    r"Confirmed|Reported|Announced|Told|Also|Officials?|Spokes\w+|Chief|Minister)$"
)
_BY_NAME = r"(?:\s+(?:also|however|later|further),?)?\s+(?:said|says|told|added|stated|noted)\b"


def _named_officials(full: Sequence[Sentence]) -> dict[str, str]:
    """Each official the report names with a body's title: his name's words -> the body."""
    names: dict[str, str] = {}
    whole: dict[str, str] = {}
    for sentence in full:
        for pattern, value in REPORTER_PATTERNS:
            for match in re.finditer(pattern, sentence.text, FLAGS):
                titled = re.match(_TITLED, sentence.text[match.end() :])
                if titled is None:
                    continue
                for word in titled.group("name").split():
                    if not re.match(_NO_NAME, word, FLAGS) and len(word) > 2:
                        names.setdefault(word, value)
                        whole.setdefault(word, titled.group("name"))
    text = " ".join(sentence.text for sentence in full)
    return {word: value for word, value in names.items() if not _shared(word, whole[word], text)}


def _shared(word: str, name: str, text: str) -> bool:
    """Another person of the report shares the word ("JCS spokesman Kim Jun-rak" beside "Kim
    Jong Un"): the word alone stands for neither."""
    word = re.escape(word)
    others = re.finditer(rf"\b(?:[A-Z][\w'-]+\s+)?{word}(?:\s+[A-Z][\w'-]+)?\b", text)
    return any(
        found.group(0) != word and found.group(0) not in name and name not in found.group(0)
        for found in others
        if " " in found.group(0)
    )


def _cited_by_name(
    sentences: Sequence[Sentence], full: Sequence[Sentence], cited: set[str]
) -> list[Found]:
    """Bodies cited through an official's name alone, named with its title elsewhere."""
    names = {word: value for word, value in _named_officials(full).items() if value not in cited}
    found: dict[str, Found] = {}
    for sentence in sentences:
        for word, value in names.items():
            name = re.escape(word)
            spoke = rf"\b{name}\b(?={_BY_NAME})|(?<=\b[Aa]ccording to ){name}\b"
            match = re.search(spoke, sentence.text)
            if value in found or match is None or _not_cited(sentence.text, match, value):
                continue
            if not re.search(_OF_A_LAUNCH_OR_WATCH, sentence.text, FLAGS):
                continue  # "Kishi said he would attend the meeting": not of the launch
            note = f"-> {value} ({word}, named with its title elsewhere in the report)"
            found[value] = Found(value, sentence.evidence(match, note))
    return list(found.values())


# "North Korea May Have Fired Ballistic Missile, Japan Says" over "..., the Japan Coast Guard said
# in a notice": a title's "Japan says" stands for the Japanese source its story quotes, and the
# coast guard is no body of the table.
_JAPAN_COAST_GUARD = (
    r"\b(?:Japan|Japanese|Japan's)\s+(?:[Cc]oast [Gg]uard|maritime (?:security|safety) "
    r"(?:service|agency))\b"
)


def _title_of(sentence: Sentence, full: Sequence[Sentence]) -> bool:
    """The sentence is the report's title: its first line, alone, with no full stop."""
    if not full or sentence.start != full[0].start:
        return False
    alone = len(full) > 1 and full[1].paragraph != full[0].paragraph
    return alone and not full[0].text.rstrip().endswith((".", "!", "?"))


def _japan_as_a_whole(
    sentences: Sequence[Sentence], full: Sequence[Sentence] = (), ministry: bool = False
) -> Found | None:
    """The first mention of Japan as a whole ("Japanese officials said", "Tokyo confirmed").
    A title's "Japan says" yields to the story's own Japanese source where that is the coast
    guard alone: where the story cites the defence ministry too (`ministry`), the title names
    Japan as a whole all the same ("..., Japan and South Korea say" over the coast guard and
    the ministry (931))."""
    story = " ".join(sentence.text for sentence in full[1:])
    for sentence in sentences:
        guard = re.search(_JAPAN_COAST_GUARD, story, FLAGS)
        if _title_of(sentence, full) and guard and not ministry:
            continue
        for match in re.finditer(JAPAN_AS_A_WHOLE, sentence.text, FLAGS):
            before = sentence.text[max(0, match.start() - 50) : match.start()]
            if re.search(_BODY_OF_BOTH, before, FLAGS):
                continue  # "military officials in South Korea and Japan said": two bodies
            if re.search(_NOT_SAID_BY, sentence.text[: match.start()], FLAGS):
                continue  # "the launch has not been confirmed by Japan": a silence
            if re.search(_JAPAN_AS_A_PLACE, before, FLAGS):
                continue  # "People all over Japan reported hearing sirens": the country's people
            if (
                re.search(r"\bthe\s+$", before, FLAGS)
                and not re.search(_STATEMENTS_OF_THE, before, FLAGS)
                and match.group(0).startswith("Japanese")
                and not match.group(0).endswith("governments")
            ):
                continue  # "According to the Japanese officials": the body named before
                # ("The Japanese, South Korean and U.S. governments said": a list's own "the")
            if re.search(_SAID_NOTHING, _past_aside(sentence.text[match.end() :]), FLAGS):
                break
            if re.search(_AGREED, sentence.text[match.end() :], FLAGS):
                continue  # "According to Japanese officials, the two leaders agreed on ..."
            if not _speaks(sentence.text, match) or party_to_a_meeting(
                sentence.text, match.start(), match.end()
            ):
                continue  # "Japanese officials had detected radio signals", "had met Obama"
            note = "-> Japan government (Japan named as a whole)"
            return Found("Japan government", sentence.evidence(match, note))
    return None


# "Citing statements by the Japanese authorities, Reuters writes": the statements of Japan named
# as a whole are the source, their "the" no back-reference to a body named before.
_STATEMENTS_OF_THE = (
    r"\b(?:statements?|reports?|accounts?|figures|data|estimates?|assessments?)\s+"
    r"(?:by|of|from)\s+the\s+$"
)


# "People all over Japan reported hearing sirens", "residents across Japan said": Japan named as
# the place its people are in, not as a speaker.
_JAPAN_AS_A_PLACE = (
    r"\b(?:all over|across|throughout|around|parts of|people in|residents (?:of|in)|"
    r"citizens (?:of|in))\s+$"
)


# Japan named as a whole is cited as a speaker: its statement verb follows it in its clause
# ("Japanese officials said", "officials in Tokyo, who tracked the missile, confirmed", "issued
# an alert"), or it is
# named as the source ("according to Japanese officials", "quoting Japanese authorities"). Named
# only for what it did ("Japanese officials had detected radio signals and suspected a launch
# was near" (781), "South Korean and Japanese officials had met Obama" (809)) it says nothing.
_SPOKE_AFTER = (
    r"^[^.;:]*?\b(?:said|say|says|saying|told|tell|tells|reported|reports?|announced|announces?|"
    r"confirmed|confirms?|believed?|believes|estimated|estimates?|stated|states|added|adds|"
    r"warned|warns|noted|notes|assessed|assess(?:es)?|called|calls|described|describes|"
    r"condemned|condemns?|protested|protests?|claimed|claims?|indicated|indicates?|"
    r"according to|quoted|disclosed|revealed|urged|insisted|explained|briefed|"
    # "issued an alert telling residents to take shelter" (605): a notice is a statement.
    r"issued|issues?|sent out|put out|released|published|posted|"
    # "gave similar flight details": details given are a statement.
    r"gave|gives?|provided|provides?|offered|offers?|shared|shares?)\b"
)
_SOURCE_BEFORE = (
    r"\b(?:according to|citing|cited|quoting|quoted|told by|per|from|sources? among|"
    r"statements? (?:by|of|from)|reports? by|said by|"
    # "at odds with estimates by South Korean and Japanese authorities, who put the flight at
    # about 420-450 km": the figures named as theirs.
    r"(?:estimates?|figures?|data|assessments?|calculations?) (?:by|from|of))\s+"
    r"(?:the\s+|unnamed\s+|some\s+)*"
    # "according to South Korean and Japanese officials" (945): Japan named beside the South.
    r"(?:(?:South Korean|Korean|Seoul|South Korea's)\s+(?:and|&)\s+)?$|"
    # "according to reports from the South Korean, American and Japanese governments": Japan
    # named last in a list of the countries whose reports are the source.
    r"\b(?:according to|citing|quoting)\s+(?:the\s+)?(?:reports?|accounts?|statements?)\s+"
    r"(?:from|by|of)\s+(?:the\s+)?(?:(?:South Korean|Korean|American|U\.S\.|US),?\s+"
    r"(?:and\s+)?){1,3}$|"
    r"\b(?:said|says|say|told|reported|confirmed|announced)\s+(?:the\s+)?$|"
    # '"A possible ballistic missile was launched," said the first message put out by Japanese
    # officials', "in a statement issued by Japanese authorities": a statement of theirs.
    # ("citing information given by Japanese officials", "data provided by the Japanese
    # government": what they told, the same)
    r"\b(?:message|statement|release|notice|alert|announcement|bulletin|update|warning|"
    r"information|data|detail|figure)s?\s+"
    r"(?:(?:that\s+|which\s+)?(?:was|were)\s+)?(?:put out|issued|released|sent(?: out)?|posted|"
    r"published|given|provided|supplied|shared|passed on)\s+by\s+(?:the\s+)?$"
)


def _speaks(text: str, match: re.Match[str]) -> bool:
    """Japan named as a whole is a speaker or a source in its sentence, not only a doer."""
    # ("Japanese and South Korean authorities had picked up a missile": the officials' word is
    # read where the match stands, the lookahead of its pattern with it, not on the match alone)
    if not re.compile(JAPAN_OFFICIALS, FLAGS).match(text, match.start()):
        return True  # "Japan said", "according to Tokyo": the verb is in the pattern
    before = text[: match.start()]
    return bool(
        re.search(_SOURCE_BEFORE, before, FLAGS)
        or re.match(_SPOKE_AFTER, text[match.end() :], FLAGS)
    )


# "military officials in South Korea and Japan said", "the defense ministries of Japan and South
# Korea said": the countries' bodies, each cited as such, not Japan named as a whole.
_BODY_OF_BOTH = (
    r"\b(?:militar(?:y|ies)|armed forces|defen[cs]e|ministr(?:y|ies)|coast guards?)\s+"
    # ("military sources in South Korea and Japan confirmed")
    r"(?:officials\s+|authorities\s+|sources\s+)?(?:of|in|from)\s+(?:both\s+)?"
    # ("The militaries of the US, South Korea and Japan said": a list of countries before Japan)
    r"(?:(?:the\s+)?(?:U\.S\.|US|United States|America|South Korea|Seoul),?\s+(?:and\s+)?){0,3}$"
)


# "Kwon Ki-joon, the Defense Ministry's spokesman, now says", "Defense Ministry spokesman Moon
# Sang-gyun said": an official whose name is romanised Korean ("Surname Given-name", the given
# name hyphenated, as no Japanese name is) speaks for South Korea's ministry.
_KOREAN_NAME = r"[A-Z][a-z]{1,4}\s+[A-Z][a-z]+-[a-z]+"
_KOREAN_NAME_BEFORE = rf"\b{_KOREAN_NAME},\s+(?:the\s+)?$"
_KOREAN_NAME_AFTER = (
    rf"^(?:'s)?\s+(?:(?:deputy\s+)?spokes(?:man|woman|person)|official|minister)?\s*,?\s*"
    rf"{_KOREAN_NAME}\b"
)


def _korean_official(text: str, match: re.Match[str]) -> bool:
    """The unqualified ministry or minister is named with an official of a Korean name."""
    return bool(
        re.search(_KOREAN_NAME_BEFORE, text[: match.start()])
        or re.match(_KOREAN_NAME_AFTER, text[match.end() :])
    )


def _told_from_japan(
    sentences: Sequence[Sentence],
    whole: str | None,
    cited: set[str],
    full: Sequence[Sentence] = (),
) -> list[Found]:
    """Japan's ministry and government where a report told from Japan names no country."""
    text = whole if whole is not None else " ".join(sentence.text for sentence in sentences)
    paragraphs: dict[int, str] = {}
    for sentence in full or sentences:
        paragraphs[sentence.paragraph] = f"{paragraphs.get(sentence.paragraph, '')} {sentence.text}"
    if re.search(KOREAN_MINISTRY, text, FLAGS):
        return []
    told = re.search(JAPAN_TOLD, text, FLAGS) is not None
    found: list[Found] = []
    if "Japan government" not in cited:
        # "The government announced at 3:54 a.m.": in a report told from Japan, Japan's; else
        # the government of the country its sentence names ("The Japanese agency Kyodo reported
        # this, citing a government statement").
        for sentence in sentences:
            match = re.search(UNQUALIFIED_GOVERNMENT, sentence.text, FLAGS)
            if match and _not_cited(sentence.text, match, "Japan government"):
                continue
            if match and (told or _names_japan_only(sentence.text)):
                why = "the report is told from Japan" if told else "its sentence names Japan"
                note = f"-> Japan government (no country named; {why})"
                found.append(Found("Japan government", sentence.evidence(match, note)))
                break
    if "Japan MOD" in cited:
        return found
    for sentence in sentences:
        paragraph = paragraphs.get(sentence.paragraph, sentence.text)
        # "Japan confirmed a launch, its Coast Guard quoting the Defence Ministry as saying ...":
        # the ministry of the country its sentence names (in a report told from Japan, Japan's).
        # A minister ("Defense Minister Toshiro Ino called it unacceptable") is Japan's where his
        # paragraph names no South Korea, and names Japan or the report is told from Japan.
        ministry = told or _names_japan_only(sentence.text)
        minister = (told or _names(_JAPAN, paragraph)) and not _names(_SOUTH_KOREA, paragraph)
        for pattern, japans in ((UNQUALIFIED_MINISTRY, ministry), (UNQUALIFIED_MINISTER, minister)):
            match = re.search(pattern, sentence.text, FLAGS) if japans else None
            if match and _korean_official(sentence.text, match):
                continue  # "Kwon Ki-joon, the Defense Ministry's spokesman": Seoul's ministry
            if match and not _not_cited(sentence.text, match, "Japan MOD"):
                why = "the report is told from Japan" if told else "its paragraph names Japan"
                note = f"-> Japan MOD (no country named; {why})"
                return [*found, Found("Japan MOD", sentence.evidence(match, note))]
    return found


# "the East Sea (Sea of Japan)" names a sea, not the country whose ministry spoke.
_JAPAN = r"(?<!Sea of )\b(?:Japan|Japanese|Tokyo)\b"
_SOUTH_KOREA = r"\b(?:South Korea|Seoul|South Korean)\b"


def _names(country: str, text: str) -> bool:
    return re.search(country, text) is not None


def _names_japan_only(text: str) -> bool:
    return _names(_JAPAN, text) and not _names(_SOUTH_KOREA, text)


# "missiles able to manoeuvre after lift-off", "designed to glide": what the weapon can do, not
# a profile this flight was seen to fly.
_CAN_DO: Final = (
    r"\b(?:able|designed|built|meant|intended|made)\s+to\s+(?:\w+\s+){0,3}$|"
    # ('capable of "gliding and jumping movement"': the capability quoted)
    r"\b(?:capable of|ability to|capability to|can|could|would|will)\s+(?:\w+\s+){0,3}"
    r"[\"'\u201c\u2018]?$|"
    # "Hypersonic missiles ... are easier to maneuver": what the kind is easy to do.
    r"\b(?:easier|harder|easy|hard|difficult)\s+to\s+$"
)
_CAN_DO_AND: Final = (
    # "hypersonic missiles able to fly at high speed and manoeuvre after launch", "designed to
    # carry a heavier warhead or change course": a second verb joined to what the weapon can do
    # (its bare form: "able to fly 600 km and then manoeuvred" tells the flight).
    r"\b(?:able|designed|built|meant|intended|made)\s+to\s+(?:[\w-]+\s+){1,6}?"
    r"(?:and|or)\s+(?:then\s+|also\s+)?$|"
    r"\b(?:capable\s+of|ability\s+to|capability\s+to|can|could)\s+(?:[\w-]+\s+){1,6}?"
    r"(?:and|or)\s+(?:then\s+|also\s+)?$"
)
# What the weapon can do, told in the verb's bare or -ing form (not "manoeuvred": done).
_DONE: Final = r"^\w*(?:ed)\b"


# "Hypersonic missiles travel at five times the speed of sound along irregular paths", "Such
# weapons glide": a kind of weapon told in the present, what the kind does, not this flight
# ("The missiles flew on irregular paths", "Both missiles glided" are this flight's).
_KIND_DOES: Final = (
    r"^\s*(?:(?:such|these|those|most|many|all)\s+)?"
    r"(?!(?:the|both|two|three|four|its|their|North|Pyongyang's)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:missiles|weapons|warheads|vehicles|rockets|gliders)\s+"
    r"(?:of\s+(?:this|that|such\s+a|the\s+same)\s+(?:kind|type|sort)\s+)?(?:typically\s+|usually\s+|"
    r"generally\s+|often\s+)?(?:travel|fly|move|follow|glide|change|manoeuvre|maneuver|"
    r"tend)\b"
)


# "The Hwasong-11M is a new short-range ballistic missile ... fitted with a warhead of the
# hypersonic glide vehicle type", "The KN-23 is a solid-fuel missile that flies on an irregular
# path": a named type told in the present, what the type is, not this flight ("The Hwasong-11M
# glided" is this flight's, and "the missiles were" told in the past too).
_TYPE_IS: Final = (
    r"^\W*(?:[Tt]he\s+)?(?:(?:new|latest|so-called)\s+)?[A-Z][A-Za-z]*-\d+[\w-]*(?:\s+[A-Z]\w*)?\s+"
    r"(?:is|are)\s+(?:an?|the|one)\b[^;]*$"
)


def _after_start(evidence: Evidence) -> int:
    """Where the evidence starts in its sentence."""
    return max(evidence.sentence.find(evidence.text), 0)


# 'a claimed "second peak" in altitude', "the purported glide": a profile named as a claim in
# doubt, not one told as flown.
_CLAIMED_ONLY: Final = (
    r"\b(?:a|the|its|their)\s+(?:claimed|disputed|alleged|purported|so-called)\s*[\"'\u201c]?\s*$"
)


def find_maneuver(sentences: Sequence[Sentence]) -> Found | None:
    """A stated flight profile (pull-up, glide)."""
    found = [
        item
        for item in find_table(MANEUVER_PATTERNS, sentences)
        if not re.search(_CAN_DO, _before(item.evidence), FLAGS)
        if not (
            re.search(_CAN_DO_AND, _before(item.evidence), FLAGS)
            and not re.match(_DONE, item.evidence.sentence[_after_start(item.evidence) :], FLAGS)
        )
        if not re.search(_KIND_DOES, _before(item.evidence), FLAGS)
        if not re.search(_TYPE_IS, _before(item.evidence))
    ]
    # "dropping to a 'second peak' of 42.5 km and manoeuvring to an accurate landing": the two
    # peaks tell which manoeuvre was flown; a bare manoeuvre word does not.
    # ('disputed ... a claimed "second peak" in altitude': a profile called into doubt.)
    found = [item for item in found if not re.search(_CLAIMED_ONLY, _before(item.evidence), FLAGS)]
    peaks = [item for item in found if re.fullmatch(TWO_PEAKS, item.evidence.text, FLAGS)]
    return peaks[0] if peaks else found[0] if found else None


# "launched what appeared to be a space launch vehicle, its second such attempt this year after
# a failed launch in May", "fired a missile, the first since a failed test in April": a failed
# launch the one told came after is another, older one. (Not "the rocket crashed after a failed
# stage separation": the flight's own failure, which is no launch; nor "After a failed launch on
# Thursday, Pyongyang said": no launch told before it.)
_TOLD_AFTER_ANOTHER = (
    r"\b(?:launch\w*|fired|fires|attempts?|tests?|test-fired)\b[^.;]{0,80}?"
    r"\b(?:after|following|since)\s+(?:an?|its|the|their)\s+(?:earlier\s+|previous\s+)?$"
)
_FAILED_LAUNCH = r"^fail(?:ed|ure)\s+(?:[\w-]+\s+){0,2}?(?:launch|attempt|test|firing)\w*\b"
# "the North's first since its bid to put a first spy satellite into orbit ended in failure in
# late May": the attempt the launch came after, and its failure, told in the clause of "since".
# (Not "the rocket fell after its second stage failed": the flight's own stage, no attempt.)
_SINCE_A_FAILED_BID = (
    r"\b(?:since|after|following)\s+(?:an?|its|the|their|Pyongyang's|North Korea's|the North's)\s+"
    r"(?:(?:earlier|previous|last|first|recent)\s+)?(?:bid|attempt|launch|test|try)\b[^.;]{0,80}?"
    r"\b(?:ended|end(?:s|ing)?|resulted)\s+in\s+$"
)
# "This was Pyongyang's fifth test launch of this kind. ... the first four failed to put their
# payloads into orbit": older attempts counted, not this one. (Not "the first stage failed".)
_EARLIER_ONES = (
    r"\b(?:the|its|all)\s+(?:(?:first|previous|earlier|prior|past|last)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)(?:(?:launch(?:es)?|"
    r"attempts?|tests?|tries|ones)\s+)?|(?:previous|earlier|prior|past)\s+(?:(?:two|three|four|"
    r"five|six|\d+)\s+)?(?:launch(?:es)?|attempts?|tests?|tries|ones)\s+)(?:had\s+|have\s+|all\s+)*$"
)
# "which it had deployed in case debris from a failed launch endangered its territory": a
# failure provided against, not one told.
_IN_CASE = r"\b(?:in case|in the event (?:of|that)|lest|for fear that)\b[^.;]{0,60}$"


def _anothers_failure(text: str, match: re.Match[str]) -> bool:
    """The failure is another launch's, or one only provided against."""
    before = text[: match.start()]
    return bool(
        re.match(FAILURE_OF_ANOTHER, text[match.start() :], FLAGS)
        or (
            re.search(_TOLD_AFTER_ANOTHER, before, FLAGS)
            and re.match(_FAILED_LAUNCH, text[match.start() :], FLAGS)
        )
        or re.search(_IN_CASE, before, FLAGS)
        or re.search(_SINCE_A_FAILED_BID, before, FLAGS)
        or re.search(_EARLIER_ONES, before, FLAGS)
    )


# "Although North Korea failed on Tuesday to put its satellite into orbit" in a report of
# Thursday's missiles, "Tuesday's failed satellite launch": a failure on a weekday of its own.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_NAMES = "|".join(_WEEKDAYS)
_FAILED_ON = rf"^fail(?:ed|ure)\s+(?:on\s+)?(?P<day>{_DAY_NAMES})\b"
_DAYS_FAILED = rf"\b(?P<day>{_DAY_NAMES})'s\s+(?:[\w-]+\s+)?$"


def _failed_another_day(text: str, match: re.Match[str], day: date | None) -> bool:
    """The failure is told on a weekday two or more days from the launch's (a US desk's day
    before the Korean one is the launch's all the same)."""
    if day is None:
        return False
    named = re.match(_FAILED_ON, text[match.start() :], FLAGS) or re.search(
        _DAYS_FAILED, text[: match.start()], FLAGS
    )
    if named is None:
        return False
    apart = (_WEEKDAYS.index(named.group("day").capitalize()) - day.weekday()) % 7
    return apart not in (0, 1, 6)


def find_failure(sentences: Sequence[Sentence], day: date | None = None) -> Found | None:
    """Wording that the launch failed; `day` is the launch's local day, where known."""
    for sentence in sentences:
        for match in re.finditer(FAILURE_PATTERN, sentence.text, FLAGS):
            if _anothers_failure(sentence.text, match):
                continue  # "following the failure of the fifth test-launch"
            if _failed_another_day(sentence.text, match, day):
                continue  # "failed on Tuesday to put its satellite into orbit"
            if not re.search(FAILURE_DOUBTED, sentence.text[: match.start()], FLAGS):
                return Found("failure", sentence.evidence(match, "-> failure"))
    return None
