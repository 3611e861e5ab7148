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


# --- "fired ..., hours after Pyongyang said it would launch a satellite" --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korea's military said North Korea fired a projectile off its west coast on "
        "Thursday, hours after Pyongyang said it would launch a satellite within days.",
        "The JCS said the North launched a ballistic missile on Thursday, just hours after North "
        "Korea warned it would put a spy satellite into orbit.",
        "South Korea's Joint Chiefs of Staff said a missile was fired on Thursday, several hours "
        "after the North notified Japan of a planned satellite launch.",
    ],
)
def test_a_launch_hours_after_a_notice_keeps_its_speaker(sites, sentence):
    assert reporters(sentence, sites) == "JCS"


def test_a_notice_alone_cites_no_one_for_a_launch(sites):
    # Near miss: no launch told before the notice; the sentence is the plan, not the launch.
    text = (
        "North Korea fired a missile on Thursday, Japan's Defense Ministry said. The JCS said "
        "the North would launch a satellite soon."
    )
    assert reporters(text, sites) == "Japan MOD"


# --- "South Korea and Japan say today that ..." ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea and Japan say today that North Korea test-fired ballistic missiles into the "
        "sea on Thursday.",
        "Japan say the North fired two missiles on Thursday.",
        "North Korea fires missile on Thursday after satellite warning: South Korea & Japan\n\n"
        "A projectile was fired.",
        "North Korea fires missile after warning of satellite launch: Japan & South Korea\n\n"
        "A projectile was fired on Thursday.",
    ],
)
def test_japan_named_as_a_whole_is_its_government(sites, text):
    assert reporters(text, sites) == "Japan government"


def test_japan_in_a_headline_as_a_place_cites_no_one(sites):
    # Near miss: Japan after the colon is where the missile flew, not who said it.
    text = "North Korea fires missile over Japan: South Korea & Japan on alert\n\nA missile flew."
    assert reporters(text, sites) == ""


# --- "citing multiple defence ministry officials", "citing unnamed government sources" ------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Japanese broadcaster NHK, citing multiple defence ministry officials, said the "
            "missile fired on Thursday landed outside Japan's exclusive economic zone.",
            "Japan MOD",
        ),
        (
            "Kyodo, quoting unnamed Defense Ministry sources, said the missile North Korea fired "
            "on Thursday fell outside Japan's EEZ.",
            "Japan MOD",
        ),
        (
            "Japanese media reported citing unnamed government sources that the missile fired on "
            "Thursday came down outside Japan's exclusive economic zone.",
            "Japan government",
        ),
        (
            "NHK, quoting several senior government officials, said the missile launched on "
            "Thursday fell outside Japan's EEZ.",
            "Japan government",
        ),
    ],
)
def test_officials_counted_or_unnamed_are_their_bodys(sites, sentence, expected):
    assert reporters(sentence, sites) == expected


def test_unnamed_sources_of_no_body_cite_no_one(sites):
    # Near miss: unnamed sources with no ministry or government named.
    text = (
        "NHK, citing unnamed sources, said the missile fired on Thursday fell outside Japan's "
        "exclusive economic zone."
    )
    assert reporters(text, sites) == ""


# --- "The Japanese government has set up an emergency response team" -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Japanese government has set up an emergency response team at the prime minister's "
        "office.",
        "Japan's government convened a meeting of its national security council.",
        "The Japanese government quickly established a liaison office on the launch.",
    ],
)
def test_a_step_the_body_took_cites_it_for_nothing(sites, sentence):
    text = f"South Korea's military said North Korea fired a missile on Thursday. {sentence}"
    assert reporters(text, sites) == "JCS"


def test_a_step_with_words_on_the_launch_still_cites_it(sites):
    # Near miss: the body says what the missile did as it acts.
    text = (
        "North Korea fired a missile on Thursday. The Japanese government set up a task force "
        "and said the missile fell outside its exclusive economic zone."
    )
    assert reporters(text, sites) == "Japan government"


# --- "Earlier in the week ... what state media said was a hypersonic missile" ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier in the week Kim Jong Un watched the test of what state media said was a "
        "hypersonic missile.",
        "Earlier this month, KCNA reported the test of a new cruise missile.",
        "Earlier this year the North's state media said it had tested a solid-fuel engine.",
    ],
)
def test_a_sentence_of_an_earlier_span_cites_no_one_for_this_launch(sites, sentence):
    text = f"South Korea's military said North Korea fired two missiles on Thursday. {sentence}"
    assert reporters(text, sites) == "JCS"


def test_earlier_on_the_launch_day_is_still_this_launch(sites):
    # Near miss: "earlier on Thursday" is the launch's own day.
    text = (
        "North Korea fired two missiles, South Korea's military said. Earlier on Thursday, "
        "state media said the North would test a new missile, then launched one."
    )
    assert reporters(text, sites) == "JCS;KCNA"
