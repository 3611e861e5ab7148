"""Round 32 (fix32d): the missile's class and name, and the launch site.

The causes read from the misses of 1700-1776 in these fields, each tried in several outlets'
phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA, analysis sites), with
a near miss that must not change. The leads' Thursday is 13 April 2023 (`drafting.THURSDAY`).
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- a named ballistic type fired beside a cruise missile takes its class (1705; 1344) --------


@pytest.mark.parametrize(
    "text",
    [
        # KCNA via a wire: two kinds in the lead, the ballistic one named later
        "North Korea test-fired a new-type tactical ballistic missile and an improved strategic "
        "cruise missile on Thursday. KCNA said the tactical ballistic missile, named "
        "Hwasongpho-11-Da-4.5, hit its target.",
        # a broadcaster: the type named first, the cruise missile after
        "Kim Jong Un watched the launch of the Hwasong-11, a ballistic missile of a new kind, on "
        "Thursday, state media said. He also guided the firing of a strategic cruise missile.",
        # an analysis site: the pair told as one test
        "Thursday's test paired a strategic cruise missile with a ballistic missile that "
        "analysts at 38 North identified as the KN-23.",
    ],
)
def test_a_named_ballistic_type_beside_a_cruise_missile(text: str, sites):
    assert field(text, sites, "missile_class") == "SRBM"


def test_a_cruise_missile_with_a_type_not_called_ballistic_stays_cruise(sites):
    """Near miss: a type named without "ballistic" beside the cruise missile told (another
    launch's, or a mere comparison) leaves the launch's cruise missile its kind."""
    text = (
        "North Korea fired two cruise missiles on Thursday, the JCS said. The launch came a "
        "week after the North showed off the KN-23 at a parade."
    )
    assert field(text, sites, "missile_class") == "cruise"


# --- another country's missiles are not the launch's kind (1706) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an analysis: a comparison with the United States' warheads
        "North Korea fired two ballistic missiles on Thursday. The 4.5-ton warhead is far "
        "heavier than the W87 fitted to American intercontinental ballistic missiles (ICBMs).",
        # a wire: Russia's missiles as a yardstick
        "North Korea launched a ballistic missile on Thursday, the JCS said. Its solid-fuel "
        "motor resembles those of Russia's long-range missiles, experts said.",
        # a Japanese outlet: Seoul's own missiles named beside the launch
        "Japan's Defense Ministry said North Korea fired a ballistic missile on Thursday. South "
        "Korea's Hyunmoo intermediate-range missiles can reach all of the North.",
    ],
)
def test_another_countrys_missiles_give_no_class(text: str, sites):
    assert field(text, sites, "missile_class") == ""


def test_a_speaker_of_another_country_still_gives_the_class(sites):
    """Near miss: South Korean officials telling of the North's ICBM are speakers, not owners."""
    text = (
        "North Korea fired a missile on Thursday. South Korean officials said an "
        "intercontinental ballistic missile was fired from Pyongyang."
    )
    assert field(text, sites, "missile_class") == "ICBM"


# --- the launch's missile named by an apposition, then what it can do (1706) ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a wire after KCNA: the name in quotes, then the type's maximum range
        (
            "North Korea fired two missiles on Thursday, the JCS said.\n\nAccording to KCNA, "
            'the missile, designated "Hwasongpho-11Da-4.5," can carry a 4.5-ton warhead and '
            "has a maximum range of 500 kilometers.",
            "Hwasong-11 Da-4.5",
        ),
        # an analysis site: "which state media called"
        (
            "North Korea launched a ballistic missile on Thursday.\n\nThe new weapon, which "
            "state media called the Hwasong-18, has a range of more than 15,000 km.",
            "Hwasong-18",
        ),
        # a Japanese outlet: "known as"
        (
            "Japan's Defense Ministry said North Korea fired a ballistic missile on Thursday.\n\n"
            "The missile, known as the KN-23, can fly on a low, flat path.",
            "KN-23",
        ),
    ],
)
def test_the_launchs_missile_named_by_an_apposition(text: str, name: str, sites):
    assert field(text, sites, "missile_name") == name


def test_a_type_described_alone_names_no_missile(sites):
    """Near miss: a type the report only describes ("The Nodong missile has a range of")
    names no missile of this launch."""
    text = (
        "North Korea fired a missile on Thursday, the JCS said.\n\nThe Nodong missile has a "
        "range of 1,300 km."
    )
    assert field(text, sites, "missile_name") == ""


# --- a land-based version of a submarine missile is no SLBM (1753) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire after KCNA
        "North Korea launched a medium-range ballistic missile on Thursday. KCNA said it was "
        "a land-based version of Pyongyang's submarine-launched weapon.",
        # an analysis site
        "Thursday's medium-range missile, analysts said, is a land-based variant of the North's "
        "submarine-launched ballistic missile, adapted for tracked launchers.",
        # a Japanese outlet, "derived from"
        "Japan's Defense Ministry said the medium-range ballistic missile fired on Thursday was "
        "a ground-launched type derived from the North's SLBM.",
    ],
)
def test_a_land_based_version_of_a_submarine_missile_is_no_slbm(text: str, sites):
    assert field(text, sites, "missile_class") == "MRBM"


def test_a_version_of_a_submarine_missile_fired_from_a_submarine_stays_slbm(sites):
    """Near miss: an upgraded submarine missile fired at sea is an SLBM (no "land-based")."""
    text = (
        "North Korea fired a new version of its submarine-launched ballistic missile from "
        "waters off Sinpo on Thursday, the JCS said."
    )
    assert field(text, sites, "missile_class") == "SLBM"


# --- a launch still to come, or launches in general, are not this launch's kind (1733) --------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: a test said to prepare a coming satellite launch
        "North Korea fired what appeared to be a ballistic missile on Thursday, the JCS said. "
        "The North said an earlier test was in preparation for a coming satellite launch.",
        # a Japanese outlet: an upcoming ICBM test feared
        "Japan's Defense Ministry said North Korea fired a ballistic missile on Thursday, "
        "ahead of an upcoming ICBM test that Tokyo expects.",
        # an analysis site: the signal of a launch to come
        "North Korea launched a ballistic missile on Thursday. Pyongyang has signalled it will "
        "soon carry out a satellite launch.",
        # the North's launches of a kind in general
        "North Korea fired a ballistic missile on Thursday. The North maintains that its "
        "satellite launches are peaceful; others regard them as long-range missile tests in "
        "disguise.",
    ],
)
def test_a_launch_to_come_or_in_general_gives_no_class(text: str, sites):
    assert field(text, sites, "missile_class") == ""


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the satellite launch made, the next one to come told after it
        "North Korea launched a rocket carrying a satellite on Thursday, the JCS said. KCNA "
        "said its next satellite launch would follow within months.",
        # near miss: the satellite launch made and called a disguised test
        "North Korea launched a rocket carrying a satellite on Thursday, in what the US called "
        "a disguised long-range missile test.",
    ],
)
def test_a_satellite_launch_made_stays_slv(text: str, sites):
    assert field(text, sites, "missile_class") == "SLV"


# --- a name spelt with its letters slipped (1750) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a wire relaying TASS: two letters swapped and the last dropped
        ('North Korea launched a new ICBM, the "Hawson-15", on Thursday, TASS said.', "Hwasong-15"),
        # Revised Romanization, a Korean outlet
        ("North Korea fired a Hwaseong-18 on Thursday, the JCS said.", "Hwasong-18"),
        # McCune-Reischauer's breve, an analysis site
        ("Thursday's launch was of the Hwasŏng-17, analysts said.", "Hwasong-17"),
        # the syllables hyphened, a Japanese outlet
        (
            "Japan's Defense Ministry said the missile fired on Thursday was a Hwa-song-14.",
            "Hwasong-14",
        ),
    ],
)
def test_a_hwasong_spelt_another_way(text: str, name: str, sites):
    assert field(text, sites, "missile_name") == name


def test_a_hwasong_word_without_a_number_is_no_name(sites):
    """Near miss: a place or word that looks alike, with no number, names no missile."""
    text = "North Korea fired a ballistic missile from Hwasong county on Thursday, the JCS said."
    assert field(text, sites, "missile_name") == ""


# --- the country's north-west named by its side alone (1734) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # KCNA
        "KCNA said the missile was fired on Thursday from the north-western area to the East "
        "Sea of Korea.",
        # a wire
        "North Korea fired a ballistic missile from the northwestern area on Thursday, the JCS "
        "said.",
        # an analysis site
        "The missile flew from the north-western region across the country on Thursday, "
        "analysts said.",
    ],
)
def test_the_northwestern_area_alone_is_the_northwest(text: str, sites):
    assert field(text, sites, "site_id") == "northwest-border"


def test_the_northwestern_area_of_a_town_is_the_town(sites):
    """Near miss: a side of a named place ("of Pyongyang") is that place's."""
    text = "North Korea fired a missile from the northwestern area of Pyongyang on Thursday."
    assert field(text, sites, "site_id") == "pyongyang-area"


# --- where an onlooker was is no launch site (1775) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an online magazine: pictures taken from a border city
        "North Korea launched a rocket on Thursday. Pictures of the launch, taken from the "
        "Chinese border city of Dandong, spread online.",
        # a wire: the rocket seen from the border
        "North Korea fired a long-range rocket on Thursday; it was seen from the Chinese border, "
        "witnesses said.",
        # a Japanese broadcaster's footage
        "Footage of the launch on Thursday, filmed from near the Chinese border, showed a streak "
        "of light.",
    ],
)
def test_where_an_onlooker_was_is_no_site(text: str, sites):
    assert field(text, sites, "site_id") == ""


def test_a_launch_from_near_the_border_keeps_the_site(sites):
    """Near miss: a launch made from near the border is from the north-west."""
    text = "North Korea fired a ballistic missile from near the Chinese border on Thursday."
    assert field(text, sites, "site_id") == "northwest-border"


# --- an object that reaches orbit went up on a carrier rocket (1576) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire quoting NORAD
        "North Korea launched a rocket on Thursday. NORAD said it put into space an object that "
        "appeared to reach orbit around the Earth.",
        # an analysis site
        "Thursday's launch, analysts at 38 North said, achieved orbit for the first time.",
        # a Japanese outlet
        "Japan's Defense Ministry said the object North Korea launched on Thursday entered a "
        "polar orbit.",
    ],
)
def test_an_object_in_orbit_is_a_carrier_rockets(text: str, sites):
    assert field(text, sites, "missile_class") == "SLV"


def test_satellites_to_be_sent_into_orbit_are_no_class(sites):
    """Near miss: a vow to keep sending satellites into orbit says nothing of this launch."""
    text = (
        "North Korea fired a ballistic missile on Thursday, the JCS said. The North has vowed "
        "to keep sending satellites into orbit."
    )
    assert field(text, sites, "missile_class") == ""


# --- a type's plural names the type (1489) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Korean daily: a model's plural
        (
            "North Korea fired two missiles on Thursday, thought to be Scud-Cs, the JCS said.",
            "Scud-C",
        ),
        # a wire: a numbered type's plural, no variant letter
        ("North Korea fired two Hwasong-15s on Thursday, state media said.", "Hwasong-15"),
        # an analysis site
        ("The missiles fired on Thursday were Pukguksong-2s, analysts said.", "Pukguksong-2"),
    ],
)
def test_a_types_plural_names_the_type(text: str, name: str, sites):
    assert field(text, sites, "missile_name") == name


def test_a_variant_letter_stays_a_variant(sites):
    """Near miss: a variant's own capital letter is part of its name."""
    text = "North Korea fired a Hwasong-16B on Thursday, KCNA said."
    assert field(text, sites, "missile_name") == "Hwasong-16B"
