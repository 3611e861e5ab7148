"""Round 10: counts, clocks in words and datelines, read on 370-409's misses (a plural beside
"at least one", "multiple launches of" missiles, missiles that struck their target, "Greenwich
Mean Time", an ANI dateline).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells, count

# --- a vague plural says more than "at least one" ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired multiple short-range ballistic missiles on Thursday, Seoul's military "
        "said. Japan's Defense Ministry also confirmed the launch of at least one suspected "
        "ballistic missile.",
        "Japan said at least one ballistic missile had been fired. South Korea's military said "
        "North Korea launched several missiles toward the East Sea on Thursday.",
        "At least one missile came down outside Japan's waters, Tokyo said, after North Korea "
        "fired a barrage of rockets on Thursday.",
    ],
)
def test_a_vague_plural_beats_at_least_one(sites, text):
    assert count(text, sites) == ("2", "vague")


def test_a_stated_number_still_beats_a_vague_plural(sites):
    # Near miss: "at least seven" is a number above one, which beats "several".
    text = (
        "North Korea fired several ballistic missiles on Thursday, the JCS said. Japan said at "
        "least seven missiles were launched."
    )
    assert count(text, sites) == ("7", "at least")


def test_one_missile_or_more_asked_about_is_no_count(sites):
    # Near miss: a question about the count keeps the stated bound.
    text = (
        "North Korea tested at least one ballistic missile on Thursday. Officials were working "
        "to establish whether one missile or more had been launched."
    )
    assert count(text, sites) == ("1", "at least")


# --- "multiple launches of ... missiles" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday morning North Korea carried out multiple launches of short-range ballistic "
        "missiles toward the East Sea.",
        "North Korea conducted several firings of cruise missiles off its west coast on Wednesday.",
        "The North staged a series of test-firings of new tactical missiles on Wednesday.",
    ],
)
def test_many_launches_of_missiles_are_more_than_one(sites, text):
    assert count(text, sites) == ("2", "vague")


def test_a_multiple_launch_rocket_system_is_no_count(sites):
    # Near miss: a weapon's name, not how many were fired.
    text = "North Korea tested a multiple launch rocket system on Wednesday, firing four rockets."
    assert count(text, sites) == ("4", "exact")


# --- missiles that struck their target are counted ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'KCNA said five "Hwasongpho-11 tactical ballistic missiles struck the target area" '
            "during Sunday's exercise.",
            "5",
        ),
        (
            "State media said three new missiles hit a target island off the east coast on Sunday.",
            "3",
        ),
        (
            "Two cruise missiles struck their targets after a long flight, KCNA said on Sunday.",
            "2",
        ),
    ],
)
def test_missiles_that_struck_the_target_are_counted(sites, text, expected):
    assert count(text, sites, date(2026, 4, 20)) == (expected, "exact")


def test_missiles_aimed_at_targets_are_no_fall(sites):
    # Near miss: missiles that could strike targets are a capability, not this launch's count.
    text = (
        "North Korea fired a missile on Sunday. Its missiles can strike targets across the "
        "South, said an analyst who counted five sites."
    )
    assert count(text, sites, date(2026, 4, 20)) == ("1", "exact")


# --- "Greenwich Mean Time" is UTC -------------------------------------------------------------


@pytest.mark.parametrize(
    "clock",
    [
        "at about 10:30 PM Greenwich Mean Time",
        "at 22:30 Greenwich Mean Time",
        "at 10:30 p.m. Coordinated Universal Time",
    ],
)
def test_greenwich_mean_time_is_utc(sites, clock):
    text = (
        "North Korea fired several ballistic missiles toward the Sea of Japan, South Korea's "
        f"Joint Chiefs of Staff said on Tuesday morning. The JCS said the missiles were fired "
        f"{clock} from near Sariwon."
    )
    found = cells(text, date(2024, 11, 5), sites)
    assert (found["date_utc"], found["time_utc"]) == ("2024-11-04", "22:30")


def test_a_clock_with_no_zone_is_koreas(sites):
    # Near miss: a bare clock on a Korean report is Korea's.
    text = (
        "North Korea fired several ballistic missiles, South Korea's Joint Chiefs of Staff said "
        "on Tuesday morning. The missiles were fired at about 7:30 a.m. from near Sariwon."
    )
    found = cells(text, date(2024, 11, 5), sites)
    assert (found["date_utc"], found["time_utc"]) == ("2024-11-04", "22:30")


# --- an ANI dateline: the filing day, before which the story's launch day comes -----------------


@pytest.mark.parametrize(
    "dateline",
    [
        "Pyongyang [North Korea], April 20 (ANI):",
        "Seoul [South Korea], April 20 (ANI):",
        "Tokyo [Japan], April 20 (ANI):",
    ],
)
def test_an_ani_dateline_is_the_filing_day(sites, dateline):
    text = (
        f"{dateline} North Korea said on Monday that it had test-fired tactical ballistic "
        "missiles.\n\nState media said five missiles struck the target area during Sunday's "
        "exercise, the South Korean military said."
    )
    assert cells(text, date(2026, 4, 20), sites)["date_utc"] == "2026-04-19"


def test_an_ani_dateline_with_no_other_day_dates_the_launch(sites):
    # Near miss: where the story names no day, the dateline stands.
    text = (
        "Seoul [South Korea], April 20 (ANI): North Korea fired a ballistic missile toward the "
        "East Sea, South Korea's Joint Chiefs of Staff said."
    )
    assert cells(text, date(2026, 4, 21), sites)["date_utc"] == "2026-04-20"
