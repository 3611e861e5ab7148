"""Round 33 (fix33a): reporters, read on 1800-1877's and 1950-1973's misses.

Each cause is read the way a reader takes it: what a body said, after its verb, that only
reproaches the launch (its subject) says nothing of the launch (C1), as the same words quoted
before the verb already did; a condemnation that voices a feeling only condemns the more; a
reproach on "the act" or "the move" is a reproach on the launch; an agreement between leaders or
allies, and a pledge quoted "as saying", tell nothing of the launch. Seen in 1810, 1961, 1963,
1965, 1970 and 1972. Each wording is tried in several outlets' phrasings, written for these
tests, with near misses that must not change.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import JCS_LEAD, LEAD, field, reporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the reproach reported after "told reporters that", the launch its subject
        (
            JCS_LEAD + "Defence Minister Gen Nakatani told reporters that the missile launches "
            "plainly breached UN resolutions and could not be tolerated.",
            "JCS",
        ),
        # a Japanese ministry's wording: the reproach quoted after the verb
        (
            JCS_LEAD + 'Prime Minister Fumio Kishida told reporters, "This ballistic missile '
            'launch is a clear violation of Security Council resolutions."',
            "JCS",
        ),
        # the JCS's own reproach, said of the test
        (
            LEAD + "South Korea's Joint Chiefs of Staff said the test was a grave provocation.",
            "",
        ),
        # an analysis site: the launch as "such an act"
        (
            JCS_LEAD + "Japan's Chief Cabinet Secretary said such an act was absolutely "
            "unacceptable.",
            "JCS",
        ),
        # near miss: a fact of the flight told with the reproach
        (
            JCS_LEAD + "Japan's defence minister said the launch violated UN resolutions and "
            "the missile fell in its EEZ.",
            "JCS;Japan MOD",
        ),
        # near miss: a fact in a clause hung on the launch
        (
            JCS_LEAD + "Japan's defence minister said the launch, which flew 900 km, was a threat.",
            "JCS;Japan MOD",
        ),
        # near miss: the North's own word on its test still cites its state media
        (
            JCS_LEAD + "State media said the test was a warning to the United States.",
            "JCS;KCNA",
        ),
    ],
)
def test_words_said_that_only_reproach_the_launch_cite_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the launch called "the act", the reproach a list of words
        (
            JCS_LEAD + 'Japanese Prime Minister Shinzo Abe called the act an "unprecedented, '
            'serious and grave threat".',
            "JCS",
        ),
        # an analysis site: the JCS describing "the move"
        (
            LEAD + "South Korea's military described the move as a reckless provocation.",
            "",
        ),
        # a Japanese ministry: the condemnation voicing a feeling
        (
            JCS_LEAD + "Japanese Prime Minister Fumio Kishida also condemned the missile "
            "launches, voicing concern that they could disrupt peace and stability.",
            "JCS",
        ),
        (
            LEAD + "South Korea's Joint Chiefs of Staff condemned the launch and expressed deep "
            "regret.",
            "",
        ),
        # near miss: the feeling is over a fall told
        (
            JCS_LEAD + "Japan's defence minister condemned the launch, expressing concern that "
            "the missile fell inside Japan's EEZ.",
            "JCS;Japan MOD",
        ),
        # near miss: the reproach on "the act", then a fact of the flight
        (
            JCS_LEAD + "Japan's Chief Cabinet Secretary called the act a threat, adding that the "
            "missile flew over Hokkaido.",
            "JCS;Japan government",
        ),
    ],
)
def test_a_reproach_on_the_act_or_a_feeling_voiced_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese broadcaster: Japan's officials as the source of a phone call's agreement
        (
            JCS_LEAD + "According to Japanese government officials, the 2 leaders agreed on the "
            "need to strengthen their defense capabilities.",
            "JCS",
        ),
        # a Japanese newspaper: the allies' agreement quoted
        (
            JCS_LEAD + 'Prime Minister Shinzo Abe told reporters, "Japan, the United States and '
            'South Korea fully agree that we must step up pressure."',
            "JCS",
        ),
        # a wire: the two sides
        (
            JCS_LEAD + "Japan's defence minister said the two ministers agreed to keep in close "
            "contact.",
            "JCS",
        ),
        # a news digest: a pledge quoted "as saying"
        (
            JCS_LEAD + 'Chief Cabinet Secretary Suga was reported as saying: "We will work '
            'closely with the U.S. and South Korea."',
            "JCS",
        ),
        # near miss: the agreement is on a fact of the flight
        (
            JCS_LEAD + "According to Japanese officials, the two sides agreed that the missile "
            "fell inside the EEZ.",
            "JCS;Japan government",
        ),
        # near miss: quoted "as saying" a fact of the flight
        (
            JCS_LEAD + "Chief Cabinet Secretary Suga was quoted as saying the missile fell in "
            "Japan's EEZ.",
            "JCS;Japan government",
        ),
    ],
)
def test_an_agreement_or_a_pledge_quoted_cites_no_one(sites, text, expected):
    assert reporters(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the zone's waters named after the land, denied
        (
            LEAD + "According to Japan's defense ministry, the missiles did not appear to reach "
            "Japanese territory or the waters of its exclusive economic zone.",
            "outside",
        ),
        # a Japanese ministry's wording
        (
            LEAD + "The missile has not reached Japan's territory or the waters of Japan's EEZ, "
            "the ministry said.",
            "outside",
        ),
        # near miss: the zone's waters reached
        (
            LEAD + "Japan's defense ministry said the missile fell in the waters of its exclusive "
            "economic zone.",
            "inside",
        ),
    ],
)
def test_the_zones_waters_denied_after_the_land_are_outside(sites, text, expected):
    assert field(text, sites, "japan_eez") == expected
