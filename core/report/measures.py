"""Figures of report extraction: range, apogee and flight time, with units converted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from core.report.found import Found
from core.report.lexicon import NUMBER_WORDS
from core.report.patterns import (
    APOGEE_PATTERNS,
    BARE_APOGEE_PATTERN,
    DISTANCE_UNIT,
    FIGURE,
    FLAGS,
    FLIGHT_HOURS_PATTERN,
    FLIGHT_TIME_PATTERNS,
    KM_PER_UNIT,
    MINUTE_WORDS,
    NORTH_KOREAN_CLAIM,
    QUALIFIER,
    RANGE_PATTERNS,
    RANGE_WORDS,
    TEN_WORDS,
    UNIT_WORDS,
)
from core.report.text import Sentence, first_match, parse_number

_HOUR_WORDS = {"one": 1, "an": 1, "two": 2, "three": 3, "four": 4}


_AND_SECONDS: Final = r"\s*(?:,\s*|and\s+)?(?P<sec>[1-5]?\d)\s*(?:seconds?|secs?)\b"


# The value of each word a distance's figure is written in (with "hundred", "thousand" and "a").
_WORD_VALUES: Final = {word: value for value, word in enumerate(UNIT_WORDS, 1)} | {
    word: 10 * tens for tens, word in enumerate(TEN_WORDS, 2)
}


def parse_figure(text: str) -> float:
    """A figure in digits or in words: '1,100' -> 1100.0, 'one thousand' -> 1000.0, 'five
    hundred and fifty' -> 550.0, 'a thousand' -> 1000.0."""
    if re.match(r"\d", text):
        return parse_number(text)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "a":
            current = 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            current += _WORD_VALUES.get(word, 0)
    return float(total + current)


def _reading(match: re.Match[str], sentence: Sentence, label: str) -> Found:
    groups = match.groupdict()
    value = parse_figure(match.group("num"))
    if groups.get("num2"):
        # A span or two missiles' figures: the longer flight.
        value = max(value, parse_number(groups["num2"]))
    unit = match.group("unit").lower()
    # "more than 250 km" is kept as 250; the note tells the reviewer it is a bound.
    qualifier = groups.get("upper") or groups.get("qual") or ""
    qualified = f" (reported as {qualifier} {match.group('num')})" if qualifier else ""
    if unit.startswith("min"):
        # "flew for 47 minutes and 12 seconds", "39 minutes, 15 seconds": the seconds too.
        seconds = re.match(_AND_SECONDS, match.string[match.end() :], FLAGS)
        if seconds is not None and groups.get("num2") is None:
            value = round(value + int(seconds.group("sec")) / 60, 1)
        return Found(value, sentence.evidence(match, f"{label} {value:g} min{qualified}"))
    if unit.startswith("s"):
        minutes = round(value / 60, 1)
        note = f"{label} {minutes:g} min from seconds{qualified}"
        return Found(minutes, sentence.evidence(match, note))
    if KM_PER_UNIT[unit] != 1.0 and (groups.get("alt_unit") or "").lower() in (
        "km",
        "kilometers",
        "kilometres",
    ):
        value, unit = parse_number(groups["alt_num"]), "km"
    # Converted figures are rounded once, to whole km (rounding to 0.1 first turned 3,701.5 up).
    km = value if KM_PER_UNIT[unit] == 1.0 else float(round(value * KM_PER_UNIT[unit]))
    converted = "" if KM_PER_UNIT[unit] == 1.0 else f" from {value:g} {unit}"
    return Found(km, sentence.evidence(match, f"{label} {km:g} km{converted}{qualified}"))


def _readings(
    patterns: tuple[str, ...],
    sentences: Sequence[Sentence],
    label: str,
    estimates: tuple[str, ...] = (),
) -> tuple[Found | None, Found | None]:
    """The first figure from others (JCS, Japan, analysts) and the first North Korea claims.

    A figure told only as a possibility ("said the missile possibly flew some 1,300 km") yields
    to one another sentence states ("holds to its position that the missile flew some 500 km").
    A figure told in its sentence as the South's or Japan's estimate (`estimates`) is theirs,
    whatever other figure the sentence sets against it.
    """
    claimed: Found | None = None
    possible: Found | None = None
    north_agency = False
    for sentence in sentences:
        named = re.findall(_NAMED_AGENCY, sentence.text, FLAGS)
        if named:
            north_agency = bool(re.fullmatch(NORTH_KOREAN_CLAIM, named[-1], FLAGS))
        estimate = first_match(estimates, sentence)
        if estimate is not None:
            found = _reading(estimate, sentence, label)
            note = f"{found.evidence.note}; the estimate of South Korea or Japan"
            return Found(found.value, replace(found.evidence, note=note)), claimed
        match = first_match(patterns, sentence)
        if match is None:
            continue
        found = _reading(match, sentence, label)
        said_by_north = bool(
            north_agency and not named and re.search(_THE_AGENCY, sentence.text, FLAGS)
        ) or _said_after_north(sentence, sentences)
        if re.search(NORTH_KOREAN_CLAIM, sentence.text, FLAGS) or said_by_north:
            claimed = claimed or found
        elif re.search(
            POSSIBLY_BEFORE, sentence.text[max(0, match.start() - 60) : match.start()], FLAGS
        ):
            possible = possible or found
        else:
            return found, claimed
    return possible, claimed


# News agencies named in a report: the last one named is the one "the agency" points back to.
_NAMED_AGENCY: Final = (
    r"\b(?:KCNA|Korean Central News Agency|Yonhap|Kyodo|Jiji|TASS|Xinhua|Reuters|AFP|"
    r"Agence France-Presse|Associated Press|Interfax|RIA Novosti|Anadolu|Bernama|ANI|IANS)\b"
)
# '"... open waters of the East Sea of Korea," the agency said': the agency last named speaks.
_THE_AGENCY: Final = r"\b(?:the|that)\s+(?:state\s+|official\s+|news\s+)*agency\b"


# "the missile is said to have ... flown some 1,500 km", "it reportedly flew": a figure told with
# no speaker of its own, carried on from the sentence before it.
_SAID_TO: Final = (
    r"\b(?:is|was|are|were)\s+(?:also\s+)?(?:said|claimed|reported)\s+to\s+have\b|"
    r"\b(?:reportedly|purportedly|allegedly)\b"
)
# A speaker of its own: "South Korea's military said", "according to the JCS".
_OWN_SPEAKER: Final = r"\b(?:said|says|told|according\s+to|estimated|reported)\b"


def _said_after_north(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """ "North Korea said it test-fired a new missile ... | Fired from near Pyongyang, the missile
    is said to have flown some 1,500 km": a figure told with no speaker right after a sentence
    in which North Korea speaks is still its claim (not one the JCS gives in that sentence)."""
    unsaid = re.sub(_SAID_TO, " ", sentence.text, flags=FLAGS)
    if unsaid == sentence.text or re.search(_OWN_SPEAKER, unsaid, FLAGS):
        return False
    before = [s for s in sentences if s.end <= sentence.start]
    if not before:
        return False
    previous = max(before, key=lambda s: s.start)
    return re.search(NORTH_KOREAN_CLAIM, previous.text, FLAGS) is not None


# "possibly flew", "may have flown", "could have travelled": a figure told as a possibility.
# ("can cover a distance of about 2,500 kilometers", "could fly 2,500 km on a standard
# trajectory": what the missile can do, not what it flew.)
POSSIBLY_BEFORE: Final = (
    r"\b(?:possibly|perhaps|may\s+have|might\s+have|could(?:\s+have)?|can|would(?:\s+have)?)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)


def _measure(
    patterns: tuple[str, ...],
    sentences: Sequence[Sentence],
    label: str,
    estimates: tuple[str, ...] = (),
) -> Found | None:
    """The first figure; one North Korea claims yields to a later one from JCS, Japan or others."""
    stated, claimed = _readings(patterns, sentences, label, estimates)
    return stated or claimed


# South Korea or Japan, or a body of either, as the owner of an estimate: "South Korea's
# military", "the JCS", "Japan's Defense Ministry", "Seoul", "Tokyo".
_SOUTH_OR_JAPAN: Final = (
    r"(?:the\s+)?(?:South\s+Korea(?:'s|n)?|Seoul(?:'s)?|the\s+South(?:'s)?|Japan(?:'s|ese)?|"
    r"Tokyo(?:'s)?|JCS(?:'s)?|Joint\s+Chiefs(?:\s+of\s+Staff)?(?:'s)?)"
    r"(?:\s+(?:military|army|armed\s+forces|defen[cs]e\s+ministry|Defen[cs]e\s+Ministry|"
    r"government|officials|Joint\s+Chiefs\s+of\s+Staff)(?:'s)?)?"
)
_ESTIMATE_WORDS: Final = r"(?:estimate|assessment|calculation|figure|reading)s?"
# "flown 1,500 kilometers, well beyond the 1,100-kilometer (680-mile) estimate given by South
# Korea's military", "against the JCS's estimate of 1,100 km", "Japan's 1,100 km estimate": a
# distance told as the South's or Japan's estimate, set against another figure (North Korea's
# claim). (Not "a range estimate": what the type can reach; nor an estimate with no owner.)
_RANGE_ESTIMATES: Final = (
    r"\b"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + r"(?:\s*\([^)]{0,30}\))?\s+"
    + _ESTIMATE_WORDS
    + r"\s+(?:(?:given|made|offered|put\s+forward|released|provided|announced|reported|"
    r"published)\s+)?(?:by|from|of)\s+" + _SOUTH_OR_JAPAN + r"\b",
    r"\b"
    + _SOUTH_OR_JAPAN
    + r"\s+(?:own\s+|earlier\s+|initial\s+)?"
    + _ESTIMATE_WORDS
    + r"\s+of\s+"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT,
    r"\b"
    + _SOUTH_OR_JAPAN
    + r"\s+(?:own\s+|earlier\s+|initial\s+)?"
    + QUALIFIER
    + FIGURE
    + DISTANCE_UNIT
    + r"(?:\s*\([^)]{0,30}\))?\s+"
    + _ESTIMATE_WORDS
    + r"\b",
)


# "The first missile flew 150 km ... The second travelled 400 km": one figure per missile.
# ("one missile reached ... and flew 217 miles, while the other ...": one, then the other)
_FIRST_OF: Final = (
    r"\b(?:the\s+)?first\b|\bone\s+(?:missile|projectile|rocket|of\s+(?:them|the\s+(?:two\s+)?"
    r"(?:missiles|projectiles|rockets)))\b"
)
_NEXT_OF: Final = r"\b(?:the\s+)?(?:second|other|latter|third)\b"
# "while the other flew lower, at an altitude of 31 miles, | but travelled about 500 miles": a
# clause with no subject of its own goes on telling the missile of the clause before it.
_GOES_ON: Final = (
    r"^\W*(?:but|and|yet)\s+(?:then\s+|also\s+|still\s+)?(?!it\b|they\b|the\b)\w+(?:ed|ew|own)\b"
)


def find_range(sentences: Sequence[Sentence]) -> Found | None:
    """Distance flown, in km; of figures given missile by missile, the longest."""
    found = _measure(RANGE_PATTERNS, sentences, "range", _RANGE_ESTIMATES)
    if found is None:
        return found
    if not re.search(_FIRST_OF, found.evidence.sentence, FLAGS):
        return _one_missile_farther(_each_told(found, sentences), sentences)
    found = _second_in_sentence(found, sentences)
    later = [s for s in sentences if s.start > found.evidence.start]
    for before, sentence in zip([None, *later], later, strict=False):
        goes_on = (
            before is not None
            and before.paragraph == sentence.paragraph
            and re.search(_NEXT_OF, before.text, FLAGS) is not None
            and re.match(_GOES_ON, sentence.text, FLAGS) is not None
        )
        if not re.search(_NEXT_OF, sentence.text, FLAGS) and not goes_on:
            continue
        match = first_match(RANGE_PATTERNS, sentence)
        if match is None or re.search(NORTH_KOREAN_CLAIM, sentence.text, FLAGS):
            continue
        other = _reading(match, sentence, "range")
        if float(other.value) > float(found.value):
            note = f"{other.evidence.note}; the longer of the missiles' figures"
            found = Found(other.value, replace(other.evidence, note=note))
    return found


def _second_in_sentence(found: Found, sentences: Sequence[Sentence]) -> Found:
    """ "the first after travelling about 850 km and the second after flying about 900 km": the
    next missile's figure told later in the same sentence; of the two, the longer."""
    own = [s for s in sentences if s.start <= found.evidence.start < s.end]
    if not own or re.search(NORTH_KOREAN_CLAIM, own[0].text, FLAGS):
        return found
    sentence = own[0]
    after = found.evidence.end - sentence.start
    named = re.compile(_NEXT_OF, FLAGS).search(sentence.text, after)
    if named is None:
        return found
    matches = [
        m for p in RANGE_PATTERNS if (m := re.compile(p, FLAGS).search(sentence.text, named.end()))
    ]
    if not matches:
        return found
    other = _reading(min(matches, key=lambda m: m.start()), sentence, "range")
    if float(other.value) > float(found.value):
        note = f"{other.evidence.note}; the longer of the missiles' figures"
        return Found(other.value, replace(other.evidence, note=note))
    return found


# "they flew around 430 km ... He said the second missile, which flew 690 km, is a new type": a
# figure for them all, then one missile's own; of two missiles' figures, the longer. (Not "the
# second missile launch this year": another launch.)
_ONE_MISSILE: Final = (
    r"\b(?:the\s+)?(?:second|other|latter|third|last|longer-range)\s+(?:one|missile|projectile|"
    r"rocket)\b(?!\s+(?:launch|test|firing|attempt)s?\b)"
)


def _one_missile_farther(found: Found, sentences: Sequence[Sentence]) -> Found:
    for sentence in (s for s in sentences if s.start > found.evidence.start):
        named = re.search(_ONE_MISSILE, sentence.text, FLAGS)
        match = first_match(RANGE_PATTERNS, sentence)
        if named is None or match is None or match.start() < named.start():
            continue
        if re.search(NORTH_KOREAN_CLAIM, sentence.text, FLAGS):
            continue
        other = _reading(match, sentence, "range")
        if float(other.value) > float(found.value):
            note = f"{other.evidence.note}; the longer of the missiles' figures"
            return Found(other.value, replace(other.evidence, note=note))
    return found


# "Japan said the two missiles flew about 900km and 950km respectively", "at least two missiles
# had reached distances of 900km and 950km": figures missile by missile after a figure for them
# all; the longer is the launch's.
_RESPECTIVELY: Final = r"\brespectively\b|\bdistances\s+of\b"


def _each_told(found: Found, sentences: Sequence[Sentence]) -> Found:
    for sentence in (s for s in sentences if s.start > found.evidence.start):
        if not re.search(_RESPECTIVELY, sentence.text, FLAGS):
            continue
        match = first_match(RANGE_PATTERNS, sentence)
        if match is None or not match.groupdict().get("num2"):
            continue
        if re.search(NORTH_KOREAN_CLAIM, sentence.text, FLAGS):
            continue
        other = _reading(match, sentence, "range")
        if float(other.value) > float(found.value):
            note = f"{other.evidence.note}; the longer of the missiles' figures told each"
            return Found(other.value, replace(other.evidence, note=note))
    return found


# "it seems to have exploded at an altitude of about 10 km": where it broke up, not its peak.
BREAKUP_BEFORE = (
    r"\b(?:explod\w*|blew up|broke up|disintegrat\w*|disappeared|vanished|"
    # "radar picked up a second missile but lost it at an altitude of 17 km", "lost track of it
    # at 20 km": the height where the track ended, not the peak.
    r"lost\s+(?:it|them|track|contact|sight|(?:the|its|their)\s+(?:signal|track))|"
    r"(?:dropped|vanished|disappeared)\s+(?:off|from)\s+(?:the\s+)?radar)\b[^.;]*$"
)


def find_apogee(sentences: Sequence[Sentence]) -> Found | None:
    """Maximum altitude, in km; "reached 4,475 km" counts where no other altitude is stated."""
    sentences = [s for s in sentences if not _at_breakup(s)]
    stated, claimed = _readings(APOGEE_PATTERNS, sentences, "apogee")
    if stated is not None:
        return stated
    heights = [s for s in sentences if not re.search(RANGE_WORDS, s.text, FLAGS)]
    bare, bare_claimed = _readings((BARE_APOGEE_PATTERN,), heights, "apogee")
    if bare is not None:
        note = bare.evidence.note + " ('reached' with no altitude word: check it is a height)"
        return Found(bare.value, replace(bare.evidence, note=note))
    return claimed or bare_claimed


def _at_breakup(sentence: Sentence) -> bool:
    match = first_match(APOGEE_PATTERNS, sentence)
    return match is not None and bool(
        re.search(BREAKUP_BEFORE, sentence.text[max(0, match.start() - 80) : match.start()], FLAGS)
    )


# Counted numbers, and the tens a duration may be written in ("twenty minutes").
_MINUTE_WORDS = {**NUMBER_WORDS, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40}


_FLIGHT_WORDS: Final = (
    r"\b(?:flew|flown|flying|flight|flights|airborne|aloft|in the air|traveled|travelled|"
    r"travel(?:l)?ing|covered|covering)\b"
)


# Airliners' flights and airports: a sentence about air traffic, not the missile's flight.
_AIR_TRAFFIC: Final = (
    r"\b(?:airports?|airlines?|airliners?|air\s+traffic|passenger\s+(?:jets?|planes?))\b|"
    r"\bflights\s+(?:in\s+and\s+out\s+of|to\s+and\s+from|were|had\s+been)\b"
)


def find_flight_time(sentences: Sequence[Sentence]) -> Found | None:
    """Flight time, in minutes ("one hour and 26 minutes" is 86)."""
    for sentence in sentences:
        match = re.search(FLIGHT_HOURS_PATTERN, sentence.text, FLAGS)
        if match is None:
            continue
        # "fired several missiles into the East Sea for over an hour": how long the firing went
        # on. A bare "for" or "in" times a flight only in a sentence that tells one.
        cue = match.group(0).split()[0].lower()
        if cue in ("for", "in") and not re.search(_FLIGHT_WORDS, sentence.text, FLAGS):
            continue
        # "forcing flights in and out of Incheon airport to halt for three hours": how long air
        # traffic stopped, not how long the missile flew.
        if cue in ("for", "in") and re.search(_AIR_TRAFFIC, sentence.text, FLAGS):
            continue
        # "the missile was still in the air an hour after it was launched": a time it was seen
        # flying at, not how long it flew.
        if re.search(r"\bstill\s+$", sentence.text[: match.start()], FLAGS):
            continue
        hours = match.group("hours").lower()
        minutes = 60 * (int(hours) if hours.isdigit() else _HOUR_WORDS[hours])
        minutes += 30 if match.group("half") else 0
        said = (match.group("minutes") or "0").lower()
        minutes += int(said) if said.isdigit() else _MINUTE_WORDS[said]
        return Found(float(minutes), sentence.evidence(match, f"flight time {minutes} min"))
    found = _measure(FLIGHT_TIME_PATTERNS, sentences, "flight time")
    if found is not None and _later_than_a_passage(found):
        found = None
    return found or _worded_flight(sentences)


# "The missile flew over Japan and fell 30 minutes later": later than the flight over a place,
# not than the launch (a fall "N minutes later" counts from the launch told before it).
_PASSAGE_BEFORE: Final = r"\b(?:flew|flying|passed|passing|crossed|crossing)\s+over\b"


def _later_than_a_passage(found: Found) -> bool:
    text = found.evidence.sentence
    at = text.find(found.evidence.text)
    return bool(
        re.search(r"\blater\s*$", found.evidence.text, FLAGS)
        and at >= 0
        and re.search(_PASSAGE_BEFORE, text[: at + len(found.evidence.text)], FLAGS)
    )


# "flown for over a minute", "flew about one or two minutes before it exploded"
_WORDED_FLIGHT: Final = (
    # ("was tracked for six minutes": followed by radar for as long as it flew)
    r"\b(?:flew|flown|flying|in the air|airborne|aloft|lasted|"
    # ("had tracked it for six minutes until it came down": the object between)
    r"tracked(?:\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:missiles?|projectiles?|rockets?)))?|"
    # ("brief flight time, likely under ten minutes", "a flight time of about six minutes")
    r"flight\s+time(?:\s+(?:of|was|lasted)|\s*[,:]|\s+-+))\s+(?:for\s+)?"
    r"(?:(?:likely|probably|possibly|perhaps|estimated at|put at)\s+)?"
    r"(?:about\s+|over\s+|more than\s+|just\s+|only\s+|some\s+|nearly\s+|around\s+|"
    r"approximately\s+|roughly\s+|almost\s+|under\s+|less than\s+)?"
    r"(?P<first>a|an|" + MINUTE_WORDS + r")(?:\s+(?:or|to)\s+(?P<second>" + MINUTE_WORDS + r"))?"
    r"\s+(?P<unit>minutes?|seconds?)\b"
)


# "the missile fizzled out within forty-two seconds of launch", "broke up after twenty-five
# seconds": how long it flew before it failed, the tens and units joined.
_WORDED_FAILURE: Final = (
    r"\b(?:broke|exploded|disintegrated|failed|blew up|crashed|fizzled)\b[^.;]{0,60}?"
    r"\b(?:after|within)\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+)?"
    r"(?P<tens>twenty|thirty|forty|fifty)(?:-(?P<units>one|two|three|four|five|six|seven|eight|"
    r"nine))?\s+(?P<unit>minutes?|seconds?)\b"
)


def _worded_flight(sentences: Sequence[Sentence]) -> Found | None:
    """A flight time said in words; of "one or two minutes", the longer."""
    for sentence in sentences:
        failed = re.search(_WORDED_FAILURE, sentence.text, FLAGS)
        if failed is not None:
            units = failed.group("units")
            count = _WORD_VALUES[failed.group("tens").lower()] + (
                _MINUTE_WORDS[units.lower()] if units else 0
            )
            second = failed.group("unit").lower().startswith("second")
            minutes = count / 60 if second else count
            note = f"flight time {minutes:g} min (in words, to the failure)"
            return Found(round(minutes, 1), sentence.evidence(failed, note))
        match = re.search(_WORDED_FLIGHT, sentence.text, FLAGS)
        if match is None:
            continue
        word = (match.group("second") or match.group("first")).lower()
        count = 1 if word in ("a", "an") else _MINUTE_WORDS[word]
        minutes = count / 60 if match.group("unit").lower().startswith("second") else count
        note = f"flight time {minutes:g} min (in words)"
        return Found(round(minutes, 1), sentence.evidence(match, note))
    return None
