"""Round 16 (fix16c): site, class, name and landing wordings the 610-649 part showed.

Each wording is written for these tests, in several outlets' styles; each cause has a near
miss that must not trigger.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells


def _field(text: str, sites, name: str) -> str:
    return cells(text, THURSDAY, sites)[name]


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
    assert _field(text, sites, "missile_class") == ""


def test_a_satellite_launched_still_gives_its_class(sites):
    # Near miss: the satellite was put up, not called off.
    text = (
        "North Korea launched a rocket carrying a spy satellite on Thursday, the JCS said, "
        "despite calls to abandon the plan."
    )
    assert _field(text, sites, "missile_class") == "SLV"


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
    assert _field(text, sites, "missile_class") == ""


def test_a_kind_fired_is_kept_beside_a_clause(sites):
    # Near miss: the satellite rocket was the launch; "it is" says nothing of building.
    text = "North Korea fired a satellite rocket on Thursday; it is the third this year."
    assert _field(text, sites, "missile_class") == "SLV"


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
    assert _field(text, sites, "missile_class") == ""


def test_this_tests_kind_is_kept(sites):
    # Near miss: "the test" (singular, this one) of a cruise missile.
    text = (
        "North Korea fired a projectile on Thursday; officials said the test was of a "
        "cruise missile."
    )
    assert _field(text, sites, "missile_class") == "cruise"


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
    assert _field(text, sites, "missile_class") == ""


def test_after_without_a_launch_keeps_the_kind(sites):
    # Near miss: "after the cruise missiles" is no launch word; the kind is this launch's.
    text = (
        "North Korea fired two cruise missiles on Thursday; Japan protested after the cruise "
        "missiles flew."
    )
    assert _field(text, sites, "missile_class") == "cruise"


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
    assert _field(sentence, sites, "missile_class") == "SLBM"


def test_a_submarine_beside_a_ballistic_missile_is_no_slbm(sites):
    # Near miss: a submarine base named beside a land launch's ballistic missile.
    text = (
        "North Korea fired a ballistic missile from an inland site on Thursday, while a "
        "submarine sat in port."
    )
    assert _field(text, sites, "missile_class") != "SLBM"


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
    assert _field(text, sites, "missile_class") == ""


def test_a_caption_is_not_the_lead(sites):
    # Near miss: the story's own sentence names the kind.
    text = (
        "Photo caption: a missile on its launcher\n\n"
        "North Korea fired a submarine-launched ballistic missile on Thursday, the JCS said."
    )
    assert _field(text, sites, "missile_class") == "SLBM"


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
    assert _field(text, sites, "missile_name") == ""


def test_the_family_fired_keeps_its_name(sites):
    # Near miss: "the Rodong-class missiles" fired are Rodongs (Nodong).
    text = "North Korea fired two missiles on Thursday. The Rodong-class missiles flew 1,000 km."
    assert _field(text, sites, "missile_name") == "Nodong"


def test_a_submarine_missile_from_near_a_port_is_at_its_base(sites):
    # 646's: "launched ... from near Sinpo" and "a submarine ballistic missile": Sinpo Shipyard.
    text = (
        "North Korea fired a ballistic missile from near Sinpo on Thursday. It may have been "
        "a new submarine ballistic missile, analysts said."
    )
    assert _field(text, sites, "site_id") == "sinpo"
