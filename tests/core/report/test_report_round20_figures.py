"""Round 20 (fix20c): range, apogee, flight time, landing read on 770-829's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, cells, field


# 783, 402, 085, 581: a body says it cannot (yet) tell where the missile came down; a heading
# told elsewhere in the report ("toward the sea between the peninsula and Japan", "fired into the
# East Sea") is then no landing (C8).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile toward the sea between the Korean Peninsula and "
        "Japan on Thursday, the JCS said. The JCS could not immediately confirm how far it flew "
        "or where it came down.",
        "North Korea launched a missile into the East Sea on Thursday, Yonhap reported. Seoul's "
        "military did not say how many missiles were fired or where they landed.",
        "Pyongyang fired two short-range missiles toward its east coast on Thursday. The Joint "
        "Chiefs of Staff gave the flight distance, without saying where the missiles fell.",
        "North Korea fired a projectile off its east coast on Thursday, officials said. Where it "
        "splashed down was not immediately clear.",
    ],
)
def test_a_fall_left_unconfirmed_voids_a_heading_told_elsewhere(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    "text",
    [
        # Near miss: another body tells the fall into a named sea.
        "North Korea fired a ballistic missile toward the East Sea on Thursday. The JCS did not "
        "immediately confirm where it came down. Japan said it landed in the Sea of Japan.",
        # Near miss: a fall into the sea is told; the heading names that sea.
        "North Korea fired missiles toward the Sea of Japan on Thursday, and they flew 500 km "
        "before falling into the sea. Japan's ministry spoke of the launch without saying where "
        "it fell.",
    ],
)
def test_a_fall_told_beside_an_unconfirmed_one_keeps_the_sea(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


# 771: a submarine launch "in the waters off its east coast" names where the submarine fired
# from, not where the missile fell (C8).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea said on Thursday it had test-fired a new submarine-launched ballistic "
        "missile in the waters off its east coast.",
        "Pyongyang's state media said an SLBM was launched in waters off the east coast on "
        "Thursday.",
        "North Korea test-fired a missile from underwater in the waters off its eastern coast "
        "on Thursday, KCNA said.",
    ],
)
def test_a_submarine_launch_in_waters_off_the_coast_is_no_landing(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_a_submarine_missile_that_fell_in_waters_off_the_coast_landed_there(sites):
    # Near miss: the missile fell in those waters.
    text = (
        "North Korea test-fired a submarine-launched ballistic missile on Thursday; it fell in "
        "the waters off its east coast, the JCS said."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# 796: a submarine missile fired "off the country's eastern coast" (the launch place), with its
# fall told in another sentence: that fall is the landing.
@pytest.mark.parametrize(
    "fall",
    [
        "The missile blew up at a height of about 10 km between the Korean peninsula and Japan.",
        "Japan said the missile came down in the Sea of Japan.",
        "It exploded over the East Sea moments later, Yonhap said.",
    ],
)
def test_a_submarine_launch_off_the_coast_keeps_a_fall_told_elsewhere(sites, fall):
    text = (
        "A North Korean submarine fired a submarine-launched ballistic missile off the "
        f"country's eastern coast on Thursday, the JCS said. {fall}"
    )
    found = cells(text, CLOCK_THURSDAY, sites)
    assert found["landing_area"] == "sea_of_japan"


def test_a_submarine_launch_off_the_coast_alone_is_no_landing(sites):
    # Near miss: no fall told anywhere else.
    text = (
        "A North Korean submarine fired a submarine-launched ballistic missile off the "
        "country's eastern coast on Thursday, the JCS said."
    )
    assert field(text, sites, "landing_area") == ""


# 825: "pieces of the rocket fell into" three seas are pieces, not the launch's landing.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea's satellite launch failed on Thursday. Japan said pieces of the rocket fell "
        "into the Yellow Sea, the East China Sea and the Pacific Ocean.",
        "North Korea's rocket broke up on Thursday, and pieces of it came down in the East Sea, "
        "the JCS said.",
        "Thursday's launch failed; pieces of the carrier rocket landed in the Yellow Sea, Japan's "
        "ministry said.",
    ],
)
def test_a_rockets_pieces_are_no_landing(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_a_missile_broken_into_pieces_still_fell_where_it_fell(sites):
    # Near miss: a missile that broke "into two pieces" still fell where it fell.
    text = (
        "Japan said the missile fired on Thursday may have broken into two pieces before it "
        "fell into the Sea of Japan."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# 822: thousands set apart by a space ("1 000 km", "6 000 km"), as European outlets write them.
@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        (
            "North Korea fired a missile on Thursday that flew about 1 000 km, the JCS said.",
            "range_km",
            "1000",
        ),
        (
            "North Korea's missile travelled 2 200 kilometres on Thursday, Japan said.",
            "range_km",
            "2200",
        ),
        (
            "Japan said the missile fired on Thursday climbed higher than 6 000 km.",
            "apogee_km",
            "6000",
        ),
    ],
)
def test_thousands_set_apart_by_a_space(sites, text, name, value):
    assert field(text, sites, name) == value


def test_a_reach_in_thousands_is_no_range(sites):
    # Near miss: the type's reach, in words, is no distance flown.
    text = (
        "North Korea fired a missile with a reach of more than 15 thousand km on Thursday. It "
        "flew about 300 km, the JCS said."
    )
    assert field(text, sites, "range_km") == "300"


# 807: "The highest altitude of the missiles tracked by our radar was about 130 km": the altitude
# word and its verb set apart by what the altitude is of.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday. The highest altitude of the missiles "
        "tracked by our long-range radar was about 130 kilometers, a military source said.",
        "North Korea fired a missile on Thursday. The maximum height of its flight as seen by "
        "Japanese radar was 130 km.",
        "North Korea fired a missile on Thursday; the peak altitude of the projectile reached "
        "was 130 km, the JCS said.",
    ],
)
def test_an_altitude_of_the_missiles_was(sites, text):
    assert field(text, sites, "apogee_km") == "130"


def test_an_earlier_launchs_altitude_is_no_apogee(sites):
    # Near miss: the altitude of a missile launched on another day.
    text = (
        "North Korea fired a missile on Thursday. The altitude of the missile launched in March "
        "was 2,000 km, analysts recalled."
    )
    assert field(text, sites, "apogee_km") == ""


def test_flying_over_a_distance_is_no_height(sites):
    # Near miss: "flew over 600 km" is a distance, not "higher than".
    text = "North Korea fired a missile on Thursday that flew over 600 km, the JCS said."
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["range_km"], found["apogee_km"]) == ("600", "")


# 812: "flew 1,001.2 kilometers (622 miles) in 5,156 seconds": the flight time past the
# converted unit.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "KCNA said the missile flew 1,001.2 kilometers (622 miles) in 5,156 seconds on "
            "Thursday.",
            "85.9",
        ),
        ("The missile travelled 950 km (590 mi) in 4,020 seconds on Thursday.", "67"),
        ("Rodong Sinmun said the rocket flew 600 miles (966 km) in 40 minutes.", "40"),
    ],
)
def test_a_flight_time_past_a_converted_unit(sites, text, minutes):
    assert field(text, sites, "flight_time_min") == minutes


def test_a_month_after_a_converted_unit_is_no_flight_time(sites):
    # Near miss: "in March" after the distance is no flight time.
    text = "North Korea fired a missile on Thursday that flew 600 km (373 miles) in March."
    assert field(text, sites, "flight_time_min") == ""


# 787: "had tracked it for six minutes until it came down": the object between "tracked" and
# the time.
@pytest.mark.parametrize(
    "text",
    [
        "U.S. Pacific Command said it had tracked it for six minutes until it came down in the "
        "Sea of Japan on Thursday.",
        "Japanese radar tracked the missile for six minutes after the launch on Thursday.",
        "NORAD tracked the ballistic missiles for six minutes before they fell on Thursday.",
    ],
)
def test_tracked_it_for_minutes_is_its_flight_time(sites, text):
    assert field(text, sites, "flight_time_min") == "6"


def test_a_programme_tracked_for_years_is_no_flight_time(sites):
    # Near miss: a span that is no flight, in another unit.
    text = (
        "North Korea fired a missile on Thursday. U.S. agencies have tracked the program for "
        "six years."
    )
    assert field(text, sites, "flight_time_min") == ""


# 777: a figure for both missiles, then one missile's own longer figure: the longer is the
# launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday, and they flew around 430 km, the JCS said. "
        "An official said the second missile, which flew 690 kilometers, is a new type.",
        "Two projectiles were fired on Thursday and flew about 430 km. The other one travelled "
        "690 km, a later analysis found.",
        "North Korea fired two missiles on Thursday that flew 430 km, Seoul said. The latter "
        "missile flew 690 km, Japan added.",
    ],
)
def test_one_missiles_longer_figure_after_the_pairs(sites, text):
    assert field(text, sites, "range_km") == "690"


def test_an_earlier_second_test_is_not_one_of_the_missiles(sites):
    # Near miss: "second missile test" is another launch.
    text = (
        "North Korea fired two missiles on Thursday that flew about 430 km, the JCS said. Its "
        "second missile test this month flew 1,000 km."
    )
    assert field(text, sites, "range_km") == "430"
