"""Round 9: which bodies a report cites for its launch, read on 330-369's reporter misses.

Each cause is tried in several outlets' phrasings (wires, Japanese and Korean desks, state media
relays, analysis sites), written for these tests, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import reporters

LEAD = (
    "North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff said. "
)


# --- Japan's ministry in other word orders, and its forces ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Japan's Defence Force said the missile fell outside its waters.",
        "Japan Defense Ministry officials said the missile flew for about 30 minutes.",
        "The Japan Self-Defense Forces tracked the missile until it fell into the sea.",
        "According to the Ministry of Japanese Defense, the missile reached an altitude of 50 km.",
        "Japanese Self-Defence Force radar showed the missile flew about 400 km, officials said.",
    ],
)
def test_japans_ministry_in_other_word_orders(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "JCS;Japan MOD"


# --- "has not confirmed that any missile entered its EEZ" is a statement, not a silence -------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Japanese government said it has not confirmed that any ballistic missile "
            "entered Japan's territory or its exclusive economic zone.",
            "JCS;Japan government",
        ),
        (
            "Japan's Defense Ministry said it could not confirm whether the missile fell inside "
            "its EEZ.",
            "JCS;Japan MOD",
        ),
        (
            "Chief Cabinet Secretary Hirokazu Matsuno said it had not confirmed any damage to "
            "ships or aircraft.",
            "JCS;Japan government",
        ),
        # A silence stays one.
        ("Japan's Defense Ministry said it could not immediately confirm the launch.", "JCS"),
        ("The Japanese government has not confirmed the report.", "JCS"),
    ],
)
def test_not_confirming_where_it_fell_is_a_statement(sites, sentence, expected):
    assert reporters(LEAD + sentence, sites) == expected


# --- a pledge of what the body will do tells nothing of the launch -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tokyo, Defense Minister Takeshi Iwaya told reporters that Japan will collect and "
        "analyze information in close coordination with the United States.",
        "Speaking to reporters, Japanese Prime Minister Shinzo Abe said he would do all he could "
        "to keep the country safe.",
        "Japan's Chief Cabinet Secretary said the government would continue to monitor the "
        "situation closely.",
        "Japanese Prime Minister Fumio Kishida vowed that Japan would work closely with its "
        "allies.",
        "Japanese Prime Minister Fumio Kishida said he would hold a meeting of the National "
        "Security Council.",
        "Japan's Chief Cabinet Secretary said the government would convene its security team.",
    ],
)
def test_a_pledge_alone_cites_no_one(sites, sentence):
    assert reporters(LEAD + sentence, sites) == "JCS"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese Prime Minister Fumio Kishida said Japan would protest the missile launch "
        "strongly.",
        "Japan's Defense Minister said Japan will analyze the missile, which flew about 350 km.",
    ],
)
def test_a_pledge_about_the_missile_still_cites(sites, sentence):
    assert reporters(LEAD + sentence, sites) in ("JCS;Japan government", "JCS;Japan MOD")


# --- a body's words about "the test" are about this launch --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The South Korean military accused the North of using the test to raise tension during "
        "the drills.",
        # (Round 23: "condemned the latest test as a grave provocation" only condemns it, as
        # 656's label reads "condemned the launch as a breach of a UN resolution".)
        "South Korea's Joint Chiefs of Staff called the latest test a grave provocation.",
        "Seoul's military warned that the test violated UN resolutions.",
    ],
)
def test_words_about_the_test_cite_the_body(sites, sentence):
    text = "North Korea test-fired a ballistic missile on Thursday, Japan's government said. "
    assert reporters(text + sentence, sites) == "Japan government;JCS"


def test_words_about_something_else_still_cite_no_one(sites):
    text = (
        "North Korea test-fired a ballistic missile on Thursday, Japan's government said. "
        "South Korea's military urged the North to return to talks on the border drills."
    )
    assert reporters(text, sites) == "Japan government"


# --- the North announcing its launch speaks through its state media -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, North Korea announced that a Hwasong-15 missile it had fired earlier that "
        "day had been a success.",
        "North Korea's official statement says the Hwasong-14 flew for 47 minutes and covered "
        "998 km.",
        "Pyongyang marked the launch with a special announcement on television, calling the "
        "missile test a complete success.",
        "The DPRK officially announced the successful test-fire of a new-type ICBM.",
    ],
)
def test_the_north_announcing_its_launch_is_state_media(sites, text):
    assert reporters(text, sites, date(2017, 11, 29)) == "KCNA"


def test_the_north_announcing_something_else_is_not_cited(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff "
        "said. Last month North Korea announced its first COVID-19 cases."
    )
    assert reporters(text, sites) == "JCS"


# --- state media the day after the launch tell of it, not of an older launch ----------------------

FRIDAY = date(2023, 4, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, KCNA said leader Kim Jong Un had overseen the test.",
        "The launch was confirmed by the North's official Korean Central News Agency on Friday.",
        "State broadcaster KCTV aired footage of the launch on Friday.",
        "Rodong Sinmun on Friday published photos of the missile lifting off.",
        "North Korea's state media reported on Friday that the new missile had hit its target.",
    ],
)
def test_state_media_the_day_after_are_cited(sites, sentence):
    assert reporters(LEAD + sentence, sites, FRIDAY) == "JCS;KCNA"


def test_state_media_the_day_after_on_other_news_are_not(sites):
    text = LEAD + "On Friday, KCNA said Kim Jong Un had visited a fertiliser factory."
    assert reporters(text, sites, FRIDAY) == "JCS"


def test_an_older_launch_recalled_stays_recalled(sites):
    text = LEAD + "On April 3, North Korea fired two cruise missiles. KCNA said they flew 1,500 km."
    assert reporters(text, sites, FRIDAY) == "JCS"


# --- two militaries named by their capitals -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Thursday, Seoul's and Tokyo's militaries "
            "said.",
            "JCS;Japan MOD",
        ),
        (
            "North Korea fired a missile on Thursday, military authorities in Seoul and Tokyo "
            "said.",
            "JCS;Japan MOD",
        ),
        (
            "North Korea fired a missile on Thursday, according to military officials in Tokyo "
            "and Seoul.",
            "Japan MOD;JCS",
        ),
        (
            "According to the militaries of Seoul and Tokyo, the North fired a missile on "
            "Thursday.",
            "JCS;Japan MOD",
        ),
    ],
)
def test_two_militaries_named_by_their_capitals(sites, text, expected):
    assert reporters(text, sites) == expected
