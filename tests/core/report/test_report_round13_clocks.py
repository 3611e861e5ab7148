"""Round 13 (extract13b): launch clocks read on 490-529's misses (a UTC clock whose weekday
stands before its zone, a span whose closing clock alone is converted, a loose round hour
sharpened by a later clock to the minute).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock

# --- a four-digit UTC clock with its weekday beside the zone --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The JCS said it detected the launches from Wonsan between 7:40 a.m. (2240 Wednesday "
        "GMT) and 8:30 a.m. (2330 GMT) on Thursday.",
        "North Korea fired two ballistic missiles at 7:40 a.m. (2240 GMT Wednesday) on Thursday, "
        "Seoul's military said.",
        "Missiles were launched on Thursday at 0740 local time (2240 Wednesday UTC), Japan's "
        "defence ministry said.",
    ],
)
def test_a_four_digit_utc_clock_keeps_its_weekday(sites, text):
    # 07:40 KST on Thursday the 12th is 22:40 UTC on Wednesday the 11th.
    assert clock(text, sites) == ("2024-09-11", "22:40")


@pytest.mark.parametrize(
    "text",
    [
        "The JCS said the missiles were fired between 7:40 a.m. and 8:30 a.m. (2330 GMT) on "
        "Thursday.",
        "North Korea launched several missiles from 7:40 a.m. to 8:30 a.m. (2330 GMT) on "
        "Thursday, Seoul said.",
    ],
)
def test_a_span_takes_its_opening_clock_when_only_its_end_is_converted(sites, text):
    assert clock(text, sites) == ("2024-09-11", "22:40")


def test_a_converted_clock_not_closing_a_span_stands(sites):
    # Near miss: the UTC clock converts the only local clock; a later clock is another missile's.
    text = (
        "North Korea fired a ballistic missile at 7:40 a.m. (2240 GMT) on Thursday and another "
        "at 8:30 a.m., the JCS said."
    )
    assert clock(text, sites) == ("2024-09-11", "22:40")


# --- a loose round hour, then the same launch to the minute -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Defense Ministry said North Korea launched a projectile at around 9 am on "
        "Thursday. It said the launch took place at 8:58 a.m.",
        "North Korea fired a ballistic missile at about 7 a.m. on Thursday, Seoul said. The JCS "
        "later said the missile was launched at 7:04 a.m. from the Pyongyang area.",
        "A missile was fired shortly after 6 a.m. Thursday, Tokyo said. The defence ministry "
        "said it was launched at 6:09 a.m. local time.",
    ],
)
def test_a_clock_to_the_minute_sharpens_a_loose_hour(sites, text):
    found = clock(text, sites)
    assert found[0] == "2024-09-11"
    assert found[1] in ("23:58", "22:04", "21:09")


@pytest.mark.parametrize(
    "text",
    [
        # Near miss: the first clock is given to the minute; the later one is a second missile.
        "North Korea fired a ballistic missile at 7:05 a.m. on Thursday. A second missile was "
        "launched at 7:15 a.m., the JCS said.",
        # Near miss: the later clock is an hour off, another moment.
        "North Korea launched a missile at around 7 a.m. on Thursday. It fired another at "
        "8:12 a.m., Seoul said.",
    ],
)
def test_a_clock_given_to_the_minute_or_far_off_keeps_the_first(sites, text):
    assert clock(text, sites)[1] in ("22:05", "22:00")
