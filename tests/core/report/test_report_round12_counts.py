"""Round 12 (extract12b): counts read on 450-489's misses (projectiles fired twice, a year's tally
in a title, a recalled launch that names the new one's day only as a landmark).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import count

TUESDAY = date(2019, 8, 6)


# --- "fired twice": one launch a time --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired unidentified projectiles off its east coast early Tuesday. Citing the "
        "JCS, Yonhap said the projectiles were fired twice from South Hwanghae Province.",
        "North Korea fired projectiles twice early on Tuesday from its west coast, the JCS said.",
        "The rockets were launched twice on Tuesday morning, South Korea's military said.",
    ],
)
def test_projectiles_fired_twice_are_two(sites, text):
    assert count(text, sites, TUESDAY) == ("2", "exact")


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a tally of days, not one launch's firings.
        "North Korea fired a ballistic missile on Tuesday. It has fired missiles twice this week.",
        "North Korea fired a ballistic missile on Tuesday; it launched missiles twice since July.",
    ],
)
def test_a_tally_of_twice_is_not_the_count(sites, text):
    assert count(text, sites, TUESDAY) == ("1", "exact")


# --- a year's tally in a title is not the launch's count ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea Fired More than 40 Missiles This Year\n\nOn Tuesday North Korea fired a "
        "short-range ballistic missile into the sea, the JCS said.",
        "Pyongyang has launched 23 missiles so far in 2019, and on Tuesday it fired a ballistic "
        "missile toward the East Sea.",
        "North Korea has now fired some 30 missiles since January: on Tuesday it launched a "
        "ballistic missile from near Wonsan.",
    ],
)
def test_a_years_tally_is_not_the_launchs_count(sites, text):
    assert count(text, sites, TUESDAY) == ("1", "exact")


def test_a_count_told_with_a_time_of_day_stands(sites):
    # Near miss: "two missiles this morning" is the launch's count.
    text = "North Korea fired two missiles this morning, Tuesday, the JCS said."
    assert count(text, sites, TUESDAY) == ("2", "exact")


# --- a recalled launch naming the new one's day only as a landmark -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        'North Korea fired "multiple unidentified projectiles" on Tuesday morning, the JCS said. '
        "Less than a week earlier, on July 31, the North fired two short-range ballistic missiles "
        "from near Wonsan, south of the site of Tuesday's test.",
        "North Korea fired several projectiles on Tuesday, the JCS said. On July 31 it launched "
        "two missiles, a day's drive from Tuesday's launch site.",
    ],
)
def test_a_recalled_launch_measured_against_the_new_one_stays_recalled(sites, text):
    assert count(text, sites, TUESDAY) == ("2", "vague")


def test_a_sentence_of_the_launch_day_that_recalls_another_stays_current(sites):
    # Near miss: the launch's own day comes first and is no landmark.
    text = (
        "North Korea fired several projectiles into the sea. On Tuesday the North fired three "
        "missiles, more than on July 31."
    )
    assert count(text, sites, TUESDAY) == ("3", "exact")
