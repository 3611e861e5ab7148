"""Round 18 (fix18c): missile class, name and site read on 690-729's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, cells, field


# "Pyongyang has assembled an arsenal of intercontinental ballistic missiles (ICBMs)" and "All of
# its known ICBMs burn liquid fuel" (692), "the North routinely launches short-range missiles"
# and "an impressive array of short- and medium-range missiles" (718): the North's weapons or
# habits, told beside a launch of unnamed kind.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired an unidentified ballistic missile on Thursday. The country has built "
        "up an arsenal of intercontinental ballistic missiles (ICBMs) despite sanctions.",
        "North Korea launched a ballistic missile on Thursday, the military said. Most of the "
        "North's ICBMs are fuelled with liquid propellant.",
        "North Korea launched a missile on Thursday. The North regularly tests short-range "
        "missiles, but analysts could not say what was fired.",
        "North Korea fired a missile on Thursday. Pyongyang is thought to hold a large stock of "
        "medium-range missiles and a few nuclear bombs.",
    ],
)
def test_the_norths_arsenal_or_habit_is_no_class(sites, text):
    assert field(text, sites, "missile_class") == ""


def test_a_launch_of_a_ranged_missile_beside_an_arsenal_keeps_its_class(sites):
    # Near miss: the launch itself is called short-range before the arsenal is mentioned.
    text = (
        "North Korea fired a short-range ballistic missile on Thursday. The country also has "
        "an arsenal of intercontinental ballistic missiles."
    )
    assert field(text, sites, "missile_class") == "SRBM"


# "it has proven effective so far against short- and medium-range ballistic missiles" (727): what
# a missile defence stops, not what was fired.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired three ballistic missiles on Thursday. THAAD has proven effective so "
        "far against short- and medium-range ballistic missiles.",
        "North Korea launched a ballistic missile on Thursday. The Aegis ships are designed to "
        "intercept intermediate-range ballistic missiles in mid-course.",
        "North Korea fired a ballistic missile on Thursday, a week after Seoul agreed to buy "
        "batteries to defend against short-range ballistic missiles.",
    ],
)
def test_a_defences_targets_are_no_class(sites, text):
    assert field(text, sites, "missile_class") == ""


def test_a_launched_missile_that_a_defence_tracked_keeps_its_class(sites):
    # Near miss: the kind is the launch's own; the defence comes after.
    text = (
        "North Korea fired a medium-range ballistic missile on Thursday, and Japan's defence "
        "ministry said no interception was attempted."
    )
    assert field(text, sites, "missile_class") == "MRBM"


# "Seoul says a range like that makes it unlikely they were long-range intercontinental
# missiles" (721): a kind ruled out.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired four missiles on Thursday. Seoul said the flight made it unlikely "
        "they were long-range intercontinental missiles.",
        "North Korea launched a ballistic missile on Thursday. Officials said it was unlikely "
        "that it was an intercontinental ballistic missile.",
    ],
)
def test_a_kind_judged_unlikely_is_no_class(sites, text):
    assert field(text, sites, "missile_class") == ""


def test_a_kind_judged_likely_stays(sites):
    # Near miss: "likely" is an assessment of this launch, not a kind set aside.
    text = (
        "North Korea fired a ballistic missile on Thursday. Officials said it was likely an "
        "intercontinental ballistic missile."
    )
    assert field(text, sites, "missile_class") == "ICBM"


# "The list includes tactical nuclear weapons, hypersonic missiles and intercontinental
# ballistic missiles of longer range" (706): the weapons a plan names.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a ballistic missile on Thursday. Kim's wish list includes "
        "tactical nuclear weapons, hypersonic missiles and bigger rockets.",
        "North Korea fired a ballistic missile on Thursday. The five-year plan calls for "
        "solid-fuel engines and intercontinental ballistic missiles.",
    ],
)
def test_a_plans_list_of_weapons_is_no_class(sites, text):
    assert field(text, sites, "missile_class") == ""


def test_a_hypersonic_launch_stays(sites):
    # Near miss: the launch itself is called hypersonic.
    text = "North Korea fired a hypersonic missile on Thursday, the military said."
    assert field(text, sites, "missile_class") == "HGV"


# "The weapon, believed to be an intermediate-range Musudan, was launched from Kusong, a city in
# the west, where the isolated state had already attempted and failed to fire a missile of the
# same kind on Saturday" (723): the day belongs to the older attempt at the place, so the
# sentence still tells this launch.
@pytest.mark.parametrize(
    "text",
    [
        "A North Korean missile test failed early on Thursday. The missile, thought to be a "
        "Musudan, was fired from Kusong, a western city, where the North had already tried and "
        "failed to launch the same type on Monday.",
        "North Korea's latest missile launch failed on Thursday. The Musudan lifted off from "
        "Kusong, a northwestern town, where the North had already failed to launch one on "
        "Tuesday.",
        "Another North Korean test went wrong on Thursday. Officials said the Musudan lifted off "
        "from Kusong, where the regime has also failed a launch on Sunday.",
    ],
)
def test_a_day_in_a_clause_about_the_place_leaves_the_launch_current(sites, text):
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["missile_name"], found["site_id"]) == ("Musudan", "kusong-town")


def test_a_where_clause_without_an_older_attempt_keeps_its_day(sites):
    # Near miss: the clause is not past-perfect, so the day it gives is the launch's own.
    text = (
        "North Korea has tested a Musudan from Kusong, a western city, where the missile was "
        "fired on Monday morning."
    )
    assert cells(text, CLOCK_THURSDAY, sites)["date_utc"] == "2024-09-09"
