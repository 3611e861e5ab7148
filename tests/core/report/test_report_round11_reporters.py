"""Round 11: reporters, read on 410-449's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import reporters

# --- a dateline's dash before "South Korea's military" -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seoul, May 2 (Kyodo Press)--South Korea's military said North Korea fired a ballistic "
        "missile on Tuesday.",
        "SEOUL (Asia Wire) -- South Korean military officials said the North launched a missile "
        "toward the East Sea on Tuesday.",
        "SEOUL--Seoul's military said a short-range missile was fired from near Pyongyang on "
        "Tuesday.",
    ],
)
def test_a_dateline_dash_does_not_hide_the_military(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_joint_drill_is_still_no_body(sites):
    # Near miss: a hyphen joined to "US" makes the military part of a compound name.
    text = (
        "North Korea fired a missile on Tuesday, days after US-South Korean military drills "
        "ended, Japan's Defense Ministry said."
    )
    assert reporters(text, sites) == "Japan MOD"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Joint Chief of Staff of South Korea said a missile was launched on Tuesday.",
        "South Korea's Joint Chief of Staff said North Korea fired a missile on Tuesday.",
    ],
)
def test_the_joint_chief_of_staff_in_the_singular(sites, sentence):
    assert reporters(sentence, sites) == "JCS"


# --- Japan's military officials, Japan's government without a possessive ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Tuesday. NHK, citing a Japanese military official, "
        "reported that it came down outside Japan's waters.",
        "Japanese military sources said the missile North Korea fired on Tuesday flew about "
        "600 km.",
        "North Korea launched a ballistic missile on Tuesday, a Japanese military spokesman said.",
    ],
)
def test_japanese_military_officials_are_the_ministry(sites, text):
    assert reporters(text, sites) == "Japan MOD"


def test_japanese_military_drills_are_no_body(sites):
    # Near miss: the military named in drills, not as a speaker.
    text = (
        "North Korea fired a missile on Tuesday as US and Japanese military drills went on, "
        "the Joint Chiefs of Staff said."
    )
    assert reporters(text, sites) == "JCS"


@pytest.mark.parametrize(
    "text",
    [
        "NORTH KOREA FIRES MISSILE, JAPAN GOVERNMENT SAYS\n\nNorth Korea fired a missile on "
        "Thursday.",
        "North Korea fired a missile on Thursday, the Japan government said, adding that it fell "
        "outside the EEZ.",
    ],
)
def test_the_japan_government_without_a_possessive(sites, text):
    assert reporters(text, sites) == "Japan government"


# --- the North's verdict on its launch ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The North was quick to declare the launch a success.",
        "North Korea confirmed that the launch had failed.",
        "Pyongyang declared the test a complete success hours later.",
        "The DPRK swiftly confirmed the satellite had reached orbit.",
    ],
)
def test_the_norths_verdict_on_its_launch_cites_its_media(sites, sentence):
    text = f"North Korea launched a rocket on Wednesday morning. {sentence}"
    assert reporters(text, sites) == "KCNA"


@pytest.mark.parametrize(
    "sentence",
    [
        "The North declared no no-sail zone before the firing.",
        "After that, the North declared its nuclear force complete.",
    ],
)
def test_a_zone_or_a_policy_declared_is_no_verdict(sites, sentence):
    # Near miss: "declared" of a zone or of a policy, not of the launch.
    text = f"North Korea fired a missile on Wednesday, the JCS said. {sentence}"
    assert reporters(text, sites) == "JCS"


# --- the North announcing other news -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch came as Pyongyang announced that it would send athletes to the Asian Games.",
        "It was fired hours after North Korea announced that it would reopen a liaison office.",
        "The firing came a day after the North confirmed that Kim would visit Moscow.",
    ],
)
def test_other_news_the_north_announced_is_not_cited(sites, sentence):
    text = f"North Korea fired a missile on Saturday, the JCS said. {sentence}"
    assert reporters(text, sites) == "JCS"


def test_an_announcement_of_the_launch_is_cited(sites):
    # Near miss: what the North announced is the launch.
    text = (
        "North Korea fired a missile on Saturday, the JCS said. Pyongyang announced that the "
        "new missile had hit its target."
    )
    assert reporters(text, sites) == "JCS;KCNA"


# --- a body named as where something was done -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the office of Japanese Prime Minister Fumio Kishida, a task force was set up.",
        "A liaison room was opened at the office of the Japanese Prime Minister.",
        "At the headquarters of Japan's Defense Ministry, officials gathered before dawn.",
    ],
)
def test_a_body_named_as_a_place_is_not_cited(sites, sentence):
    text = f"North Korea fired a missile on Sunday, the JCS said. {sentence}"
    assert reporters(text, sites) == "JCS"


def test_a_prime_minister_speaking_is_cited(sites):
    # Near miss: the Prime Minister himself speaks (of the flight: a reproach alone cites no
    # one, C1, round 33).
    text = (
        "North Korea fired a missile on Sunday, the JCS said. Japanese Prime Minister Fumio "
        "Kishida said the launch was unacceptable and that the missile fell in the sea."
    )
    assert reporters(text, sites) == "JCS;Japan government"


# --- the South's military by its capital ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The missiles were fired between 8 a.m. and noon, according to military officials in "
        "Seoul.",
        "Military officials in Seoul say this appears to be a test-firing.",
        "Military sources in South Korea said the missile flew about 400 km.",
    ],
)
def test_military_officials_in_seoul_are_its_military(sites, sentence):
    text = f"North Korea fired two missiles on Thursday. {sentence}"
    assert reporters(text, sites) == "JCS"


def test_defence_officials_in_seoul_are_not_its_military(sites):
    # Near miss: the defence ministry's officials are not the JCS (README).
    text = (
        "North Korea fired two missiles on Thursday. Defence officials in Seoul said the "
        "missiles flew about 400 km."
    )
    assert reporters(text, sites) == ""


# --- an official named with his title once, then by name alone ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the titled mention is about an older launch; the one of this launch gives the name
        "Defense Agency chief Kenji Morita said Friday the 1993 missile may have flown over "
        "Japan.\n\nOn Thursday North Korea fired a missile into the sea. Morita said the "
        "missile flew about 500 km.",
        "Japan's Defense Minister Taro Sato spoke of the May launch last year.\n\nNorth Korea "
        "fired a missile on Thursday. According to Sato, the missile fell outside Japan's EEZ.",
    ],
)
def test_an_official_cited_by_name_alone_cites_his_body(sites, text):
    assert reporters(text, sites) == "Japan MOD"


def test_a_name_said_of_something_else_is_not_cited(sites):
    # Near miss: the named official speaks of a meeting, nothing of the launch.
    text = (
        "Defense Agency chief Kenji Morita said Friday the 1993 missile may have flown over "
        "Japan.\n\nNorth Korea fired a missile on Thursday, the JCS said. Morita said he "
        "would attend a cabinet meeting."
    )
    assert reporters(text, sites) == "JCS"


# --- the North's claim ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea claimed it had put a spy satellite into orbit on its third attempt.",
        "Pyongyang claimed that the new engine had worked as designed.",
        "The North was quick to claim the launch a success.",
    ],
)
def test_the_norths_claim_of_its_launch_cites_its_media(sites, sentence):
    text = f"{sentence} Japan's Defense Ministry said the rocket flew over Okinawa on Tuesday."
    assert reporters(text, sites) == "KCNA;Japan MOD"


def test_a_claim_the_north_makes_of_others_is_not_its_verdict(sites):
    # Near miss: what the North claims of others' drills is no verdict on its launch.
    text = (
        "North Korea fired a missile on Tuesday, the JCS said. North Korea claimed US drills "
        "were rehearsals for an invasion."
    )
    assert reporters(text, sites) == "JCS"


# --- a body's view of a thing, told in another's words ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pyongyang gave no notice to ships, the official said, something the South Korean "
        "military regarded as provocative.",
        "The North declared no navigation warning, a move which South Korea's military views "
        "as a threat to shipping.",
        "No no-sail zone was declared, which the South Korean military has long considered "
        "as reckless.",
    ],
)
def test_a_view_held_of_a_thing_is_no_citation(sites, sentence):
    text = (
        "North Korea fired two short-range missiles on Sunday, a defence ministry official "
        f"said. {sentence}"
    )
    assert reporters(text, sites) == ""


def test_the_military_calling_it_a_provocation_is_cited(sites):
    # Near miss: the military speaks ("called"), not a view told of it. (Round 32: a word of
    # reproach alone only condemns the launch (C1, 1715's label), so the military here tells a
    # fact of the flight too.)
    text = (
        "North Korea fired two short-range missiles on Sunday, a defence ministry official "
        "said. The South Korean military called the launch a grave provocation and said the "
        "missiles flew 600 km."
    )
    assert reporters(text, sites) == "JCS"


def test_a_name_another_person_shares_is_not_an_alias(sites):
    # Near miss: "Kim" is the JCS spokesman's surname and the North's leader's.
    text = (
        "JCS spokesman Kim Jun-rak spoke of the drills last week.\n\nNorth Korea fired a "
        "missile on Thursday, the Korean Central News Agency said. Kim Jong Un watched the "
        "launch. Kim said the missile flew as planned."
    )
    assert reporters(text, sites) == "KCNA"
