"""Round 12 (extract12b): launch clocks read on 450-489's misses (a span's bare opening hour, a
clock told after an aside about the launch place).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells


def clock(text: str, sites, published: date = date(2024, 9, 12)) -> tuple[str, str]:
    found = cells(text, published, sites)
    return found["date_utc"], found["time_utc"]


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
