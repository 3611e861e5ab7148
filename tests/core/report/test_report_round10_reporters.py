"""Round 10: reporters, read on 370-409's misses.

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import reporters

# --- "the Sea of Japan" names a sea, not Japan's ministry ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Three projectiles were fired into the East Sea (Sea of Japan)," a spokesman for the '
        "defence ministry said.",
        "The defense ministry said the missiles came down in the Sea of Japan.",
        "According to the Defence Ministry, both rockets flew toward the Sea of Japan.",
    ],
)
def test_the_sea_of_japan_does_not_make_a_ministry_japans(sites, sentence):
    text = f"SEOUL - North Korea fired three short-range projectiles on Thursday.\n\n{sentence}"
    assert reporters(text, sites) == ""


def test_a_ministry_beside_japan_itself_is_japans(sites):
    # Near miss: the paragraph names Japan the country, so its ministry is Japan's.
    text = (
        "North Korea fired a missile on Thursday.\n\nThe defense ministry said the missile "
        "fell outside Japan's exclusive economic zone."
    )
    assert reporters(text, sites) == "Japan MOD"


# --- the militaries "in" the two capitals ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("according to the militaries in Seoul and Tokyo", "JCS;Japan MOD"),
        ("the militaries in Tokyo and Seoul said", "Japan MOD;JCS"),
        ("according to the armed forces of South Korea and Japan", "JCS;Japan MOD"),
    ],
)
def test_militaries_in_the_two_capitals_cite_both_in_order(sites, lead, expected):
    text = (
        f"Two ballistic missiles were fired by North Korea on Thursday, {lead}.\n\n"
        "Japan's coast guard, quoting the defense ministry, said the missiles had fallen."
    )
    assert reporters(text, sites) == expected


def test_a_drill_of_the_militaries_in_both_capitals_cites_no_one(sites):
    # Near miss: the militaries are named for their drills, not for the launch.
    text = (
        "North Korea fired a missile on Thursday. It came as drills by the militaries in Seoul "
        "and Tokyo were under way."
    )
    assert "JCS" not in reporters(text, sites)


# --- South Korea's military named for something other than the launch -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "After an incident in which South Korean jets mistakenly dropped bombs on a village, the "
        "South Korean military has expressed regret and admitted the error.",
        "China's meddling in South Korea's military ventures shows how Beijing sees the alliance.",
        "The Joint Chiefs of Staff apologised on Thursday for a soldier's death in a training "
        "accident.",
    ],
)
def test_the_south_korean_military_named_for_other_news_is_not_cited(sites, sentence):
    text = f"North Korea fired multiple ballistic missiles on Thursday (via Reuters).\n\n{sentence}"
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The South Korean military said it was analysing the details with the United States.",
        "The JCS said it had stepped up surveillance and was keeping a readiness posture.",
    ],
)
def test_the_south_korean_military_watching_for_more_is_cited(sites, sentence):
    # Near miss: watching and analysing after the launch is said of it.
    text = f"North Korea fired multiple ballistic missiles on Thursday.\n\n{sentence}"
    assert reporters(text, sites) == "JCS"


# --- state media telling of weapons made, not launched ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korean state media reported on Thursday that Kim, on a visit to a munitions "
        "factory, called for production of tactical guided weapons to be doubled.",
        "KCNA said Kim toured a factory producing missile launchers and engines.",
        "State media showed Kim inspecting the manufacturing of new shells and rockets.",
    ],
)
def test_state_media_on_weapons_production_are_not_cited(sites, sentence):
    text = (
        "North Korea fired a ballistic missile toward the sea on Thursday, South Korea's Joint "
        f"Chiefs of Staff said.\n\n{sentence}"
    )
    assert reporters(text, sites) == "JCS"


def test_state_media_on_a_launch_from_a_factorys_products_are_cited(sites):
    # Near miss: the weapons made are said to have been fired.
    text = (
        "North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff "
        "said.\n\nKCNA said the missile, produced at a new factory, was test-fired under Kim's "
        "watch."
    )
    assert reporters(text, sites) == "JCS;KCNA"


# --- an order or a pledge told in the speaker's words ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Japanese Prime Minister Shigeru Ishiba said: "I have issued instructions to thoroughly '
        'investigate the relevant details."',
        'Prime Minister Fumio Kishida told reporters: "I have instructed officials to gather '
        'information."',
        "Japan's Prime Minister Ishiba said his country would work closely with the United "
        "States to analyse the launches and step up surveillance.",
        "The Prime Minister said their country would closely analyse any further launches.",
    ],
)
def test_an_order_or_a_pledge_cites_no_one(sites, sentence):
    text = (
        "North Korea fired several ballistic missiles on Thursday, South Korea's Joint Chiefs of "
        f"Staff said.\n\n{sentence}"
    )
    assert reporters(text, sites) == "JCS"


def test_a_prime_minister_who_tells_of_the_missile_is_cited(sites):
    # Near miss: the quote says what the missile did.
    text = (
        "North Korea fired several ballistic missiles on Thursday, South Korea's Joint Chiefs of "
        'Staff said.\n\nPrime Minister Shigeru Ishiba said: "I have been told the missiles fell '
        'outside our waters."'
    )
    assert reporters(text, sites) == "JCS;Japan government"


# --- "On the following day": the day after an older event ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On the following day North Korea announced that it had tested a new rocket system.",
        "The next day KCNA said it had tested a new multiple launch rocket system.",
        "The following day, state media said the North had fired a new artillery rocket.",
    ],
)
def test_the_day_after_an_older_event_tells_that_event(sites, sentence):
    text = (
        "North Korea fired several short-range ballistic missiles on Wednesday, South Korea's "
        "Joint Chiefs of Staff said.\n\nIt is the North's second launch this month, after a "
        f"similar incident on September 12. {sentence}"
    )
    assert reporters(text, sites, published=date(2024, 9, 18)) == "JCS"


def test_the_day_after_the_launch_tells_its_aftermath(sites):
    # Near miss: with no older event before it, the next day is the launch's aftermath.
    text = (
        "North Korea fired several short-range ballistic missiles on Wednesday, South Korea's "
        "Joint Chiefs of Staff said. On the following day, KCNA said the launch had been a "
        "success."
    )
    assert reporters(text, sites, published=date(2024, 9, 19)) == "JCS;KCNA"
