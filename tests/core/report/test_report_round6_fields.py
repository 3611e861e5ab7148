"""Round 6: general causes of the misses of 214-249 in class, name, site, figures and landing.

Each cause is tested in several outlets' phrasings, not only the one the corpus showed.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.report.extract import extract_report

DAY = date(2024, 3, 18)


def draft(text: str, sites, published: date = DAY):
    return extract_report(text, published, sites)


# McCune-Reischauer's apostrophes: "North Pyong'an", "P'yongyang", "Ch'ongjin".
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea has fired a ballistic missile from North Pyong'an Province, the JCS said.",
            "north-pyongan-province",
        ),
        (
            "The missile was launched from the vicinity of P'yongyang at 7:10 a.m., Seoul said.",
            "pyongyang-area",
        ),
        (
            "KCNA said the rocket was fired from near Sunch'on in South P'yongan Province.",
            "sunchon-town",
        ),
        (
            "North Korea fired two missiles from South Pyong'an province on Monday.",
            "south-pyongan-province",
        ),
        ("The cruise missiles were fired from Nampho, the JCS said.", "nampo"),
        ("The cruise missiles were fired from Namp'o, the JCS said.", "nampo"),
    ],
)
def test_a_place_spelled_with_apostrophes(sites, text, site):
    assert draft(text, sites).site_id == site


# A coast named first gives way to a place a later sentence says the launch was made from.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea fired three ballistic missiles from its west coast into the Sea of Japan "
            "on Monday, Japanese officials said. South Korean military officials said the "
            "missiles were launched from the Pyongyang area.",
            "pyongyang-area",
        ),
        (
            "North Korea fired a missile off its east coast on Tuesday. The JCS said it was "
            "launched from Wonsan at 6:10 a.m.",
            "wonsan-town",
        ),
        (
            "The North fired several cruise missiles from its western coastal area, Yonhap said. "
            "They were fired from near Nampo, the JCS added.",
            "nampo",
        ),
        (
            "North Korea fired a short-range ballistic missile from the east coast on Sunday. "
            "The missile was fired from Hamhung and flew 600 km, the JCS said.",
            "hamhung-town",
        ),
    ],
)
def test_a_place_launched_from_is_more_precise_than_a_coast(sites, text, site):
    assert draft(text, sites).site_id == site


# "threats from Pyongyang", "keep away from its east coast": no launch place.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "South Korea's defense ministry says the North fired three short-range missiles from "
            "its east coast, after months of threats from Pyongyang of a coming war.",
            "east-coast",
        ),
        (
            "North Korea fired seven ballistic missiles off its eastern coast today. The North "
            "had told ships to keep away from its east coast until July 10 for military drills.",
            "",
        ),
        (
            "The launch came amid harsh rhetoric from Pyongyang; the missile was fired from its "
            "west coast, the JCS said.",
            "west-coast",
        ),
        (
            "North Korea fired a missile on Friday, hours after warnings from Pyongyang, and it "
            "came down in the East Sea.",
            "",
        ),
    ],
)
def test_a_source_or_distance_from_a_place_is_no_launch_place(sites, text, site):
    assert draft(text, sites).site_id == site


# What a type is said to reach is not this flight's range; what "the missiles" are assessed to
# reach is.
@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        (
            "Officials said it was the first test of a long-range missile known as the "
            "Taepodong-1, said to have a range of 1,200 miles or more.",
            None,
        ),
        (
            "North Korea fired a Musudan, which is believed to have a range of 3,000 km, on "
            "Friday.",
            None,
        ),
        (
            "Seoul said it was probably a KN-02, thought to have a range of 120 km.",
            None,
        ),
        ('The JCS said: "The missiles are assessed to have a range of about 500 km."', 500.0),
        ("The missile was believed to have a range of about 450 km, the JCS said.", 450.0),
    ],
)
def test_a_type_said_to_reach_is_no_range(sites, text, range_km):
    assert draft("North Korea fired a ballistic missile on Monday. " + text, sites).range_km == (
        range_km
    )


@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        ("It came down off the east coast after a flight of 310 miles.", 499.0),
        ("The missile splashed down in the East Sea after a flight of about 600 km.", 600.0),
        (
            "Japan's ministry said the flight of some 800 kilometers ended in the Sea of Japan.",
            800.0,
        ),
        ("It landed after a 450 km flight, the JCS said.", 450.0),
    ],
)
def test_a_flight_of_a_distance_is_its_range(sites, text, range_km):
    assert draft("North Korea fired a missile on Monday. " + text, sites).range_km == range_km


@pytest.mark.parametrize(
    ("text", "apogee"),
    [
        ("The missile climbed to a maximum of 1,920 kilometers and flew about 760 km.", 1920.0),
        ("It rose to a peak altitude of 2,000 km before falling into the sea.", 2000.0),
        ("The ICBM soared to a maximum height of 6,000 km, Japan said.", 6000.0),
        ("It reached a peak of about 50 kilometers, the JCS said.", 50.0),
    ],
)
def test_climbed_to_a_maximum_is_an_apogee(sites, text, apogee):
    assert draft("North Korea fired a missile on Monday. " + text, sites).apogee_km == apogee


# "this time": the launch reported, after a sentence recalling an older one.
def test_this_time_returns_to_the_launch_reported(sites):
    text = (
        "SEOUL, July 4: North Korea test-fired seven missiles off its east coast on Saturday.\n\n"
        "It was the largest salvo since July 4, 2006, when the North fired a Taepodong-2. "
        "The JCS said this time the missiles had a range of 400 to 500 kilometres."
    )
    assert draft(text, sites, date(2009, 7, 4)).range_km == 500.0


# How long a salvo went on is no flight time; a flight's hours are.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("North Korea fired several ballistic missiles into the East Sea for over an hour.", None),
        ("The North launched missiles in two hours from three sites, the JCS said.", None),
        ("North Korea fired a missile on Friday; it flew for one hour and 26 minutes.", 86.0),
        ("The ICBM was in the air for 1 hour 13 minutes, Japan said.", 73.0),
        ("It flew 1,000 km in one hour and 6 minutes, Japan's ministry said.", 66.0),
    ],
)
def test_a_firing_that_lasted_hours_is_no_flight_time(sites, text, minutes):
    assert draft(text, sites).flight_time_min == minutes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The missile is thought to be either a Scud-D, an improved Scud-C with a 500 km "
            "range, or a Scud-ER with a range of 700 to 900 km.",
            "",
        ),
        ("Analysts said it was a KN-23, or possibly a KN-24.", ""),
        ("The JCS said it was either a Hwasong-12 or a Hwasong-14.", ""),
        ("The missile appeared to be a Hwasong-15, the JCS said.", "Hwasong-15"),
        ("KCNA said it was the Hwasong-18, or KN-28 as the US calls it.", "Hwasong-18"),
    ],
)
def test_names_offered_as_alternatives_name_none(sites, text, name):
    assert draft("North Korea fired a missile on Monday. " + text, sites).missile_name == name


@pytest.mark.parametrize(
    ("text", "klass"),
    [
        (
            "In Surprise Move, North Korea Launches Long-Range Rocket\n\nPyongyang fired the "
            "three-stage Unha-3 rocket at 9:49 a.m. on 12 December.",
            "SLV",
        ),
        (
            "N. Korea fires long-range missile\n\nNorth Korea fired a Hwasong-12 on Tuesday; it "
            "flew over Japan.",
            "IRBM",
        ),
        (
            "North Korea fires mid-range missile\n\nNorth Korea on Sunday fired what Seoul said "
            "was a Pukguksong-3 from waters off Wonsan.",
            "SLBM",
        ),
    ],
)
def test_a_headline_range_word_yields_to_the_body_name(sites, text, klass):
    assert draft(text, sites).missile_class == klass


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea fired a rocket on Wednesday. The first warning came from a South "
            "Korean Aegis destroyer in the Yellow Sea, whose radar first spotted it.",
            "unknown",
        ),
        (
            "North Korea fired a missile on Monday as US and South Korean warships held drills in "
            "the East Sea.",
            "unknown",
        ),
        (
            "The launch came as joint exercises in the West Sea ended; the missile fell into the "
            "East Sea.",
            "sea_of_japan",
        ),
        (
            "KCNA said it had launched a new anti-aircraft missile in the West Sea of Korea.",
            "yellow_sea",
        ),
        (
            "North Korea fired a missile that landed near Japanese fishing boats in the Sea of "
            "Japan.",
            "sea_of_japan",
        ),
    ],
)
def test_ships_and_drills_at_sea_are_no_landing(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# A salvo of another class told beside the headline launch: its figures are not the launch's.
def test_figures_of_missiles_of_another_class_are_theirs(sites):
    text = (
        "North Korea fired an intercontinental ballistic missile on Thursday.\n\n"
        "The JCS said it detected the ICBM at 7:40 a.m.; an hour later two short-range "
        "missiles were fired from Kaechon, flying about 330 kilometers. The longer-range missile "
        "climbed to a maximum of 1,920 kilometers and flew about 760 kilometers."
    )
    found = draft(text, sites, date(2022, 11, 3))
    assert (found.missile_class, found.range_km, found.apogee_km) == ("ICBM", 760.0, 1920.0)


def test_same_class_figures_are_kept(sites):
    text = (
        "North Korea fired two short-range ballistic missiles on Monday. The short-range "
        "missiles flew about 350 km, the JCS said."
    )
    assert draft(text, sites).range_km == 350.0


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea Fires Suspected ICBM Over Japan\n\nNorth Korea fired an ICBM on "
            "Thursday. It flew about 760 km before falling into the sea between the Korean "
            "Peninsula and Japan, the JCS said.",
            "sea_of_japan",
        ),
        (
            "North Korea fires missile over Japan\n\nNorth Korea fired a missile on Tuesday "
            "toward the East Sea. It passed over Japan and came down in the Pacific.",
            "pacific",
        ),
        (
            "N. Korea missile flies over Japan\n\nThe missile was launched toward the East Sea "
            "on Tuesday, the JCS said.",
            "pacific",
        ),
    ],
)
def test_a_headline_overflight_yields_to_a_fall_the_body_tells(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# "The launch follows the test of a 'hypersonic' missile on Jan. 14": the other launch's clause.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launches several cruise missiles into the Yellow Sea: JCS\n\n"
        "The launch follows the test of a 'hypersonic' missile on Jan. 14\n\n"
        'North Korea launched "several cruise missiles" into the Yellow Sea at around 7 a.m., '
        "South Korea's Joint Chiefs of Staff said on Wednesday morning.",
        "SEOUL, Jan. 24 (Yonhap) -- North Korea fired several cruise missiles into the Yellow "
        "Sea on Wednesday. The launch followed the firing of a hypersonic missile on Jan. 14.",
        "North Korea fired cruise missiles on Wednesday, the JCS said. It follows a test of a "
        "hypersonic missile on January 14.",
    ],
)
def test_a_launch_that_follows_another_takes_none_of_its_words(sites, text):
    found = draft(text, sites, date(2024, 1, 24))
    assert (found.missile_class, found.maneuver) == ("cruise", "cruise")


# "If confirmed, it would be the North's first test-firing of its Rodong ...; in 1993 ...":
# the clause before the semicolon is this launch's.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "If confirmed, it would be North Korea's first test-firing of its Rodong ballistic "
            "missile in five years; in 1993 Pyongyang test-fired a Rodong toward the Sea of Japan.",
            "Nodong",
        ),
        (
            "Officials said it may be a Hwasong-12; in 2017 the North fired two of them over "
            "Japan.",
            "Hwasong-12",
        ),
        (
            "The missile was a KN-23; in 2019 the North tested the type five times.",
            "KN-23",
        ),
    ],
)
def test_the_clause_before_a_semicolon_recollection_is_kept(sites, text, name):
    found = draft("North Korea fired a ballistic missile on Monday. " + text, sites)
    assert found.missile_name == name


@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        ("The missile has a range of about 620 miles.", None),
        ("The Hwasong-12 has a range of some 4,500 km.", None),
        ("These missiles have a range of 300 km, enough to hit all of South Korea.", None),
        ("The missiles are assessed to have a range of about 500 km.", 500.0),
    ],
)
def test_what_the_missile_has_is_its_type(sites, text, range_km):
    found = draft("North Korea fired a ballistic missile on Monday. " + text, sites)
    assert found.range_km == range_km


# A submarine launch "off the east coast" with no place named: launched at sea off the coast.
@pytest.mark.parametrize(
    ("text", "site", "landing"),
    [
        (
            "North Korea fired what is thought to be a submarine-launched ballistic missile off "
            "the east coast of the Korean peninsula, South Korea's JCS said on Saturday.",
            "east-coast",
            "unknown",
        ),
        (
            "North Korea test-fired an SLBM off its east coast on Tuesday, the military said.",
            "east-coast",
            "unknown",
        ),
        (
            "North Korea fired a submarine-launched ballistic missile (SLBM) off its east coast "
            "on Tuesday. It was launched from waters near Sinpo.",
            "sinpo",
            "sea_of_japan",
        ),
        (
            "North Korea fired an SLBM that fell off its east coast on Tuesday.",
            "",
            "sea_of_japan",
        ),
    ],
)
def test_a_submarine_launch_off_the_coast(sites, text, site, landing):
    found = draft(text, sites, date(2021, 10, 19))
    assert (found.site_id, found.landing_area) == (site, landing)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea fired two ballistic missiles on Monday, one day after Kim Jong Un "
            "inspected a munitions factory in Hamhung.",
            "",
        ),
        (
            "North Korea fired a missile on Friday, one week after leader Kim visited Wonsan.",
            "",
        ),
        (
            "North Korea fired two ballistic missiles from Hamhung on Monday, one week after it "
            "fired a cruise missile.",
            "hamhung-town",
        ),
        (
            "North Korea fired ballistic missiles from an area near its border with China.",
            "northwest-border",
        ),
        (
            "The missile was launched from near the Chinese border, the JCS said.",
            "northwest-border",
        ),
    ],
)
def test_one_day_after_another_event_and_the_border_with_china(sites, text, site):
    assert draft(text, sites).site_id == site


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korean fighter jets have fired missiles off the North's east coast, South "
            "Korea says. The North also fired suspected cruise missiles on Tuesday morning.",
            "unknown",
        ),
        (
            "North Korea fired a ballistic missile into the East Sea on Monday; its warplanes "
            "also fired air-to-surface missiles toward the Yellow Sea.",
            "sea_of_japan",
        ),
        (
            "North Korea fired two ballistic missiles into the East Sea. Its fighter jets fired "
            "air-to-ship missiles into the Yellow Sea an hour later.",
            "sea_of_japan",
        ),
    ],
)
def test_missiles_fired_from_aircraft_give_no_landing(sites, text, landing):
    assert draft(text, sites).landing_area == landing


@pytest.mark.parametrize(
    ("text", "klass"),
    [
        ("North Korea fired a cruise missile, not a ballistic missile, the JCS said.", "cruise"),
        (
            "KCNA did not say what it was, but 'tactical' suggests a short-range weapon rather "
            "than the long-range ballistic missiles seen as a threat to the US.",
            "SRBM",
        ),
        (
            "North Korea fired an intermediate-range missile instead of the long-range rocket "
            "analysts had expected.",
            "IRBM",
        ),
        (
            "North Korea fired what appeared to be more than 10 short-range ballistic missiles.",
            "SRBM",
        ),
    ],
)
def test_a_kind_set_aside_is_not_the_class(sites, text, klass):
    assert draft(text, sites).missile_class == klass


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a projectile at around 10:43 p.m., sending it south from the "
        "northwestern part of the country, the Japanese government said.",
        "The rocket was fired from the north-western part of the country, Japan said.",
        "North Korea launched the rocket from the northwestern part of North Korea.",
    ],
)
def test_the_northwestern_part_of_the_country(sites, text):
    assert draft(text, sites).site_id == "northwest-border"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea tried to launch a missile from the eastern coastal city of Wonsan. "
            '"North Korea fired one projectile near Wonsan airbase," the ministry said.',
            "wonsan",
        ),
        (
            "North Korea fired two missiles from Sunchon on Monday. They were launched from the "
            "Sunchon airfield, the JCS said.",
            "sunchon",
        ),
        (
            "North Korea fired a missile from Wonsan on Monday. The JCS said it flew toward "
            "Hamhung and landed in the East Sea.",
            "wonsan-town",
        ),
    ],
)
def test_a_base_in_the_town_named_first_is_more_precise(sites, text, site):
    assert draft(text, sites).site_id == site


# "We believe they are Scud-C missiles, the same type the North fired on March 3": what the
# launch was, before another day's clause.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We believe they are Scud-C missiles, the same type the North fired on March 3," a '
            "JCS official said.",
            "Scud-C",
        ),
        ("Officials said it was a KN-23, a type first tested on May 4, 2019.", "KN-23"),
        (
            "The DPRK has launched missiles 16 times this year; it said it test-fired a new-type "
            "ICBM, the Hwasongpho-17, on March 24.",
            "",
        ),
    ],
)
def test_what_the_launch_was_before_another_days_clause(sites, text, name):
    lead = "SEOUL, June 29 (Yonhap) -- North Korea fired two short-range missiles on Sunday. "
    assert draft(lead + text, sites, date(2014, 6, 29)).missile_name == name


# "The suspected launch, from the Sunan area of the capital, also came two days after ...".
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The suspected launch, from the Sunan area of the capital Pyongyang, also came two "
            "days after the new president took office.",
            "sunan",
        ),
        (
            "The latest launch, from near Wonsan, came a week after the North fired a cruise "
            "missile from Nampo.",
            "wonsan-town",
        ),
        (
            "The launch came three days after the North fired missiles from Hamhung.",
            "",
        ),
    ],
)
def test_the_launch_as_subject_before_another_event(sites, text, site):
    lead = "North Korea fired three short-range ballistic missiles on Thursday. "
    assert draft(lead + text, sites, date(2022, 5, 12)).site_id == site


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pyongyang has fired a number of short-range missiles lately, but these tests were its "
            "first launch of a Nodong (Rodong, in Yonhap's spelling) since 2009.",
            "Nodong",
        ),
        ("The launch was the first of a Musudan since 2016.", "Musudan"),
        ("The tests were the North's first of the Hwasong-12 since 2022.", "Hwasong-12"),
    ],
)
def test_the_first_of_a_type_since_a_year_names_the_launch(sites, text, name):
    lead = "North Korea test-fired a pair of ballistic missiles into the sea early today. "
    assert draft(lead + text, sites, date(2024, 3, 26)).missile_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Observers say they could be the North Korean version of the U.S. ATACMS or of "
            "Russia's Iskander, known as the KN-23.",
            "",
        ),
        ("Analysts said it could be a KN-23 or a new type.", ""),
        ("Experts said it might be the Hwasong-17 or a new solid-fuel ICBM.", ""),
        ("Its range suggests it could be the Hwasong-6, a variant of the Scud-C.", "Hwasong-6"),
    ],
)
def test_a_name_among_choices_after_could_be_names_none(sites, text, name):
    assert draft("North Korea fired a missile on Monday. " + text, sites).missile_name == name


def test_a_comparison_with_another_class_keeps_the_figure(sites):
    text = (
        "North Korea fired an ICBM on Monday. The missile flew 1,000 km, much farther than "
        "short-range missiles."
    )
    assert draft(text, sites).range_km == 1000.0


@pytest.mark.parametrize(
    ("text", "klass"),
    [
        (
            "North Korea, which has been developing ICBMs capable of reaching the US, fired a "
            "short-range ballistic missile on Monday.",
            "SRBM",
        ),
        (
            "North Korea fired a short-range ballistic missile on Monday as it pushes to develop "
            "ICBMs.",
            "SRBM",
        ),
        ("North Korea fired a ballistic missile on Monday, part of its ICBM program.", "unknown"),
        ("North Korea fired an ICBM on Monday to develop its nuclear deterrent.", "ICBM"),
    ],
)
def test_a_kind_pursued_is_not_the_class(sites, text, klass):
    assert draft(text, sites).missile_class == klass


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "North Korea, which has been developing the Hwasong-18, fired a KN-23 on Monday.",
            "KN-23",
        ),
        ("North Korea fired a missile on Monday, part of its Hwasong-17 program.", ""),
        ("North Korea fired a Hwasong-17 on Monday.", "Hwasong-17"),
    ],
)
def test_a_name_pursued_is_not_the_name(sites, text, name):
    assert draft(text, sites).missile_name == name


# 250-269's misses. "From Pyongyang" is the Pyongyang area (convention of 2026-12-04, round 14;
# it was the city centre until then).
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The missiles were fired from Pyongyang at about 7:50 a.m., the JCS said.",
            "pyongyang-area",
        ),
        ("The missiles flew some 300 km from Pyongyang, the North's capital.", "pyongyang-area"),
        ("The missile was fired from an area near Pyongyang at 7:10 a.m.", "pyongyang-area"),
        ("The missile lifted off from around Pyongyang at about 8:24 a.m.", "pyongyang-area"),
        ("The missiles were launched from the Pyongyang area, the JCS said.", "pyongyang-area"),
        (
            "The missile, launched from an area near Pyongyang, is thought to have used a new "
            "solid-fuel motor, similar to the Hwasong-18 tested in 2023.",
            "pyongyang-area",
        ),
    ],
)
def test_from_the_city_or_its_area(sites, text, site):
    assert draft("North Korea fired ballistic missiles on Monday. " + text, sites).site_id == site


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "The missile flew some 600 kilometers before landing in waters off the North's "
            "northeastern city of Chongjin.",
            "sea_of_japan",
        ),
        ("It fell into waters off the eastern port of Kimchaek.", "sea_of_japan"),
        (
            "An evacuation order was issued for residents of Okinawa Prefecture; the rocket flew "
            "southward over the Yellow Sea.",
            "yellow_sea",
        ),
        ("It came down about 200 km north of the Oki Islands.", "sea_of_japan"),
    ],
)
def test_waters_off_a_named_city_and_okinawa_is_not_oki(sites, text, landing):
    assert draft("North Korea fired a missile on Monday. " + text, sites).landing_area == landing


@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        ("The missile travelled more than about 650 kilometers.", 650.0),
        ("It flew more than about 1,000 km, the ministry said.", 1000.0),
        ("It flew over some 300 km.", 300.0),
    ],
)
def test_two_qualifiers_before_a_range(sites, text, range_km):
    assert draft("North Korea fired a missile on Monday. " + text, sites).range_km == range_km


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The launch comes after North Korea tested a huge new solid-fuel intercontinental "
            "ballistic missile, called the Hwasong-19, last week.",
            "",
        ),
        (
            "The test follows the launch of the Hwasong-18, its newest ICBM, in December.",
            "",
        ),
    ],
)
def test_the_launch_comes_after_another_named_one(sites, text, name):
    lead = "North Korea fired several short-range ballistic missiles on Tuesday. "
    assert draft(lead + text, sites, date(2024, 11, 5)).missile_name == name
