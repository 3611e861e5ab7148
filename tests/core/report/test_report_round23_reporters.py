"""Round 23 (fix23a): reporters and outcome read on 950-986's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, field, reporters


# A condemnation joined to a word of reproach, or to what it followed, says nothing of the launch
# (038, 225, 265, 656).
@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's Prime Minister Yoshihide Suga condemned the launch as 'outrageous'.",
        "Prime Minister Fumio Kishida condemned the launches, telling reporters at the Prime "
        "Minister's Office that they were an outrageous act violating U.N. resolutions.",
        "Japanese Prime Minister Fumio Kishida condemned the launches after Japan's coast guard "
        "also reported the firing of what it said looked like a ballistic missile.",
        "Chief Cabinet Secretary Hirokazu Matsuno denounced the test, calling it an "
        "unacceptable provocation.",
    ],
)
def test_a_condemnation_with_a_reproach_cites_no_one(sites, sentence):
    assert reporters(JCS_LEAD + sentence, sites) == "JCS"


def test_a_military_condemning_the_launch_as_a_breach_is_not_cited(sites):
    text = (
        "North Korea fired a missile on Thursday, Japan's Defense Ministry said. South Korea's "
        "military condemned the launch as a breach of a UN resolution that bans North Korea from "
        "using ballistic missile technology."
    )
    assert reporters(text, sites) == "Japan MOD"


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: the condemnation tells what was launched, or where it fell.
        "Japan's Prime Minister Shinzo Abe condemned North Korea's launch of a missile from a "
        "submarine on Thursday morning, calling it an unforgivable threat.",
        "Prime Minister Fumio Kishida condemned the launch as outrageous, saying the missile fell "
        "inside Japan's EEZ.",
    ],
)
def test_a_condemnation_telling_of_the_flight_is_cited(sites, sentence):
    assert reporters(JCS_LEAD + sentence, sites) == "JCS;Japan government"


# A protest lodged, told and nothing more, is an act (985, 972).
@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Shinzo Abe told parliament that Japan had lodged a protest with the DPRK "
        "through its embassy in Beijing.",
        "Hours later, the Japanese government's spokesman announced that Tokyo had sent "
        "Pyongyang a strong protest.",
        "Japan's Chief Cabinet Secretary said Tokyo had filed a stern protest.",
    ],
)
def test_a_protest_lodged_cites_no_one(sites, sentence):
    assert reporters(JCS_LEAD + sentence, sites) == "JCS"


def test_a_protest_with_the_leaders_own_words_is_cited(sites):
    # Near miss: the protest quoted further (070).
    sentence = (
        "Japanese Prime Minister Fumio Kishida told reporters Tokyo had lodged a protest, "
        'saying, "We strongly condemn them as they violate U.N. resolutions."'
    )
    assert reporters(JCS_LEAD + sentence, sites) == "JCS;Japan government"


# An order named by what it calls for (972), a step taken behind an interjection (970), work
# still under way with a word of reproach (977), and a meeting told by a statement (977).
@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Shinzo Abe ordered checks on all ships and aircraft.",
        "The Japanese government, for its part, has set up a crisis headquarters following the "
        "launch and is gathering information.",
        "In a statement, Japan's Defence Ministry said it was still analysing the details but "
        "that the launches were a grave threat to the nation's security.",
        "Soon after, President Park and Japanese Prime Minister Shinzo Abe met on the sidelines "
        "of the summit and agreed to work together, a Japanese statement said.",
    ],
)
def test_acts_and_reproaches_of_japans_bodies_cite_no_one(sites, sentence):
    assert reporters(JCS_LEAD + sentence, sites) == "JCS"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Near misses: the ministry tells a figure; the leaders say something themselves.
        (
            "Japan's Defence Ministry said it was still analysing the details but that the "
            "missile flew 800 km.",
            "JCS;Japan MOD",
        ),
        (
            "Japanese Prime Minister Shinzo Abe met President Park and said the missile fell in "
            "the sea.",
            "JCS;Japan government",
        ),
    ],
)
def test_bodies_telling_of_the_flight_are_cited(sites, sentence, expected):
    assert reporters(JCS_LEAD + sentence, sites) == expected


# "the U.S. and South Korean militaries" are the South's military with America's (972, 974).
@pytest.mark.parametrize(
    "text",
    [
        "According to the U.S. and South Korean militaries, a missile North Korea fired on "
        "Thursday blew up seconds after launch.",
        "The US and South Korean militaries said the North fired a missile on Thursday.",
        "A missile fired on Thursday failed, the American and South Korean militaries said.",
    ],
)
def test_the_us_and_south_korean_militaries_are_the_jcs(sites, text):
    assert reporters(text, sites) == "JCS"


def test_the_us_and_south_korean_militaries_holding_drills_are_not_cited(sites):
    # Near miss: the militaries named for a drill they hold (959).
    text = (
        "North Korea fired a missile on Thursday, Japanese officials said, while the U.S. and "
        "South Korean militaries hold an 11-day joint drill."
    )
    assert reporters(text, sites) == "Japan government"


# "The militaries of the US, South Korea and Japan said": the countries' militaries, not Japan
# named as a whole (972).
def test_militaries_of_a_list_of_countries_are_not_japan_as_a_whole(sites):
    text = (
        "North Korea fired a missile on Thursday. The militaries of the US, South Korea and "
        "Japan said they were assessing the launch data."
    )
    assert "Japan government" not in reporters(text, sites)


def test_japan_said_alone_still_cites_japan(sites):
    # Near miss: Japan named as a whole, with no military before it.
    text = "North Korea fired a missile on Thursday, South Korea and Japan said."
    assert reporters(text, sites) == "Japan government"


# '"A missile was launched," said the first message put out by Japanese officials': a statement
# of theirs cites Japan, at that place (953).
@pytest.mark.parametrize(
    "text",
    [
        '"A possible ballistic missile was launched from North Korea," said the first message '
        "put out by Japanese officials. South Korea's military said it flew 1,000 km.",
        "North Korea fired a missile on Thursday, according to a statement issued by Japanese "
        "authorities. The South Korean military said it flew 1,000 km.",
        "A notice released by Japanese officials said a missile was fired on Thursday. The JCS "
        "said it flew 1,000 km.",
    ],
)
def test_a_statement_put_out_by_japanese_officials_cites_japan(sites, text):
    assert reporters(text, sites) == "Japan government;JCS"


def test_japanese_officials_who_did_something_are_not_cited(sites):
    # Near miss: officials named for what they did, not a statement of theirs.
    text = (
        "North Korea fired a missile on Thursday, South Korea's military said. Japanese "
        "officials had detected radio signals and suspected a launch was near."
    )
    assert reporters(text, sites) == "JCS"


# "Sunday's launch followed by two weeks the North's fourth failed test in a row": the failure
# the launch followed is another launch's (971).
@pytest.mark.parametrize(
    "sentence",
    [
        "Sunday's launch followed by two weeks the North's fourth failed test in a row.",
        "The launch follows a failed test of the same missile in April.",
        "Thursday's test followed last month's failed launch of a satellite.",
    ],
)
def test_a_launch_that_followed_a_failure_did_not_fail(sites, sentence):
    assert field(JCS_LEAD + sentence, sites, "outcome") == ""


def test_a_launch_that_failed_still_fails(sites):
    # Near miss: this launch's own failure.
    text = JCS_LEAD + "The launch failed seconds after lift-off."
    assert field(text, sites, "outcome") == "failure"
