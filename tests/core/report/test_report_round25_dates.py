"""Round 25 (fix25b): dates and counts read on 1050-1169's misses (a "test missile", a name's
other name in brackets, "its second" missile of a kind, "testing the" named missile, a UTC clock
with its day between it and the zone).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock, count

# --- "another ballistic test missile": a test missile is one missile (1097) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        ("North Korea launched another ballistic test missile on Thursday.", ("1", "exact")),
        # Japan's defence ministry
        (
            "Japan's Ministry of Defense said North Korea fired a test missile on Thursday "
            "morning toward the Sea of Japan.",
            ("1", "exact"),
        ),
        # an analysis site
        (
            "38 North said the North fired two test missiles from Sinpo on Thursday.",
            ("2", "exact"),
        ),
        # near miss: tests counted, not missiles
        (
            "The North fired three missiles on Thursday, its 15th test this year, an analyst said.",
            ("3", "exact"),
        ),
    ],
)
def test_a_test_missile_is_counted(sites, text, expected):
    assert count(text, sites) == expected


# --- "a Musudan (BM-25) ballistic missile": a name's other name in brackets (1159) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "North Korea tried to launch a Musudan (BM-25) ballistic missile on Thursday, "
            "Yonhap said.",
            ("1", "exact"),
        ),
        # the JCS
        (
            "The Joint Chiefs of Staff said the North fired two Scud (Hwasong-6) missiles into "
            "the East Sea on Thursday.",
            ("2", "exact"),
        ),
        # KCNA
        (
            "KCNA said the country launched a Pukguksong (Polaris) missile on Thursday.",
            ("1", "exact"),
        ),
        # near miss: a bracketed name after the noun says nothing more
        (
            "The North fired three missiles (KN-25) on Thursday, Japan's defence ministry said.",
            ("3", "exact"),
        ),
    ],
)
def test_a_bracketed_name_keeps_the_count(sites, text, expected):
    assert count(text, sites) == expected


# --- "test-fired its second Hwasong-14 ICBM": the second of its kind ever, one missile (1101) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            'North Korea said on Thursday it test-fired its second "Hwasong-14" '
            "intercontinental ballistic missile.",
            ("1", "exact"),
        ),
        # KCNA
        (
            "The DPRK successfully launched its third Hwasong-15 missile on Thursday, KCNA said.",
            ("1", "exact"),
        ),
        # near miss: a count stated beats it
        (
            "North Korea fired two missiles on Thursday; it also launched its second Hwasong-14 "
            "missile, the JCS said.",
            ("2", "exact"),
        ),
    ],
)
def test_its_second_missile_is_one(sites, text, expected):
    assert count(text, sites) == expected


# --- "confirmed testing the Hwasong-17 ICBM": the -ing verb tells the launch (1134) -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire relaying KCNA
        (
            "North Korea has confirmed testing the Hwasong-17 intercontinental ballistic "
            "missile on Thursday, Yonhap said.",
            ("1", "exact"),
        ),
        # Japan's government
        (
            "Japan's Chief Cabinet Secretary condemned the North for launching the new ICBM "
            "on Thursday.",
            ("1", "exact"),
        ),
        # near miss: no missile named after the verb, no count
        (
            "North Korea has confirmed testing the engine on Thursday, KCNA said.",
            ("", ""),
        ),
    ],
)
def test_testing_the_named_missile_is_one(sites, text, expected):
    assert count(text, sites) == expected


# --- "(2033 on Wednesday UTC)": a UTC clock, its day before the zone, not the year 2033 (1159)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an encyclopedia-style wire rewrite
        (
            "North Korea fired a missile early on Thursday. A defense official put the launch at "
            "5:33 local time (2033 on Wednesday UTC).",
            ("2024-09-11", "20:33"),
        ),
        # a wire, the day without "on"
        (
            "North Korea fired a missile early on Thursday. The launch came at 5:33 a.m. "
            "(2033 Wednesday GMT), the JCS said.",
            ("2024-09-11", "20:33"),
        ),
        # near miss: the zone first, as before
        (
            "North Korea fired a missile early on Thursday. The launch came at 5:33 a.m. "
            "(2033 GMT on Wednesday), the JCS said.",
            ("2024-09-11", "20:33"),
        ),
        # near miss: a year in a sentence of its own is still a year, no clock
        (
            "North Korea fired a missile early on Thursday. It plans to fly to Mars by 2033.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_utc_clock_with_its_day_before_the_zone(sites, text, expected):
    assert clock(text, sites) == expected


# --- "announced that at around 10:17 a.m. ... fired": the clock of what was told (1142) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese broadcaster
        (
            "South Korea's military announced that at around 10:17 a.m. on Thursday North Korea "
            "fired a ballistic missile toward the Sea of Japan.",
            ("2024-09-12", "01:17"),
        ),
        # Japan's defence ministry
        (
            "Japan's Defense Ministry said that at 6:40 a.m. on Thursday North Korea launched a "
            "ballistic missile.",
            ("2024-09-11", "21:40"),
        ),
        # near miss: the statement's own clock stays set aside
        (
            "North Korea fired a missile on Thursday. The JCS announced the launch at 10:17 a.m.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_clock_after_said_that_is_the_launch(sites, text, expected):
    assert clock(text, sites) == expected
