"""Round 18 (fix18b): figures and landings read on 690-729's misses (a range quoted with its
qualifier, a flight told in reported speech about "the two", an overflight taken back in the next
clause, an earlier launch of a series flown over Japan, a flight path not yet established).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, field

# --- 'covered "more than 930 kilometers"': a range quoted from a statement (713) -----------------


@pytest.mark.parametrize(
    ("text", "km"),
    [
        (
            'North Korea fired a ballistic missile on Thursday. The missile flew "about 450 '
            'kilometers" before landing in the sea, the JCS said.',
            "450",
        ),
        (
            "Pyongyang launched a missile on Thursday which, according to Seoul, travelled "
            '"more than 600 km" toward the east.',
            "600",
        ),
        (
            'The North test-fired a missile on Thursday. It covered "roughly 1,000 kilometres", '
            "a defence official said.",
            "1000",
        ),
    ],
)
def test_quoted_range_figure_is_read(sites, text, km):
    assert field(text, sites, "range_km", CLOCK_THURSDAY) == km


def test_quoted_type_range_is_still_the_types(sites):
    # Near miss: a type's reach, quoted, is not this flight's.
    text = (
        "North Korea fired a missile on Thursday. Analysts said it may be a Musudan, which is "
        'thought to have a range of "more than 3,000 kilometers".'
    )
    assert field(text, sites, "range_km", CLOCK_THURSDAY) == ""


# --- "saying the two had flown about 155 miles": reported speech of the missiles told (711) -----


@pytest.mark.parametrize(
    ("text", "km"),
    [
        (
            "North Korea launched three short-range missiles on Thursday. US officials first "
            "thought two had failed, but later corrected that, saying the two had flown about "
            "150 km.",
            "150",
        ),
        (
            "The North fired two ballistic missiles on Thursday, and Japan's ministry said the "
            "two had travelled some 350 kilometers.",
            "350",
        ),
        (
            "Pyongyang launched two missiles on Thursday; Seoul added that both had flown "
            "roughly 400 km.",
            "400",
        ),
    ],
)
def test_the_missiles_told_in_reported_speech_flew(sites, text, km):
    assert field(text, sites, "range_km", CLOCK_THURSDAY) == km


def test_the_two_of_an_older_year_stay_recalled(sites):
    # Near miss: a figure told of missiles of another year is that launch's.
    text = (
        "North Korea fired a missile on Thursday. It recalled two ICBMs of 2017, saying the two "
        "had flown about 950 km in 2017."
    )
    assert field(text, sites, "range_km", CLOCK_THURSDAY) == ""


# --- "NHK said it passed over Japan, but the ministry later clarified it had not" (696) ----------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile into the East Sea on Thursday. NHK reported that the missile "
        "had passed over Japan, but the Defense Ministry later clarified that it had not.",
        "Pyongyang launched a ballistic missile into the Sea of Japan on Thursday. Early reports "
        "said it flew over Japan, but Tokyo later corrected them.",
        "The North fired a missile toward the East Sea on Thursday. A broadcaster said the missile "
        "crossed over Japan, but the defence ministry later denied that.",
    ],
)
def test_overflight_taken_back_in_the_next_clause_is_none(sites, text):
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "sea_of_japan"


def test_overflight_told_with_an_aside_stands(sites):
    # Near miss: a "but" clause that takes nothing back.
    text = (
        "North Korea fired a missile on Thursday that flew over Japan, but no damage was "
        "reported, the government said."
    )
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "pacific"


# --- "a barrage that included the first launch over Japan in five years" (700) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile toward waters off its east coast on Thursday, adding to a "
        "barrage of tests, a barrage that included the first launch of a rocket over Japan in "
        "five years.",
        "Pyongyang launched a ballistic missile into the East Sea on Thursday, the latest in a "
        "series of tests which included a missile fired over Japan.",
        "The North fired a missile into the Sea of Japan on Thursday, continuing a spate of "
        "launches that has included an IRBM over Japan.",
    ],
)
def test_a_series_earlier_overflight_is_not_this_launchs(sites, text):
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "sea_of_japan"


def test_this_launchs_own_missile_over_japan_stands(sites):
    # Near miss: "including one that flew over Japan" is one of this launch's missiles.
    text = (
        "North Korea fired two missiles on Thursday, including one that flew over Japan, "
        "the government said."
    )
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "pacific"


# --- "toward the Sea of Japan; its flight path has not yet been established" (722) ------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile toward the Sea of Japan on Thursday; its flight "
        "path has not yet been established.",
        "Pyongyang launched missiles toward the East Sea on Thursday, and their trajectory was "
        "not yet known.",
        "The North fired a missile toward the East Sea on Thursday; the missile's flight route "
        "is not clear.",
    ],
)
def test_flight_path_not_established_leaves_no_landing(sites, text):
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == ""


def test_flight_distance_told_keeps_the_sea(sites):
    # Near miss: a known distance says nothing of an unknown path.
    text = (
        "North Korea fired a ballistic missile toward the Sea of Japan on Thursday; its flight "
        "distance was about 400 km."
    )
    assert field(text, sites, "landing_area", CLOCK_THURSDAY) == "sea_of_japan"
