"""Round 21 (fix21b): dates, clocks and counts read on 830-889's misses (a launch told as one
missile launch with no number, a dateline's dash before the lead's article).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock, count

# --- "North Korea's latest missile test ended in failure": one launch, no number (831, 855, 865,
# 884; 570 too) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's newest missile launch failed on Thursday, according to the Pentagon.",
        "Pyongyang's rocket launch on Thursday ended in a fireball seconds after lift-off, "
        "US officials said.",
        "The North carried out a ballistic missile test on Thursday, Seoul's military said.",
        "US Pacific Command said it had tracked a failed missile launch from the east coast "
        "on Thursday.",
    ],
)
def test_one_missile_launch_counts_one(sites, text):
    assert count(text, sites) == ("1", "exact")


@pytest.mark.parametrize(
    "text",
    [
        # recalled or denied, not this launch's
        "After almost a year without a missile launch, the North fired on Thursday, Seoul said.",
        # a cruise missile test may fire several
        "The North carried out a cruise missile test on Thursday, state media said.",
        # more than one told beside it
        "A missile test on Thursday saw several projectiles fall into the sea, Tokyo said.",
        # a number stated wins
        "North Korea's missile test on Thursday involved three ballistic missiles, the JCS said.",
    ],
)
def test_one_launch_rule_near_misses(sites, text):
    assert count(text, sites) in (("", ""), ("2", "vague"), ("3", "exact"))
    assert count(text, sites) != ("1", "exact")


# --- "Seoul, Nov. 9 (Jiji Press)--A short-range ballistic missile was launched": a dateline's dash
# before the article (848) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO, Sept. 12 (Kyodo)--A ballistic missile was fired by North Korea on Thursday.",
        "Seoul--A short-range projectile was launched from the North on Thursday, the JCS said.",
        "WASHINGTON, Sept. 12--A missile launched by Pyongyang on Thursday fell into the sea.",
    ],
)
def test_dateline_dash_article_counts(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_dateline_dash_number_still_counts(sites):
    text = "SEOUL--Two ballistic missiles were fired by North Korea on Thursday, the JCS said."
    assert count(text, sites) == ("2", "exact")


def test_hyphenated_word_before_article_is_no_count(sites):
    # a single hyphen inside a word is no dateline ("follow-a" is no article)
    text = "The North fired missiles on Thursday in a follow-a-leader pattern, analysts said."
    assert count(text, sites) != ("1", "exact")


# --- "State media said nothing on Thursday about a missile test ... Early on Wednesday the North
# test-fired": the day of a silence is a statement's day, not the launch's (877) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korean state media said nothing on Thursday about a missile launch that Seoul said "
        "had failed. Early on Wednesday the North fired a ballistic missile, the JCS said.",
        "Pyongyang remained silent on Thursday about the failed launch. The North fired a missile "
        "on Wednesday morning from near its capital, South Korea's military said.",
        "KCNA made no mention of the launch on Thursday. North Korea fired a missile early on "
        "Wednesday, according to the Joint Chiefs of Staff.",
    ],
)
def test_silence_day_is_not_launch_day(sites, text):
    assert clock(text, sites)[0] == "2024-09-11"


@pytest.mark.parametrize(
    "text",
    [
        # a silence of weeks before the launch: the launch's own day stands
        "Pyongyang was silent for weeks before it fired a missile on Thursday, Seoul said.",
        "After staying quiet since May, the North fired a ballistic missile on Thursday.",
    ],
)
def test_silence_near_miss_keeps_launch_day(sites, text):
    assert clock(text, sites)[0] == "2024-09-12"


# --- "One launch came shortly before noon and the second between 4 p.m. and 5 p.m.": a later
# missile's clock is not the launch's time (851) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday. The first went up in the morning and the "
        "second at 3:40 p.m., Seoul's defence ministry said.",
        "Pyongyang launched two rockets on Thursday: one shortly before noon, and another at "
        "about 5 p.m., the JCS said.",
        "Two projectiles were fired on Thursday. One flew early in the day, and then a second "
        "one was launched at 2:15 p.m., according to Tokyo.",
    ],
)
def test_later_missiles_clock_is_no_launch_time(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # the first missile's own clock stands, whatever the second's
        (
            "North Korea fired a missile at 7:10 a.m. on Thursday and a second at 7:30 a.m., "
            "the JCS said.",
            "22:10",
        ),
        # "a second" as an ordinal of seconds is no later missile
        ("The North fired a missile at 9:05 a.m. on Thursday, Seoul said.", "00:05"),
    ],
)
def test_first_missiles_clock_stands(sites, text, time):
    assert clock(text, sites)[1] == time
