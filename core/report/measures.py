"""Figures of report extraction: range, apogee and flight time, with units converted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.report.found import Found
from core.report.patterns import (
    APOGEE_PATTERNS,
    FLAGS,
    FLIGHT_HOURS_PATTERN,
    FLIGHT_TIME_PATTERNS,
    KM_PER_UNIT,
    NORTH_KOREAN_CLAIM,
    RANGE_PATTERNS,
)
from core.report.text import Sentence, first_match, parse_number

_HOUR_WORDS = {"one": 1, "an": 1, "two": 2, "three": 3, "four": 4}


def _reading(match: re.Match[str], sentence: Sentence, label: str) -> Found:
    groups = match.groupdict()
    value = parse_number(match.group("num"))
    if groups.get("num2"):
        # A span or two missiles' figures: the longer flight.
        value = max(value, parse_number(groups["num2"]))
    unit = match.group("unit").lower()
    # "more than 250 km" is kept as 250; the note tells the reviewer it is a bound.
    qualifier = groups.get("qual") or ""
    qualified = f" (reported as {qualifier} {match.group('num')})" if qualifier else ""
    if unit.startswith("min"):
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
    km = round(value * KM_PER_UNIT[unit], 1)
    km = float(round(km)) if unit != "km" else km
    converted = "" if KM_PER_UNIT[unit] == 1.0 else f" from {value:g} {unit}"
    return Found(km, sentence.evidence(match, f"{label} {km:g} km{converted}{qualified}"))


def _measure(patterns: tuple[str, ...], sentences: Sequence[Sentence], label: str) -> Found | None:
    """The first figure; one North Korea claims yields to a later one from JCS, Japan or others."""
    claimed: Found | None = None
    for sentence in sentences:
        match = first_match(patterns, sentence)
        if match is None:
            continue
        found = _reading(match, sentence, label)
        if not re.search(NORTH_KOREAN_CLAIM, sentence.text, FLAGS):
            return found
        claimed = claimed or found
    return claimed


def find_range(sentences: Sequence[Sentence]) -> Found | None:
    """Distance flown, in km."""
    return _measure(RANGE_PATTERNS, sentences, "range")


def find_apogee(sentences: Sequence[Sentence]) -> Found | None:
    """Maximum altitude, in km."""
    return _measure(APOGEE_PATTERNS, sentences, "apogee")


def find_flight_time(sentences: Sequence[Sentence]) -> Found | None:
    """Flight time, in minutes ("one hour and 26 minutes" is 86)."""
    for sentence in sentences:
        match = re.search(FLIGHT_HOURS_PATTERN, sentence.text, FLAGS)
        if match is None:
            continue
        hours = match.group("hours").lower()
        minutes = 60 * (int(hours) if hours.isdigit() else _HOUR_WORDS[hours])
        minutes += int(match.group("minutes") or 0)
        return Found(float(minutes), sentence.evidence(match, f"flight time {minutes} min"))
    return _measure(FLIGHT_TIME_PATTERNS, sentences, "flight time")
