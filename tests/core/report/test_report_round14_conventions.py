"""Round 14: the label conventions settled on 2026-12-04 (C1-C5, tests/fixtures/reports/corpus/
README.md), which the corpus had labelled both ways.

Each wording is written for these tests, in several outlets' styles, with a near miss each.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, THURSDAY, cells, count


# C3: "from Pyongyang", "in Pyongyang", "from the capital", "near/around Pyongyang", "the
# Pyongyang area" are the Pyongyang area (the table's alias); the city centre only where the text
# says so; a named facility beats both.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles from Pyongyang on Thursday, the JCS said.",
        "The missiles took off from Pyongyang at about 7:10 a.m., the Joint Chiefs said.",
        "A ballistic missile was launched in Pyongyang on Thursday, Seoul's military said.",
        "The North fired a missile from its capital Pyongyang on Thursday, the JCS said.",
        "The missile was fired from the outskirts of the capital on Thursday, KCNA said.",
        "The missiles lifted off from around Pyongyang on Thursday, the military said.",
    ],
)
def test_pyongyang_named_as_the_launch_place_is_the_area(sites, text):
    assert cells(text, THURSDAY, sites)["site_id"] == "pyongyang-area"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile from central Pyongyang on Thursday, the JCS said.",
        "The missile was launched from downtown Pyongyang on Thursday, Yonhap reported.",
    ],
)
def test_the_city_centre_only_where_the_text_says_so(sites, text):
    assert cells(text, THURSDAY, sites)["site_id"] == "pyongyang-town"


def test_a_named_facility_beats_the_city_and_its_area(sites):
    # Near miss: Pyongyang named with its airport is the airport.
    text = "North Korea fired a missile from Pyongyang's Sunan airport on Thursday, the JCS said."
    assert cells(text, THURSDAY, sites)["site_id"] == "pyongyang"


def test_another_town_named_after_from_is_still_the_town(sites):
    # Near miss: no area of the table goes by Wonsan's name, so "from Wonsan" is the town.
    text = "North Korea fired two ballistic missiles from Wonsan on Thursday, the JCS said."
    assert cells(text, THURSDAY, sites)["site_id"] == "wonsan-town"


# C4: "as many as N", "up to N", "no more than N" are N at most.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea test-fired as many as two rounds of ballistic missiles on Thursday.", "2"),
        ("The North fired up to three short-range missiles on Thursday, the JCS said.", "3"),
        ("No more than four missiles were fired on Thursday, Japan's ministry said.", "4"),
        ("The military said not more than two projectiles were launched on Thursday.", "2"),
    ],
)
def test_an_upper_bound_is_at_most(sites, text, expected):
    assert count(text, sites, CLOCK_THURSDAY) == (expected, "at most")


def test_more_than_stays_a_lower_bound(sites):
    # Near miss: "more than" without "no" is still at least.
    text = "North Korea fired more than three missiles on Thursday, the JCS said."
    assert count(text, sites, CLOCK_THURSDAY) == ("3", "at least")


# C5: "about N", "around N", "some N", "roughly N", "approximately N" are N approximately.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired what seemed to be about 10 short-range ballistic missiles on Thursday.",
        "The JCS said around 10 projectiles were launched from Sunan on Thursday.",
        "SEOUL - North Korea launched some 10 short-range ballistic missiles on Thursday.",
        "Roughly 10 missiles were fired toward the East Sea on Thursday, Yonhap reported.",
        "North Korea fired approximately 10 missiles on Thursday, the military said.",
    ],
)
def test_a_round_count_is_approximately(sites, text):
    assert count(text, sites, CLOCK_THURSDAY) == ("10", "approximately")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired at least 10 missiles on Thursday, the JCS said.", ("10", "at least")),
        ("North Korea fired several missiles on Thursday, the JCS said.", ("2", "vague")),
        ("North Korea fired a barrage of missiles on Thursday, the JCS said.", ("2", "vague")),
    ],
)
def test_bounds_and_vague_words_stay(sites, text, expected):
    # Near misses: "at least" stays a lower bound, "several" and "a barrage" stay vague.
    assert count(text, sites, CLOCK_THURSDAY) == expected
