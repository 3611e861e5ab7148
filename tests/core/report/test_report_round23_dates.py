"""Round 23 (fix23b): dates, times and counts read on 950-986's misses (a bound of one beside a
plain one, a perfect with "previously" looking back, launches counted as failed tests, a
bracketed conversion that puts "just after noon" on another hour).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock, count

# --- "at least one" told by one body, "one" by another: still a bound (953) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire
        "North Korea fired a ballistic missile on Thursday. Japan's government said Pyongyang had "
        '"launched at least one ballistic missile." South Korea\'s military said the launch '
        "involved one long-range ballistic missile.",
        # Japan's defence ministry
        "Japan's Ministry of Defense said North Korea launched at least one ballistic missile on "
        "Thursday morning. The Joint Chiefs of Staff said one missile was fired from the "
        "Pyongyang area.",
        # the JCS first
        "The Joint Chiefs of Staff said North Korea fired one short-range ballistic missile into "
        "the East Sea on Thursday. Tokyo said at least one missile had been launched.",
        # an analysis site
        "On Thursday North Korea launched at least one missile, according to Japan. South Korea "
        "reported one SRBM launched from near Sunan.",
    ],
)
def test_bound_of_one_stays_a_bound_beside_a_plain_one(sites, text):
    assert count(text, sites) == ("1", "at least")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: the plain count is another number, and stands
        (
            "North Korea fired two ballistic missiles on Thursday, the JCS said. Japan said at "
            "least one missile had been launched.",
            ("2", "exact"),
        ),
        # near miss: one missile told plainly, no bound anywhere
        (
            "The Joint Chiefs of Staff said North Korea fired one short-range ballistic missile "
            "into the East Sea on Thursday.",
            ("1", "exact"),
        ),
    ],
)
def test_plain_count_without_the_same_bound_is_kept(sites, text, expected):
    assert count(text, sites) == expected


# --- "It has previously tested ... two ICBMs": older launches, not this one's count (956) ---------


@pytest.mark.parametrize(
    "text",
    [
        # a wire
        "North Korea fired a ballistic missile toward the East Sea on Thursday, the JCS said. It "
        "has previously tested a nuclear-capable underwater drone and two intercontinental "
        "ballistic missiles.",
        # KCNA relayed
        "KCNA said the DPRK test-fired a new-type missile on Thursday. The country has previously "
        "launched three cruise missiles from a submarine.",
        # Japan's ministry
        "Japan's defence ministry said North Korea launched a ballistic missile on Thursday "
        "morning. Pyongyang has previously fired four short-range missiles from a train.",
    ],
)
def test_previously_tested_missiles_are_not_counted(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_present_perfect_without_previously_still_counts(sites):
    # near miss: "has fired" is how news gives the launch reported
    text = "North Korea has fired two ballistic missiles toward the East Sea on Thursday."
    assert count(text, sites) == ("2", "exact")


# --- "two missile tests failed on Thursday": the day's launches, counted (983) -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire, with an older failure dated after it
        (
            "South Korean officials said two North Korean midrange missile tests failed on "
            "Thursday. South Korea also reported a failed test on September 3, but could not "
            "confirm what type of missile was tested then.",
            ("2024-09-12", "2", "exact"),
        ),
        # the JCS
        (
            "According to the JCS, three ballistic missile launches took place on Thursday near "
            "Wonsan. The North had tested a missile on September 3.",
            ("2024-09-12", "3", "exact"),
        ),
        # an analysis site
        (
            "Two Musudan missile tests failed on Thursday, CSIS notes. Pyongyang also reported a "
            "rocket test on September 2.",
            ("2024-09-12", "2", "exact"),
        ),
    ],
)
def test_failed_tests_counted_give_day_and_count(sites, text, expected):
    day, _ = clock(text, sites)
    assert (day, *count(text, sites)) == expected


def test_tally_of_tests_is_no_count(sites):
    # near miss: a year's tests failed, told as a tally
    text = (
        "North Korea fired a ballistic missile on Thursday. Five missile tests failed this year, "
        "officials said."
    )
    assert count(text, sites) == ("1", "exact")


# --- "just after noon (10.00 p.m. ET)": a conversion on another hour is no launch time (977) -----


@pytest.mark.parametrize(
    "text",
    [
        # a wire's Washington desk
        "The JCS said the missiles were launched just after noon (10.00 p.m. ET) on September 12 "
        "from an area south of Pyongyang.",
        # Japan's ministry, in GMT
        "Japan's defence ministry said the missile was fired shortly after noon (0200 GMT) on "
        "Thursday, September 12.",
        # before midnight converted to a clock past it
        "North Korea fired two missiles just before midnight (1530 GMT) on September 12, the "
        "South's military said.",
    ],
)
def test_conversion_on_another_hour_gives_no_time(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: "around noon" with a conversion within the hour stands
        (
            "The missile was fired around noon (midnight EDT Wednesday) on September 12, the "
            "agency said.",
            ("2024-09-12", "04:00"),
        ),
        # near miss: "just after noon" converted to just after noon
        (
            "The JCS said the missile was launched just after noon (0310 GMT) on Thursday, "
            "September 12.",
            ("2024-09-12", "03:10"),
        ),
    ],
)
def test_conversion_that_agrees_stands(sites, text, expected):
    assert clock(text, sites) == expected
