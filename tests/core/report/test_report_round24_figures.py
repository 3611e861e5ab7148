"""Round 24 (fix24c): range, landing, flight time and manoeuvre read on 987-1047's misses (a flight
"estimated at" N minutes, an overflight of Honshu, a heading into both seas, a plan to develop a
weapon, "mid-September" and "than in earlier tests", the launch's missiles named again by their
type, "coming after it launched", where a submarine launch failed).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "came down ... after a flight estimated at 30 minutes" (1004) ----------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "Chief Cabinet Secretary Matsuno said the missile fired on Thursday came down outside "
            "Japan's EEZ after a flight estimated at 30 minutes.",
            "30",
        ),
        (
            "The JCS said the ballistic missile North Korea fired on Thursday landed in the East "
            "Sea after a flight believed to be about 12 minutes.",
            "12",
        ),
        (
            "Japan's defence ministry said the missile launched on Thursday fell into the sea, "
            "its flight time estimated at 40 minutes.",
            "40",
        ),
        (
            "KCNA said the Hwasong missile tested on Thursday flew for a flight duration thought "
            "to be 70 minutes, the longest yet.",
            "70",
        ),
    ],
)
def test_a_flight_estimated_at_minutes_is_its_flight_time(sites, text, minutes):
    assert field(text, sites, "flight_time_min") == minutes


def test_near_miss_a_flight_estimated_in_km_is_no_flight_time(sites):
    text = (
        "North Korea fired a missile on Thursday, the JCS said, after a flight estimated at "
        "800 km toward the East Sea."
    )
    assert field(text, sites, "flight_time_min") == ""


# --- "flown over Honshu, Japan's main island" (1046) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rocket's first stage fell into the Sea of Japan; the second stage flew over "
        "Honshu, Japan's main island, on Thursday and came down in the sea beyond it.",
        "Japan's defence ministry said the missile fired on Thursday passed over Honshu.",
        "Japan's defence ministry said the missile fired on Thursday flew over Honshu before "
        "coming down in the sea.",
    ],
)
def test_a_flight_over_honshu_ends_in_the_pacific(sites, text):
    assert field(text, sites, "landing_area") == "pacific"


def test_near_miss_a_fall_off_honshus_west_coast_is_the_sea_of_japan(sites):
    text = (
        "The official said a missile was fired on Thursday into the Sea of Japan near the Noto "
        "Peninsula, on the west coast of the main island of Honshu."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "Those missiles headed for the Yellow Sea and the Sea of Japan" (987) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The South Korean military said the North fired at least 17 missiles on Thursday. "
        "Those missiles headed for the Yellow Sea and the Sea of Japan, the military said.",
        "North Korea fired 23 missiles toward the Yellow Sea (West Sea) and the Sea of Japan "
        "(East Sea) on Thursday.",
        "The JCS said North Korea fired missiles on Thursday. The missiles flew into the East "
        "Sea and the Yellow Sea, the JCS said.",
        "KCNA said rockets were fired on Thursday towards the East Sea and the West Sea in a "
        "drill.",
    ],
)
def test_missiles_sent_into_both_seas_have_no_one_landing(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        # one sea for the missiles, the other for drills: the fall stands
        (
            "North Korea fired a missile into the Sea of Japan on Thursday, the JCS said, as "
            "US and South Korean ships drilled in the Yellow Sea.",
            "sea_of_japan",
        ),
        (
            "North Korea fired two missiles toward the Yellow Sea on Thursday, Japan's defence "
            "ministry said, a week after it fired one into the Sea of Japan.",
            "yellow_sea",
        ),
    ],
)
def test_near_miss_two_seas_told_apart(sites, text, landing):
    assert field(text, sites, "landing_area") == landing


# --- "is planning to develop missiles with a range of 1,300 km" (1047) ------------------------


@pytest.mark.parametrize(
    "text",
    [
        'North Korea fired a ballistic missile on Thursday, the JCS said. "North Korea is '
        'planning to develop missiles with a range of 1,300 kilometers," an official said.',
        "North Korea launched a missile on Thursday. Analysts said Pyongyang plans to build "
        "missiles with a range of 10,000 km.",
        "KCNA said a missile was test-fired on Thursday. Japan's defence ministry said the "
        "North intends to deploy missiles with a range of about 3,000 kilometers.",
    ],
)
def test_a_planned_weapons_range_is_not_this_flights(sites, text):
    assert field(text, sites, "range_km") == ""


def test_near_miss_a_planned_launch_that_flew_keeps_its_range(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday that flew about 600 km, the JCS "
        "said; it plans to develop more such missiles."
    )
    assert field(text, sites, "range_km") == "600"


# --- "the IBM travelled about 620 miles and reached a higher altitude than in earlier tests";
# "since it fired a missile over Japan in mid-September" (1025) ---------------------------------


@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        (
            "North Korea fired a missile on Thursday, the JCS said. The Pentagon said the ICBM "
            "travelled about 620 miles and reached a higher altitude than in earlier tests.",
            "998",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. Japan's defence "
            "ministry said the missile travelled 950 km and flew higher than in earlier tests.",
            "950",
        ),
        (
            "KCNA said North Korea tested a new missile on Thursday. US officials said the ICBM "
            "covered some 600 miles and climbed higher than in its earlier tests.",
            "966",
        ),
    ],
)
def test_a_flight_measured_against_earlier_tests_is_this_one(sites, text, range_km):
    assert field(text, sites, "range_km") == range_km


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, the JCS said; it came down in the sea near "
        "Japan. The launch was its first since it fired a missile over Japan in mid-September.",
        "North Korea launched a ballistic missile on Thursday, the JCS said. It was the first "
        "launch since a rocket flew over Japan in mid-August.",
    ],
)
def test_a_launch_in_mid_month_is_an_older_one(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_near_miss_in_earlier_tests_the_north_fired_is_a_recollection(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday that flew 400 km, the JCS said. In "
        "earlier tests it launched missiles that flew 1,000 km."
    )
    assert field(text, sites, "range_km") == "400"


# --- "two medium-range missiles ... the SCUD-class missiles ... flew about 500 km" (1034) ------


@pytest.mark.parametrize(
    "text",
    [
        "South Korean officials say North Korea test-fired two medium-range missiles on "
        "Thursday. The defense ministry said the SCUD-class missiles were fired from the east "
        "coast and flew about 500 kilometers.",
        "North Korea launched two intermediate-range missiles on Thursday, Japan said. The "
        "Scud-type missiles were launched from Wonsan and flew some 500 km.",
        "The JCS said North Korea fired medium-range ballistic missiles on Thursday; these "
        "Scud missiles were fired from Kalma and flew 500 km.",
    ],
)
def test_the_launchs_missiles_named_again_by_type_keep_their_range(sites, text):
    assert field(text, sites, "range_km") == "500"


def test_near_miss_other_missiles_of_another_class_keep_their_own_figure(sites):
    text = (
        "North Korea fired an intercontinental ballistic missile on Thursday, the JCS said. An "
        "hour later two short-range missiles were fired from Kaechon, flying about 330 km."
    )
    assert field(text, sites, "range_km") == ""


# --- "It is the North's second test in days, coming after it launched a new long-range cruise
# missile" (1012) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's military said North Korea fired two ballistic missiles on Thursday. It "
        "is the North's second weapons test in a matter of days, coming after it launched a "
        "new long-range cruise missile.",
        "South Korea's JCS said the North fired a ballistic missile on Thursday. The firing "
        "comes after North Korea launched what it called a strategic cruise missile.",
        "North Korea fired two ballistic missiles on Thursday, Japan said, in a launch that came "
        "after the North tested a long-range cruise missile.",
        "Japan's defence ministry said the North launched a ballistic missile on Thursday, the "
        "test coming just after North Korea test-fired a cruise missile.",
    ],
)
def test_the_launch_this_one_came_after_is_not_its_manoeuvre(sites, text):
    assert field(text, sites, "maneuver") == ""


def test_near_miss_a_protest_after_the_launch_keeps_its_cruise_missile(sites):
    text = (
        "Japan protested on Thursday after North Korea fired two cruise missiles toward the "
        "Yellow Sea, the JCS said."
    )
    assert field(text, sites, "maneuver") == "cruise"


# --- a failed submarine launch: "debris ... spotted floating on the surface of the East Sea",
# "the failure happened in the Sea of Japan" (805, 868) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea tried to fire a missile from a submarine on Thursday and failed, South "
        "Korean officials said. Debris from the missile was spotted floating on the surface of "
        "the East Sea, also called the Sea of Japan.",
        "North Korea apparently failed on Thursday to fire a ballistic missile from a "
        "submarine, Yonhap said. A government source said the failure happened in the Sea of "
        "Japan.",
        "The JCS said a submarine-launched ballistic missile test on Thursday failed; debris "
        "was seen in the East Sea.",
        "KCNA said nothing of Thursday's underwater launch, which Japan's defence ministry said "
        "had failed; the accident occurred in the Sea of Japan, officials said.",
    ],
)
def test_where_a_submarine_launch_failed_is_no_fall(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        # a rocket's debris, no submarine: its stages' fall stands
        (
            "North Korea's rocket launched on Thursday failed, the JCS said, and debris was "
            "found floating in the Yellow Sea.",
            "yellow_sea",
        ),
        # a submarine's missile that flew and fell: the fall stands
        (
            "North Korea fired a ballistic missile from a submarine on Thursday, the JCS said; "
            "it flew 500 km and fell into the Sea of Japan.",
            "sea_of_japan",
        ),
    ],
)
def test_near_miss_a_rockets_debris_or_a_submarine_missiles_fall_stands(sites, text, landing):
    assert field(text, sites, "landing_area") == landing
