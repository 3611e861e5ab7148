"""General wordings found by probing each field with outlets' usual phrasings (round 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.extraction import draft_cells
from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reporters by their usual descriptions, not only their names.
        (
            "North Korea fired a missile on Thursday, Pyongyang's official news agency said.",
            {"reporters": "KCNA"},
        ),
        ("The North's state news agency said it had tested a missile.", {"reporters": "KCNA"}),
        ("Seoul's Joint Chiefs said the North fired a missile.", {"reporters": "JCS"}),
        (
            "Japan's top government spokesman said a North Korean missile fell on Thursday.",
            {"reporters": "Japan government"},
        ),
        ("Japan's Joint Staff said North Korea fired a missile.", {"reporters": "Japan MOD"}),
        # Counts.
        ("North Korea fired half a dozen missiles on Thursday.", {"count": "6"}),
        (
            "North Korea fired an unspecified number of ballistic missiles.",
            {"count": "2", "count_qualifier": "vague"},
        ),
        # A four-digit clock with a local zone.
        (
            "North Korea fired a missile at 0710 local time on Thursday.",
            {"time_utc": "22:10", "date_utc": "2025-05-07"},
        ),
        # Failure, landing and EEZ wordings.
        ("The missile exploded in mid-air on Thursday.", {"outcome": "failure"}),
        (
            "A missile fell in the waters off the Korean Peninsula's east coast on Thursday.",
            {"landing_area": "sea_of_japan"},
        ),
        (
            "Japan's defense ministry said the missile did not land in its EEZ.",
            {"japan_eez": "outside", "reporters": "Japan MOD"},
        ),
        (
            "Japan said the missile is believed to have landed within its EEZ.",
            {"japan_eez": "inside"},
        ),
        # Sites: the capital, and a place after a longer possessive.
        (
            "North Korea fired missiles from near its capital on Thursday.",
            {"site_id": "pyongyang-area"},
        ),
        (
            "North Korea fired a missile from Kangwon province's Tongchon county.",
            {"site_id": "tongchon-town"},
        ),
    ],
)
def test_a_usual_wording_gives_the_field(sites, text, expected):
    cells = draft_cells(extract_report(text, date(2025, 5, 8), sites))
    assert {name: cells[name] for name in expected} == expected


def test_its_eez_in_a_sentence_not_about_japan_is_no_verdict(sites):
    text = "North Korea said the missile landed within its exclusive economic zone."
    assert draft_cells(extract_report(text, date(2025, 5, 8), sites))["japan_eez"] == ""
