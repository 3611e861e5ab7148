"""Round 14 (fix14a): reporters, read on 530-569's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import reporters

# --- "Photo caption: KCNA photo of an underwater test-fire" (537, 545) --------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Photo caption: KCNA photo of a ballistic missile test-fire (Representational)",
        "[Photo caption: State media shows the test-firing of a new rocket launcher in an undated "
        "handout.]",
        "Caption: A missile lifts off in a picture released by the Korean Central News Agency.",
        "Image caption: Rodong Sinmun shows the launch of a new missile.",
    ],
)
def test_a_labelled_caption_cites_no_one(sites, caption):
    text = f"{caption}\n\nNorth Korea fired a ballistic missile on Thursday, the JCS said."
    assert reporters(text, sites) == "JCS"


def test_the_story_below_a_caption_still_cites_state_media(sites):
    # Near miss: the caption cites no one, the story's own state media still speak.
    text = (
        "Photo caption: A missile on a launcher.\n\n"
        "North Korea fired a ballistic missile on Thursday, KCNA reported."
    )
    assert reporters(text, sites) == "KCNA"


def test_a_caption_without_its_label_is_read_as_before(sites):
    # Near miss: no "caption:" label, the paragraph is story prose.
    text = "KCNA photo of the test shows the missile. North Korea fired it on Thursday."
    assert reporters(text, sites) == "KCNA"


# --- "the first summit between Japanese Prime Minister Shinzo Abe and Trump" (538) --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Timed to follow the summit between Japanese Prime Minister Shinzo Abe and the U.S. "
        "president, North Korea fired a ballistic missile on Thursday.",
        "North Korea fired a missile on Thursday, hours after Trump met with Japan's Prime "
        "Minister in Florida.",
        "During phone talks with the Japanese Prime Minister, Biden was told North Korea had "
        "fired a missile on Thursday.",
        "North Korea fired a missile on Thursday as Biden hosted Japanese Prime Minister Fumio "
        "Kishida at the White House.",
        "North Korea fired a missile on Thursday while Japan's Prime Minister held talks with "
        "the Chinese premier.",
    ],
)
def test_a_party_to_a_summit_is_not_cited(sites, sentence):
    assert reporters(sentence, sites) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "After the summit with Trump, Japanese Prime Minister Shinzo Abe said North Korea fired "
        "a missile on Thursday.",
        "Japan's Prime Minister, who met Biden on Thursday, said the missile fell in the sea.",
        "Japanese Prime Minister Fumio Kishida met reporters and said North Korea fired a "
        "missile on Thursday.",
    ],
)
def test_a_leader_who_met_someone_and_spoke_is_cited(sites, sentence):
    # Near miss: named beside a meeting, the leader is still the one who speaks.
    assert reporters(sentence, sites) == "Japan government"


# --- "state-run media said the country would keep launching weapons" (531) ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier on Thursday, North Korea's state-run media said the country would keep "
        "launching weapons able to strike the United States.",
        "Rodong Sinmun said Kim would keep bolstering the country's nuclear arsenal with new "
        "weapons.",
        "State media said Kim Jong Un would continue to test weapons of greater power.",
    ],
)
def test_state_media_vowing_launches_to_come_are_not_cited(sites, sentence):
    lead = "North Korea fired a ballistic missile on Thursday, Japan's Defense Ministry said."
    assert reporters(f"{lead} {sentence}", sites) == "Japan MOD"


def test_state_media_telling_the_launch_and_vowing_more_are_cited(sites):
    # Near miss: the vow comes with the launch it tells of.
    text = (
        "North Korea fired a ballistic missile on Thursday. State media said the country would "
        "keep testing after the missile flew 800 km."
    )
    assert reporters(text, sites) == "KCNA"


# --- "South Korean and Japanese defense officials said" (551) -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korean and Japanese defense officials said North Korea fired three missiles on "
        "Thursday.",
        "North Korea fired a missile on Thursday, according to Japanese and South Korean defence "
        "officials.",
        "The launch on Thursday was confirmed by Japanese, South Korean and U.S. defense "
        "officials.",
        "U.S. and Japanese defence sources said the missile flew 300 km on Thursday.",
    ],
)
def test_japans_defence_officials_beside_another_countrys_are_its_ministry(sites, sentence):
    assert reporters(sentence, sites) == "Japan MOD"


def test_south_korean_defence_officials_alone_are_not_the_jcs(sites):
    # Near miss: only the South's defence officials, no Japanese word.
    text = "South Korean defense officials said North Korea fired three missiles on Thursday."
    assert reporters(text, sites) == ""


# --- "an official said by phone that the South Korean military had detected" (144) -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A defence ministry official said by phone that the South Korean military had detected "
        "two missiles fired on Thursday.",
        "An official told Reuters, and said in a text message that the South Korean military had "
        "tracked a missile launched on Thursday.",
        "A government source said in an interview that South Korea's military spotted the "
        "launch on Thursday.",
    ],
)
def test_the_military_told_of_by_a_speaker_on_the_phone_is_not_cited(sites, sentence):
    assert reporters(sentence, sites) == ""


def test_the_military_speaking_by_phone_is_cited(sites):
    # Near miss: the military itself is the one that said it.
    text = (
        "The South Korean military said by phone that it had detected two missiles fired on "
        "Thursday."
    )
    assert reporters(text, sites) == "JCS"
