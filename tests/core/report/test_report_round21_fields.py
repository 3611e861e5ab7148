"""Round 21 (fix21d): missile class, name and site read on 830-889's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, cells, field


# A kind the launch is said not to be is set aside, as "not an" / "not the" already were (856:
# "none were the intercontinental ballistic missiles (ICBMs) everyone has been waiting for").
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired four missiles into the sea on Thursday, officials in Seoul said. None "
        "of them were intercontinental ballistic missiles, a defence official added.",
        "Pyongyang launched two missiles on Thursday. Judging by their flight, the missiles were "
        "not medium-range ballistic missiles, a South Korean official said.",
        "The North fired a missile off its east coast on Thursday. It wasn't an ICBM, a Pentagon "
        "spokesman told reporters, but analysts were still studying the launch.",
        "North Korea launched three missiles on Thursday. But none were the long-range ballistic "
        "missiles Washington had feared.",
    ],
)
def test_a_kind_the_launch_is_said_not_to_be_gives_no_class(text: str, sites) -> None:
    assert field(text, sites, "missile_class") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a count of this launch's kind, and a negation of something else.
        (
            "North Korea fired an intercontinental ballistic missile on Thursday. It was not "
            "the first ICBM the North has launched this year.",
            "ICBM",
        ),
        (
            "North Korea fired a short-range ballistic missile on Thursday. The launch was not "
            "announced in advance, the JCS said.",
            "SRBM",
        ),
    ],
)
def test_a_negation_of_something_else_keeps_the_class(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# A place named after the words for it ("a rural area called Musudan-ri", 857) is a location:
# the facility it names beats the town named beside it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rocket lifted off on Thursday from a military site in an area called "
            "Musudan-ri, near the town of Hwadae on the northeast coast.",
            "tonghae",
        ),
        (
            "North Korea launched the rocket on Thursday from a coastal village known as "
            "Tongchang-ri, not far from the town of Cholsan.",
            "sohae",
        ),
        (
            "Officials said the missile was fired on Thursday from a base named Musudan, close "
            "to Hwadae county.",
            "tonghae",
        ),
    ],
)
def test_a_place_named_after_its_words_is_the_launch_site(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


def test_the_town_alone_stays_the_town(sites) -> None:
    # Near miss: no facility named, and "named" of something else.
    text = (
        "North Korea fired a missile on Thursday from near the town of Hwadae, in a drill "
        "named for the party congress, the JCS said."
    )
    assert field(text, sites, "site_id") == "hwadae-town"


# A caption that shows a weapon without telling a launch is a picture of the kind, not of this
# launch: it names no missile and gives no range class (865's "[Caption: One of North Korea's
# mid-range 'Musudan' missiles (Picture: KCNA)]" over a story that names neither).
@pytest.mark.parametrize(
    "caption",
    [
        "[Caption: One of North Korea's mid-range 'Musudan' missiles (Picture: KCNA)]",
        "[Photo: A Hwasong-17 intercontinental ballistic missile is displayed during a military "
        "parade in Pyongyang. (AP)]",
        "[Photo caption: North Korean soldiers stand beside a KN-23 short-range missile on its "
        "transporter. Reuters]",
    ],
)
def test_a_picture_of_a_weapon_names_no_missile(caption: str, sites) -> None:
    text = (
        "North Korea missile launch fails\n\n"
        f"{caption}\n\n"
        "North Korea attempted to launch a missile on Thursday, but the launch appears to have "
        "failed, US defence officials said. Seoul said it was not yet known what kind of missile "
        "was fired."
    )
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["missile_name"], found["missile_class"]) == ("", "")


def test_a_caption_that_tells_the_launch_still_names_it(sites) -> None:
    # Near miss: the caption tells the launch itself.
    text = (
        "North Korea fires missile\n\n"
        "[Photo: North Korea test-fires a Hwasong-17 intercontinental ballistic missile on "
        "Thursday. (KCNA)]\n\n"
        "North Korea launched a missile on Thursday, South Korea's military said."
    )
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["missile_name"], found["missile_class"]) == ("Hwasong-17", "ICBM")


# A type named as the subject of a general statement, in a sentence telling no launch, is a
# description of the type, not this launch's name (853: "three short-range guided missiles ...
# The Musudan's range is estimated at up to 4,000 km").
@pytest.mark.parametrize(
    ("sentence", "expected_class"),
    [
        ("The Musudan's range is estimated at up to 4,000 km, enough to reach Guam.", "SRBM"),
        ("The Rodong can fly about 1,300 km and could hit most of Japan.", "SRBM"),
        ("Hwasong-15 missiles are thought to be able to reach the whole US mainland.", "SRBM"),
    ],
)
def test_a_type_described_in_general_names_no_missile(
    sentence: str, expected_class: str, sites
) -> None:
    text = (
        "North Korea fired three short-range guided missiles into the sea on Thursday, the "
        f"defence ministry in Seoul said. {sentence}"
    )
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["missile_name"], found["missile_class"]) == ("", expected_class)


def test_a_type_told_as_launched_is_still_named(sites) -> None:
    # Near miss: the sentence that opens with the type tells the launch.
    text = (
        "North Korea fired a missile into the sea on Thursday, the JCS said. The Hwasong-15 "
        "is believed to have been launched from near Pyongyang."
    )
    assert field(text, sites, "missile_name") == "Hwasong-15"
