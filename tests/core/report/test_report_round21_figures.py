"""Round 21 (fix21c): range, landing and manoeuvre read on 830-889's misses (troops' "the
manoeuvres", a type's reach told in a relative clause or "up to", a headline's bare "off east
coast").

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "the day after the maneuvers began": the drills, not a profile flown (834) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles into the sea, the JCS said.\n\n"
        "Pyongyang has condemned the maneuvers as a rehearsal for invasion.",
        "North Korea launched a missile on Thursday, South Korea's military said.\n\n"
        "The launch came a week after the manoeuvres started near the border.",
        "Seoul said North Korea fired a short-range missile.\n\n"
        "The North's army vowed to answer the maneuvers with force, a spokesman said the day "
        "after the maneuvers opened.",
    ],
)
def test_the_manoeuvres_are_the_drills(sites, text):
    assert field(text, sites, "maneuver") == ""


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile, the JCS said. The missile made maneuvers in its "
        "final phase, Japan's defence ministry said.",
        "North Korea launched a missile that performed pull-up manoeuvres before it fell, "
        "South Korea's military said.",
    ],
)
def test_near_miss_a_missile_s_manoeuvres_are_its_profile(sites, text):
    assert field(text, sites, "maneuver") == "pullup"


# --- "the KN-02 ... that has a range of about 120 km": a type's reach (853) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired three short-range missiles into the sea, the JCS said. An official "
        "said they may be KN-02 missiles, a Soviet-derived design that has a range of about "
        "120 kilometers.",
        "North Korea launched two missiles on Thursday, Seoul said. Analysts said the weapon "
        "could be a Scud variant which had a range of 300 km.",
        "North Korea fired a missile on Thursday, the JCS said. The Musudan's range is "
        "estimated at up to 4,000 km, enough to reach Guam.",
    ],
)
def test_a_type_s_reach_is_no_range_flown(sites, text):
    assert field(text, sites, "range_km") == ""


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile, the JCS said. Its flight range was estimated at "
        "about 450 km.",
        "North Korea fired a missile that flew about 120 kilometers, the JCS said.",
    ],
)
def test_near_miss_this_flight_s_range_stays(sites, text):
    assert field(text, sites, "range_km") in ("450", "120")


# --- a headline's "fired into sea off east coast": no article before the coast (879) -----------


@pytest.mark.parametrize(
    "text",
    [
        "Suspected North Korean missile fired into sea off east coast\n\n"
        "North Korea launched a suspected missile into the sea on Sunday, officials said.",
        "N. Korea fires ballistic missile off east coast\n\n"
        "North Korea fired a ballistic missile on Sunday, South Korea's military said.",
        "North Korea launches projectile toward eastern coast: Seoul\n\n"
        "North Korea launched a projectile on Sunday, the JCS said.",
    ],
)
def test_a_headline_s_bare_east_coast_is_the_sea_of_japan(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_a_west_coast_headline_is_not_the_sea_of_japan(sites):
    text = (
        "North Korea fires artillery off west coast\n\n"
        "North Korea fired rounds on Sunday, South Korea's military said."
    )
    assert field(text, sites, "landing_area") != "sea_of_japan"


# --- "South Korea and Japan say it fired": two bodies speaking, not firing (886) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL -- North Korea's neighbours South Korea and Japan say it fired a ballistic "
        "missile off the east coast on Tuesday.",
        "TOKYO -- Japan and South Korea report that it launched a missile into the East Sea "
        "on Tuesday.",
        "Seoul and Tokyo confirm it fired a missile toward the Sea of Japan on Tuesday.",
    ],
)
def test_two_bodies_saying_it_fired_tell_the_north_s_launch(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_two_countries_firing_their_own_missiles(sites):
    text = (
        "North Korea launched a missile on Tuesday, the JCS said.\n\n"
        "South Korea and the United States fired two missiles into the East Sea in response."
    )
    assert field(text, sites, "landing_area") == ""
