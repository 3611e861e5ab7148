"""Round 22 (fix22c): landing read on 890-949's misses (the sea between Japan and Korea named
from either shore, a recalled launch of the series this one extends, a sea flown over).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "the waters between North Korea and Japan", "between Japan and the peninsula" (925, 936) --


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, the JCS said. It splashed down in "
        "the waters between North Korea and Japan.",
        "Seoul's military said the North launched two missiles into the sea that lies between "
        "Japan and the Korean peninsula on Thursday.",
        "North Korea test-fired a missile that landed in waters between Japan and Korea, "
        "Japan's defence ministry said.",
        "The missile came down in the sea between the North and Japan, South Korea's military "
        "said of Thursday's launch.",
    ],
)
def test_the_sea_between_japan_and_korea_from_either_shore(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, the JCS said. The launch comes as "
        "talks between North Korea and Japan have stalled.",
        "North Korea launched a missile on Thursday, South Korea's military said, adding to "
        "the tension between Japan and the Korean peninsula's two states.",
    ],
)
def test_near_miss_relations_between_japan_and_korea_are_no_sea(sites, text):
    assert field(text, sites, "landing_area") == ""


# --- "a burst of launches that took in Tuesday's missile over Japan": a recalled launch (893) --


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles toward the East Sea on Thursday, the JCS "
        "said.\n\nThursday's firings extend a burst of launches that took in Tuesday's "
        "intermediate-range missile over Japan.",
        "North Korea launched a missile into the Sea of Japan on Thursday, Tokyo said.\n\n"
        "It is the latest in a string of tests which has featured a missile that flew over "
        "Hokkaido last week.",
        "North Korea fired a short-range missile toward the East Sea, Seoul said.\n\nThe launch "
        "adds to a spate of firings that had taken in an ICBM over Japan on Monday.",
    ],
)
def test_a_series_that_took_in_a_flight_over_japan_is_recalled(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired an intermediate-range missile over Japan on Thursday, Japan's "
        "government said. The launch extends a burst of tests this year.",
        "North Korea launched a missile that flew over Hokkaido and fell into the Pacific on "
        "Thursday, the latest in a string of launches, Tokyo said.",
    ],
)
def test_near_miss_this_launch_over_japan_in_a_series(sites, text):
    assert field(text, sites, "landing_area") == "pacific"


# --- "while it was flying over the waters between Japan and the peninsula": a route (599) ------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired an ICBM on Thursday, Seoul said. Radar tracked it while it was "
        "flying over the waters between Japan and the Korean Peninsula.",
        "North Korea launched a missile on Thursday, officials said. Japanese radar picked it "
        "up flying over the sea between North Korea and Japan.",
    ],
)
def test_a_sea_flown_over_is_a_route_not_a_fall(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired an ICBM on Thursday, Seoul said. It fell into the waters between "
        "Japan and the Korean Peninsula after flying for an hour.",
        "North Korea launched a missile on Thursday that flew for 40 minutes and landed in the "
        "sea between North Korea and Japan, officials said.",
        # (C9: a missile that blew up over a named sea fell in it)
        "North Korea fired a missile on Thursday that blew up over the waters between Japan "
        "and the Korean Peninsula, the JCS said.",
    ],
)
def test_near_miss_a_sea_fallen_into_after_flying(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "moved in an irregular up-and-down pattern": a pull-up told in other words (898) ---------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, the JCS said. The missile moved in an "
        "irregular up-and-down pattern as it climbed and descended.",
        "North Korea launched a missile on Thursday that followed an irregular zigzag course, "
        "Japan's defence ministry said.",
        "Seoul said the missile fired on Thursday showed irregular movements late in its flight.",
    ],
)
def test_an_irregular_pattern_of_flight_is_a_pullup(sites, text):
    assert field(text, sites, "maneuver") == "pullup"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, the JCS said. Analysts noted an "
        "irregular pattern of launches this year.",
        "North Korea launched a missile on Thursday, Seoul said, after an irregular pattern of "
        "tests since the spring.",
    ],
)
def test_near_miss_an_irregular_pattern_of_launches_is_the_series(sites, text):
    assert field(text, sites, "maneuver") == ""


# --- "the missiles flew very low, at about 25km": a low flight's height (938) ------------------


@pytest.mark.parametrize(
    ("text", "apogee"),
    [
        (
            "North Korea fired two missiles on Thursday. The JCS said they flew very low, at "
            "about 25km, and covered about 220km.",
            "25",
        ),
        (
            "North Korea launched a missile on Thursday that flew low at an altitude of 30 "
            "kilometers, South Korea's military said.",
            "30",
        ),
        (
            "Seoul said the projectiles fired on Thursday were flying unusually low, at 40 km, "
            "over a 300 km course.",
            "40",
        ),
    ],
)
def test_a_low_flight_s_height_is_its_apogee(sites, text, apogee):
    assert field(text, sites, "apogee_km") == apogee


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday. The JCS said they flew low and covered "
        "about 220 km.",
        "North Korea launched a missile on Thursday that flew low over the sea for 250 km, "
        "Seoul said.",
    ],
)
def test_near_miss_a_low_flight_s_distance_is_no_height(sites, text):
    assert field(text, sites, "apogee_km") == ""
