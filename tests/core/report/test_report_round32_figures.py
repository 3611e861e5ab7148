"""Round 32 (fix32c): landing, range, apogee, flight time and manoeuvre.

The causes read from the misses of 1700-1776 in these fields, each tried in several outlets'
phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA, analysis sites), with
a near miss that must not change. The leads' Thursday is 13 April 2023 (`drafting.THURSDAY`).
"""

from __future__ import annotations

import pytest

from core.report.measures import parse_figure
from tests.core.report.drafting import field

# --- a distance written in words (1700, 1725) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster's script (anchor, package)
        (
            "Anchor: North Korea fired several missiles on Thursday, and they struck targets "
            "roughly one thousand kilometers away in the East Sea, KCNA said.",
            "1000",
        ),
        (
            "According to the South Korean military, both missiles covered close to five "
            "hundred kilometers before coming down in the East Sea on Thursday.",
            "500",
        ),
        # Japan's ministry, a wire
        (
            "Japan's Defense Ministry said the missile fired on Thursday flew some two hundred "
            "and fifty kilometres and fell outside its exclusive economic zone.",
            "250",
        ),
        (
            "The missile flew roughly a thousand kilometres and came down in the sea on "
            "Thursday, the JCS said.",
            "1000",
        ),
        # state media, hyphenated words
        (
            "KCNA said the missile launched on Thursday travelled one thousand-five hundred "
            "kilometres before hitting its target.",
            "1500",
        ),
        # near misses: no figure ("several hundred"), and number words with no distance
        (
            "Tracking systems followed the missiles as they flew several hundred kilometers "
            "before coming down on Thursday.",
            "",
        ),
        ("Two missiles flew into the East Sea on Thursday, the JCS said.", ""),
    ],
)
def test_a_distance_in_words(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


def test_a_height_in_words(sites):
    text = (
        "North Korea fired a ballistic missile on Thursday that reached an altitude of about "
        "fifty kilometers, analysts at the institute said."
    )
    assert field(text, sites, "apogee_km") == "50"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one thousand", 1000.0),
        ("a thousand", 1000.0),
        ("five hundred and fifty", 550.0),
        ("two thousand five hundred", 2500.0),
        ("twenty-five", 25.0),
        ("1,100", 1100.0),
    ],
)
def test_figures_read_in_words_and_digits(words: str, value: float):
    assert parse_figure(words) == value


# --- an altitude estimate with no "maximum" (1725) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's ministry, the JCS, a wire
        (
            "The two missiles flew about 500 km on Thursday. Japan's Defense Ministry put their "
            "altitude at 550 kilometers.",
            "550",
        ),
        (
            "The Joint Chiefs of Staff estimated the missile's altitude at about 60 km after the "
            "launch on Thursday.",
            "60",
        ),
        (
            "Tokyo assessed its height at roughly 100 kilometres, officials said on Thursday.",
            "100",
        ),
        # near miss: an estimate of the distance is no height
        (
            "North Korea fired a missile on Thursday; the JCS put its range at 600 km.",
            "",
        ),
    ],
)
def test_an_altitude_estimate_is_the_peak(text: str, expected: str, sites):
    assert field(text, sites, "apogee_km") == expected


# --- a possible range is a reach, not a flight (1704) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire's background, an analysis site, a newspaper
        "North Korea fired an ICBM on Thursday. It was launched at a steep angle, and its "
        "flight time suggested a possible range of 15,000 km on a normal trajectory.",
        "Analysts said Thursday's test points to a potential range of 10,000 kilometers for "
        "the new missile.",
        "The missile fired on Thursday has a theoretical range of 13,000 km, enough to reach "
        "the US mainland, experts said.",
    ],
)
def test_a_possible_range_is_no_distance_flown(text: str, sites):
    assert field(text, sites, "range_km") == ""


def test_a_range_flown_still_counts(sites):
    """Near miss: the flight range the JCS gives, and a figure beside the reach."""
    text = (
        "The JCS said the missile fired on Thursday flew about 1,000 km. Its flight time "
        "suggested a possible range of 15,000 km on a normal trajectory."
    )
    assert field(text, sites, "range_km") == "1000"


# --- the South's or Japan's estimate set against another figure (1703) -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire over KCNA's claim
        (
            "Kim said the weapon hit 12 times the speed of sound on Thursday. The missile is said "
            "to have flown 1,500 kilometers (930 miles), well beyond the 1,100-kilometer "
            "(680-mile) estimate given by South Korea's military.",
            "1100",
        ),
        # the JCS's estimate named before its figure
        (
            "North Korea claimed a flight of 1,000 km on Thursday, far more than the JCS's "
            "estimate of 800 km.",
            "800",
        ),
        # Japan's figure
        (
            "State media said the missile fired on Thursday travelled 1,200 km, against Japan's "
            "1,000 km estimate.",
            "1000",
        ),
        # near misses: an estimate with no owner, and a type's range estimate
        (
            "The missile fired on Thursday flew 1,000 km, beyond the 800 km estimate analysts "
            "had given.",
            "1000",
        ),
        (
            "The missile flew 1,000 km on Thursday; the 15,000-km range estimate given by South "
            "Korea's military is for the type.",
            "1000",
        ),
    ],
)
def test_the_souths_or_japans_estimate_is_the_range(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


# --- a salvo's missile named by its place, of another class (1732) -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire quoting the JCS
        (
            "North Korea fired three ballistic missiles on Thursday, one of them a probable ICBM. "
            "According to the JCS, the first missile, thought to be an ICBM, travelled roughly "
            "223 miles. The second failed in midair, while the third, a short-range ballistic "
            "missile, flew 472 miles.",
            "760",
        ),
        # Japan's ministry
        (
            "North Korea launched two ballistic missiles on Thursday, Japan's Defense Ministry "
            "said. One missile, an ICBM, flew about 300 km. The other, a short-range ballistic "
            "missile, travelled about 750 km.",
            "750",
        ),
        # near miss: missiles of another class fired apart from the launch keep their figures
        (
            "North Korea fired an ICBM on Thursday that flew about 300 km on a lofted path. "
            "Two hours later, two short-range ballistic missiles were fired from Kaechon and "
            "flew about 400 km.",
            "300",
        ),
    ],
)
def test_a_salvos_missile_named_by_its_place(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


# --- the Japanese Sea (1750) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the statement, the rocket was fired on Thursday and covered some "
            "1,000 km before coming down in the Japanese Sea, inside Japan's economic zone.",
            "sea_of_japan",
        ),
        ("TASS: the North Korean missile fell into the Japanese Sea on Thursday.", "sea_of_japan"),
        # near miss: Japan's shipping lanes are no sea the missile fell in
        (
            "North Korea fired a missile on Thursday, a launch that threatens Japanese sea lanes, "
            "analysts said.",
            "",
        ),
    ],
)
def test_the_japanese_sea(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


# --- an overflight taken back (1727) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The missile fired on Thursday disappeared from radar over the East Sea. An early "
            "alert said a missile had flown over Japan, but the Japanese government later said "
            "that had not happened.",
            "sea_of_japan",
        ),
        (
            "NHK first reported on Thursday that the missile passed over Japan, but the ministry "
            "said that had not occurred; it fell in the Sea of Japan.",
            "sea_of_japan",
        ),
        # near miss: an overflight told, with a "but" about something else
        (
            "The missile flew over Japan on Thursday, but no damage was reported.",
            "pacific",
        ),
    ],
)
def test_an_overflight_taken_back(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


# --- a hypersonic warhead's manoeuvrable flight is its glide (1710) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire over KCNA, KCNA relayed, an analysis site
        (
            "According to KCNA, Thursday's launch was meant to check the reliability of the "
            "missile's solid-fuel engines and the maneuverable flight capabilities of the "
            "hypersonic warhead.",
            "glide",
        ),
        (
            "The test on Thursday confirmed the manoeuvring flight of the new hypersonic "
            "warhead, state media said.",
            "glide",
        ),
        (
            "Analysts said the hypersonic vehicle's maneuvering flight on Thursday was tracked "
            "by Japanese radar.",
            "glide",
        ),
        # near misses: the weapon's manoeuvrability, and a flight it can make
        (
            "Pyongyang said Thursday's test had verified the weapon system's manoeuvrability and "
            "flight reliability.",
            "",
        ),
        (
            "North Korea fired a hypersonic missile capable of maneuverable flight on Thursday.",
            "",
        ),
    ],
)
def test_a_hypersonic_manoeuvrable_flight_is_a_glide(text: str, expected: str, sites):
    assert field(text, sites, "maneuver") == expected


# --- "N of them" after a recollection tells the missiles recalled (1476) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's background paragraphs after a failed launch
        (
            "A North Korean missile test on Thursday failed, the JCS said.\n\nEarlier this month "
            "the North had fired four ballistic missiles into the sea off Japan.\n\nAccording to "
            "the Pentagon, three of them travelled about 1,000 kilometers.",
            "",
        ),
        (
            "North Korea's launch on Thursday failed, Japan's Defense Ministry said.\n\nLast "
            "month it had fired two missiles toward the East Sea.\n\nOne of them flew some 600 "
            "km, the JCS said at the time.",
            "",
        ),
        # near miss: "of them" after the launch's own sentence
        (
            "North Korea fired two ballistic missiles on Thursday, the JCS said.\n\nOne of them "
            "flew about 600 km.",
            "600",
        ),
    ],
)
def test_of_them_after_a_recollection(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


# --- a submarine launch that "took place" in waters, an aside between (1480) -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ballistic missile test-fired by North Korea from a submarine on Thursday failed "
            "early in its flight. By the military's account, the launch, one more in a recent "
            "series of tests, took place in waters east of the Korean peninsula.",
            "",
        ),
        (
            "North Korea fired a submarine-launched ballistic missile on Thursday; the test, its "
            "third this year, was conducted in the East Sea, the JCS said.",
            "",
        ),
        # near miss: the fall told, not the launch's waters
        (
            "North Korea fired a submarine-launched ballistic missile on Thursday; the missile, "
            "its third this year, came down in the East Sea, the JCS said.",
            "sea_of_japan",
        ),
    ],
)
def test_a_submarine_launch_took_place_in_waters(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected
