"""Round 29 (fix29c): the launch day, read in the clock of whoever names it.

A weekday beside a US clock is that zone's; a date written out is Korea's; a night told from a
clock behind Korea's spans two days and Korea was in the later one; a clock's part of the day
after it ("5:42 this Thursday evening") sets its half of the day; a date and a clock closing a
line are the page's stamp; a missile defence names no launch day. Each cause is tried in several
outlets' phrasings, written for these tests, with a near miss. The leads' Thursday is 12
September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, clock

# --- a weekday beside a US clock is the US day; a date written out is Korea's (1097, 1167) ------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a US wire: the Pentagon's clock and the desk's own weekday
        (
            "SEOUL, South Korea - North Korea launched another ballistic missile on Wednesday. "
            "A Pentagon spokesperson said the launch happened at about 1:30 p.m. EDT.",
            CLOCK_THURSDAY,
            ("2024-09-11", "17:30"),
        ),
        # a US network, Pacific Command's clock past midnight UTC
        (
            "North Korea fired a missile on Wednesday, U.S. officials said. Pacific Command "
            "detected the launch at 10:40 p.m. Hawaii time.",
            CLOCK_THURSDAY,
            ("2024-09-12", "08:40"),
        ),
        # a wire giving state media's date beside NORAD's clock
        (
            "North Korea launched a long-range rocket on December 12, state media said. NORAD "
            "said it tracked the launch from 7:49 p.m. EST.",
            date(2012, 12, 12),
            ("2012-12-12", "00:49"),
        ),
        # near miss: the day beside Korea's own clock is Korea's
        (
            "North Korea fired a missile at 5:30 p.m. Eastern time, or 6:30 a.m. local time, on "
            "Thursday.",
            CLOCK_THURSDAY,
            ("2024-09-11", "21:30"),
        ),
        # near miss: "early Wednesday" is Korea's small hours, the US afternoon before
        (
            "North Korea launched a ballistic missile early Wednesday, South Korea's military "
            "said. The Pentagon said the launch happened at about 1:30 p.m. EDT.",
            CLOCK_THURSDAY,
            ("2024-09-10", "17:30"),
        ),
        # near miss: "Wednesday morning" is Korea's morning too
        (
            "North Korea fired a ballistic missile on Wednesday morning, Japan's Ministry of "
            "Defense said. Pacific Command tracked it from 12:49 p.m. Hawaii time.",
            CLOCK_THURSDAY,
            ("2024-09-10", "22:49"),
        ),
    ],
)
def test_a_day_beside_a_us_clock_is_read_in_the_clock_of_whoever_names_it(
    sites, text, published, expected
):
    assert clock(text, sites, published) == expected


# --- "in the night from Saturday to Sunday": Korea was already in the later day (1252) ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a European paper, translated
        (
            "In the night from Wednesday to Thursday, North Korea launched a ballistic missile "
            "toward the Sea of Japan.",
            ("2024-09-12", ""),
        ),
        # a French wire, with the JCS
        (
            "During the night of Wednesday to Thursday, Pyongyang fired two short-range "
            "missiles, South Korea's Joint Chiefs of Staff said.",
            ("2024-09-12", ""),
        ),
        # Japan's ministry, as relayed
        (
            "The Ministry of Defense said North Korea launched a missile in the night between "
            "Wednesday and Thursday.",
            ("2024-09-12", ""),
        ),
        # near miss: one day's night is that day
        (
            "North Korea fired a missile on Wednesday night, South Korea's military said.",
            ("2024-09-11", ""),
        ),
    ],
)
def test_a_night_spanning_two_days_is_the_later_day(sites, text, expected):
    assert clock(text, sites) == expected


# --- "At 5:42 this Thursday evening": the part of the day after a clock sets pm (912) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster's correspondent
        (
            "At 5:42 this Thursday evening North Korea launched four projectiles into the East "
            "Sea.",
            ("2024-09-12", "08:42"),
        ),
        # the JCS, as relayed by a wire
        (
            "North Korea fired a ballistic missile at 6:15 Thursday evening, the JCS said.",
            ("2024-09-12", "09:15"),
        ),
        # Japan's ministry
        (
            "The Ministry of Defense said the missile was launched at around 4:50 this afternoon.",
            ("2024-09-12", "07:50"),
        ),
        # near miss: no part of the day, a morning clock
        (
            "North Korea fired a ballistic missile at 5:42 on Thursday, the JCS said.",
            ("2024-09-11", "20:42"),
        ),
    ],
)
def test_a_part_of_the_day_after_a_clock_sets_its_half(sites, text, expected):
    assert clock(text, sites) == expected


# --- "... - August 16, 19:05": a date and a clock closing a line are the page's stamp (1092) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese broadcaster's headline
        (
            "North Korea fires flying objects toward the Sea of Japan - September 12, 19:05\n\n"
            "On the morning of the 12th, North Korea fired two missiles at 8:01 a.m., the JCS "
            "said.",
            ("2024-09-11", "23:01"),
        ),
        # a wire's title, the day before the month
        (
            "North Korea launches ballistic missile | 12 September 2024, 18:30\n\n"
            "North Korea launched a ballistic missile at 7:10 a.m. on Thursday, Japan's Ministry "
            "of Defense said.",
            ("2024-09-11", "22:10"),
        ),
        # near miss: a clock told of the launch after its date
        (
            "North Korea fired a missile on September 12, at 19:05, the JCS said.",
            ("2024-09-12", "10:05"),
        ),
    ],
)
def test_a_date_and_clock_closing_a_line_are_the_pages_stamp(sites, text, expected):
    assert clock(text, sites) == expected


# --- "On Friday the US and South Korea agreed to deploy a missile defence system" (1480) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British broadcaster
        (
            "North Korea has test-fired a ballistic missile from a submarine, according to "
            "South Korea's military. On Wednesday the US and South Korea agreed to deploy a "
            "missile defence system.",
            ("2024-09-12", ""),
        ),
        # a Japanese wire
        (
            "North Korea launched a ballistic missile, the Ministry of Defense said. On "
            "Wednesday, Japan put anti-missile batteries on alert in Tokyo.",
            ("2024-09-12", ""),
        ),
        # near miss: the missile itself told on that day
        (
            "North Korea has fired a ballistic missile, the JCS said. The missile was launched "
            "on Wednesday from near Sunan.",
            ("2024-09-11", ""),
        ),
    ],
)
def test_a_missile_defence_names_no_launch_day(sites, text, expected):
    assert clock(text, sites) == expected
