"""Round 27 (fix27c): range, flight time, landing and manoeuvre read on 1250-1329's misses (a
"variable trajectory", "minutes in flight", a figure "said to" be flown after North Korea speaks, a
fall assessed inside Japan's EEZ, a fall in a field or an explosion over land, a submarine launch
off the coast named as its place, a closing "adding to a run of tests this year", a named type told
in the present).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "ones with a variable flight trajectory": Japan's word for a pull-up (1253) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's defence ministry
        (
            "Defense Minister Nobuo Kishi said North Korea launched at least six missiles on "
            "Thursday, which may have included ones with a variable flight trajectory.",
            "pullup",
        ),
        # a wire
        (
            "North Korea fired two ballistic missiles on Thursday, and Japan's defence ministry "
            "said they flew on a variable trajectory, the JCS said.",
            "pullup",
        ),
        # an analysis site
        (
            "The two KN-23 missiles fired on Thursday followed variable trajectories, a pattern "
            "meant to defeat missile defences.",
            "pullup",
        ),
        # near miss: a variable count of launches is no flight profile
        (
            "North Korea fired a ballistic missile on Thursday after a variable pace of tests "
            "this spring, the JCS said.",
            "",
        ),
    ],
)
def test_a_variable_trajectory_is_a_pull_up(sites, text, expected):
    assert field(text, sites, "maneuver") == expected


# --- "after some 67 minutes in flight": a flight time (1318) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA, relayed by a wire
        (
            "According to KCNA, the missile flew about 990 km on Thursday, striking an intended "
            "target in the Sea of Japan after some 67 minutes in flight.",
            "67",
        ),
        # Japan's defence ministry
        (
            "The ministry said the ICBM launched on Thursday came down west of Hokkaido after "
            "about 71 minutes in flight.",
            "71",
        ),
        # the JCS
        (
            "The JCS said the missile fired on Thursday was tracked for 12 minutes in flight "
            "before it fell into the East Sea.",
            "12",
        ),
        # near miss: a time since the launch with no flight told is not a flight time
        (
            "North Korea fired a missile on Thursday; Japan issued an alert 10 minutes after the "
            "launch, the JCS said.",
            "",
        ),
    ],
)
def test_minutes_in_flight_is_a_flight_time(sites, text, expected):
    assert field(text, sites, "flight_time_min") == expected


# --- "the missile is said to have flown 1,500 km" after North Korea speaks: its claim (1301) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis site
        (
            "North Korea said it test-fired a new hypersonic missile on Thursday. Fired from "
            "near Pyongyang, the missile is said to have flown some 1,500 km before coming down "
            "in the sea. South Korea's military said it detected the missile flying 1,100 km.",
            "1100",
        ),
        # a wire
        (
            "Pyongyang claimed it had launched a new missile on Thursday. The missile reportedly "
            "travelled 1,000 km. The JCS said the missile flew about 600 km.",
            "600",
        ),
        # near miss: the figure's own speaker is not North Korea
        (
            "North Korea said it test-fired a new missile on Thursday. The missile is said to "
            "have flown 800 km, Japan's defence ministry said. The JCS later said it flew 750 km.",
            "800",
        ),
        # near miss: no North Korean speaker before it
        (
            "North Korea fired a missile on Thursday. The missile is said to have flown 700 km, "
            "officials in Seoul believe.",
            "700",
        ),
    ],
)
def test_a_figure_said_to_be_flown_after_north_korea_speaks_is_its_claim(sites, text, expected):
    assert field(text, sites, "range_km") == expected


# --- "is thought to have come down within Japan's EEZ": an assessed fall (1256) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's defence ministry
        (
            "Defense Minister Nobuo Kishi said the missile fired on Thursday was estimated to "
            "have come down within Japan's exclusive economic zone.",
            "sea_of_japan",
        ),
        # the Japanese coast guard, relayed by a wire
        (
            "The coast guard said the missile launched on Thursday is thought to have come down "
            "inside Japan's EEZ, Kyodo reported.",
            "sea_of_japan",
        ),
        # a headline
        (
            "North Korean ICBM comes down inside Japan's EEZ\n\nNorth Korea fired a missile on "
            "Thursday.",
            "sea_of_japan",
        ),
        # near miss: a guess is no fall told
        (
            "Prime Minister Fumio Kishida said the missile fired on Thursday might have come "
            "down in Japan's exclusive economic zone.",
            "",
        ),
    ],
)
def test_a_fall_assessed_inside_japans_eez_is_in_the_sea_of_japan(sites, text, expected):
    assert field(text, sites, "landing_area") == expected


# --- "came down in a field", "exploding in flight over land": a fall on land (1305) ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the JCS, at a briefing
        (
            "One of the two missiles fired on Thursday flew abnormally and seems to have come "
            "down in a field not far from Pyongyang, the JCS told a briefing.",
            "land",
        ),
        # a wire
        (
            "South Korea said the second missile fired on Thursday probably failed soon after "
            "launch, exploding in flight over land.",
            "land",
        ),
        # an analysis site
        (
            "Imagery suggests the missile launched on Thursday crashed into farmland east of "
            "the launch site.",
            "land",
        ),
        # near miss: launched from a field, the fall untold
        (
            "North Korea fired a missile from a field near Pyongyang on Thursday, the JCS said.",
            "",
        ),
    ],
)
def test_a_fall_in_a_field_or_over_land_is_on_land(sites, text, expected):
    assert field(text, sites, "landing_area") == expected


# --- an SLBM "off its east coast", the coast also its place: where it was fired (1282) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "North Korea on Thursday fired what looked like a submarine-launched ballistic "
            "missile off its east coast, South Korea said. The JCS said the North fired the "
            "missile toward the northeast from its east coast.",
            "",
        ),
        # the JCS
        (
            "The JCS said North Korea fired an SLBM off its east coast on Thursday; it was "
            "launched from the east coast at about 5 p.m.",
            "",
        ),
        # near miss: a fall told stays
        (
            "North Korea fired a submarine-launched ballistic missile off its east coast on "
            "Thursday, from its east coast, and it landed in the Sea of Japan, the JCS said.",
            "sea_of_japan",
        ),
    ],
)
def test_a_submarine_launch_off_the_coast_it_was_fired_from_is_no_fall(sites, text, expected):
    assert field(text, sites, "landing_area") == expected


# --- "..., adding to a run of tests this year": the lead's launch, not a tally (1310) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "North Korea has fired two short-range ballistic missiles toward the waters off its "
            "east coast, South Korea's military said, adding to a run of weapons tests "
            "Pyongyang has staged so far this year.",
            "sea_of_japan",
        ),
        # Japan's defence ministry, relayed
        (
            "North Korea has launched two ballistic missiles into the Sea of Japan, Tokyo said, "
            "the latest in a string of tests this year.",
            "sea_of_japan",
        ),
        # near miss: a tally in the main clause tells no one launch
        (
            "North Korea has fired more than 30 missiles into the East Sea this year.",
            "",
        ),
    ],
)
def test_a_closing_adding_to_a_run_of_tests_keeps_the_lead(sites, text, expected):
    assert field(text, sites, "landing_area") == expected


# --- "The Hwasong-11M is a ... with a glide vehicle warhead": the type, not this flight (1296) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean wire
        (
            "North Korea fired several ballistic missiles on Thursday, the JCS said. The "
            "Hwasong-11M is a new short-range ballistic missile fitted with a warhead of the "
            "hypersonic glide vehicle type.",
            "",
        ),
        # an analysis site
        (
            "Pyongyang launched a missile on Thursday. The KN-23 is a solid-fuel missile that "
            "flies on an irregular trajectory.",
            "",
        ),
        # near miss: this flight's glide, told in the past
        (
            "North Korea fired a missile on Thursday. The Hwasong-11M glided for 200 km before "
            "it came down, KCNA said.",
            "glide",
        ),
    ],
)
def test_a_named_type_told_in_the_present_is_not_this_flight(sites, text, expected):
    assert field(text, sites, "maneuver") == expected
