"""Round 26 (fix26c): range, apogee, flight time and landing read on 1170-1243's misses (a second
"and had flown" in reported speech, "the agency said" after KCNA, air traffic halted "for three
hours", "the first of those" after a recalled launch, artillery rounds' sea, a fall in a North
Korean province, "toward the sea from its east coast", "its second such launch in three days", a
fall "west of Oshima" alone).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells, field

# --- "said the missile had been fired ... and had flown 900 km" (1198) --------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "North Korea fired a missile on Thursday. Japan's Chief Cabinet Secretary said the "
            "missile had been fired at a steep angle and had flown 900 km, reaching a maximum "
            "altitude of 5,700 km, in a flight of 66 minutes.",
            ("900", "5700", "66"),
        ),
        (
            "North Korea launched an ICBM on Thursday. Japan's defence ministry said the ICBM had "
            "been launched on a lofted trajectory, and had flown about 1,000 km, reaching an "
            "altitude of 6,000 km, in a flight of 69 minutes.",
            ("1000", "6000", "69"),
        ),
        (
            "North Korea fired a ballistic missile on Thursday. The JCS said the missile had been "
            "detected at 10:38 a.m. and had flown 350 km, reaching an altitude of 50 km.",
            ("350", "50", ""),
        ),
    ],
)
def test_a_second_had_of_reported_speech_is_this_launch(sites, text, figures):
    found = cells(text, THURSDAY, sites)
    assert (found["range_km"], found["apogee_km"], found["flight_time_min"]) == figures


def test_near_miss_a_had_in_a_sentence_of_its_own_still_recalls(sites):
    text = (
        "North Korea fired a missile on Thursday that flew 400 km, the JCS said. In 2017 the "
        "North had fired a Hwasong-15, and it had flown 950 km."
    )
    assert field(text, sites, "range_km") == "400"


# --- '"... flew a distance of 999.2 km ...," the agency said' after KCNA (1202) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a Hwasong-17 on Thursday, the state-run KCNA news agency reported. "
        '"The missile flew a distance of 999.2 km," the agency said. Japan said the missile '
        "flew about 1,000 kilometers.",
        "Pyongyang's Korean Central News Agency said Thursday's test was a success. The ICBM "
        "travelled 999.2 km, the agency added. According to Japan's defence ministry, the "
        "missile flew about 1,000 km.",
        "KCNA reported the launch on Thursday. The missile flew 999.2 km, that agency said. The "
        "JCS said the missile flew about 1,000 km.",
    ],
)
def test_the_agency_after_kcna_is_north_koreas_claim(sites, text):
    assert field(text, sites, "range_km") == "1000"


def test_near_miss_the_agency_after_yonhap_is_not_the_norths(sites):
    text = (
        "KCNA said the missile was a success. North Korea fired the missile on Thursday, Yonhap "
        "news agency reported. The missile flew 999.2 km, the agency said. Japan said the "
        "missile flew about 1,000 kilometers."
    )
    assert field(text, sites, "range_km") == "999.2"


# --- "forcing flights in and out of Incheon airport to halt for three hours" (1180) -------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday that blew up in mid-flight, hours after balloons "
        "forced flights in and out of Incheon airport to halt for three hours.",
        "North Korea launched a missile on Thursday. Flights were suspended at Haneda airport "
        "for two hours after the J-Alert, NHK reported.",
        "North Korea fired a missile on Thursday; air traffic over Hokkaido was held for an hour "
        "while the missile was in flight, Kyodo said.",
    ],
)
def test_air_traffic_halted_for_hours_is_no_flight_time(sites, text):
    assert field(text, sites, "flight_time_min") == ""


def test_near_miss_a_missile_flying_for_an_hour_still_counts(sites):
    text = "The ICBM fired on Thursday flew for one hour and six minutes, Japan's ministry said."
    assert field(text, sites, "flight_time_min") == "66"


# --- "The first of those flew about 430 kilometers" after a recalled launch (1223) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired more projectiles on Thursday, the JCS said.\n\n"
        "On July 25 North Korea fired two KN-23 missiles.\n\n"
        "The first of those flew about 430 kilometers and the second about 690 kilometers.",
        "North Korea launched projectiles on Thursday, Yonhap reported.\n\n"
        "Last week the North fired two missiles off its east coast.\n\n"
        "According to the Korea Times, both of those missiles flew about 250 kilometers.",
        "North Korea test-fired missiles on Thursday, KCNA said.\n\n"
        "On Monday the North launched two missiles.\n\n"
        "Each of those travelled some 600 km, Japan's ministry said.",
    ],
)
def test_some_of_those_recalled_carry_the_recollection_on(sites, text):
    assert field(text, sites, "range_km") == ""


def test_near_miss_some_of_these_missiles_are_this_launchs(sites):
    text = (
        "North Korea fired two missiles on Thursday, the JCS said.\n\n"
        "On July 25 North Korea fired two KN-23 missiles.\n\n"
        "Thursday's first missile flew about 430 kilometers and the second about 690 kilometers."
    )
    assert field(text, sites, "range_km") == "690"


# --- "fired some 130 rounds of artillery into the waters of the Yellow Sea" (1206) --------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a short-range ballistic missile into the East Sea on Thursday, the "
        "JCS said. It also fired some 130 rounds of artillery into the waters of the Yellow Sea "
        "and 40 rounds into the East Sea.",
        "North Korea fired a ballistic missile toward the Sea of Japan on Thursday, Japan's "
        "ministry said. The North also fired artillery shells into the Yellow Sea buffer zone.",
        "The KPA fired a ballistic missile into the East Sea on Thursday, KCNA said, and "
        "artillery units shot rounds into the West Sea.",
    ],
)
def test_artillery_rounds_sea_is_no_landing(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_artillery_and_a_missile_into_a_sea_is_the_missiles(sites):
    text = (
        "North Korea fired artillery shells and a ballistic missile into the Yellow Sea on "
        "Thursday, the JCS said."
    )
    assert field(text, sites, "landing_area") == "yellow_sea"


def test_near_miss_artillery_alone_keeps_its_sea(sites):
    text = "North Korea fired some 100 artillery rounds into the Yellow Sea on Thursday, JCS said."
    assert field(text, sites, "landing_area") == "yellow_sea"


# --- "flew about 350km before coming down in North Hamgyong Province" (1172) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The JCS said the missiles fired on Thursday flew about 350km before coming down in "
        "North Hamgyong Province.",
        "North Korea fired a missile on Thursday that landed in South Hamgyong Province, "
        "Japan's defence ministry said.",
        "KCNA said the rockets launched on Thursday fell in North Hwanghae Province on target.",
    ],
)
def test_a_fall_in_a_north_korean_province_is_land(sites, text):
    assert field(text, sites, "landing_area") == "land"


def test_near_miss_waters_off_a_province_are_the_sea(sites):
    text = (
        "The JCS said the missile fired on Thursday came down in waters off North Hamgyong "
        "Province."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "fired four missiles toward the sea from its southeastern coast" (1238) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired four short-range missiles toward the sea from its southeastern coast "
        "on Thursday, a South Korean defence official said.",
        "North Korea launched two ballistic missiles into the sea from its east coast on "
        "Thursday, Japan's ministry said.",
        "The JCS said North Korea fired a missile on Thursday towards the waters from the "
        "country's eastern coast.",
    ],
)
def test_toward_the_sea_from_the_east_coast_is_a_sea_of_japan_heading(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_fired_from_the_east_coast_alone_names_no_sea(sites):
    text = "North Korea fired a missile from its east coast on Thursday, the JCS said."
    assert field(text, sites, "landing_area") == ""


# --- "has fired two missiles into the East Sea, its second such launch in three days" (1236) ----


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        (
            "Defence officials in Seoul say North Korea has fired two short-range missiles into "
            "the East Sea, its second such launch in three days.",
            "sea_of_japan",
        ),
        (
            "North Korea has launched a ballistic missile into the Yellow Sea, the North's third "
            "launch in five days, the JCS said.",
            "yellow_sea",
        ),
        (
            "Japan's ministry said North Korea has fired a missile into the Sea of Japan, its "
            "fourth launch within several days.",
            "sea_of_japan",
        ),
    ],
)
def test_an_ordinal_in_days_places_this_launch(sites, text, sea):
    assert field(text, sites, "landing_area") == sea


def test_near_miss_missiles_fired_over_days_are_a_tally(sites):
    text = (
        "North Korea fired a cruise missile on Thursday, the JCS said. North Korea has fired "
        "ten missiles into the Yellow Sea in three days."
    )
    assert field(text, sites, "landing_area") == ""


# --- "came down 200 km west of Oshima island" (1198, 1089) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan said the missile fired on Thursday came down in the water 200 km west of Oshima "
        "island.",
        "The missile launched on Thursday fell about 210 kilometers west of Oshima-Oshima "
        "island, Japan's defence ministry said.",
    ],
)
def test_a_fall_west_of_oshima_alone_names_no_sea(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_near_miss_a_fall_west_of_okushiri_is_the_sea_of_japan(sites):
    text = "Japan said the missile fired on Thursday came down 150 km west of Okushiri island."
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "A few days after South Korea started its war games, North Korea has fired" (1238) --------


@pytest.mark.parametrize(
    "text",
    [
        "A few days after South Korea started its war games with the US, North Korea has fired "
        "four short-range missiles into the East Sea, a South Korean defence official said.",
        "Two days after the summit ended, Pyongyang has launched two ballistic missiles into the "
        "Sea of Japan, Japan's defence ministry said.",
        "Weeks after talks stalled, the North has test-fired a missile toward the East Sea, "
        "KCNA reported.",
    ],
)
def test_days_after_another_event_the_perfect_tells_this_launch(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_a_launch_that_came_days_after_an_older_one_is_recalled(sites):
    text = (
        "North Korea fired a cruise missile on Thursday, the JCS said. The test came two days "
        "after North Korea fired a ballistic missile into the Yellow Sea."
    )
    assert field(text, sites, "landing_area") == ""


# --- '"At first we thought they were an upgraded version of the KN-02"' (1238) -----------------


@pytest.mark.parametrize(
    "text",
    [
        'North Korea fired four missiles on Thursday. "At first we thought they were an upgraded '
        'version of the KN-02, but we now think they are Scud series missiles," an official said.',
        "North Korea launched a missile on Thursday. The JCS initially believed it was a KN-23; "
        "it later said the type was unknown.",
        "North Korea fired a missile on Thursday. Officials at first suspected a Hwasong-12, "
        "then said the type was still under analysis, Japan's ministry said.",
    ],
)
def test_a_name_held_at_first_is_no_name(sites, text):
    assert field(text, sites, "missile_name") == ""


def test_near_miss_a_name_told_plainly_stands(sites):
    text = "North Korea fired a missile on Thursday. At first light the JCS said it was a KN-23."
    assert field(text, sites, "missile_name") == "KN-23"


# --- 'because their range is more than (125 miles)' (1238) -------------------------------------


@pytest.mark.parametrize(
    ("text", "km"),
    [
        (
            'North Korea fired four missiles on Thursday. "We think they are Scuds, because their '
            'range is more than (125 miles)," a government source said.',
            "201",
        ),
        (
            "North Korea fired a missile on Thursday; its range was [310 miles], the JCS said.",
            "499",
        ),
        (
            "North Korea fired a missile on Thursday. The flight distance was about (300 km), "
            "Japan's ministry said.",
            "300",
        ),
    ],
)
def test_an_editors_bracketed_figure_is_the_range(sites, text, km):
    assert field(text, sites, "range_km") == km


def test_near_miss_a_bracketed_aside_with_no_figure_gives_none(sites):
    text = "North Korea fired a missile on Thursday; its range is (as yet) unknown, the JCS said."
    assert field(text, sites, "range_km") == ""
