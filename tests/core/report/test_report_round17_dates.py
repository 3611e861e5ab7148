"""Round 17 (fix17b): launch clocks and counts read on 650-689's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock, count


# "with the Prime Minister's office tweeting at 10:34 GMT" (662), "Japan's emergency system was
# activated at 4 p.m. local time" (656): a statement told in the -ing form, or an alarm set off,
# gives that notice's clock, not the launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, with Japan's Prime Minister's office "
        "tweeting at 09:12 GMT that a missile had been launched.",
        "North Korea launched a missile on Thursday. The defence ministry confirmed it, posting "
        "at 7:40 a.m. local time that the missile had fallen into the sea.",
        "North Korea fired a ballistic missile on Thursday. Air raid sirens were sounded at "
        "6:55 a.m. local time on the island.",
        "North Korea launched a rocket on Thursday. The J-Alert warning system was activated at "
        "3 p.m. local time, and residents were told to take shelter.",
    ],
)
def test_a_notice_told_as_ing_or_an_alarm_gives_no_launch_clock(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


def test_a_launch_clock_beside_a_tweet_stays(sites):
    # Near miss: the launch's own clock, with the notice told after it.
    text = (
        "North Korea fired a ballistic missile at 7:10 a.m. local time on Thursday, the "
        "Prime Minister's office said in a tweet."
    )
    assert clock(text, sites) == ("2024-09-11", "22:10")


# "wrapped up five rounds of large live-fire drills" (660): rounds of drills or talks are no
# missiles.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday after South Korean and US troops "
        "finished five rounds of large live-fire drills near the border.",
        "North Korea launched a ballistic missile toward the sea, days after the allies held "
        "three rounds of joint exercises.",
        "North Korea fired a missile on Thursday, following two rounds of stalled talks with "
        "Washington.",
    ],
)
def test_rounds_of_drills_or_talks_are_not_counted(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_rounds_of_rockets_are_counted(sites):
    # Near miss: rounds that are the launch's own projectiles.
    text = "North Korea fired four rounds of short-range rockets into the sea on Thursday."
    assert count(text, sites)[0] == "4"


# "North Korea has launched more than 80 missiles since Kim ..." (689): a tally since some
# time, not the launch's count.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired another missile on Thursday. It has launched more than 80 missiles "
        "since Kim Jong Un took power.",
        "North Korea launched a ballistic missile on Thursday. Pyongyang has fired more than "
        "40 missiles since its leader took office, analysts said.",
        "North Korea fired a ballistic missile into the sea. The North has tested dozens of "
        "missiles since the talks collapsed.",
    ],
)
def test_a_tally_since_some_time_is_not_the_count(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_a_missile_and_its_first_since_keeps_its_count(sites):
    # Near miss: "since" after a clause of its own tells the gap, not a tally.
    text = "North Korea fired two ballistic missiles on Thursday, its first launch since May."
    assert count(text, sites) == ("2", "exact")


# "is believed to have fired a second ballistic missile" (654): one missile counted, then a
# second told as fired, is two.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched what appears to be a ballistic missile, Japan's coast guard said. "
        "Later, NHK reported that the North had fired a second ballistic missile.",
        "North Korea fired a ballistic missile on Thursday morning, the JCS said. Minutes later "
        "it launched a second missile toward the East Sea.",
        "Pyongyang fired a missile early on Thursday. Japan's defence ministry said the North is "
        "believed to have fired a second suspected missile.",
    ],
)
def test_a_second_missile_told_as_fired_adds_one(sites, text):
    assert count(text, sites) == ("2", "exact")


def test_a_second_missile_in_as_many_days_is_another_launch(sites):
    # Near miss: the second of the week is another day's launch.
    text = (
        "North Korea fired a ballistic missile on Thursday. It launched a second missile in as "
        "many days, officials said."
    )
    assert count(text, sites) == ("1", "exact")


# "fired two ballistic missiles ... fired at least two ballistic missiles" (657): the same
# number told again as a lower bound is a bound.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles on Thursday, the JCS said. According to Seoul, "
        "the North launched at least two ballistic missiles toward the East Sea.",
        "North Korea launched three short-range missiles, officials said. Japan's ministry said "
        "at least three missiles were fired.",
    ],
)
def test_the_same_number_told_as_a_bound_is_a_bound(sites, text):
    assert count(text, sites)[1] == "at least"


def test_a_bound_of_another_number_leaves_the_count_exact(sites):
    # Near miss: a bound on a different number is not this count's.
    text = (
        "North Korea fired two ballistic missiles on Thursday. It has fired at least ten "
        "missiles this year."
    )
    assert count(text, sites) == ("2", "exact")


# "now reporting the test, which took place ... early on Wednesday Nov. 29 local time" on a page
# dated Nov. 28 (688): the launch's day told in a clause of the test noun beats a later "today".
@pytest.mark.parametrize(
    "text",
    [
        "Officials have confirmed a new missile test. Media are reporting the test, which took "
        "place early on Friday local time. The missile fired today flew east.",
        "North Korea carried out another test. Seoul described the launch, which happened on "
        "Friday morning, as a provocation. The type of missile fired today is unknown.",
        "Defense sources confirmed a ballistic missile test. The firing, which occurred early "
        "Friday, was tracked by radar. The missile launched today came down at sea.",
    ],
)
def test_a_day_told_in_the_tests_own_clause_is_the_launch_day(sites, text):
    assert clock(text, sites)[0] == "2024-09-13"


def test_an_earlier_test_told_in_a_clause_is_not_the_launch_day(sites):
    # Near miss: the clause tells the previous test's day.
    text = (
        "Officials have confirmed a new missile test. It follows the last test, which took "
        "place on Monday. The missile fired today flew east."
    )
    assert clock(text, sites)[0] == "2024-09-12"
