"""Round 13 (extract13a): reporters, read on 490-529's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import reporters

# --- "North Korea fires 2 ballistic missiles: Japan PM" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fires ballistic missile into sea: Japan PM\n\n"
        "North Korea fired a ballistic missile on Thursday.",
        "Japanese PM says North Korean missile fell outside EEZ\n\n"
        "The missile was launched on Thursday.",
        "North Korea launched a missile on Thursday, Japan's PM told lawmakers.",
    ],
)
def test_the_prime_ministers_short_title_is_japans_government(sites, text):
    assert reporters(text, sites) == "Japan government"


def test_pm_of_another_country_is_not_japans_government(sites):
    # Near miss: the abbreviation after no Japanese word.
    text = "North Korea launched a missile on Thursday, the British PM said."
    assert reporters(text, sites) == ""


# --- "According to the Seoul military" --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Seoul military, the North fired three projectiles on Thursday.",
        "The Seoul military said North Korea launched a missile on Thursday.",
        "North Korea fired two missiles on Thursday, the Seoul military reported.",
    ],
)
def test_the_seoul_military_is_the_jcs(sites, sentence):
    assert reporters(sentence, sites) == "JCS"


def test_seoul_military_drills_cite_no_one(sites):
    # Near miss: the capital's military named as a thing (its drills), not a speaker.
    text = "North Korea fired a missile on Thursday, days after the Seoul military drills ended."
    assert reporters(text, sites) == ""


# --- "Japan's Defense Ministry and Prime Minister's office said" --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's Defense Ministry and Prime Minister's office said the weapon was possibly a "
        "ballistic missile launched on Thursday.",
        "Japanese Ministry of Defence and the prime minister's office said North Korea fired a "
        "missile on Thursday.",
    ],
)
def test_the_office_joined_to_japans_ministry_is_japans(sites, sentence):
    assert reporters(sentence, sites) == "Japan MOD;Japan government"


def test_a_meeting_at_the_prime_ministers_office_cites_no_one(sites):
    # Near miss: the office named with no Japanese body before it, as a place.
    text = (
        "North Korea fired a missile on Thursday. Officials gathered at the prime minister's "
        "office."
    )
    assert reporters(text, sites) == ""


# --- "... the military said, without giving further details." -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea launched a projectile on Thursday, two weeks after testing a new cruise "
        "missile, South Korea's military said, without giving further details.",
        "The North fired a missile on Thursday, days after a rail-borne launch, the Joint Chiefs "
        "of Staff said, but gave no further details.",
        "North Korea fired a missile on Thursday, a week after firing two cruise missiles, the "
        "JCS said, without elaborating.",
    ],
)
def test_an_attribution_before_what_it_left_unsaid_cites_the_launch(sites, sentence):
    assert reporters(sentence, sites) == "JCS"


def test_an_attribution_inside_the_recalled_clause_alone_stays_out(sites):
    # Near miss: the older launch's own speaker, with this launch's sentence told by another.
    text = (
        "North Korea fired a missile on Thursday, Japan's Defense Ministry said. In March, "
        "North Korea fired a cruise missile, the JCS said, without giving details."
    )
    assert reporters(text, sites) == "Japan MOD"


# --- "(c) KCNA/Reuters" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's military said North Korea fired a missile on Thursday. (c) KCNA/Reuters",
        "South Korea's military said the North launched a missile on Thursday. \u00a9 KCNA",
        "South Korea's military said North Korea fired a missile on Thursday. Copyright Yonhap "
        "/ KCNA",
    ],
)
def test_a_copyright_line_cites_no_one(sites, text):
    assert reporters(text, sites) == "JCS"


def test_state_media_before_a_copyright_line_is_cited(sites):
    # Near miss: the caption itself cites KCNA; only the copyright after it cites no one.
    text = "KCNA said North Korea fired a missile on Thursday. (c) Reuters"
    assert reporters(text, sites) == "KCNA"


# --- "the outbreak, which state media has called ..." ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea fired two missiles on Thursday amid the coronavirus outbreak, which state "
        "media has called an issue of national existence.",
        "The launches on Thursday came during the allies' drills, which the North's state media "
        "described as a rehearsal for invasion.",
        "North Korea fired a missile on Thursday after the sanctions, which KCNA has long "
        "branded hostile.",
    ],
)
def test_state_medias_word_for_another_thing_cites_no_one(sites, sentence):
    assert reporters(sentence, sites) == ""


def test_state_medias_word_for_the_launch_still_cites_it(sites):
    # Near miss: what the body called is the launch itself.
    text = "North Korea fired a missile on Thursday, a launch which state media called a success."
    assert reporters(text, sites) == "KCNA"
