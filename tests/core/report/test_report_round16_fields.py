"""Round 16 (fix16c): site, class, name and landing wordings the 610-649 part showed.

Each wording is written for these tests, in several outlets' styles; each cause has a near
miss that must not trigger.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# "hours after Pyongyang told Japan ... the leaders had called on North Korea to abandon the
# satellite launch" (626's): a launch others asked to be called off is not this one.
@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders in Seoul and Tokyo had called on the North to abandon the satellite launch.",
        "Washington urged Pyongyang to scrap its planned satellite launch.",
        "Beijing asked the North to call off the satellite launch it had announced.",
        "The UN chief urged North Korea to refrain from any satellite launch.",
    ],
)
def test_a_launch_asked_to_be_called_off_gives_no_class(sites, sentence):
    text = "North Korea fired an unidentified projectile on Thursday, the JCS said. " + sentence
    assert field(text, sites, "missile_class") == ""


def test_a_satellite_launched_still_gives_its_class(sites):
    # Near miss: the satellite was put up, not called off.
    text = (
        "North Korea launched a rocket carrying a spy satellite on Thursday, the JCS said, "
        "despite calls to abandon the plan."
    )
    assert field(text, sites, "missile_class") == "SLV"


# "a camera it plans to fit on a spy satellite it is developing" (638's): a weapon being made.
@pytest.mark.parametrize(
    "sentence",
    [
        "The North said the test was for a spy satellite it is developing.",
        "Analysts linked the test to a reconnaissance satellite that Pyongyang has been building.",
        "It was meant to check parts of a satellite which North Korea is preparing.",
    ],
)
def test_a_kind_still_being_built_gives_no_class(sites, sentence):
    text = "North Korea fired a projectile on Thursday, the JCS said. " + sentence
    assert field(text, sites, "missile_class") == ""


def test_a_kind_fired_is_kept_beside_a_clause(sites):
    # Near miss: the satellite rocket was the launch; "it is" says nothing of building.
    text = "North Korea fired a satellite rocket on Thursday; it is the third this year."
    assert field(text, sites, "missile_class") == "SLV"


# "Several recent launches have taken place at the airfield, among them two described as tests
# of a new ICBM system. North Korea said those tests were meant for a satellite" (637's).
@pytest.mark.parametrize(
    "sentence",
    [
        "Several recent launches took place at the airfield, among them two tests of a new "
        "intercontinental ballistic missile.",
        "Previous tests from the site involved cruise missiles, officials said.",
        "Pyongyang said those tests were meant to develop a reconnaissance satellite.",
        "Earlier launches at the base were of hypersonic weapons, according to Seoul.",
    ],
)
def test_earlier_launches_name_their_own_kind(sites, sentence):
    text = "North Korea fired an unknown projectile on Thursday, the JCS said. " + sentence
    assert field(text, sites, "missile_class") == ""


def test_this_tests_kind_is_kept(sites):
    # Near miss: "the test" (singular, this one) of a cruise missile.
    text = (
        "North Korea fired a projectile on Thursday; officials said the test was of a "
        "cruise missile."
    )
    assert field(text, sites, "missile_class") == "cruise"


# "the North's second missile launch in a week, after its cruise missile firing off the west
# coast over the weekend" (649's): this launch counted against an earlier one.
@pytest.mark.parametrize(
    "sentence",
    [
        "It is the North's second missile launch in a week, after its cruise missile firing "
        "off the west coast.",
        "The launch was the third this month, following North Korea's hypersonic missile test.",
        "It came days after the North's ICBM launch, the ministry said.",
        "This is the latest test since its satellite launch in November.",
    ],
)
def test_an_earlier_launchs_kind_after_after_is_not_this_one(sites, sentence):
    text = "North Korea fired an unidentified projectile into the East Sea on Thursday. " + sentence
    assert field(text, sites, "missile_class") == ""


def test_after_without_a_launch_keeps_the_kind(sites):
    # Near miss: "after the cruise missiles" is no launch word; the kind is this launch's.
    text = (
        "North Korea fired two cruise missiles on Thursday; Japan protested after the cruise "
        "missiles flew."
    )
    assert field(text, sites, "missile_class") == "cruise"


# "a strategic submarine ballistic missile" (646's "submarine ballistic missile"): the launcher.
@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea may have tested a new submarine ballistic missile on Thursday.",
        "KCNA said Kim guided the test-fire of a strategic submarine ballistic missile.",
        "The North fired what Seoul called a submarine ballistic missile on Thursday.",
    ],
)
def test_submarine_ballistic_missile_is_an_slbm(sites, sentence):
    assert field(sentence, sites, "missile_class") == "SLBM"


def test_a_submarine_beside_a_ballistic_missile_is_no_slbm(sites):
    # Near miss: a submarine base named beside a land launch's ballistic missile.
    text = (
        "North Korea fired a ballistic missile from an inland site on Thursday, while a "
        "submarine sat in port."
    )
    assert field(text, sites, "missile_class") != "SLBM"


# "(Representational)", "Photo caption:" (537's, 626's): a picture that stands for a launch.
@pytest.mark.parametrize(
    "caption",
    [
        "Photo caption: KCNA photo of a submarine-launched ballistic missile (Representational)",
        "Image caption: a hypersonic missile lifts off (representational image)",
        "Picture caption: a satellite rocket on its pad (Representative image)",
    ],
)
def test_a_caption_that_says_so_gives_no_class(sites, caption):
    text = (
        "North Korea fires missiles\n\n"
        + caption
        + "\n\nNorth Korea fired four ballistic missiles toward the Sea of Japan on Thursday, "
        "Japan's government said."
    )
    assert field(text, sites, "missile_class") == ""


def test_a_caption_is_not_the_lead(sites):
    # Near miss: the story's own sentence names the kind.
    text = (
        "Photo caption: a missile on its launcher\n\n"
        "North Korea fired a submarine-launched ballistic missile on Thursday, the JCS said."
    )
    assert field(text, sites, "missile_class") == "SLBM"


# "may have tested a new Pukguksong-class submarine ballistic missile" (646's): the family a
# new missile belongs to, not its name.
@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said it may be a new Pukguksong-class submarine-launched missile.",
        "It could be a new Hwasong-class intercontinental ballistic missile, experts said.",
        "Seoul suspects a new KN-class short-range missile was fired.",
    ],
)
def test_a_new_missile_of_a_family_has_no_name(sites, sentence):
    text = "North Korea fired a ballistic missile on Thursday. " + sentence
    assert field(text, sites, "missile_name") == ""


def test_the_family_fired_keeps_its_name(sites):
    # Near miss: "the Rodong-class missiles" fired are Rodongs (Nodong).
    text = "North Korea fired two missiles on Thursday. The Rodong-class missiles flew 1,000 km."
    assert field(text, sites, "missile_name") == "Nodong"


def test_a_submarine_missile_from_near_a_port_is_at_its_base(sites):
    # 646's: "launched ... from near Sinpo" and "a submarine ballistic missile": Sinpo Shipyard.
    text = (
        "North Korea fired a ballistic missile from near Sinpo on Thursday. It may have been "
        "a new submarine ballistic missile, analysts said."
    )
    assert field(text, sites, "site_id") == "sinpo"


# "the launch was toward the East Sea ..., without saying where they came down" (614's).
@pytest.mark.parametrize(
    "sentence",
    [
        "Yonhap said the launch was toward the East Sea, without saying where they came down.",
        "The missiles flew toward the Sea of Japan; officials did not say where they landed.",
        "They were fired into the East Sea, but it remains unclear where the missiles fell.",
    ],
)
def test_a_fall_left_untold_gives_no_landing(sites, sentence):
    text = "North Korea fired ballistic missiles on Thursday, the JCS said. " + sentence
    assert field(text, sites, "landing_area") == ""


def test_a_fall_told_beside_a_direction_is_kept(sites):
    # Near miss: the fall is told ("where they came down" is answered).
    text = (
        "North Korea fired ballistic missiles toward the East Sea on Thursday; the JCS said "
        "they came down in the Sea of Japan."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# "North Korea's attempt to launch a ballistic missile into the sea east of the country ...
# failed" (624's): where it was aimed.
@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea's attempt to launch a ballistic missile into the sea east of the country "
        "on Thursday is thought to have failed, the JCS said.",
        "The North attempted to fire a missile toward the East Sea on Thursday, but it failed.",
        "An attempted launch of a missile into the Yellow Sea on Thursday failed, Seoul said.",
    ],
)
def test_an_attempts_aim_is_no_landing(sites, sentence):
    assert field(sentence, sites, "landing_area") == ""


def test_a_launch_into_the_sea_is_a_landing(sites):
    # Near miss: no attempt, the missile was fired into the sea.
    text = "North Korea fired a ballistic missile into the sea east of the country on Thursday."
    assert field(text, sites, "landing_area") == "sea_of_japan"


# "It is the country's second launch this week: on Wednesday another projectile was fired
# toward the East Sea" (633's): the earlier launch's sea.
@pytest.mark.parametrize(
    "sentence",
    [
        "It is the second launch this week: on Monday another projectile was fired toward the "
        "East Sea.",
        "This was the third test in a month; another missile was launched into the Sea of "
        "Japan last week.",
    ],
)
def test_another_launchs_sea_is_not_this_ones(sites, sentence):
    text = "North Korea fired an unidentified projectile on Thursday, Yonhap said. " + sentence
    assert field(text, sites, "landing_area") == ""


def test_this_launchs_sea_after_another_is_kept(sites):
    # Near miss: "another missile" fired on the day, with no count of launches.
    text = "On Thursday another missile was fired into the East Sea, the JCS said."
    assert field(text, sites, "landing_area") == "sea_of_japan"


# "the second missile probably crashed on land" (623's): a guess at one missile's fall.
@pytest.mark.parametrize(
    "sentence",
    [
        "Military sources said the second missile probably crashed on land.",
        "The missile likely fell on land, an official told reporters.",
        "One of them may have come down on land, Seoul said.",
    ],
)
def test_a_fall_on_land_guessed_is_no_landing(sites, sentence):
    text = "North Korea fired two missiles northeast on Thursday, the JCS said. " + sentence
    assert field(text, sites, "landing_area") == ""


def test_a_fall_on_land_stated_is_kept(sites):
    # Near miss: the fall on land is said, not guessed.
    text = "North Korea fired a missile on Thursday; it crashed on land, the JCS said."
    assert field(text, sites, "landing_area") == "land"


# "fired toward waters near the North's eastern coast" (631's): the coast it was sent to.
@pytest.mark.parametrize(
    "sentence",
    [
        "The missile was fired toward waters near the North's eastern coast, the JCS said.",
        "It was launched into waters off the country's east coast on Thursday.",
        "The projectile was fired towards the sea off its western coast, Seoul said.",
    ],
)
def test_a_coast_the_missile_was_sent_to_is_no_site(sites, sentence):
    text = "North Korea fired a ballistic missile on Thursday. " + sentence
    assert field(text, sites, "site_id") == ""


def test_a_coast_launched_from_is_the_site(sites):
    # Near miss: fired from the coast.
    text = "North Korea fired a ballistic missile from its east coast into the sea on Thursday."
    assert field(text, sites, "site_id") == "east-coast"


# "fired from an area to the south of the North Korean capital, Pyongyang" (614's).
@pytest.mark.parametrize(
    "sentence",
    [
        "The JCS said the missiles were fired from an area to the south of the North Korean "
        "capital, Pyongyang.",
        "They were launched from an area just north of Pyongyang, Yonhap said.",
        "Seoul said the launch was made from an area east of Pyongyang.",
    ],
)
def test_an_area_beside_the_capital_is_the_pyongyang_area(sites, sentence):
    text = "North Korea fired ballistic missiles on Thursday. " + sentence
    assert field(text, sites, "site_id") == "pyongyang-area"


def test_an_area_beside_a_sea_is_no_site(sites):
    # Near miss: "an area south of" the sea is where they fell, not a place of the table.
    text = "North Korea fired ballistic missiles on Thursday into an area south of the sea."
    assert field(text, sites, "site_id") == ""
