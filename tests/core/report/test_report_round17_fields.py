"""Round 17 (fix17c): site, class and landing wordings the 650-689 part showed, and C6.

Each wording is written for these tests, in several outlets' styles; each cause has a near
miss that must not trigger.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# 683: "the latest launches took place from the Hodo peninsula ..., the same area used for last
# week's launches": the clause before the recollection tells this launch's place.
@pytest.mark.parametrize(
    "sentence",
    [
        "The JCS said the latest launches took place from the Hodo peninsula, the same area "
        "used for last week's launches.",
        "Seoul's military said the firing happened from the Hodo peninsula, the site of last "
        "week's test as well.",
        "Officials said Thursday's launch occurred from the Hodo peninsula, as did the previous "
        "launch.",
    ],
)
def test_a_launch_that_took_place_beside_a_recollection_keeps_its_place(sites, sentence):
    text = "North Korea fired two short-range ballistic missiles on Thursday. " + sentence
    assert field(text, sites, "site_id") == "hodo"


def test_near_miss_the_last_launch_that_took_place_there_is_no_place(sites):
    # The place belongs to the earlier launch only: nothing told of this one's.
    text = (
        "North Korea fired two short-range ballistic missiles on Thursday. "
        "Last week's launch took place from the Hodo peninsula, officials said."
    )
    assert field(text, sites, "site_id") == ""


# 675: "In the 10 rounds of tests before that, the North fired short-range projectiles": the
# launches before the one reported are recalled, their kind not this launch's class.
@pytest.mark.parametrize(
    "sentence",
    [
        "In the 10 rounds of tests before that, the North fired short-range projectiles.",
        "In the launches before then, Pyongyang fired short-range ballistic missiles.",
        "In its earlier tests this year, the North launched short-range ballistic missiles.",
        "In previous firings, the country used short-range missiles.",
    ],
)
def test_earlier_rounds_of_tests_give_no_class(sites, sentence):
    text = "North Korea fired two unidentified projectiles on Thursday, the JCS said. " + sentence
    assert field(text, sites, "missile_class") == ""


def test_near_miss_a_launch_days_before_a_summit_keeps_its_class(sites):
    text = "North Korea fired two short-range ballistic missiles on Thursday, days before a summit."
    assert field(text, sites, "missile_class") == "SRBM"


# 652: "It is not yet clear whether this latest launch was a fourth attempt at a satellite
# launch": a kind asked about, not told.
@pytest.mark.parametrize(
    "sentence",
    [
        "It is not yet clear whether this latest launch was an attempt at a satellite launch.",
        "It was unclear if the projectiles were cruise missiles.",
        "It remains uncertain whether the missile was an ICBM.",
        "Officials said it was not known whether the weapon was a submarine-launched missile.",
    ],
)
def test_a_kind_asked_about_gives_no_class(sites, sentence):
    text = "North Korea fired a missile on Thursday, the JCS said. " + sentence
    assert field(text, sites, "missile_class") == ""


def test_near_miss_a_question_on_something_else_keeps_the_class(sites):
    text = (
        "North Korea fired a cruise missile on Thursday, the JCS said. "
        "It is unclear whether it was launched from a ship."
    )
    assert field(text, sites, "missile_class") == "cruise"


# 656: "rocket fragments had fallen in the Yellow Sea, the East China Sea and the Pacific
# Ocean": where fragments of a broken rocket fell, not where the launch came down.
@pytest.mark.parametrize(
    "sentence",
    [
        "He said rocket fragments had fallen in the Yellow Sea and the East China Sea.",
        "Fragments of the rocket were found in the Yellow Sea, the ministry said.",
        "Wreckage of the launcher came down in the Yellow Sea, officials said.",
    ],
)
def test_fragments_that_fell_give_no_landing(sites, sentence):
    text = "North Korea launched a satellite rocket on Thursday, but it failed. " + sentence
    assert field(text, sites, "landing_area") == ""


def test_near_miss_a_rockets_debris_is_its_fall(sites):
    text = "North Korea launched a rocket on Thursday. Its debris fell into the Yellow Sea."
    assert field(text, sites, "landing_area") == "yellow_sea"


def test_near_miss_a_missile_broken_into_pieces_still_fell_there(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday. Officials said it may have broken "
        "into two pieces before it fell into the Sea of Japan."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# Convention C6: a place with both a facility and a town row is the town by its bare, area,
# county or city name; the facility only where the text names the facility itself.
@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("The missiles were launched from the Kanggye area in Jagang Province.", "kanggye-town"),
        ("The JCS said they were fired from Chunghwa County, North Hwanghae.", "chunghwa-town"),
        ("The launches took place in the Tongchon area of Kangwon Province.", "tongchon-town"),
        ("Seoul said the missiles flew from Kanggye, near the Chinese border.", "kanggye-town"),
        # Near miss: the facility named by its own kind stays the facility.
        ("The missile was fired from the Sinpo shipyard, officials said.", "sinpo"),
    ],
)
def test_convention_c6_bare_and_area_names_are_the_town(sites, sentence, site):
    text = "North Korea fired two ballistic missiles on Thursday. " + sentence
    assert field(text, sites, "site_id") == site
