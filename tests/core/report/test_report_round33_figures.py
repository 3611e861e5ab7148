"""Round 33 (fix33c): landing, range, apogee, flight time and manoeuvre.

The causes read from the misses of 1800-1877 and 1950-1973 in these fields, each tried in several
outlets' phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA, analysis
sites), with a near miss that must not change. The leads' Thursday is 13 April 2023
(`drafting.THURSDAY`).
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells, field

# --- which clause tells this launch: a span of UTC clocks, a type's first flight (1972, 1812) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the launch's clocks given in GMT as a span, with the UTC day
        (
            "North Korea fired three ballistic missiles on Thursday morning. The JCS said they "
            "were launched between 5:45 a.m. and 6:40 a.m. (2045 and 2140 Wednesday GMT), two "
            "of them flying some 500 to 600 kilometers.",
            "600",
        ),
        # Japan's ministry, "to" between the clocks and "on" before the day
        (
            "Japan's Defense Ministry said the missiles fired on Thursday were launched from "
            "0510 to 0530 on Wednesday GMT and flew about 350 km before falling into the sea.",
            "350",
        ),
        # near miss: a year named after an earlier launch stays a recollection
        (
            "North Korea fired a missile on Thursday. In 2017 it fired an ICBM that flew "
            "about 950 km.",
            "",
        ),
    ],
)
def test_a_span_of_utc_clocks_is_no_year(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis site: the type's first flight told in a relative clause
        (
            "It appears to be the second test of the Hwasong-18, which it first fired on "
            "February 9. Japan's Defense Ministry says North Korea fired the ICBM on Thursday. "
            "It flew for 74 minutes over a distance of 1,000 km and came down in the Sea of "
            "Japan.",
            ("2023-04-13", "1000", "74"),
        ),
        # a wire: "that Pyongyang first tested in ..."
        (
            "The launch on Thursday was of a solid-fuel missile that Pyongyang first tested on "
            "March 2. The missile flew about 800 kilometers, the JCS said, and its flight "
            "lasted 12 minutes.",
            ("2023-04-13", "800", "12"),
        ),
        # near miss: "first fired" of this launch's own missile at a clock stays this launch's
        (
            "North Korea first fired a missile at 7:10 a.m. on Thursday, the JCS said, and it "
            "flew about 300 km for 6 minutes.",
            ("2023-04-12", "300", "6"),
        ),
    ],
)
def test_a_types_first_flight_is_an_older_launch(text: str, expected: tuple[str, str, str], sites):
    found = cells(text, THURSDAY, sites)
    assert (found["date_utc"], found["range_km"], found["flight_time_min"]) == expected


# --- an estimate told in the present, a peak's other name (1966, 1835) -------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a wire (Jiji): the South's estimate in the present tense
        (
            "North Korea fired a ballistic missile on Thursday. The South Korean military "
            "estimates the missile's flight at about 930 kilometers.",
            "range_km",
            "930",
        ),
        # the JCS, "puts" and "assesses"
        (
            "The Joint Chiefs of Staff puts the projectile's flight distance at 410 km after "
            "Thursday's launch.",
            "range_km",
            "410",
        ),
        # UPI: the flight and its highest point put at once, in miles
        (
            "The launch on Thursday was detected at 8:48 a.m., according to the JCS, which put "
            "the missile's flight at some 170 miles and its highest point at 347 miles.",
            "apogee_km",
            "558",
        ),
        # Japan's ministry: "estimates ... its peak point at"
        (
            "Japan's Defense Ministry estimates the missile fired on Thursday flew 800 km and "
            "puts its peak point at about 2,000 km.",
            "apogee_km",
            "2000",
        ),
        # near misses: analysts' reach for a type stays no range; a range not an apogee
        (
            "North Korea fired a missile on Thursday. Analysts put their range at about 2,000 km.",
            "range_km",
            "",
        ),
        (
            "The JCS estimates the missile's flight at about 930 kilometers after Thursday's "
            "launch.",
            "apogee_km",
            "",
        ),
    ],
)
def test_an_estimate_in_the_present_and_a_highest_point(text: str, name: str, expected: str, sites):
    assert field(text, sites, name) == expected


# --- a distance told by where it went, or set before what it measures (1959, 1830) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Pentagon, quoted by a wire
        (
            'The Pentagon said the missiles fired on Thursday "flew east from the launch area to '
            'distances in excess of 300km before impacting in the ocean."',
            "300",
        ),
        # KCNA's wording: from the launch site, a distance of
        (
            "KCNA said the rocket launched on Thursday travelled from the launch site a "
            "distance of 600 km.",
            "600",
        ),
        # a local paper: the figure first, a span in miles
        (
            "Between 217 and 500 miles is how far Thursday's missiles travelled, and they fell "
            "outside Japan's exclusive economic zone.",
            "805",
        ),
        # an analysis site: "was how far ... flew"
        (
            "North Korea fired a missile on Thursday. About 450 km was how far it flew, by "
            "Japan's count.",
            "450",
        ),
        # near misses: how far it could go is no flight; "in excess of" a weight is no distance
        (
            "North Korea fired a missile on Thursday. How far it flew was not immediately known.",
            "",
        ),
        (
            "North Korea fired a missile on Thursday carrying a warhead in excess of 500 kg.",
            "",
        ),
    ],
)
def test_a_distance_by_where_it_went(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


# --- landing: a habit is not this launch, and a fall in the North's own region (1803, 1344) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP: a habit, then a fall in unnamed waters
        (
            "North Korea fired a ballistic missile toward the east on Thursday. North Korea "
            "normally test-fires its missiles into the waters between the Korean Peninsula and "
            "Japan, but the JCS said only that the latest missile came down in the waters.",
            "",
        ),
        # an analysis site: "generally launches"
        (
            "North Korea fired a missile on Thursday, the JCS said. Pyongyang generally launches "
            "its test missiles into the Sea of Japan.",
            "",
        ),
        # DW: a fall on the North's own land, beside the habit
        (
            "According to the South Korean military, the missiles North Korea fired on Thursday "
            "appeared to have landed in its mountainous northeastern region. North Korea "
            "normally fires its test missiles off its east coast.",
            "land",
        ),
        # Japan's ministry: "the North's interior"
        (
            "Japan's Defense Ministry said the missile fired on Thursday came down in the "
            "North's interior.",
            "land",
        ),
        # near misses: the launch told in the past stays a sea; "its eastern waters" a sea
        (
            "North Korea fired a missile into the Sea of Japan on Thursday, as it normally does.",
            "sea_of_japan",
        ),
        (
            "The missile fired on Thursday landed in its eastern waters, KCNA said.",
            "sea_of_japan",
        ),
    ],
)
def test_a_habit_and_a_fall_on_the_norths_land(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected
