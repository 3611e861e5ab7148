"""Round 28 (fix28b): dates and clocks read on 1330-1489's misses (noon told as the launch's
moment, a clock in "Japanese time", a four-digit clock with "h", a UTC clock's own written date).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
The leads' Thursday is 12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock

# --- "detected the launches at around noon": noon as the moment is 12:00 in Korea (1428, 1434) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the JCS, as relayed by a wire
        (
            "North Korea fired two missiles on Thursday. The JCS said it detected the launches "
            "at around noon from the Tongchon area.",
            ("2024-09-12", "03:00"),
        ),
        # an analysis site
        (
            "North Korea fired a missile on Thursday. South Korea's military said the missile "
            "went up from the Pyongyang area at about noon.",
            ("2024-09-12", "03:00"),
        ),
        # Japan's defence ministry
        (
            "The Ministry of Defense said North Korea launched a ballistic missile at noon on "
            "Thursday.",
            ("2024-09-12", "03:00"),
        ),
        # KCNA, as relayed
        (
            "KCNA said the missile was fired at midday on Thursday.",
            ("2024-09-12", "03:00"),
        ),
        # near miss: "around midday" alone is a time of the day, not a clock
        (
            "North Korea fired two short-range ballistic missiles around midday on Thursday.",
            ("2024-09-12", ""),
        ),
        # near miss: noon opening a statement is the statement's time
        (
            "North Korea fired a missile on Thursday. At noon, every network reported that "
            "North Korea had fired a ballistic missile.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_noon_told_as_the_moment_is_a_clock(sites, text, expected):
    assert clock(text, sites) == expected


# --- "At 17.21 Japanese time on Saturday": "Japanese time" is Japan's zone (1421) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian wire
        (
            "At 17.21 Japanese time on Thursday (11.21 Moscow time), North Korea launched a "
            "ballistic missile.",
            ("2024-09-12", "08:21"),
        ),
        # a wire with a colon
        (
            "North Korea fired a missile at 7:05 a.m. Japanese time on Thursday, Japan's "
            "defence ministry said.",
            ("2024-09-11", "22:05"),
        ),
        # the JCS, with a four-digit clock
        (
            "The missile was launched at 0640 Japanese time on Thursday, the JCS said.",
            ("2024-09-11", "21:40"),
        ),
        # near miss: a clock in a zone the reader cannot place is no launch time
        (
            "North Korea launched a ballistic missile on Thursday at 11.21 Moscow time.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_japanese_time_is_japans_zone(sites, text, expected):
    assert clock(text, sites) == expected


# --- "fired at 0755 h local time (2255 h GMT on 11 February)": "h" and the UTC date (1398) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis site
        (
            "A missile test carried out by North Korea on 13 September has drawn condemnation. "
            "The missile was fired at 0755 h local time (2255 h GMT on 12 September) from near "
            "Panghyon.",
            ("2024-09-12", "22:55"),
        ),
        # a wire
        (
            "North Korea fired a missile on Friday, 13 September, at 0640 h KST (2140 h UTC on "
            "12 September), Yonhap said.",
            ("2024-09-12", "21:40"),
        ),
        # the JCS
        (
            "The JCS said North Korea launched a ballistic missile on Thursday at 1015 h local "
            "time.",
            ("2024-09-12", "01:15"),
        ),
        # near miss: a US zone's date is left to the clock, and the day before in Korea is kept
        (
            "On Friday morning, North Korea tried to launch a missile. Pacific Command tracked "
            "the launch at 11:21 a.m. Hawaii time on September 12.",
            ("2024-09-13", ""),
        ),
    ],
)
def test_a_four_digit_clock_with_h_and_its_utc_date(sites, text, expected):
    assert clock(text, sites) == expected


# --- "at 16:59 pm local time (0859 GMT)": a 24-hour clock with "pm" is the local clock (1373) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tabloid relaying the JCS: the page's conversion an hour off yields to the local clock
        (
            "The JCS put the launch at 16:59 pm local time (0859 GMT) on Thursday.",
            ("2024-09-12", "07:59"),
        ),
        # a wire
        (
            "North Korea fired a missile at 14:20 pm KST on Thursday, Yonhap said.",
            ("2024-09-12", "05:20"),
        ),
        # near miss: a conversion with other minutes is a finer clock, and stands
        (
            "The JCS put the launch at 16:00 pm local time (0702 GMT) on Thursday.",
            ("2024-09-12", "07:02"),
        ),
    ],
)
def test_a_24_hour_clock_with_pm_keeps_its_zone(sites, text, expected):
    assert clock(text, sites) == expected
