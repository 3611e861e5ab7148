"""Round 11: general causes of the misses of 410-449 in name, landing and figures.

Each cause is tested in several outlets' phrasings (wires, Japanese and Korean outlets, state
media relays, analysis sites), written for these tests, not copied from the corpus, with a
near-miss wording the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.report.test_report_round6_fields import draft


# "off its southeast coast", "off the North's northwestern coast": a coast with a second
# direction is still the sea on that side.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea fired four projectiles off its southeast coast on Thursday, an official "
            "said.",
            "sea_of_japan",
        ),
        (
            "The missiles came down off the North's northeastern coast, the JCS said.",
            "sea_of_japan",
        ),
        (
            "North Korea fired two rockets toward its south-western coast on Friday, Yonhap said.",
            "yellow_sea",
        ),
        (
            "Two cruise missiles fell off the country's northwest coast, the military said.",
            "yellow_sea",
        ),
        # near miss: a coast named for something else than where the missiles went
        (
            "North Korea fired a missile on Thursday. Its southeast coast is home to a naval base.",
            "unknown",
        ),
    ],
)
def test_a_coast_with_two_directions_names_its_sea(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# "reported, citing the JCS, that Pyongyang had fired ...": the interposed source does not turn
# the reported speech's past perfect into a recollection.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "TOKYO, June 15. The coast guard said North Korea launched a missile on Thursday. "
            "Yonhap reported, citing the Joint Chiefs of Staff, that Pyongyang had fired a "
            "ballistic missile towards the Sea of Japan.",
            "sea_of_japan",
        ),
        (
            "North Korea launched a missile on Monday, Kyodo said. NHK said, quoting defence "
            "officials, that the North had fired it toward the East Sea.",
            "sea_of_japan",
        ),
        # near miss: a plain recollection keeps its past perfect
        (
            "North Korea launched a missile on Monday, Kyodo said. Last year the North had fired "
            "a missile toward the East Sea.",
            "unknown",
        ),
    ],
)
def test_an_interposed_source_keeps_reported_speech(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# A name set aside ("were not the Musudan missiles"), a replica, or a picture caption's name
# yields to the story's own.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "North Korea fired three short-range missiles today. They were not the mid-range "
            "Musudan missiles Pyongyang has been threatening to launch, the military says.",
            "",
        ),
        (
            "The North launched a short-range missile on Monday. It was not the Hwasong-12 that "
            "Pyongyang threatens to fire at Guam, the JCS said.",
            "",
        ),
        (
            "A man walks past a replica of a Scud-B missile in Seoul on Wednesday, the day the "
            "North test-fired two missiles. (AFP/Getty Images)\n\nThe timing of the Rodong "
            "launches was seen as a message to Seoul.",
            "Nodong",
        ),
        (
            "People watch a TV showing a Hwasong-15 in Seoul on Monday, when the North fired a "
            "missile. (Yonhap Photo)\n\nState media called the weapon a Hwasong-18.",
            "Hwasong-18",
        ),
        # near misses: the launch's own name
        (
            "North Korea fired a Musudan missile on Friday, not a Scud as first thought.",
            "Musudan",
        ),
        (
            "Kim Jong Un watches a Hwasong-17 lift off. (KCNA via AP Photo)\n\nThe missile "
            "fired on Monday flew 1,000 km, the JCS said.",
            "Hwasong-17",
        ),
    ],
)
def test_a_name_set_aside_or_shown_yields(sites, text, name):
    assert draft(text, sites).missile_name == name
