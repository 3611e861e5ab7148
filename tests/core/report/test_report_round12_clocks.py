"""Round 12 (extract12b): launch clocks read on 450-489's misses (a span's bare opening hour, a
clock told after an aside about the launch place).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock

# --- a span's bare opening hour shares the am/pm of the clock that closes it ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles toward the sea between 6 and 7 a.m. local time on "
        "Thursday, the Joint Chiefs of Staff said.",
        "The North launched three ballistic missiles on Thursday from 6 to 7:30 am, Seoul said.",
        "Japan's defence ministry said the missiles were fired on Thursday between 6 and 6:40 "
        "a.m. Japan time.",
    ],
)
def test_a_spans_bare_first_hour_is_the_launch_time(sites, text):
    # 06:00 KST on Thursday the 12th is 21:00 UTC on the 11th.
    assert clock(text, sites) == ("2024-09-11", "21:00")


def test_a_bare_number_not_opening_a_span_is_no_clock(sites):
    # Near miss: "between 2 and 3" missiles is a count, and "at 7 a.m." the only clock.
    text = (
        "North Korea fired between 2 and 3 missiles on Thursday at 7 a.m. local time, the Joint "
        "Chiefs of Staff said."
    )
    assert clock(text, sites) == ("2024-09-11", "22:00")


# --- the missiles' own predicate again after an aside about the place ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched two short-range ballistic missiles on Thursday. The missiles were "
        "fired from the Sunan district, home to the capital's airport, and were detected by the "
        "South Korean military at 18:10 local time.",
        "North Korea launched two missiles on Thursday. They rose from Sinpo, site of a "
        "submarine shipyard, and were tracked by Japan's radar at 18:10 local time.",
        "North Korea launched two missiles on Thursday from the Sunan area, home to Pyongyang "
        "International Airport, and were spotted by Seoul at 6:10 p.m. local time.",
    ],
)
def test_a_clock_after_an_aside_about_the_place_is_the_launchs(sites, text):
    assert clock(text, sites) == ("2024-09-12", "09:10")


def test_a_clock_inside_the_places_history_is_not_the_launchs(sites):
    # Near miss: the aside itself tells of the place's past, and its clock stays with it.
    text = (
        "North Korea launched two missiles on Thursday from the Sunan area, home to the airport "
        "where flights resumed at 18:10 local time last year."
    )
    assert clock(text, sites)[1] == ""


# --- a clock joined to an announcement's clock is the announcement's too ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea appears to have launched two ballistic missiles on Thursday morning. The "
        "coast guard announced at 6:04 a.m. and 6:19 a.m. on Thursday that North Korea had "
        "launched possible ballistic missiles.",
        "North Korea fired two missiles on Thursday. Japan's defence ministry issued alerts at "
        "6:04, 6:19 a.m. about the launches.",
        "North Korea fired two missiles early on Thursday. The J-Alert warning was issued at 6:04 "
        "a.m. or 6:19 a.m. on Thursday, the missiles' launch day.",
    ],
)
def test_a_second_announcement_clock_is_no_launch_time(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


def test_a_launch_clock_after_an_announcement_clause_stands(sites):
    # Near miss: the second clock is joined by its own launch verb, not to the announcement's.
    text = (
        "The coast guard announced at 6:30 a.m. that North Korea had launched a missile, which "
        "was fired at 6:19 a.m. on Thursday."
    )
    assert clock(text, sites) == ("2024-09-11", "21:19")


# --- a four-digit clock with "h" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on 12 September. The JCS said the missiles were fired at "
        "0534 h and 0557 h local time from near Wonsan.",
        "The first missile was launched on 12 September at 0534 h, the second 23 minutes later.",
        "Two short-range missiles were fired on 12 September at around 0534 h (local), the JCS "
        "said.",
    ],
)
def test_a_four_digit_clock_with_h_is_read(sites, text):
    assert clock(text, sites) == ("2024-09-11", "20:34")


def test_a_four_digit_number_with_h_and_no_at_is_no_clock(sites):
    # Near miss: a figure in hours ("flew for 0534 h" is no wording, "1500 h of training" no
    # clock) without "at" before it stays out.
    text = "North Korea fired a missile on 12 September after 1500 h of drills, the JCS said."
    assert clock(text, sites) == ("2024-09-12", "")


# --- the weekday of a Hawaii clock is Hawaii's -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Tuesday. The US military detected and tracked a missile "
        "launch at 2:40 p.m. Hawaii time on Monday (0040 GMT Tuesday), Pacific Command said.",
        "Pyongyang launched a missile on Tuesday. US Pacific Command tracked the launch at 2:40 "
        "p.m. Hawaii Standard Time on Monday, a statement said.",
    ],
)
def test_a_hawaii_clocks_weekday_is_not_another_launch_day(sites, text):
    assert clock(text, sites, date(2017, 7, 4)) == ("2017-07-04", "00:40")


def test_a_hawaii_day_with_no_clock_still_names_that_day(sites):
    # Near miss: "on Monday" with no zone before it is a day of its own, here the launch's.
    text = "North Korea fired a missile on Monday, US Pacific Command in Hawaii said on Tuesday."
    assert clock(text, sites, date(2017, 7, 4)) == ("2017-07-03", "")
