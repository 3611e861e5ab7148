"""Round 31 (fix31d): the missile's class and name, and the launch site.

The causes read from the misses of 1600-1679 in these fields, each tried in several outlets'
phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA, analysis sites), with
a near miss that must not change. The leads' Thursday is 13 April 2023 (`drafting.THURSDAY`).
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- a range word on an aircraft is no missile's class (1620) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: the bombers' model named between the range word and the aircraft
        "North Korea fired a ballistic missile on Thursday, hours before the U.S. flew "
        "long-range B-1B bombers over the peninsula.",
        # the ministry's reading: the bombers' role named between
        "Japan's Defense Ministry said North Korea fired a ballistic missile on Thursday, as "
        "the allies flew long-range strategic bombers in a drill.",
        # an analysis site: reconnaissance aircraft
        "North Korea launched a ballistic missile on Thursday while long-range US surveillance "
        "aircraft circled off the coast, analysts at 38 North noted.",
    ],
)
def test_a_range_word_on_aircraft_is_no_class(text: str, sites):
    assert field(text, sites, "missile_class") == ""


def test_a_long_range_missile_keeps_its_class(sites):
    """Near miss: a long-range ballistic missile fired is an ICBM."""
    text = "North Korea fired a long-range ballistic missile on Thursday, the JCS said."
    assert field(text, sites, "missile_class") == "ICBM"


# --- a capability the launch served is not its kind (1679) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: the North's satellite, the others' suspicion of a missile capability
        "North Korea launched a rocket on Thursday. It says it sent up a communications "
        "satellite; its neighbours believe it is using the launch to test its long-range "
        "ballistic missile capability.",
        # KCNA's claim beside an analyst's reading of the technology tested
        "KCNA said the Unha rocket put an earth observation satellite into orbit on Thursday. "
        "Analysts said the flight advanced the North's intercontinental ballistic missile "
        "technology.",
    ],
)
def test_a_missile_capability_served_is_no_class(text: str, sites):
    assert field(text, sites, "missile_class") == "SLV"


def test_a_missile_fired_with_a_capability_keeps_its_class(sites):
    """Near miss: the long-range missile fired is the launch's kind, whatever it showed."""
    text = (
        "North Korea fired a long-range ballistic missile on Thursday, showing off its "
        "nuclear capability, the JCS said."
    )
    assert field(text, sites, "missile_class") == "ICBM"


# --- a test for a satellite is no satellite launch (1636; also 1136, 1543) --------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: state media's test for a satellite, a ballistic missile by Seoul
        "North Korea said it had run another test for a reconnaissance satellite on Thursday. "
        "South Korea's military said it fired a ballistic missile from near Pyongyang.",
        # a headline's satellite test in quotes, then the ministry
        "North Korea holds 'satellite' test\n\nJapan's Defense Ministry said North Korea fired "
        "a ballistic missile on Thursday.",
        # KCNA: the satellite's systems tested
        "KCNA said on Friday that Thursday's launch tested the data transmission system of the "
        "satellite and its terrestrial satellite control systems.",
        # an analysis site: a test linked to the satellite worked on
        "A second test linked to North Korea's work on a reconnaissance satellite took place on "
        "Thursday, when it launched a ballistic missile, according to Japan.",
    ],
)
def test_a_test_for_a_satellite_is_no_satellite_launch(text: str, sites):
    assert field(text, sites, "missile_class") == ""


def test_a_satellite_put_up_stays_a_satellite_launch(sites):
    """Near miss: a rocket that put a satellite into orbit is a carrier rocket."""
    text = "North Korea launched a rocket on Thursday that put a spy satellite into orbit."
    assert field(text, sites, "missile_class") == "SLV"


@pytest.mark.parametrize(
    "text",
    [
        # AFP: state media's own word for the boat-launched missile
        "North Korea announced on Thursday that it had test-fired a submarine-based ballistic "
        "missile.",
        # KCNA: the missile soared from underwater
        "KCNA said Thursday's underwater ballistic missile soared into the sky from the sea.",
    ],
)
def test_a_submarine_based_missile_is_an_slbm(text: str, sites):
    assert field(text, sites, "missile_class") == "SLBM"


# --- a rocket launch called a missile test in disguise is a carrier rocket (1677) -------------


@pytest.mark.parametrize(
    "text",
    [
        # a foreign ministry's statement relayed by a wire
        "After North Korea's rocket launch on Thursday, Manila condemned the launch, which "
        "critics describe as a ballistic missile test in disguise.",
        # an analysis site: a disguised test
        "The three-stage rocket lifted off on Thursday; Washington called the launch a "
        "disguised test of long-range missile technology.",
    ],
)
def test_a_rocket_told_as_a_disguised_missile_test_is_an_slv(text: str, sites):
    assert field(text, sites, "missile_class") == "SLV"


def test_a_missile_test_with_no_rocket_is_no_slv(sites):
    """Near miss: a missile launch condemned, no rocket in it, is no carrier rocket."""
    text = (
        "North Korea fired a missile on Thursday. Tokyo condemned the launch as a ballistic "
        "missile test in breach of UN resolutions."
    )
    assert field(text, sites, "missile_class") == ""


# --- a launcher's rockets called ballistic missiles by the military are SRBMs (1608) ----------


@pytest.mark.parametrize(
    "text",
    [
        # dpa: the General Staff's ballistic missiles, a later short-range word
        "KCNA said the drill involved super-large multiple rocket launchers. South Korea's "
        "General Staff said North Korea fired several suspected ballistic missiles on Thursday. "
        "The suspected short-range missiles flew 300 km.",
        # a wire: the JCS's launch, the launcher named by state media
        "The JCS said the North launched two ballistic missiles on Thursday. State media said "
        "they were fired from a multiple rocket launcher, the short-range weapons flying 350 km.",
    ],
)
def test_ballistic_missiles_from_a_launcher_are_srbm(text: str, sites):
    assert field(text, sites, "missile_class") == "SRBM"


def test_a_launchers_short_range_projectiles_have_no_class(sites):
    """Near miss: short-range projectiles a rocket launcher fired, no ballistic missile said."""
    text = (
        "North Korea fired two short-range projectiles on Thursday, the JCS said. KCNA said "
        "it had tested a super-large multiple rocket launcher."
    )
    assert field(text, sites, "missile_class") == ""


# --- the older launch this one follows names no type of it (1655) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # CSIS: the gap between the verb and the older launch
        "On Thursday North Korea test-launched two rockets near Wonsan. The launches follow by "
        "less than a week North Korea's test of two short-range ballistic missiles, the KN-23.",
        # a wire: the test comes days after
        "North Korea fired two rockets on Thursday. The test came just days after it launched "
        "the Hwasong-11 from the same area.",
    ],
)
def test_the_launch_followed_names_no_type(text: str, sites):
    assert (field(text, sites, "missile_name"), field(text, sites, "missile_class")) == ("", "")


def test_a_type_told_of_this_launch_stays(sites):
    """Near miss: the type this launch's missiles were named is theirs."""
    text = "North Korea fired two KN-23 missiles near Wonsan on Thursday, the JCS said."
    assert field(text, sites, "missile_name") == "KN-23"


# --- types listed as choices name none (1632) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: the military weighs a list closed by "or"
        "North Korea fired two short-range ballistic missiles on Thursday. The military is "
        "examining whether they involved its KN-23, KN-24, the KN-25 launcher or other "
        "short-range weapons.",
        # the ministry's reading: two types offered
        "Japan's Defense Ministry said the missile fired on Thursday may be the Hwasong-11, "
        "KN-24 or a new type.",
    ],
)
def test_types_listed_as_choices_name_none(text: str, sites):
    assert field(text, sites, "missile_name") == ""


def test_one_type_under_two_names_stays(sites):
    """Near miss: one type under two names, with a guess of a second missile, is named."""
    text = (
        "North Korea fired two ballistic missiles on Thursday. The military is weighing the "
        "possibility that the launch involved the Hwasong-11, also called the KN-23, and that "
        "the second may have been a new weapon."
    )
    assert field(text, sites, "missile_name") == "Hwasong-11"


# --- the warhead-weight variant named with a relative clause on its range (1601) --------------


@pytest.mark.parametrize(
    "text",
    [
        # Dong-A: the letter joined, a relative clause on the type's range
        "North Korea fired two missiles on Thursday. Military officials believe they were "
        "likely the Hwasongpho-11Da-4.5, a variant carrying a 4.5-ton warhead, which North "
        "Korea says has a maximum range of 500 kilometers.",
        # a wire: the missiles assessed, the letter apart
        "North Korea fired two missiles on Thursday. The missiles were believed to be the "
        "Hwasong-11 Da-4.5, which has a range of 500 km.",
    ],
)
def test_the_variant_identified_is_named(text: str, sites):
    assert field(text, sites, "missile_name") == "Hwasong-11 Da-4.5"


def test_a_type_described_alone_is_not_named(sites):
    """Near miss: a sentence that only describes a type's range, no missile of this launch."""
    text = (
        "North Korea fired two missiles on Thursday. The KN-02, which has a range of 120 km, "
        "is a solid-fuel missile."
    )
    assert field(text, sites, "missile_name") == ""


# --- site: a facility the bare name is part of; a pad placed near the town; a strike ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Independent: the bare area of the airport named as one (1614)
        (
            "The JCS said the two missiles were fired from the Sunan area of the capital "
            "Pyongyang's international airport on Thursday.",
            "pyongyang",
        ),
        # a wire: the district at the airport
        (
            "North Korea fired a missile on Thursday from the Sunan area at Pyongyang "
            "International Airport.",
            "pyongyang",
        ),
        # near miss: the airport a landmark the area is near
        (
            "The JCS said the missiles were launched on Thursday from the Sunan area, near "
            "Pyongyang's international airport.",
            "sunan",
        ),
    ],
)
def test_a_facility_the_bare_name_is_part_of(text: str, expected: str, sites):
    assert field(text, sites, "site_id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Yonhap via Kazinform: the town, then the peninsula near it (1656)
        (
            "North Korea fired two short-range missiles on Thursday from near Wonsan, the JCS "
            "said. It fired one at 5:34 a.m. from the Hodo Peninsula near its eastern coastal "
            "town of Wonsan.",
            "hodo",
        ),
        # near miss: a peninsula named as where the missiles flew to, not launched from
        (
            "North Korea fired two short-range missiles on Thursday from near Wonsan, the JCS "
            "said. They flew toward waters off the Hodo Peninsula.",
            "wonsan-town",
        ),
    ],
)
def test_a_pad_placed_near_the_town_named_before(text: str, expected: str, sites):
    assert field(text, sites, "site_id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # VOV: the state that would strike (1664)
        (
            "KCNA said the Hwasong-12 was fired on Thursday. Kim said the US mainland lies "
            "within range of a nuclear strike from Pyongyang.",
            "",
        ),
        # a wire: an attack from the capital's government
        (
            "North Korea fired a missile on Thursday; Seoul warned of attacks from Pyongyang.",
            "",
        ),
        # near miss: the launch from Pyongyang
        ("North Korea fired a missile from Pyongyang on Thursday, the JCS said.", "pyongyang-area"),
    ],
)
def test_a_strike_from_pyongyang_is_no_site(text: str, expected: str, sites):
    assert field(text, sites, "site_id") == expected
