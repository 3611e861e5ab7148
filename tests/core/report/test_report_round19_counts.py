"""Round 19 (fix19b): counts, figures, landings and manoeuvres read on 730-766's misses (one
missile told as "The missile North Korea fired ...", a submarine launch sent toward the East Sea,
a launch told as taking place at sea, a height where radar lost the missile, a satellite's time
to orbit, a second verb joined to what a weapon is able to do).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, count, field

# --- "The missile North Korea fired on Saturday came down ...": one missile (733) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The missile North Korea fired on Thursday came down in the sea, Japan's defense "
        "ministry said.",
        "TOKYO (Wire) The ballistic missile that Pyongyang launched early Thursday flew for "
        "about ten minutes, officials said.",
        "SEOUL -- The projectile the North test-fired on Thursday was a new type, South Korea's "
        "military said.",
        "The rocket North Korea launched on Thursday is believed to have broken up, according to "
        "officials.",
    ],
)
def test_the_missile_the_north_fired_is_one(sites, text):
    assert count(text, sites) == ("1", "exact")


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an older launch's missile, and missiles in the plural.
        "Officials compared the new data with the missile North Korea fired in 2017. A launch "
        "was detected on Thursday.",
        "The missile Pyongyang launched last month was a Hwasong type, analysts said of "
        "Thursday's launch.",
        "The missiles North Korea fired on Thursday came down in the sea, officials said.",
    ],
)
def test_an_older_or_plural_missile_is_no_single_count(sites, text):
    assert count(text, sites) != ("1", "exact")


# --- "fired ... from a submarine toward the East Sea": a heading, not the launch's waters (752) ---


@pytest.mark.parametrize(
    "text",
    [
        "North Korea on Thursday fired what appeared to be a ballistic missile from a submarine "
        "toward the East Sea, the JCS said.",
        "Pyongyang launched a missile from a submarine towards the Sea of Japan on Thursday, "
        "Japan's coast guard said.",
        "The North test-fired an SLBM from waters near Sinpo in the direction of the East Sea on "
        "Thursday, Seoul said.",
    ],
)
def test_a_submarine_launch_toward_the_east_sea_lands_there(sites, text):
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "sea_of_japan"


def test_a_submarine_in_the_east_sea_is_still_the_launch_place(sites):
    # Near miss: the waters the submarine fired from name no fall.
    text = (
        "North Korea fired a ballistic missile on Thursday from a submarine in the East Sea, "
        "South Korea's military said, without giving its flight details."
    )
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == ""


# --- "The launch took place ... in the sea between the Korean peninsula and Japan" (755) ---------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea tried to fire a missile from a submarine on Thursday. The launch took place "
        "at about 2 p.m. in the sea between the Korean peninsula and Japan, officials said.",
        "An attempted submarine launch failed on Thursday, Yonhap said. The test was conducted "
        "in the East Sea, a government source said.",
        "The firing occurred on Thursday morning in waters of the Sea of Japan, a South Korean "
        "official said of the submarine test.",
    ],
)
def test_where_the_launch_took_place_is_no_fall(sites, text):
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == ""


def test_a_launch_that_took_place_then_fell_keeps_its_fall(sites):
    # Near miss: the launch's place, then a fall told in its own words.
    text = (
        "The launch took place at 7 a.m. on Thursday near Pyongyang, and the missile fell into "
        "the East Sea, the JCS said."
    )
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "sea_of_japan"


# --- "radar picked up a second missile but lost it at an altitude of 17 km" (753) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday. South Korean radar tracked it but lost it at "
        "an altitude of 17 km, the military said.",
        "Pyongyang launched a rocket on Thursday; Japanese radar lost track of it at an altitude "
        "of about 20 kilometers.",
        "The North fired a missile on Thursday, which dropped off the radar at an altitude of "
        "12 km, officials said.",
    ],
)
def test_a_height_where_the_track_was_lost_is_no_apogee(sites, text):
    assert field(text, sites, "apogee_km", CLOCK_THURSDAY) == ""


def test_a_peak_told_with_a_track_kept_is_the_apogee(sites):
    # Near miss: the track kept to the peak.
    text = (
        "North Korea fired a missile on Thursday that reached an altitude of 60 km, South "
        "Korean radar showed."
    )
    assert field(text, sites, "apogee_km", CLOCK_THURSDAY) == "60"


# --- "the satellite reached orbit some 10 minutes after liftoff": no flight time (754) ------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a rocket on Thursday. It said the satellite reached orbit some 10 "
        "minutes after liftoff.",
        "Pyongyang fired a long-range rocket on Thursday; the first stage separated about two "
        "minutes after launch, officials said.",
        "The North launched a satellite rocket on Thursday. KCNA announced the success 50 "
        "minutes after launch.",
    ],
)
def test_a_time_after_launch_told_of_something_else_is_no_flight_time(sites, text):
    assert field(text, sites, "flight_time_min", CLOCK_THURSDAY) == ""


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "North Korea fired a missile on Thursday that came down in the sea about 20 minutes "
            "after launch, Japan said.",
            "20",
        ),
        (
            "Pyongyang's rocket launched on Thursday exploded 90 seconds after liftoff, the US "
            "said.",
            "1.5",
        ),
    ],
)
def test_the_end_of_a_flight_after_launch_is_its_time(sites, text, minutes):
    # Near misses: the time the flight ended.
    assert field(text, sites, "flight_time_min", CLOCK_THURSDAY) == minutes


# --- "hypersonic missiles able to fly at high speed and manoeuvre after launch" (737) -------------


@pytest.mark.parametrize(
    "text",
    [
        'North Korea fired two missiles on Thursday. It said its earlier tests used "hypersonic '
        'missiles" able to fly at high speed and manoeuvre after launch.',
        "Pyongyang launched a missile on Thursday. The warhead is designed to glide at low "
        "altitude or maneuver in flight, analysts said.",
        "The North fired a missile on Thursday. Such weapons are capable of flying fast and "
        "changing course, experts said.",
    ],
)
def test_a_joined_verb_of_what_the_weapon_can_do_is_no_manoeuvre(sites, text):
    assert field(text, sites, "maneuver", CLOCK_THURSDAY) == ""


def test_a_manoeuvre_done_after_a_capability_is_one(sites):
    # Near miss: the second verb tells what the missile did.
    text = (
        "North Korea fired a missile on Thursday designed to carry a nuclear warhead and then "
        "maneuvered in its final phase, the JCS said."
    )
    assert field(text, sites, "maneuver", CLOCK_THURSDAY) == "pullup"


# --- a title's loose "into the Pacific" over the body's "fired ... into the waters off its east
# coast" (763) ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea lobs another missile into the Pacific\n\nSEOUL -- North Korea fired a "
        "short-range missile into the waters off its east coast on Thursday, officials said.",
        "Pyongyang sends projectile into the Pacific\n\nThe North launched a projectile into "
        "waters off its eastern coast on Thursday morning, South Korea's military said.",
        "N. Korea shoots rocket toward the Pacific\n\nNorth Korea test-fired a rocket into the "
        "Sea of Japan on Thursday, the JCS said.",
    ],
)
def test_a_loose_pacific_title_yields_to_the_bodys_sea(sites, text):
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "sea_of_japan"


def test_a_title_over_japan_into_the_pacific_stands(sites):
    # Near miss: the title tells a flight over Japan, the body only the way it was fired.
    text = (
        "North Korea fires missile over Japan into the Pacific\n\nNorth Korea launched a "
        "ballistic missile into the East Sea direction on Thursday, officials said."
    )
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "pacific"
