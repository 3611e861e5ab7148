"""Round 26 (fix26d): missile class, name and site read on 1170-1243's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# "fired ... from areas north of Pyongyang" (1170): the JCS's plural of "an area north of", the
# Pyongyang area.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The JCS said the military had detected several ballistic missiles fired toward the "
            "East Sea from areas north of Pyongyang at around 3:50 p.m. on Thursday.",
            "pyongyang-area",
        ),
        (
            "SEOUL (Yonhap) -- North Korea fired short-range ballistic missiles from areas "
            "northeast of Pyongyang on Thursday, the Joint Chiefs of Staff said.",
            "pyongyang-area",
        ),
        (
            "Japan's Defense Ministry said the missiles were launched on Thursday from sites "
            "north of Pyongyang and flew about 350 km.",
            "pyongyang-area",
        ),
        (
            "KCNA said the artillery units fired the rockets from locations south of Pyongyang "
            "on Thursday.",
            "pyongyang-area",
        ),
        # Near miss: a distance past the area's reach makes Pyongyang a landmark only.
        (
            "The JCS said the missiles were fired on Thursday from areas about 100 km north of "
            "Pyongyang.",
            "",
        ),
    ],
)
def test_areas_to_a_side_of_a_place(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "from a test site in the city of Kaechon, some 80km (50 miles) from Pyongyang" (1217): the
# place named, then its distance from another; the other is a landmark.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the South Korean military, the two short-range missiles were fired on "
            "Thursday from a test site in the city of Kaechon, some 80km (50 miles) from "
            "Pyongyang, the capital.",
            "kaechon-town",
        ),
        (
            "North Korea fired a missile from Sinpo, about 160 km from Wonsan, on Thursday, the "
            "JCS said.",
            "sinpo-town",
        ),
        (
            "SEOUL, April 13 (Reuters) - The missiles were launched from Kusong, 100 kilometres "
            "away from the capital Pyongyang, South Korea's military said on Thursday.",
            "kusong-town",
        ),
        # Near miss: with no place before it, the distance measures the flight, and the place
        # stays the launch's.
        (
            "The JCS said the missile fired from Pyongyang on Thursday flew some 300 km from "
            "the capital.",
            "pyongyang-area",
        ),
    ],
)
def test_a_place_measured_from_a_landmark(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "an intermediate-range ballistic missile of the Musadan model" (1230), "a Musandan missile"
# (1153): outlets' spellings of the Musudan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US Strategic Command said the missile launched on Thursday is presumed to be an "
            "intermediate-range ballistic missile of the Musadan model.",
            "Musudan",
        ),
        (
            "North Korea tried to launch a Musandan missile on Thursday from a spot near Kusong, "
            "Yonhap reported.",
            "Musudan",
        ),
        (
            "Japan's Defense Ministry said the missile fired on Thursday was believed to be a "
            "Musudan.",
            "Musudan",
        ),
        # Near miss: the launch site named after the missile is no missile.
        (
            "KCNA said the rocket was fired on Thursday from the Musudan-ri launch pad.",
            "",
        ),
    ],
)
def test_musudan_spellings(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_name") == expected


# "presumed to be of the Scud-C or Scud-D type" (1234): two models of one family offered with a
# bare "or" name no one missile.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Given their range, the missiles fired on Thursday are presumed to be of the Scud-C "
            "or Scud-D type, JCS officers said.",
            "",
        ),
        (
            "A South Korean military official said the missile launched on Thursday was a KN-23 "
            "or KN-24.",
            "",
        ),
        (
            "Japan's Defense Ministry said the ballistic missile fired on Thursday may be a "
            "Hwasong-14 or Hwasong-15.",
            "",
        ),
        # Near misses: one missile given two names (a gloss), and one model named.
        (
            "KCNA said North Korea test-fired the Hwasong-18, or KN-28, on Thursday.",
            "Hwasong-18",
        ),
        (
            "The JCS said the missiles fired on Thursday were presumed to be of the Scud-C type.",
            "Scud-C",
        ),
    ],
)
def test_two_models_of_a_family_offered(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_name") == expected


# A caption's type two or more classes of reach from the story's range word (1176: "several
# short-range ballistic missiles" under a caption of "a test-fire of the new Hwasong-19 ICBM")
# shows an older launch: no name, and the story's class.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea launched a salvo of short-range ballistic missiles on Thursday, Seoul's "
            "military said.\n\n"
            "Caption: A photo released by KCNA showing a test-fire of the new Hwasong-19 "
            "intercontinental ballistic missile at an undisclosed location.\n\n"
            "The JCS said it had detected several short-range ballistic missiles flying toward "
            "the East Sea.",
            ("", "SRBM"),
        ),
        (
            "TOKYO (Kyodo) -- North Korea fired a short-range ballistic missile on Thursday, the "
            "Defense Ministry said.\n\n"
            "Photo caption: North Korea launches a Hwasong-12 intermediate-range missile.\n\n"
            "The missile flew about 400 km.",
            ("", "SRBM"),
        ),
        (
            "North Korea launched an intercontinental ballistic missile on Thursday, Japan said."
            "\n\nPhoto caption: Kim Jong Un watches the test-fire of a KN-23 missile.\n\n"
            "It flew for about 70 minutes.",
            ("", "ICBM"),
        ),
        # Near misses: a caption's type close in reach to the story's word is the launch's
        # ("a medium-range missile" and a Musudan), and so is one under a story with no class.
        (
            "North Korea fired a medium-range ballistic missile on Thursday, the JCS said.\n\n"
            "Caption: North Korea test-fires a Musudan missile.\n\n"
            "It flew about 400 km.",
            ("Musudan", "IRBM"),
        ),
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said.\n\n"
            "Caption: North Korea test-fires a Hwasong-19 intercontinental ballistic missile."
            "\n\nIt flew for 86 minutes.",
            ("Hwasong-19", "ICBM"),
        ),
    ],
)
def test_a_caption_of_another_reach(text: str, expected: tuple[str, str], sites) -> None:
    assert (field(text, sites, "missile_name"), field(text, sites, "missile_class")) == expected


# "Cruise missile tests are not prohibited, but ballistic missiles are regarded as threatening"
# (1212): the kind's tests in general, allowed or banned, are not this launch's kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea launched two ballistic missiles into the Sea of Japan on Thursday, "
            "according to Japanese officials. Cruise missile tests are not prohibited, but "
            "ballistic missiles are regarded as threatening weapons.",
            "",
        ),
        (
            "The JCS said North Korea fired a ballistic missile on Thursday. ICBM launches are "
            "banned under UN Security Council resolutions.",
            "",
        ),
        (
            "KCNA said the army fired a new missile on Thursday. Hypersonic missile tests are "
            "not banned by any treaty, the agency added.",
            "",
        ),
        # Near miss: a cruise missile this launch fired is still its kind.
        (
            "The JCS said North Korea fired two cruise missiles into the Yellow Sea on Thursday; "
            "they are not banned by UN resolutions.",
            "cruise",
        ),
    ],
)
def test_a_kinds_tests_in_general(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# A long-range rocket the report calls a missile test in disguise (1233), or fires from a
# satellite launching station (855), is a carrier rocket.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea sent up a long-range rocket on Thursday, a launch the United Nations "
            "and others regard as a disguised, banned test of technology for a missile.",
            "SLV",
        ),
        (
            "SEOUL (AP) -- North Korea fired a long-range rocket on Thursday, in what Washington "
            "called a thinly veiled test of ICBM technology.",
            "SLV",
        ),
        (
            "North Korea's launch failed on Thursday when it fired the long-range test rocket. "
            "It was fired from the Sohae Satellite Launching Station in the north of the "
            "country.",
            "SLV",
        ),
        # Near miss: a long-range rocket with neither is left open.
        (
            "North Korea has defied the international community by launching a long-range "
            "rocket on Thursday, but it blew apart and fell into the sea.",
            "",
        ),
    ],
)
def test_a_long_range_rocket_told_as_a_space_launch(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected
