"""Round 18 (fix18a): reporters, Japan's EEZ and outcome, read on 690-729's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, cells, reporters


# "its second of the day, following the failure of the fifth test-launch" (729): the failure of
# a launch an ordinal or "earlier" names is another launch's, not this one's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a sixth suspected Musudan missile on Thursday, its second of the day, "
        "following the failure of the fifth test-launch.",
        "Pyongyang launched another intermediate-range missile on Thursday, hours after the "
        "failure of an earlier launch attempt, Seoul's military said.",
        "The North test-fired a missile on Thursday, a week after the failure of its first "
        "missile test this month.",
    ],
)
def test_the_failure_of_another_launch_is_not_this_ones(sites, text):
    assert cells(text, CLOCK_THURSDAY, sites)["outcome"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a rocket on Thursday. The launch ended in the failure of the second "
        "stage, officials said.",
        "North Korea fired a missile on Thursday, but the launch failed shortly after lift-off.",
    ],
)
def test_the_failure_of_a_stage_is_still_this_launchs(sites, text):
    assert cells(text, CLOCK_THURSDAY, sites)["outcome"] == "failure"


# "may have come down inside the waters of Japan's exclusive economic zone" (713): the waters of
# the zone are the zone.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday. It may have come down inside the "
        "waters of Japan's exclusive economic zone, the ministry said.",
        "North Korea launched a missile on Thursday that fell within the waters of Japan's EEZ, "
        "Tokyo said.",
        "North Korea fired a missile on Thursday which landed in the waters of Japan's exclusive "
        "economic zone, according to Japanese officials.",
    ],
)
def test_the_waters_of_japans_zone_are_inside_it(sites, text):
    assert cells(text, CLOCK_THURSDAY, sites)["japan_eez"] == "inside"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday. It did not come down inside the "
        "waters of Japan's exclusive economic zone, the ministry said.",
        "North Korea launched a missile on Thursday that fell outside the waters of Japan's EEZ.",
    ],
)
def test_a_denial_of_the_zones_waters_is_outside(sites, text):
    assert cells(text, CLOCK_THURSDAY, sites)["japan_eez"] == "outside"


# "the North's test of a \"high-thrust solid-fuel motor\", which state media called an important
# test" (692): the body's word for an older thing, closed by a quotation mark, says nothing of
# this launch.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff "
        'said. The launch came days after a test of a "new-type engine", which state media '
        "called a breakthrough.",
        "South Korea's military said North Korea launched a missile on Thursday. Last week the "
        "North unveiled a 'solid-fuel motor', which KCNA described as a strategic asset.",
        "The Joint Chiefs of Staff said the North fired a missile on Thursday, a week after the "
        "ground test of a \u201cnew engine\u201d, which Rodong Sinmun called historic.",
    ],
)
def test_state_medias_word_for_a_quoted_older_thing_cites_no_one(sites, text):
    assert reporters(text, sites) == "JCS"


def test_state_medias_word_for_the_launch_still_cites_it(sites):
    text = (
        "South Korea's military said North Korea fired a missile on Thursday. The \"new-type "
        'missile launch", which state media called a success, flew 600 km.'
    )
    assert reporters(text, sites) == "JCS;KCNA"


# "a launch Prime Minister Shinzo Abe called a 'challenge to the world'" (715): a body's word of
# reproach for the launch condemns it and says nothing of it.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, a launch Prime Minister Fumio Kishida called "
        "a 'grave threat'. South Korea's military said it flew 500 km.",
        "North Korea fired a missile on Thursday in what Japan's government branded an "
        "\u201cunacceptable provocation\u201d. The Joint Chiefs of Staff said it flew 500 km.",
        "North Korea fired a missile on Thursday, a test the Japanese government described as "
        "a clear violation. South Korea's military said it flew 500 km.",
    ],
)
def test_a_word_of_reproach_for_the_launch_cites_no_one(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_reproach_that_tells_of_the_flight_still_cites(sites):
    text = (
        "North Korea fired a missile on Thursday, a launch Japan's government called a threat "
        "after the missile landed in its EEZ. South Korea's military said it flew 500 km."
    )
    assert reporters(text, sites) == "Japan government;JCS"


def test_a_body_calling_the_launch_a_threat_in_its_own_clause_still_speaks(sites):
    # (Round 32: the word of reproach alone, in the body's own clause, only condemns the launch
    # (C1, 1715's label); here the body tells where it fell too.)
    text = (
        "North Korea fired a missile on Thursday. Japan's government called the launch a "
        "serious threat and said it fell in its EEZ, and South Korea's military said it flew "
        "500 km."
    )
    assert reporters(text, sites) == "Japan government;JCS"
