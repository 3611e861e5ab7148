"""Round 28 (fix28c): range, apogee, flight time and landing read on 1330-1489's misses (a
target "at sea" or with its conversion, a span of flights, a second missile's figure later in the
same sentence, altitudes that "topped out", a fall told only as a
possibility, a forecast or a danger-zone notice, the waters a launch was made "from", a sea's other
name after a comma).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "a target 320 kilometers (200 miles) away", "a target at sea 1,500 km away" (1341, 1344) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA, relayed by a wire
        (
            "North Korea said on Thursday it had test-fired a new missile, which hit a simulated "
            "target at sea 1,500 kilometers away, KCNA said.",
            "1500",
        ),
        # an analysis site
        (
            "The test on Thursday checked whether a target 320 kilometers (200 miles) away could "
            "be hit, state media said of the missile fired.",
            "320",
        ),
        # a wire, the target "in the sea"
        (
            "North Korea fired a missile on Thursday that struck a target in the sea 600 km away, "
            "KCNA reported.",
            "600",
        ),
        # near miss: a target's distance with no "away" is no flight
        (
            "North Korea fired a missile on Thursday; the nearest target, Seoul, lies within "
            "reach, the JCS said.",
            "",
        ),
    ],
)
def test_a_targets_distance_with_its_conversion_or_sea(sites, text, expected):
    assert field(text, sites, "range_km") == expected


# --- "Their flights ran anywhere from 110 kilometres to 670 kilometres" (1351) ------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a wire citing the JCS
        (
            "North Korea fired eight missiles on Thursday. Their flights ran anywhere from 110 "
            "kilometres to 670 kilometres, with altitudes that varied and topped out at 90 "
            "kilometres, the JCS said.",
            "range_km",
            "670",
        ),
        (
            "North Korea fired eight missiles on Thursday. Their flights ran anywhere from 110 "
            "kilometres to 670 kilometres, with altitudes that varied and topped out at 90 "
            "kilometres, the JCS said.",
            "apogee_km",
            "90",
        ),
        # Japan's defence ministry
        (
            "Japan's Defense Ministry said the flights of the missiles fired on Thursday ranged "
            "from 300 km to 350 km, and their heights peaked at 60 km.",
            "apogee_km",
            "60",
        ),
        # near miss: a budget that "topped out" is no altitude
        (
            "North Korea fired a missile on Thursday, the JCS said; its spending topped out at 90 "
            "million dollars.",
            "apogee_km",
            "",
        ),
    ],
)
def test_a_span_of_flights_and_altitudes_that_topped_out(sites, text, name, expected):
    assert field(text, sites, name) == expected


# --- "the first after travelling about 850 km and the second after flying about 900 km" (1415) -


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's defence ministry
        (
            "Japan's Defense Ministry said the two missiles fired on Thursday fell within the "
            "EEZ, the first after travelling about 850 km and the second after flying about 900 "
            "km.",
            "900",
        ),
        # the JCS
        (
            "The JCS said the first missile fired on Thursday flew 350 km and the second one "
            "flew 600 km.",
            "600",
        ),
        # near miss: the second figure is the shorter, the first stands
        (
            "The JCS said the first missile fired on Thursday flew 600 km and the second one "
            "flew 350 km.",
            "600",
        ),
    ],
)
def test_a_second_missiles_figure_later_in_the_sentence(sites, text, expected):
    assert field(text, sites, "range_km") == expected


# --- a fall guessed at, forecast or warned of (1383, 1423, 1332) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire citing NHK
        (
            "North Korea fired a missile on Thursday. It is possible, according to NHK, that the "
            "missile came down inside Japan's exclusive economic zone.",
            "",
        ),
        # a Japanese ministry's forecast
        (
            "North Korea fired an ICBM on Thursday. Japan's Coast Guard had forecast a landing "
            "about 210 kilometres west of Hokkaido.",
            "",
        ),
        # a notice of danger zones
        (
            "North Korea launched a rocket on Thursday, the JCS said. North Korea had marked out "
            "three sea areas, in the Yellow Sea and the East China Sea, as danger zones.",
            "",
        ),
        # near miss: a fall told stands
        (
            "North Korea fired a missile on Thursday. Japan's Defense Ministry said the missile "
            "came down inside Japan's exclusive economic zone.",
            "sea_of_japan",
        ),
    ],
)
def test_a_fall_guessed_forecast_or_warned_of_is_no_landing(sites, text, expected):
    assert field(text, sites, "landing_area") == expected


# --- "sent up from waters off its east coast"; "the East Sea, also called the Sea of Japan" (1375)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire (dpa)
        (
            "The missile North Korea sent up from waters off its east coast on Thursday was a "
            "submarine-launched ballistic missile, KCNA said.",
            "",
        ),
        # KCNA, relayed
        (
            "According to KCNA, the Pukguksong-3 lifted off on Thursday from the waters off "
            "Wonsan Bay in the East Sea, the body of water also called the Sea of Japan.",
            "",
        ),
        # near miss: fired into the waters off its east coast is a fall
        (
            "North Korea fired a missile into waters off its east coast on Thursday, the JCS said.",
            "sea_of_japan",
        ),
        # near miss: a fall into the East Sea, "also called the Sea of Japan", is one
        (
            "North Korea fired a missile on Thursday that fell into the East Sea, also called the "
            "Sea of Japan, the JCS said.",
            "sea_of_japan",
        ),
    ],
)
def test_waters_fired_from_and_a_seas_other_name(sites, text, expected):
    assert field(text, sites, "landing_area") == expected
