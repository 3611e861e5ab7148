"""Round 11 (extract11b): counts and outcomes read on 410-449's misses (one missile told in the
singular as fired, a title that drops the story's hedge on its number, a rocket that blew apart or
fizzled out).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells, count


def outcome(text: str, sites, published: date = date(2024, 9, 12)) -> str:
    return cells(text, published, sites)["outcome"]


# --- one missile told in the singular as fired ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's Joint Chiefs of Staff said the missile was launched eastward from Sinpo "
        "on Thursday.",
        "The new rocket was test-fired from the Sohae station in the northwest, Seoul said on "
        "Thursday.",
        "Japan's Defense Ministry said the ballistic missile was apparently fired from near "
        "Pyongyang on Thursday and came down in the sea.",
    ],
)
def test_the_missile_told_as_fired_is_one(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_the_missiles_told_as_fired_are_no_count_of_one(sites):
    # Near miss: a plural says more than one and no number; it is not counted as one.
    text = "Seoul said the missiles were launched eastward from Sinpo on Thursday."
    assert count(text, sites) != ("1", "exact")


# --- a title drops the hedge the story keeps ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "World News\n\nNorth Korea fires 4 missiles\n\nNorth Korea has launched at least four "
            "missiles into the sea on Thursday, the JCS said.",
            ("4", "at least"),
        ),
        (
            "Pyongyang test-fires 3 rockets\n\nNorth Korea fired about three short-range rockets "
            "on Thursday, officials said.",
            ("3", "approximately"),
        ),
    ],
)
def test_a_titles_number_takes_the_storys_hedge(sites, text, expected):
    assert count(text, sites) == expected


def test_a_title_over_another_number_is_not_hedged_by_it(sites):
    # Near miss: the story hedges another number ("at least two" of them fell); the title's
    # exact figure for the launch is kept.
    text = (
        "North Korea fires 4 missiles\n\nNorth Korea launched four missiles on Thursday, the JCS "
        "said. At least two missiles fell into the sea."
    )
    assert count(text, sites) == ("4", "exact")


# --- a rocket that blew apart or fizzled out ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a long-range rocket on Thursday, but it blew apart over the sea "
        "within minutes.",
        "The missile fizzled out within a minute of launch, US officials said on Thursday.",
        "North Korea's rocket, fired on Thursday, barely got off the ground before it fell into "
        "the sea.",
        "The missile fired on Thursday fizzled shortly after lift-off, military sources said.",
    ],
)
def test_a_rocket_that_blew_apart_or_fizzled_failed(sites, text):
    assert outcome(text, sites) == "failure"


def test_talks_that_fizzled_out_are_no_failed_launch(sites):
    # Near miss: diplomacy that fizzled out says nothing of the flight.
    text = (
        "North Korea fired a ballistic missile on Thursday, months after talks with Washington "
        "fizzled out."
    )
    assert outcome(text, sites) != "failure"


# --- a running tally's days and number are the launches it counts ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired short-range projectiles again. Seoul said one launch took place on "
        "Thursday morning and another in the afternoon. That brings to seven the projectiles "
        "Pyongyang has fired in three days, four of them on Tuesday.",
        "North Korea launched missiles into the sea again. One missile was fired on Thursday "
        "morning and another an hour later, bringing the total to five over the past two days, "
        "with three on Wednesday.",
    ],
)
def test_a_running_tally_gives_neither_the_day_nor_the_count(sites, text):
    found = cells(text, date(2024, 9, 14), sites)
    assert (found["date_utc"], found["count"], found["count_qualifier"]) == (
        "2024-09-12",
        "2",
        "exact",
    )


def test_the_launch_told_beside_a_tally_keeps_its_day_and_number(sites):
    # Near miss: the launch is told in the simple past with its day; the tally follows it.
    text = (
        "North Korea fired two ballistic missiles on Thursday, bringing to nine the missiles "
        "it has fired in three days, Seoul said."
    )
    found = cells(text, date(2024, 9, 14), sites)
    assert (found["date_utc"], found["count"]) == ("2024-09-12", "2")


def test_one_of_them_and_another_is_no_count_of_two(sites):
    # Near miss: "one of the three ... and another" picks missiles out of a stated number.
    text = (
        "North Korea fired three missiles on Thursday; one of the missiles fell near the coast "
        "and another flew 600 km."
    )
    assert count(text, sites) == ("3", "exact")
