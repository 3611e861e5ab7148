"""Round 21 (fix21a): reporters read on 830-889's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field, reporters


# "North Korean state television did not publicize the test" (830), "North Korean state media
# said nothing on Thursday about a suspected missile test" (877): state media named for what
# they kept quiet about are a silence, not a source.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday. The North's state broadcaster did not "
        "publicise the launch, perhaps because it went badly.",
        "A missile was fired on Thursday. KCNA has said nothing about the test so far.",
        "North Korea fired a missile on Thursday. Pyongyang's state media stayed completely "
        "silent about the launch on Friday.",
        "North Korea fired a missile on Thursday. State television has not broadcast any "
        "footage of the firing.",
        "North Korea fired a missile on Thursday. The official news agency KCNA kept quiet "
        "about the launch.",
    ],
)
def test_state_media_keeping_quiet_cites_nothing(sites, text):
    assert reporters(text, sites) == ""


def test_state_media_that_told_the_launch_still_cite_kcna(sites):
    # Near miss: a statement that the test succeeded is no silence, whatever follows it.
    text = (
        "North Korea fired a missile on Thursday. State media said the test was a success and "
        "gave no other details."
    )
    assert reporters(text, sites) == "KCNA"


# "the U.S. Joint Chiefs of Staff said it was analyzing additional information" (830): the
# American body of that name is not South Korea's JCS.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, the U.S. Joint Chiefs of Staff said.",
        "A missile was fired on Thursday. An official of the US Joint Chiefs of Staff said "
        "the missile flew about 50 km.",
        "North Korea fired a missile on Thursday. America's Joint Chiefs of Staff said it was "
        "studying the launch.",
    ],
)
def test_the_american_joint_chiefs_are_not_the_jcs(sites, text):
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: South Korea's own Joint Chiefs, however named.
        "North Korea fired a missile on Thursday, South Korea's Joint Chiefs of Staff said.",
        "North Korea fired a missile on Thursday, the Joint Chiefs of Staff in Seoul said.",
    ],
)
def test_south_koreas_joint_chiefs_are_still_the_jcs(sites, text):
    assert reporters(text, sites) == "JCS"


# "North Korea's neighbours South Korea and Japan say it fired what may have been a
# submarine-launched ballistic missile" (886): the two countries' present-tense statement verb
# tells of the North's firing, not of their own (C1: "South Korea and Japan say" cites Japan).
@pytest.mark.parametrize(
    "text",
    [
        "SEOUL -- North Korea's neighbours South Korea and Japan say it fired a ballistic "
        "missile on Thursday morning.",
        "South Korea and Japan report the North launched a missile toward the sea on Thursday.",
        "Seoul and Tokyo confirm Pyongyang fired a missile on Thursday.",
    ],
)
def test_two_countries_saying_the_north_fired_cite_japan(sites, text):
    assert reporters(text, sites) == "Japan government"


def test_two_countries_firing_their_own_missiles_cite_nothing(sites):
    # Near miss: South Korea and Japan firing in answer is their firing, no statement.
    text = (
        "North Korea fired a missile on Thursday. South Korea and Japan later fired missiles "
        "of their own into the sea in a joint drill."
    )
    assert reporters(text, sites) == ""


# "Three of them fell in the sea area of Japan's Exclusive Economic Zone" (834): the zone's sea
# area is inside it, as its waters are.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired four missiles on Thursday. Three of them fell in the sea area of "
        "Japan's exclusive economic zone, the prime minister said.",
        "North Korea fired a missile on Thursday that came down within the maritime area of "
        "Japan's EEZ, Tokyo said.",
    ],
)
def test_the_sea_area_of_the_eez_is_inside(sites, text):
    assert field(text, sites, "japan_eez") == "inside"


def test_the_sea_area_outside_the_eez_is_not_inside(sites):
    # Near miss: a denial stays a denial.
    text = (
        "North Korea fired a missile on Thursday. It did not fall in the sea area of Japan's "
        "exclusive economic zone, Tokyo said."
    )
    assert field(text, sites, "japan_eez") != "inside"


# "North Korea said through its official media that the launches were part of regular military
# exercises" (851): the North speaking of this launch through a channel it names cites KCNA (C12).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday. Pyongyang said through its state media "
        "that the launches were routine drills.",
        "The North fired a missile on Thursday. The North said via state television that the "
        "test had gone as planned.",
        "North Korea fired a missile on Thursday. North Korea said in its official news agency "
        "that the firing was a success.",
    ],
)
def test_the_north_speaking_through_its_media_cites_kcna(sites, text):
    assert reporters(text, sites) == "KCNA"


def test_another_country_speaking_through_its_media_cites_no_kcna(sites):
    # Near miss: the South speaking through its public broadcaster is not the North's media.
    text = (
        "North Korea fired a missile on Thursday. Seoul said through public broadcaster KBS "
        "that the launches were a provocation."
    )
    assert "KCNA" not in reporters(text, sites)
