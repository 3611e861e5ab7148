"""Round 8: which bodies a report cites for its launch, read on 310-329's reporter misses.

Each cause is tried in several outlets' phrasings (wires, Japanese and Korean desks, state media
relays), written for these tests, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from bench.extraction import draft_cells
from core.report.extract import extract_report
from tests.core.report.drafting import THURSDAY, reporters

LEAD = (
    "North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff said. "
)


# --- two militaries named together: both cited, in the order named -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Thursday morning, the militaries of South "
            "Korea and Japan said.",
            "JCS;Japan MOD",
        ),
        (
            "North Korea launched what appeared to be a ballistic missile toward the Sea of Japan "
            "on Thursday, according to the South Korean and Japanese militaries.",
            "JCS;Japan MOD",
        ),
        (
            "SEOUL, April 13 (Yonhap) -- North Korea fired a missile toward the East Sea on "
            "Thursday, Japanese and South Korean military officials said.",
            "Japan MOD;JCS",
        ),
        (
            "North Korea test-fired a ballistic missile on Thursday, military officials in Japan "
            "and South Korea said, the latest in a string of launches.",
            "Japan MOD;JCS",
        ),
        ("North Korea fired a ballistic missile on Thursday, Japan's military said.", "Japan MOD"),
        (
            "North Korea fired a ballistic missile on Thursday, South Korea and Japan's "
            "militaries said.",
            "JCS;Japan MOD",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, Japan and South Korea's "
            "militaries said.",
            "Japan MOD;JCS",
        ),
    ],
)
def test_two_militaries_named_together_are_both_cited(sites, text, expected):
    assert reporters(text, sites) == expected


# --- Japan's officials beside South Korea's: its government, first mentioned there ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Thursday, South Korean and Japanese "
            "officials said. South Korea's Joint Chiefs of Staff said it flew about 1,000 km. "
            'Prime Minister Fumio Kishida told reporters the launch was "outrageous".',
            "Japan government;JCS",
        ),
        (
            "North Korea launched a missile into the sea on Thursday, Japanese and South Korean "
            "authorities said.",
            "Japan government",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, officials in Seoul and Tokyo "
            "said. Chief Cabinet Secretary Hirokazu Matsuno said no damage had been reported.",
            "Japan government",
        ),
        (
            "North Korea fired a ballistic missile on Tuesday, the governments of South Korea "
            "and Japan said.",
            "Japan government",
        ),
        (
            "North Korea fired a ballistic missile on Tuesday, the South Korean and Japanese "
            "governments said.",
            "Japan government",
        ),
        # With the ministry cited after, Japan's officials are still its government, first
        # (convention of 2026-12-04; they were the ministry's until then).
        (
            "North Korea launched a missile on Thursday, Japanese and South Korean officials "
            "said. Japan's Defense Ministry said it fell outside the EEZ.",
            "Japan government;Japan MOD",
        ),
    ],
)
def test_japanese_officials_beside_south_korean_are_japans_government(sites, text, expected):
    assert reporters(text, sites) == expected


# --- a ministry or minister with no country: the one its paragraph names ----------------------


# (A minister the table of Japan's defence ministers does not list: a state minister, or one
# named after the table was written.)
@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan's coast guard relayed the warning to ships. Defence Minister Kenji Wakamiya said "
        "the missile fell outside the exclusive economic zone.",
        "Japan's Coast Guard and its Defense Ministry issued similar warnings.",
        "Kenji Wakamiya, defence minister of neighbouring Japan, said the missile came down "
        "outside its waters.",
        "In Tokyo, the defense minister told parliament the missile flew for 40 minutes.",
    ],
)
def test_a_ministry_with_no_country_is_the_one_its_paragraph_names(sites, paragraph):
    assert reporters(LEAD + "\n\n" + paragraph, sites) == "JCS;Japan MOD"


@pytest.mark.parametrize(
    "paragraph",
    [
        "In Seoul, the defense minister called the launch a grave provocation.",
        "Defense Minister Shin Won-sik told South Korean lawmakers the launch was a provocation.",
        "Russia's Defense Ministry said it was following the situation.",
    ],
)
def test_a_minister_of_a_paragraph_that_names_seoul_is_not_japans(sites, paragraph):
    assert reporters(LEAD + "\n\n" + paragraph, sites) == "JCS"


def test_defence_ministry_sources_in_a_report_told_from_japan(sites):
    text = (
        "According to Defense Ministry sources, North Korea fired what looked like a ballistic "
        "missile this morning, and South Korea's Joint Chiefs of Staff later said it failed. "
        "Chief Cabinet Secretary Hirokazu Matsuno said there was no damage."
    )
    assert reporters(text, sites) == "Japan MOD;JCS;Japan government"


# --- not cited: an order given, a meeting attended, a picture's source ------------------------


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Prime Minister Fumio Kishida instructed officials to gather and analyse "
        "information and to ensure the safety of aircraft and ships.",
        LEAD + "Japanese Prime Minister Fumio Kishida ordered his government to do its utmost "
        "to collect information.",
        LEAD + "The Prime Minister's Office of Japan directed relevant ministries to provide the "
        "public with accurate information promptly.",
        LEAD + "The National Security Council met at the prime minister's office, with "
        "participants including Chief Cabinet Secretary Hirokazu Matsuno and Defense Minister "
        "Yasukazu Hamada.",
        LEAD + "An emergency meeting was attended by Prime Minister Fumio Kishida and Defense "
        "Minister Yasukazu Hamada.",
        LEAD + "This undated file photo, released by North Korea's official Korean Central News "
        "Agency, shows a missile launch.",
        LEAD + "In this image provided by the North Korean government, a missile lifts off from "
        "an undisclosed location.",
    ],
)
def test_an_order_a_meeting_or_a_picture_cites_no_one(sites, text):
    assert reporters(text, sites) == "JCS"


def test_a_prime_minister_speaking_to_reporters_is_cited(sites):
    # (of the flight: a reproach alone cites no one, C1, round 33)
    text = LEAD + (
        "Prime Minister Fumio Kishida told reporters the launch was unacceptable and that the "
        "missile fell in the sea."
    )
    assert reporters(text, sites) == "JCS;Japan government"


# --- state media cited for something else -----------------------------------------------------

MONDAY = date(2024, 3, 18)
SALVO = (
    "North Korea fired several ballistic missiles on Monday, South Korea's Joint Chiefs of Staff "
    "said. "
)


@pytest.mark.parametrize(
    "text",
    [
        SALVO + "Earlier, the North's foreign ministry denounced the joint drills as a rehearsal "
        "for invasion, according to KCNA.",
        SALVO + "Kim Yo Jong, the leader's sister, called Seoul's leaders \"idiots\" in a "
        "statement carried by state media.",
        SALVO + "The official Korean Central News Agency quoted Kim as pledging to boost farm "
        "output at a party plenum.",
        SALVO + "Rodong Sinmun, citing the leader, said the country would never give up its "
        "nuclear deterrent.",
    ],
)
def test_state_media_carrying_other_news_is_not_cited_for_the_launch(sites, text):
    assert reporters(text, sites, MONDAY) == "JCS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SALVO + "KCNA said the new launcher system had been tested successfully.",
            "JCS;KCNA",
        ),
        (SALVO + "Kim Jong Un watched the drill, the state news agency reported.", "JCS;KCNA"),
        (
            "North Korea test-fired a new solid-fuel missile on Monday. Yonhap reported this, "
            "citing North Korea's state news agency.",
            "KCNA",
        ),
    ],
)
def test_state_media_telling_of_the_launch_is_cited(sites, text, expected):
    assert reporters(text, sites, MONDAY) == expected


# --- a body's words on the year's tally; a question about this launch -------------------------


def test_a_minister_speaking_of_the_years_tally_is_cited(sites):
    text = (
        "North Korea fired a ballistic missile on Monday, South Korea's Joint Chiefs of Staff "
        "said. In a televised statement, Minoru Kihara, defence minister of Japan, said: "
        '"This is already the fourth launch this year."'
    )
    assert reporters(text, sites, MONDAY) == "JCS;Japan MOD"


def test_a_tally_counting_a_bodys_older_announcements_does_not_cite_it(sites):
    text = (
        "North Korea fired a ballistic missile on Monday, South Korea's Joint Chiefs of Staff "
        "said. It was the seventh launch this year, counting those announced by Japan's Defense "
        "Ministry."
    )
    assert reporters(text, sites, MONDAY) == "JCS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japanese government officials said Tokyo was still working to establish whether "
            "more than one missile had been launched.",
            "Japan government",
        ),
        (
            "Japan's Defense Ministry said on the same day that what may have been a ballistic "
            "missile had been launched from North Korea.",
            "Japan MOD",
        ),
        (
            "Japan's Defense Ministry said on the same day that an object that may have been a "
            "ballistic missile had been launched from North Korea.",
            "Japan MOD",
        ),
    ],
)
def test_a_question_or_report_of_this_launch_is_no_recollection(sites, text, expected):
    draft = draft_cells(extract_report(LEAD + text, THURSDAY, sites))
    assert draft["reporters"] == "JCS;" + expected
    assert (draft["count"], draft["count_qualifier"]) == ("1", "exact")


# --- a government with no country: the one its sentence names; a body watched is no speaker ---


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a ballistic missile on Thursday. The Japanese agency Kyodo "
        "reported this, citing a government statement.",
        "North Korea launched a ballistic missile on Thursday. According to government sources "
        "quoted by Japan's public broadcaster NHK, it flew over Aomori.",
        "North Korea launched a ballistic missile on Thursday. Japan's NHK, citing the "
        "government, said it came down in the Pacific.",
        "North Korea launched a ballistic missile that flew over Japan on Thursday, according "
        "to the Japan Coast Guard and the Prime Minister's Office.",
    ],
)
def test_a_government_with_no_country_is_the_one_its_sentence_names(sites, text):
    assert reporters(text, sites) == "Japan government"


def test_a_government_in_a_sentence_that_names_seoul_is_not_japans(sites):
    text = (
        "North Korea launched a ballistic missile on Thursday. South Korea's Yonhap news agency "
        "reported this, citing a government statement."
    )
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "A spy satellite would let the North keep a closer eye on the South Korean military.",
        "The drones were meant for surveillance of the South Korean military, analysts said.",
        "State media said the new weapon was aimed at the South Korean military.",
    ],
)
def test_a_body_watched_or_aimed_at_is_not_cited(sites, sentence):
    text = (
        "North Korea said it launched a satellite on Wednesday, the state news agency KCNA said. "
    )
    assert reporters(text + sentence, sites, date(2023, 11, 22)) == "KCNA"


# --- a military named in a thing (drills, bases) is no body -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch came against the backdrop of joint US-South Korean military drills.",
        "It came days before South Korea's military exercises with the United States.",
        "State media said the drills simulated strikes on South Korean military installations.",
    ],
)
def test_a_military_named_in_drills_or_bases_is_not_cited(sites, sentence):
    text = "North Korea fired a missile on Thursday, a South Korean government source said. "
    assert reporters(text + sentence, sites) == ""


def test_south_korean_military_officials_are_the_jcs(sites):
    text = (
        "North Korea fired a missile on Thursday. South Korean military officials said it flew "
        "about 600 km."
    )
    assert reporters(text, sites) == "JCS"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a pair of ballistic missiles on Wednesday, according to the ROK "
        "military.",
        "North Korea fired one ICBM at 9:59 a.m. on Wednesday, the Joint Chiefs said, adding it "
        "flew about 1,000 km.",
        'North Korea fired a missile on Wednesday. "We strongly condemn it," the Republic of '
        "Korea's military said.",
    ],
)
def test_the_joint_chiefs_and_the_rok_military_are_the_jcs(sites, text):
    assert reporters(text, sites, date(2023, 7, 12)) == "JCS"
