"""Round 22 (fix22a): reporters and outcome read on 890-949's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field, reporters


# "..., Japan and South Korea say" over a story quoting Japan's coast guard and its defence
# ministry (931): the title names Japan as a whole, cited first (C1), beside the ministry.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fires two missiles, Japan and South Korea say\n\nNorth Korea fired two "
        "missiles on Thursday, the Japanese coast guard said. Japan's defence ministry said "
        "they fell outside its waters.",
        "North Korea launches ballistic missile, Japan says\n\nA missile was fired on Thursday, "
        "Japan's coast guard reported. The Japanese Defense Ministry said it flew 400 km.",
        "Missile fired into the sea: Japan\n\nNorth Korea fired a missile on Thursday, said the "
        "Japan Coast Guard, and the defence ministry of Japan said it came down at sea.",
    ],
)
def test_a_title_naming_japan_over_its_coast_guard_and_ministry_cites_japan(sites, text):
    assert reporters(text, sites).split(";")[0] == "Japan government"


def test_a_title_naming_japan_over_its_coast_guard_alone_still_yields(sites):
    # Near miss: with the coast guard the story's only Japanese source, the title stands for it.
    text = (
        "North Korea fires a missile, Japan says\n\nNorth Korea fired a missile on Thursday, "
        "the Japanese coast guard said in a notice to ships."
    )
    assert reporters(text, sites) == ""


# "according to South Korean and Japanese officials" (945): Japan named beside the South as the
# source is its government.
@pytest.mark.parametrize(
    "text",
    [
        "The missile fired on Thursday passed over Hokkaido, according to South Korean and "
        "Japanese officials.",
        "North Korea fired a missile on Thursday, citing South Korean and Japanese authorities.",
        "A missile flew over Japan on Thursday, according to Korean and Japanese officials.",
    ],
)
def test_japanese_officials_beside_the_south_as_a_source_cite_japan(sites, text):
    assert reporters(text, sites) == "Japan government"


def test_japanese_officials_beside_the_south_meeting_cite_nothing(sites):
    # Near miss: officials of both countries named only for what they did.
    text = (
        "North Korea fired a missile on Thursday, as South Korean and Japanese officials met in "
        "Tokyo to discuss trade."
    )
    assert reporters(text, sites) == ""


# "A missile is launched ..., in this file photo released by the Korean Central News Agency"
# (924): an older picture's source says nothing of this launch.
@pytest.mark.parametrize(
    "text",
    [
        "A missile lifts off in this file photo released by KCNA. South Korea's Joint Chiefs "
        "of Staff said North Korea fired a missile on Thursday.",
        "An archive image provided by the Korean Central News Agency shows a launch. The JCS "
        "said North Korea fired a missile on Thursday.",
        "File photo from North Korea's official KCNA news agency of an earlier test. The JCS "
        "said the North fired a missile on Thursday.",
    ],
)
def test_a_file_photos_source_cites_nothing(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_photo_of_this_launch_released_by_kcna_still_cites_it(sites):
    # Near miss: state media's own account of this launch, no file picture.
    text = (
        "North Korea fired a missile on Thursday, KCNA said, releasing a photo of the launch. "
        "The JCS said it flew 600 km."
    )
    assert reporters(text, sites) == "KCNA;JCS"


# "Earlier this week North Korea fired a satellite rocket ..., but the first-stage rocket
# malfunctioned" (924): the week's earlier launch, and its failure, are not this launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired ten missiles on Thursday, the JCS said. Earlier this week North Korea "
        "launched a spy satellite, but the rocket malfunctioned and exploded.",
        "North Korea fired a missile on Thursday. Earlier in the week, Pyongyang tried to put a "
        "satellite in orbit, and the launch failed.",
        "The North fired two missiles on Thursday. Earlier this week it fired a rocket, yet "
        "its second stage failed.",
    ],
)
def test_a_failure_earlier_in_the_week_is_not_this_launchs(sites, text):
    assert field(text, sites, "outcome") == ""


def test_a_failure_earlier_on_the_launch_day_is_this_launchs(sites):
    # Near miss: "earlier on Thursday" is the day of the launch reported, not an earlier week.
    text = (
        "Earlier on Thursday North Korea fired a missile, but the rocket malfunctioned and "
        "exploded, the JCS said."
    )
    assert field(text, sites, "outcome") == "failure"


# "North Korea said a satellite had been put successfully into orbit" (913): the North speaking
# of this launch in the passive is C12's statement on it.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a rocket on Thursday. North Korea said a satellite had been "
        "placed in orbit.",
        "A rocket lifted off on Thursday. Pyongyang said its new satellite was successfully "
        "put into orbit.",
        "North Korea fired a missile on Thursday. The North said a new missile had been "
        "test-fired.",
    ],
)
def test_the_north_telling_the_launch_in_the_passive_cites_kcna(sites, text):
    assert reporters(text, sites) == "KCNA"


def test_the_north_telling_an_older_launch_in_the_passive_cites_nothing(sites):
    # Near miss: the statement's own launch is last month's.
    text = (
        "North Korea fired a missile on Thursday. North Korea said a satellite had been put "
        "into orbit last month."
    )
    assert reporters(text, sites) == ""
