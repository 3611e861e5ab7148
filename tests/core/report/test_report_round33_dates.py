"""Round 33 (fix33b): the launch's day, clock and count, read as a reader takes them.

A video's running time is no clock; a fall a warning foretold ("expected to hit at 8:00 am") and
a satellite's insertion into orbit are points on the path, not the launch; a clock to the second
told as the moment ("At 22:42:28 on November 21, ... launched") is the launch's; Moscow and
Beijing clocks are turned into UTC; a pair of four-digit UTC clocks with the day before the zone
("(2045 and 2140 Monday GMT)") is a clock, not the year 2045; "multiple warheads" counts the
warheads; a subject's short name in brackets ("the Democratic People's Republic of Korea (DPRK)
had fired") keeps a statement's past perfect; a type's first flight ("which it first fired on
April 13") is an older launch; "the night before of" counts back a day. Each cause is tried in
several outlets' phrasings, written for these tests, with a near miss. The leads' Thursday is
12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

import pytest

from core.records.model import Site
from tests.core.report.drafting import clock, count

# --- a video's running time is no clock (1851, 1853) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster's page: the player's label over the story
        (
            "[Video, 00:42, Source: CNN] North Korea fires a missile\n\nNorth Korea fired a "
            "ballistic missile on Thursday, the JCS said.",
            ("2024-09-12", ""),
        ),
        # a German outlet: the clip's length after a colon
        (
            "North Korea fired a missile on Thursday.\n\n[Video: 01:23 North Korea missile "
            "launch fails]",
            ("2024-09-12", ""),
        ),
        # a Japanese ministry page: "Watch" with the length
        (
            "Watch 2:15 - Japan's defense ministry says North Korea launched a ballistic missile "
            "on Thursday.",
            ("2024-09-12", ""),
        ),
        # near miss: a launch clock after a video label elsewhere in the page stands
        (
            "[Video] North Korea fired a ballistic missile at 7:42 a.m. on Thursday, the JCS said.",
            ("2024-09-11", "22:42"),
        ),
    ],
)
def test_a_videos_running_time_is_no_launch_clock(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected


# --- a foretold fall, an orbit insertion: points on the path (1800, 1501) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the warning's forecast
        (
            "North Korea launched an ICBM on Thursday. The warning had said the missile was "
            "expected to hit at 8:00 am local time.",
            ("2024-09-12", ""),
        ),
        # Japan's ministry: "forecast to come down"
        (
            "North Korea fired a ballistic missile on Thursday. The ministry said it was "
            "forecast to come down around 9:10 a.m. in waters off Hokkaido.",
            ("2024-09-12", ""),
        ),
        # KCNA relayed: the satellite put into orbit to the second
        (
            "North Korea launched a satellite rocket on Thursday. KCNA said the rocket placed "
            "the satellite into its orbit at 22:54:13, 705 seconds after the launch.",
            ("2024-09-12", ""),
        ),
        # near miss: the launch's own clock before the forecast stands
        (
            "North Korea fired a missile at 7:10 a.m. on Thursday, and it was expected to "
            "hit the sea at 8:00 am.",
            ("2024-09-11", "22:10"),
        ),
    ],
)
def test_a_foretold_fall_or_an_orbit_is_no_launch_clock(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected


# --- a clock to the second told as the moment is the launch's (1809) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA's announcement
        (
            "At 22:42:28 on September 12, the aerospace administration launched a "
            "reconnaissance satellite from the Sohae site.",
            ("2024-09-12", "13:42"),
        ),
        # an analysis site: "at around" to the second
        (
            "North Korea launched the rocket on Thursday at around 10:05:30 local time, the "
            "site's imagery showed.",
            ("2024-09-12", "01:05"),
        ),
        # near miss: a page's stamp to the second is still the page's
        (
            "Updated 2024-09-12 16:42:19 KST\n\nNorth Korea fired a missile on Thursday, the "
            "JCS said.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_clock_to_the_second_told_as_the_moment_is_the_launch(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected


# --- Moscow and Beijing clocks (1969) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TASS
        (
            "MOSCOW, September 12. /TASS/. The JCS said the missile was launched at about 1:55 "
            "Moscow time from the west coast.",
            ("2024-09-11", "22:55"),
        ),
        # Xinhua
        (
            "North Korea fired a ballistic missile on Thursday at 7:30 a.m. Beijing time, "
            "Japan's defense ministry said.",
            ("2024-09-11", "23:30"),
        ),
        # near miss: a Korean clock stays Korea's
        (
            "North Korea fired a ballistic missile on Thursday at 7:30 a.m. Seoul time.",
            ("2024-09-11", "22:30"),
        ),
    ],
)
def test_a_moscow_or_beijing_clock_is_turned_into_utc(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected


# --- a pair of UTC clocks with the day before the zone (1972) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KUNA relaying Yonhap
        (
            "North Korea fired three ballistic missiles on Thursday morning. The JCS said "
            "they were fired between 5:45 a.m. and 6:40 a.m. (2045 and 2140 Wednesday GMT).",
            ("2024-09-11", "20:45"),
        ),
        # a wire: "to" and "UTC"
        (
            "The North launched two missiles on Thursday from 5:10 to 5:30 a.m. (2010 to 2030 "
            "Wednesday UTC), Japan's ministry said.",
            ("2024-09-11", "20:10"),
        ),
        # near miss: the zone before the day, as before
        (
            "North Korea fired three ballistic missiles on Thursday morning. The JCS said "
            "they were fired between 5:45 a.m. and 6:40 a.m. (2045 and 2140 GMT Wednesday).",
            ("2024-09-11", "20:45"),
        ),
    ],
)
def test_a_utc_pair_with_its_day_before_the_zone_is_a_clock(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected


# --- "multiple warheads" counts the warheads (1806) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reuters' title over the story
        (
            "North Korea conducts test to develop multiple warhead missile: KCNA\n\nThe JCS said "
            "North Korea had launched what appeared to be a hypersonic missile on Thursday.",
            ("1", "exact"),
        ),
        # an analysis site
        (
            "The North tested a missile carrying multiple warheads on Thursday, the first such "
            "test.",
            ("1", "exact"),
        ),
        # near miss: multiple missiles are more than one
        (
            "North Korea fired multiple ballistic missiles on Thursday, the JCS said.",
            ("2", "vague"),
        ),
    ],
)
def test_multiple_warheads_count_no_missiles(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert count(text, sites) == expected


# --- a subject's short name in brackets keeps a statement's past perfect (1971) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Xinhua
        (
            "TOKYO, Sept. 12 (Xinhua) -- Japan's Defense Ministry on Thursday confirmed that the "
            "Democratic People's Republic of Korea (DPRK) had fired three ballistic missiles "
            "into the Sea of Japan, while officials said they were gathering information.",
            ("3", "exact"),
        ),
        # a wire
        (
            "SEOUL, Sept. 12 (UPI) -- The JCS said on Thursday that North Korea (DPRK) had "
            "launched two short-range missiles, while Tokyo said it was gathering information.",
            ("2", "exact"),
        ),
        # near miss: an older launch told in the writer's past perfect on its own day
        (
            "North Korea fired a missile on Thursday. On Saturday the North (DPRK) had sent "
            "three missiles into the sea.",
            ("1", "exact"),
        ),
    ],
)
def test_a_bracketed_short_name_keeps_a_statements_past_perfect(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert count(text, sites) == expected


# --- a type's first flight is an older launch (1812) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aggregator's lead
        (
            "The launch appears to be North Korea's second test of the Hwasong-18 ICBM, which "
            "it first fired on April 13. Japan's Defense Ministry says North Korea fired an "
            "intercontinental ballistic missile on Thursday.",
            ("2024-09-12", ""),
        ),
        # an analysis site: "which was first tested"
        (
            "The North launched the Pukguksong-2, which was first tested on August 3, the JCS "
            "said. The launch came on Thursday morning.",
            ("2024-09-12", ""),
        ),
        # near miss: a launch's own written day stands
        (
            "North Korea fired the Hwasong-18 ICBM on September 12, Japan's Defense Ministry said.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_types_first_flight_is_an_older_launch(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected


# --- "the night before" counts back a day (1965) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese daily
        (
            "On September 12, Japan lodged a protest with North Korea over its launch the night "
            "before of an intercontinental ballistic missile.",
            ("2024-09-11", ""),
        ),
        # a wire
        (
            "North Korea fired a ballistic missile into the sea the evening before, Japan's "
            "ministry said on Thursday.",
            ("2024-09-11", ""),
        ),
        # near miss: the night before another event names that event's eve
        (
            "North Korea fired a missile on Thursday, the night before the summit opens.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_the_night_before_counts_back_a_day(
    text: str, expected: tuple[str, str], sites: dict[str, Site]
) -> None:
    assert clock(text, sites) == expected
