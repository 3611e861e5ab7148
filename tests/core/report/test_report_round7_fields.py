"""Round 7: general causes of the misses of 270-309 in landing, EEZ and flight time.

Each cause is tested in several outlets' phrasings, not only the one the corpus showed.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.test_report_round6_fields import draft


# A fall on land is where the missiles ended; the sea they were fired toward is only their way.
@pytest.mark.parametrize(
    "text",
    [
        "Fired toward the East Sea, the missiles flew about 350 km and came down on land, "
        "the JCS said.",
        "North Korea fired two ballistic missiles toward the Sea of Japan on Monday; one of them "
        "crashed inland, South Korean officials said.",
        "The missile, launched toward the East Sea, fell on land after flying some 100 km, "
        "according to the Joint Chiefs of Staff.",
        "North Korea fired a missile eastward toward the Sea of Japan, but it exploded over land "
        "shortly after lift-off, a defense official said.",
    ],
)
def test_a_fall_on_land_outranks_the_sea_fired_toward(sites, text):
    assert draft(text, sites).landing_area == "land"


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        # the sea it was fired toward stays where nothing says it fell on land
        ("North Korea fired two ballistic missiles toward the East Sea on Monday.", "sea_of_japan"),
        (
            "The missile flew over land before falling into the Sea of Japan, officials said.",
            "sea_of_japan",
        ),
    ],
)
def test_the_sea_stays_without_a_fall_on_land(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# "come down in" / "coming down in": a fall in any tense names where it fell.
@pytest.mark.parametrize(
    "text",
    [
        "A later government report said the missile had apparently come down in the Pacific "
        "Ocean outside Japanese waters.",
        "The missile is believed to have come down in the Pacific about 3,000 km east of Japan.",
        "Officials said the rocket flew for 22 minutes before coming down in the Pacific Ocean.",
    ],
)
def test_come_down_in_the_pacific(sites, text):
    assert draft(text, sites).landing_area == "pacific"


# "waters near the east coast": North Korea's east coast is on the Sea of Japan.
@pytest.mark.parametrize(
    "text",
    [
        "The missiles flew some 385 miles in 10 minutes before coming down in waters near the "
        "east coast.",
        "The missile was launched from South Hwanghae and landed in waters off the east coast, "
        "the ministry said.",
        "The two missiles fell into waters along North Korea's eastern coast, the JCS said.",
    ],
)
def test_waters_near_the_east_coast(sites, text):
    assert draft(text, sites).landing_area == "sea_of_japan"


# "not (been) confirmed to have fallen inside Japan's EEZ": no verdict either way.
@pytest.mark.parametrize(
    "text",
    [
        "According to the Japanese Defense Ministry, the missiles have not been confirmed to have "
        "fallen inside Japan's exclusive economic zone.",
        "It has not been confirmed whether the missile landed within Japan's EEZ, Tokyo said.",
        "Japan's defense ministry said it was not yet confirmed that the missile fell in Japan's "
        "EEZ.",
        "The Japanese government said it was still unconfirmed that any missile fell within "
        "Japan's exclusive economic zone.",
    ],
)
def test_an_unconfirmed_fall_in_the_eez_is_no_verdict(sites, text):
    assert draft(text, sites).japan_eez == "unknown"


@pytest.mark.parametrize(
    ("text", "eez"),
    [
        ("The missile is not believed to have landed in Japan's EEZ, Tokyo said.", "outside"),
        ("No missile fell within Japan's exclusive economic zone, the ministry said.", "outside"),
        ("The missile fell inside Japan's exclusive economic zone, Tokyo said.", "inside"),
    ],
)
def test_eez_verdicts_stay(sites, text, eez):
    assert draft(text, sites).japan_eez == eez


# "flew about 1,000 kilometers over 74 minutes": a distance flown over a time.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "Citing a Japanese defense official, TV Asahi reported that the missile flew about "
            "1,000 kilometers (620 miles) over 74 minutes.",
            74.0,
        ),
        ("The ICBM flew 950 km over about 67 minutes, Tokyo said.", 67.0),
        ("The missile travelled some 600 km over 10 minutes before it fell.", 10.0),
        ("The rocket flew some 400 km over roughly 420 seconds, the JCS said.", 7.0),
    ],
)
def test_a_distance_flown_over_a_time(sites, text, minutes):
    assert draft(text, sites).flight_time_min == minutes


def test_flying_over_a_place_is_no_flight_time(sites):
    text = "The missile flew over Japan and fell 30 minutes later, officials said."
    assert draft(text, sites).flight_time_min is None


# "Last Wednesday" on a Wednesday's page is the week before: its missile is not this launch's.
@pytest.mark.parametrize(
    ("text", "klass"),
    [
        (
            "North Korea launched two ballistic missiles early on Wednesday, Japan's Defense "
            "Ministry said. Last Wednesday, North Korea test-fired a new solid-fuel "
            "intercontinental ballistic missile.",
            "unknown",
        ),
        (
            "North Korea fired a cruise missile on Wednesday, the JCS said. Last Wednesday, it "
            "launched a submarine-launched ballistic missile.",
            "cruise",
        ),
        (
            "North Korea fired a short-range ballistic missile on Wednesday. Pyongyang fired an "
            "intermediate-range ballistic missile last Wednesday, the JCS said.",
            "SRBM",
        ),
    ],
)
def test_last_weekday_on_that_weekday_is_the_week_before(sites, text, klass):
    assert draft(text, sites, date(2023, 7, 19)).missile_class == klass


def test_last_weekday_earlier_in_the_week_is_that_day(sites):
    text = "North Korea fired a ballistic missile last Monday, the JCS said."
    assert draft(text, sites, date(2023, 7, 19)).date_utc == date(2023, 7, 17)


# "For the first time since 1945, one of the missiles came down ...": the rest is this launch's.
@pytest.mark.parametrize(
    ("text", "klass"),
    [
        (
            "North Korea fired 23 missiles on Wednesday. For the first time since 1945, one of "
            "the short-range ballistic missiles came down in the sea south of the buffer zone.",
            "SRBM",
        ),
        (
            "North Korea fired a missile on Tuesday. For the first time since 2017, an "
            "intermediate-range ballistic missile flew over Japan.",
            "IRBM",
        ),
        (
            "North Korea launched a rocket on Monday. The first time since 2012, a cruise missile "
            "was fired from a submarine, the JCS said.",
            "cruise",
        ),
    ],
)
def test_a_first_since_opener_keeps_the_rest(sites, text, klass):
    assert draft(text, sites).missile_class == klass


# "from a launch pad on the west coast": the coast the launch was made from.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea launched the satellite on a new rocket from a launch pad on the west "
            "coast at 6:27 am.",
            "west-coast",
        ),
        ("The missile was fired from a launch site on the east coast, the JCS said.", "east-coast"),
        ("The rocket lifted off from a launch pad along the west coast on Monday.", "west-coast"),
    ],
)
def test_a_pad_on_a_coast(sites, text, site):
    assert draft(text, sites).site_id == site


# "succeeded after two failed attempts": the failures were earlier launches'.
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "North Korea has put a satellite into orbit after two failed attempts in recent "
            "months, KCNA said.",
            "unknown",
        ),
        ("The launch came after several failed tests of the Musudan this year.", "unknown"),
        (
            "North Korea fired the missile following three previous failed launches, Seoul said.",
            "unknown",
        ),
        ("The missile failed shortly after launch, the JCS said.", "failure"),
        ("The rocket exploded shortly after lift-off after its engine failed.", "failure"),
    ],
)
def test_failed_attempts_before_are_not_this_launch(sites, text, outcome):
    assert draft(text, sites).outcome == outcome


# "said its secretive neighbor had fired ...": reported speech of the launch, not a recollection.
@pytest.mark.parametrize(
    ("text", "landing", "eez"),
    [
        (
            "North Korea fired an ICBM on Saturday. The Japanese Defense Ministry said that its "
            "secretive neighbor had fired the missile into waters about 200 kilometers off "
            "Hokkaido's Oshima Island, inside Japan's exclusive economic zone.",
            "sea_of_japan",
            "inside",
        ),
        (
            "North Korea launched a missile on Monday. Tokyo said the reclusive state had fired it "
            "into the Pacific, outside Japan's EEZ.",
            "pacific",
            "outside",
        ),
        (
            "North Korea fired a missile on Monday. Japan's ministry said the regime had launched "
            "it into the Sea of Japan, outside Japan's exclusive economic zone.",
            "sea_of_japan",
            "outside",
        ),
    ],
)
def test_said_a_neighbour_had_fired_is_this_launch(sites, text, landing, eez):
    drafted = draft(text, sites)
    assert (drafted.landing_area, drafted.japan_eez) == (landing, eez)
