"""Round 11 (extract11b): launch clocks read on 410-449's misses (the clock a meeting is held at,
a page's UTC conversion an hour or a day off its own local clock).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock

# --- the clock of a meeting is not the launch's ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rocket lifted off at 10.15 local time on Thursday, Seoul said. The Security Council "
        "will discuss the launch at an emergency meeting in New York at 15:00 EDT (1900 GMT).",
        "The missile lifted off at 10:15 a.m. local time on Thursday. Japan's cabinet will hold a "
        "session on the launch at 4 p.m. local time.",
        "North Korea's rocket rose from its west coast at 10:15 a.m. Korea time on Thursday. "
        "Leaders will meet to respond to the launch from 13:00 GMT.",
    ],
)
def test_a_meetings_clock_is_not_the_launch_time(sites, text):
    assert clock(text, sites) == ("2024-09-12", "01:15")


def test_a_launch_told_after_a_meeting_word_keeps_its_clock(sites):
    # Near miss: the clock belongs to the launch verb that stands between it and the meeting.
    text = (
        "Japan called a security meeting after North Korea fired a ballistic missile at 6:52 "
        "a.m. local time on Thursday."
    )
    assert clock(text, sites) == ("2024-09-11", "21:52")


# --- a conversion an hour off its local clock -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The missiles were fired shortly before 8 a.m. local time (2200 GMT on Wednesday), the JCS "
        "said.",
        "North Korea launched a ballistic missile at 8:00 a.m. KST (0000 GMT Thursday), Seoul "
        "said.",
        "The missile was fired at 08.00 local time (22.00 GMT) on Thursday, Tokyo said.",
    ],
)
def test_a_conversion_with_a_wrong_offset_yields_to_the_local_clock(sites, text):
    assert clock(text, sites) == ("2024-09-11", "23:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A finer UTC clock (other minutes) stands over a rounded local one.
        (
            "The satellite lifted off at 9:00 local time (0030 GMT) on Thursday morning.",
            ("2024-09-12", "00:30"),
        ),
        # A conversion that agrees is taken as before.
        (
            "North Korea fired a missile at 8 a.m. local time (2300 GMT Wednesday) on Thursday.",
            ("2024-09-11", "23:00"),
        ),
    ],
)
def test_a_conversion_that_agrees_or_is_finer_stands(sites, text, expected):
    assert clock(text, sites) == expected


# --- the day of a statement named before who made it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a statement on Thursday morning, the North's space agency said its rocket put a "
        "satellite into orbit on Wednesday night.",
        "In its dispatch early on Thursday, KCNA said the new missile was test-fired on Wednesday.",
        "By a bulletin on Thursday, state television said North Korea launched a cruise missile "
        "on Wednesday.",
    ],
)
def test_a_statements_day_named_first_is_not_the_launch_day(sites, text):
    assert clock(text, sites, date(2024, 9, 14))[0] == "2024-09-11"


def test_a_report_on_the_days_launch_keeps_that_day(sites):
    # Near miss: "a report on Thursday's launch" names the launch's own day.
    text = (
        "In a report on Thursday's launch, the JCS said North Korea fired a ballistic missile "
        "into the East Sea."
    )
    assert clock(text, sites, date(2024, 9, 14))[0] == "2024-09-12"
