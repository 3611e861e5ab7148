"""Round 14: the label conventions settled on 2026-12-04 (C1-C5, tests/fixtures/reports/corpus/
README.md), which the corpus had labelled both ways.

Each wording is written for these tests, in several outlets' styles, with a near miss each.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, THURSDAY, cells, count


# C3: "from Pyongyang", "in Pyongyang", "from the capital", "near/around Pyongyang", "the
# Pyongyang area" are the Pyongyang area (the table's alias); the city centre only where the text
# says so; a named facility beats both.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles from Pyongyang on Thursday, the JCS said.",
        "The missiles took off from Pyongyang at about 7:10 a.m., the Joint Chiefs said.",
        "A ballistic missile was launched in Pyongyang on Thursday, Seoul's military said.",
        "The North fired a missile from its capital Pyongyang on Thursday, the JCS said.",
        "The missile was fired from the outskirts of the capital on Thursday, KCNA said.",
        "The missiles lifted off from around Pyongyang on Thursday, the military said.",
    ],
)
def test_pyongyang_named_as_the_launch_place_is_the_area(sites, text):
    assert cells(text, THURSDAY, sites)["site_id"] == "pyongyang-area"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile from central Pyongyang on Thursday, the JCS said.",
        "The missile was launched from downtown Pyongyang on Thursday, Yonhap reported.",
    ],
)
def test_the_city_centre_only_where_the_text_says_so(sites, text):
    assert cells(text, THURSDAY, sites)["site_id"] == "pyongyang-town"


def test_a_named_facility_beats_the_city_and_its_area(sites):
    # Near miss: Pyongyang named with its airport is the airport.
    text = "North Korea fired a missile from Pyongyang's Sunan airport on Thursday, the JCS said."
    assert cells(text, THURSDAY, sites)["site_id"] == "pyongyang"


def test_another_town_named_after_from_is_still_the_town(sites):
    # Near miss: no area of the table goes by Wonsan's name, so "from Wonsan" is the town.
    text = "North Korea fired two ballistic missiles from Wonsan on Thursday, the JCS said."
    assert cells(text, THURSDAY, sites)["site_id"] == "wonsan-town"


# C4: "as many as N", "up to N", "no more than N" are N at most.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea test-fired as many as two rounds of ballistic missiles on Thursday.", "2"),
        ("The North fired up to three short-range missiles on Thursday, the JCS said.", "3"),
        ("No more than four missiles were fired on Thursday, Japan's ministry said.", "4"),
        ("The military said not more than two projectiles were launched on Thursday.", "2"),
    ],
)
def test_an_upper_bound_is_at_most(sites, text, expected):
    assert count(text, sites, CLOCK_THURSDAY) == (expected, "at most")


def test_more_than_stays_a_lower_bound(sites):
    # Near miss: "more than" without "no" is still at least.
    text = "North Korea fired more than three missiles on Thursday, the JCS said."
    assert count(text, sites, CLOCK_THURSDAY) == ("3", "at least")


# C5: "about N", "around N", "some N", "roughly N", "approximately N" are N approximately.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired what seemed to be about 10 short-range ballistic missiles on Thursday.",
        "The JCS said around 10 projectiles were launched from Sunan on Thursday.",
        "SEOUL - North Korea launched some 10 short-range ballistic missiles on Thursday.",
        "Roughly 10 missiles were fired toward the East Sea on Thursday, Yonhap reported.",
        "North Korea fired approximately 10 missiles on Thursday, the military said.",
    ],
)
def test_a_round_count_is_approximately(sites, text):
    assert count(text, sites, CLOCK_THURSDAY) == ("10", "approximately")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired at least 10 missiles on Thursday, the JCS said.", ("10", "at least")),
        ("North Korea fired several missiles on Thursday, the JCS said.", ("2", "vague")),
        ("North Korea fired a barrage of missiles on Thursday, the JCS said.", ("2", "vague")),
    ],
)
def test_bounds_and_vague_words_stay(sites, text, expected):
    # Near misses: "at least" stays a lower bound, "several" and "a barrage" stay vague.
    assert count(text, sites, CLOCK_THURSDAY) == expected


# C2: "short-range projectiles", "short-range missiles", "believed to be short-range" with no
# other kind named are SRBMs; a kind named for this launch beats the range word.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired three short-range projectiles into the sea on Thursday, South Korea's "
        "Defence Ministry said. What kind of projectile was fired is not yet known.",
        "DPRK fires one short-range projectile into east waters on Thursday, Yonhap reported.",
        "North Korea fired two projectiles believed to be short-range on Thursday, the JCS said.",
        'This morning North Korea tested another "three bullets believed to be short-range" '
        "toward the Sea of Japan, the Seoul military said.",
        "North Korea launched what appeared to be two short-range missiles on Thursday, South "
        "Korea's military said.",
        "North Korea fired three short-range projectiles on Thursday. A ministry spokesman said "
        "they could be missiles or rockets.",
        "North Korea fired two short-range projectiles on Thursday, the JCS said. It was the "
        "North's 13th launch of missiles or artillery shells this year.",
    ],
)
def test_a_range_word_alone_gives_the_class(sites, text):
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"


@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        # a cruise missile named for this launch
        (
            "North Korea fired three short-range cruise missiles into the Yellow Sea on "
            "Thursday, the JCS said.",
            "cruise",
        ),
        (
            "North Korea fired two short-range projectiles on Thursday, the JCS said. The "
            "military thinks they were cruise missiles.",
            "cruise",
        ),
        # a rocket launcher's rockets
        (
            "North Korea fired two short-range projectiles on Thursday, the JCS said. North "
            "Korea said it had tested a super-large multiple rocket launcher.",
            "",
        ),
        ("North Korea fired several rounds from multiple rocket launchers on Thursday.", ""),
        # shells left open as the other choice
        (
            "North Korea fired three short-range projectiles on Thursday. A ministry spokesman "
            "said they could be missiles or artillery shells.",
            "",
        ),
        # no range word
        ("North Korea fired an unidentified projectile toward the East Sea on Thursday.", ""),
    ],
)
def test_a_kind_named_beats_the_range_word(sites, text, missile_class):
    assert cells(text, THURSDAY, sites)["missile_class"] == missile_class


def test_a_rocket_system_claimed_yields_to_ballistic_missiles_told(sites):
    # Near miss: state media's rocket system beside the JCS's "short-range ballistic missiles".
    text = (
        "The North fired two short-range missiles on Thursday. State media claims they were "
        "fired from its newly developed large-caliber multiple launch rocket system. The JCS "
        "said the North had fired two short-range ballistic missiles."
    )
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"


# C1: Japan named as a whole as the source of a statement cites its government, at that
# mention's place in the order of first mention, whatever Japanese body the report cites too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Thursday, Japan and South Korea said. South "
            "Korea's Joint Chiefs of Staff said it flew 500 km. Japan's Deputy Defense Minister "
            "said it came down outside the EEZ.",
            "Japan government;JCS;Japan MOD",
        ),
        (
            "South Korea and Japan say North Korea launched a ballistic missile on Thursday. The "
            "JCS said it flew 900 km, and Japan's Defense Ministry said it fell outside the EEZ.",
            "Japan government;JCS;Japan MOD",
        ),
        (
            '"North Korea has fired an unidentified missile," South Korea\'s Joint Chiefs of '
            "Staff said on Thursday. Tokyo confirmed the launch too, with the Japanese defence "
            "ministry saying a suspected ballistic missile was launched.",
            "JCS;Japan government;Japan MOD",
        ),
        (
            "North Korea fired a missile on Thursday, the JCS said. Japan also said it had "
            "detected the launch; Tokyo's Defense Ministry said it fell outside the EEZ.",
            "JCS;Japan government;Japan MOD",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, according to Japan. The JCS "
            "said it flew 350 km.",
            "Japan government;JCS",
        ),
        (
            "North Korea fired what could be a ballistic missile: Japan\n\nJapan's defence "
            "ministry and South Korea's military said North Korea fired a suspected ballistic "
            "missile on Thursday.",
            "Japan government;Japan MOD;JCS",
        ),
        (
            "North Korea fires missile after warning of satellite launch: Japan & South Korea\n\n"
            "South Korea's military said North Korea fired a missile on Thursday.",
            "Japan government;JCS",
        ),
        (
            "North Korea launched a missile on Thursday, South Korean and Japanese officials "
            "said. Japanese Deputy Defense Minister Toshiro Ino said no damage was reported.",
            "Japan government;Japan MOD",
        ),
    ],
)
def test_japan_named_as_a_whole_is_its_government_at_its_place(sites, text, expected):
    assert cells(text, THURSDAY, sites)["reporters"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South Korea named as a whole cites no body; only the JCS or its military is the JCS.
        ("North Korea fired a ballistic missile on Thursday, South Korea said.", ""),
        ("North Korea fired a ballistic missile on Thursday, Seoul said.", ""),
        # a country only condemning, detecting or not confirming says nothing of the launch
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. Japan condemned "
            "the launch.",
            "JCS",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. South Korea and "
            "Japan detected the missile.",
            "JCS",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. South Korea and "
            "Japan said they could not immediately confirm the report.",
            "JCS",
        ),
        # another country's head of government
        (
            "North Korea fires missile: the British PM\n\nNorth Korea fired a missile on "
            "Thursday, South Korea's military said.",
            "JCS",
        ),
        # the countries' bodies, each cited as a body
        (
            "North Korea fired a ballistic missile on Thursday, military officials in South "
            "Korea and Japan said.",
            "JCS;Japan MOD",
        ),
        (
            "North Korea fired missiles on Thursday, the defense ministries of Japan and South "
            "Korea said. Japan's Ministry of Defense said they came down inland.",
            "Japan MOD",
        ),
        # a minister of Japan, and officials pointing back to the ministry named before
        (
            "North Korea fired a missile on Thursday, the JCS said. Nobuo Kishi, defense "
            'minister of neighbouring Japan, said: "There have been frequent launches."',
            "JCS;Japan MOD",
        ),
        (
            "Japanese Defense Ministry officials said North Korea fired a missile on Thursday. "
            "According to the Japanese officials, it flew about 350 kilometers.",
            "Japan MOD",
        ),
    ],
)
def test_near_misses_cite_no_government(sites, text, expected):
    assert cells(text, THURSDAY, sites)["reporters"] == expected
