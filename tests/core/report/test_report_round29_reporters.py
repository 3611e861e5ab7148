"""Round 29 (fix29b): reporters, North Korea named as the speaker in any wording (C12).

A reader takes "North Korea has said the weapon it test-fired was ...", "the secretive North
Korean regime said the rocket had lifted off", "..., North Korea said." or a headline's "North
Korea Confirmed ICBM Test" as North Korea speaking of this launch, whatever words stand between
the speaker and what it said: the speaker and its verb are found first, and the words it said
decide (a launch, a weapon or its flight named; no plan, aim, older launch or capability). Seen
in 929, 1134, 1354 and 1451. Each wording is tried in several outlets' phrasings, written for
these tests, with near misses that must not cite it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, reporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the perfect, and a relative clause before what it said
        (
            JCS_LEAD + "North Korea has said the weapon it test-fired was an upgraded tactical "
            "guided missile.",
            "JCS;KCNA",
        ),
        # an analysis site: the regime by an epithet
        (
            "North Korea fired a rocket on Thursday. The secretive North Korean regime said the "
            "rocket had lifted off successfully from its west coast.",
            "KCNA",
        ),
        # KCNA relayed: the North's army as the speaker
        (
            "North Korea's Army said in an official statement that the tactical missiles were "
            "fired late on Thursday.",
            "KCNA",
        ),
        # the speaker closing what it said
        (
            "North Korea fired a missile on Thursday. The test formed part of its work on a "
            "reconnaissance satellite, North Korea said.",
            "KCNA",
        ),
        # a headline's verdict, before the JCS in the story
        (
            "North Korea Confirmed ICBM Test\n\nNorth Korea fired an intercontinental ballistic "
            "missile on Thursday, South Korea's Joint Chiefs of Staff said.",
            "KCNA;JCS",
        ),
        # Japan's ministry first, then the North
        (
            "Japan's Defense Ministry said North Korea fired a ballistic missile on Thursday. "
            "Pyongyang has said the missile was a new solid-fuel type.",
            "Japan MOD;KCNA",
        ),
    ],
)
def test_north_korea_as_the_speaker_in_any_wording_is_cited(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the North's word for a thing, not a statement
        JCS_LEAD + "The KN-15, which North Korea calls the Pukguksong-2, runs on solid fuel.",
        JCS_LEAD + "The launch of what Pyongyang calls a satellite is seen as a missile test.",
        # the North inside another's words
        JCS_LEAD + "Observers of North Korea said it was unusual to fire missiles so near the "
        "border.",
        JCS_LEAD + "Kim appeared with a device that North Korea claimed was a warhead.",
        # a claim with no statement
        JCS_LEAD + "North Korea has claimed technical breakthroughs toward a long-range nuclear "
        "missile.",
        # a plan, an aim, what a weapon can do
        JCS_LEAD + "North Korea said it would launch another satellite in October.",
        JCS_LEAD + "North Korea has claimed that these weapons can cause a radioactive tsunami.",
        # an older launch pointed at, or told at its time
        JCS_LEAD + "North Korea said those tests were meant to develop parts for a satellite.",
        JCS_LEAD + "At the time, the North Korean government said the launch was a response to "
        "the drills.",
        JCS_LEAD + "North Korea also says it has carried out three tests in under three weeks.",
        # the words said end at a clause joined on
        JCS_LEAD + "Pyongyang has said it sees such drills as hostile, and a North Korean "
        "missile test had been expected.",
    ],
)
def test_north_korea_named_for_something_else_is_not_cited(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_rockets_stated_aim_is_no_statement_on_the_launch(sites):
    # near miss: the aim given for the rocket before it flew (as a notice, C11)
    text = LEAD + "North Korea said the Unha-3 rocket was meant to carry a weather satellite."
    assert reporters(text, sites) == ""


# --- "according to North Korea": the words told so are read the same (1077) -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the source before its words
        (
            JCS_LEAD + "According to Pyongyang, the missile flew 800 km before falling into "
            "the sea.",
            "JCS;KCNA",
        ),
        # an analysis site: the source closing its words
        (
            JCS_LEAD + "The missile carried a new type of warhead, according to North Korea.",
            "JCS;KCNA",
        ),
        # a threat told so says nothing of the launch (cited before this round)
        (
            JCS_LEAD + 'According to Pyongyang, "there are no guarantees" that US spy planes will '
            "not suffer an accident.",
            "JCS",
        ),
        # near miss: its verdict on the launch stays cited, as before
        (
            JCS_LEAD + "According to North Korea, the launch was a success.",
            "JCS;KCNA",
        ),
    ],
)
def test_words_told_according_to_north_korea(sites, text, expected):
    assert reporters(text, sites) == expected
