"""Round 9: general causes of the misses of 330-369 in site, class, name, figures and landing.

Each cause is tested in several outlets' phrasings (wires, Japanese and Korean outlets, state
media relays, analysis sites), written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.report.test_report_round6_fields import draft


# Japan's zone reached or not, in verbs that stop short and in waters Japan counts as its own.
@pytest.mark.parametrize(
    ("text", "eez"),
    [
        (
            "Tokyo said the missile splashed down in the sea before reaching Japan's exclusive "
            "economic zone.",
            "outside",
        ),
        (
            "Japan's Defense Ministry said the missile did not fly over its territory nor enter "
            "the exclusive economic area of the country.",
            "outside",
        ),
        (
            "According to Japanese officials, the projectile failed to reach Japan's EEZ and "
            "fell into the sea about 400 km off the Noto Peninsula.",
            "outside",
        ),
        (
            "One of the two missiles entered Japan's exclusive economic zone, the Japanese "
            "government said.",
            "inside",
        ),
        (
            "Japan's Coast Guard said the missile landed in waters that Tokyo considers part of "
            "its exclusive economic zone, some 250 km west of Akita.",
            "inside",
        ),
        (
            "The warhead came down into what Japan regards as its EEZ, Chief Cabinet Secretary "
            "said.",
            "inside",
        ),
        (
            "Japanese officials warned the new missile could reach Japan's EEZ from anywhere in "
            "the North.",
            "unknown",
        ),
    ],
)
def test_japans_zone_reached_or_stopped_short(sites, text, eez):
    assert draft(text, sites).japan_eez == eez


# A kind named for another launch is not this launch's: one feared or expected, one made or
# shipped, the week's earlier test, a tally with its examples, a launch a week before.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired a ballistic missile on Sunday. Washington had feared that the "
            "North might mark the holiday with a nuclear test or the launch of an intercontinental "
            "ballistic missile.",
            "unknown",
        ),
        (
            "North Korea fired a ballistic missile into the sea on Tuesday, amid fears of a "
            "possible ICBM test ahead of the party congress.",
            "unknown",
        ),
        (
            "North Korea launched two ballistic missiles on Wednesday, its second weapons test of "
            "the week; the first one involved long-range cruise missiles.",
            "unknown",
        ),
        (
            "North Korea fired a ballistic missile off its east coast on Friday. The launch adds "
            "to a string of weapons tests this year, including the firing of hypersonic missiles "
            "in January.",
            "unknown",
        ),
        (
            "The North fired one ballistic missile on Monday. Analysts say Pyongyang may be "
            "stepping up production of short-range missiles before shipping them to Russia.",
            "unknown",
        ),
        (
            "North Korea fired a ballistic missile on Sunday, Seoul said. One week earlier, the "
            "North test-fired what is believed to be an intermediate-range ballistic missile.",
            "unknown",
        ),
        (
            "Officials said there were concerns that it could have been an intercontinental "
            "ballistic missile fired on a lofted trajectory.",
            "ICBM",
        ),
    ],
)
def test_kind_of_another_launch(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# The sea off Japan's side facing Korea is the Sea of Japan.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles into the sea off Japan's northwest on Monday.",
        "The missiles came down in waters off northwestern Japan, Tokyo said.",
        "Japan said the missile fell off the western coast of Japan, some 200 km from land.",
        "The projectile splashed down off Japan's north-western shores early on Friday.",
    ],
)
def test_off_japans_west_is_the_sea_of_japan(sites, text):
    assert draft(text, sites).landing_area == "sea_of_japan"


# Heights and distances told with the unit first: "565 miles high", "280 miles in distance".
@pytest.mark.parametrize(
    ("text", "apogee", "range_km"),
    [
        (
            '"The missile seemed to fly 500 miles high and 300 miles in distance," an official '
            "said.",
            805.0,
            483.0,
        ),
        (
            "The JCS said the missile rose about 950 km into space and flew 1,000 km.",
            950.0,
            1000.0,
        ),
        (
            "Japanese officials said the projectile reached some 60 km in altitude and was 400 km "
            "in range.",
            60.0,
            400.0,
        ),
    ],
)
def test_unit_then_height_or_distance_word(sites, text, apogee, range_km):
    found = draft(text, sites)
    assert (found.apogee_km, found.range_km) == (apogee, range_km)


# A family named first yields to its numbered member named later in the report.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Seoul believes it was a Pukguksong-class weapon fired from sea. On Thursday state "
            "media named the new missile Pukguksong-3.",
            "Pukguksong-3",
        ),
        (
            "Analysts said the missile looked like a Hwasong-type IRBM. KCNA later said the "
            "North had test-fired a new Hwasong-12.",
            "Hwasong-12",
        ),
        (
            "Officials said the weapon appeared to be a Pukguksong-class missile fired from a "
            "barge.",
            "Pukguksong",
        ),
    ],
)
def test_family_yields_to_its_numbered_member(sites, text, name):
    assert draft(text, sites).missile_name == name


# A caption of an older picture tells no launch of its own.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday, Seoul said. FILE PHOTO: People watch a TV "
        "news report about North Korea firing two missiles into the sea between the Korean "
        "peninsula and Japan.",
        "North Korea fired a missile on Thursday, Seoul said. File picture: a missile launched "
        "toward the East Sea in 2019.",
        "North Korea fired a missile on Thursday, Seoul said. ARCHIVE IMAGE: A Hwasong missile "
        "lifts off and flies over the Sea of Japan.",
    ],
)
def test_file_photo_caption_tells_no_landing(sites, text):
    assert draft(text, sites).landing_area == "unknown"


# A flight time given to the second, and one told by how long radar followed the missile.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("KCNA said the Hwasong-14 flew for 47 minutes and 12 seconds before landing.", 47.2),
        (
            "Japan's Defense Ministry said the missile was airborne for 39 minutes, 30 seconds.",
            39.5,
        ),
        ("US Pacific Command said the missile was tracked for six minutes.", 6.0),
        (
            "The projectile was tracked for 12 minutes before falling into the sea, the JCS said.",
            12.0,
        ),
        (
            "The missile flew for about 50 minutes, the ministry said, and 30 seconds later a "
            "second was fired.",
            50.0,
        ),
    ],
)
def test_flight_time_to_the_second_or_tracked(sites, text, minutes):
    assert draft(text, sites).flight_time_min == minutes


def test_a_launch_told_after_a_warning_keeps_its_kind(sites):
    text = (
        "Seoul had warned that the North would respond to the drills, and on Friday it fired an "
        "intercontinental ballistic missile into the sea."
    )
    assert draft(text, sites).missile_class == "ICBM"
