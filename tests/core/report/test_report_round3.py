"""Wordings round 3's first held-out run (125-145) missed: US zones, stamps, datelines, sites."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_a_us_eastern_clock_is_turned_into_utc_with_its_day(sites):
    text = (
        "WASHINGTON - The U.S. military says North Korea tried to launch a missile near Kusong. "
        "The attempt came at 11:33 p.m. EDT Friday (12:03 p.m. Saturday local time)."
    )
    draft = extract_report(text, date(2016, 10, 15), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2016, 10, 15), time(3, 33))


def test_a_pacific_clock_before_midnight_stays_on_its_day(sites):
    text = "North Korea fired a missile on Thursday at 9:10 a.m. PDT, the Pentagon said."
    draft = extract_report(text, date(2022, 3, 24), sites)
    assert draft.time_utc == time(16, 10)


def test_the_weekday_named_with_a_gmt_clock_is_the_utc_day(sites):
    text = (
        "Pyongyang, July 19 (IANS) North Korea on Monday night fired three ballistic missiles "
        "toward the Sea of Japan. The launches took place from 05:45 local time (20:45 GMT on "
        "Monday) to 06:40."
    )
    draft = extract_report(text, date(2016, 7, 19), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2016, 7, 18), time(20, 45))


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Updated: 2019-09-10 16:42:19 KST", date(2019, 9, 10)),
        ("Jan. 28, 2024 - 14:58", date(2024, 1, 28)),
        ("Published 2022-05-12 18:40", date(2022, 5, 12)),
    ],
)
def test_a_page_time_stamp_is_not_the_launch_time(sites, stamp, published):
    text = f"{stamp}\n\nNorth Korea fired two missiles early today, the JCS said."
    assert extract_report(text, published, sites).time_utc is None


def test_the_day_of_an_event_the_launch_came_ahead_of_is_not_the_launch_day(sites):
    text = (
        "N. Korea fires short-range missiles ahead of April 15 general elections\n\n"
        "North Korea fired missiles into the East Sea on Tuesday, military authorities said."
    )
    assert extract_report(text, date(2020, 4, 15), sites).date_utc == date(2020, 4, 14)


def test_a_dateline_after_the_headline_anchors_the_lead(sites):
    text = (
        "North Korea fires ballistic missile, Seoul says\n\n"
        "SEOUL, March 17 (UPI) -- A North Korean ballistic missile was fired on Friday, the "
        "JCS said."
    )
    # Pasted days later: the weekday counts from the dateline (and its next day), not the paste.
    assert extract_report(text, date(2016, 3, 25), sites).date_utc == date(2016, 3, 18)


def test_a_date_well_before_the_dateline_is_an_older_launch(sites):
    text = (
        "SEOUL, May 12 (Xinhua) -- The DPRK fired three short-range ballistic missiles, South "
        "Korea's JCS said Thursday.\n\n"
        "It said it test-fired a new-type ICBM, the Hwasongpho-17, on March 24."
    )
    draft = extract_report(text, date(2022, 5, 13), sites)
    assert (draft.date_utc, draft.missile_name, draft.count) == (date(2022, 5, 12), "", 3)


def test_a_date_the_day_before_the_dateline_is_still_the_launch(sites):
    text = "TOKYO, Nov. 19 (Kyodo) -- North Korea fired an ICBM on Nov. 18, Japan said."
    assert extract_report(text, date(2022, 11, 19), sites).date_utc == date(2022, 11, 18)


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("to improve its frontline long-range artillery units", "unknown"),
        # (A named Musudan is an IRBM: a known name beats a range word, see test_report_round4.)
        ("a new middle-range ballistic missile", "MRBM"),
        ("missiles thought to be of the Scud type", "SRBM"),
        ("an extended-range Scud missile", "unknown"),
    ],
)
def test_class_words(sites, wording, expected):
    text = f"North Korea fired {wording} on Saturday."
    assert extract_report(text, date(2022, 4, 17), sites).missile_class == expected


def test_a_satellite_launching_ground_in_a_name_is_no_satellite_launch(sites):
    text = (
        "North Korea fired two ballistic missiles on Sunday from the Tongchang-ri area, home "
        "of its Sohae Satellite Launching Ground."
    )
    draft = extract_report(text, date(2022, 12, 18), sites)
    assert (draft.missile_class, draft.site_id) == ("unknown", "sohae")


def test_a_bare_range_word_yields_to_cruise_missiles_said_later(sites):
    text = (
        "North Korea fired a barrage of short-range missiles into the East Sea on Tuesday. "
        "The military thinks they were cruise missiles."
    )
    draft = extract_report(text, date(2020, 4, 14), sites)
    assert (draft.missile_class, draft.maneuver) == ("cruise", "cruise")


def test_short_range_ballistic_missiles_stay_srbm_beside_cruise_missiles(sites):
    text = (
        "North Korea fired two short-range ballistic missiles on Tuesday. It also fired cruise "
        "missiles the same morning."
    )
    assert extract_report(text, date(2020, 4, 14), sites).missile_class == "SRBM"


def test_a_number_put_on_the_salvo_beats_several(sites):
    text = (
        "North Korea fired several anti-ship cruise missiles on Thursday, the JCS said. CNN, "
        "citing unnamed sources, put the number at four."
    )
    draft = extract_report(text, date(2017, 6, 8), sites)
    assert (draft.count, draft.count_qualifier) == (4, "exact")


def test_a_satellite_launch_is_one_rocket(sites):
    text = (
        "North Korea said its attempt to put a military reconnaissance satellite into orbit "
        "failed on Thursday. The Chollima-1 carrier rocket was used to launch the satellite."
    )
    draft = extract_report(text, date(2023, 8, 24), sites)
    assert (draft.missile_class, draft.count, draft.count_qualifier) == ("SLV", 1, "exact")
    assert draft.evidence["count"][0].note.endswith("a satellite launch")


def test_a_missile_that_came_down_is_counted(sites):
    text = "Two North Korean ballistic missiles came down in the East Sea on Friday."
    draft = extract_report(text, date(2016, 3, 18), sites)
    assert (draft.count, draft.count_qualifier) == (2, "exact")


def test_north_korean_media_are_state_media(sites):
    text = "North Korean media say the country fired two cruise missiles on Sunday."
    assert extract_report(text, date(2023, 3, 13), sites).reporters == ("KCNA",)


def test_a_base_is_named_by_its_place_alone(sites):
    text = "The missiles were fired on Tuesday from Kwail, a county in South Hwanghae Province."
    assert extract_report(text, date(2019, 8, 6), sites).site_id == "kwail"


def test_a_place_with_its_own_site_keeps_it(sites):
    # "Sondok" names a site of its own; the airbase does not take the bare word.
    text = "The projectiles were fired on Monday from the Sondok area."
    assert extract_report(text, date(2020, 3, 9), sites).site_id == "sondok"


def test_a_province_named_with_inland_is_the_site(sites):
    text = "Two projectiles were fired on Tuesday from an inland site in South Pyongan Province."
    assert extract_report(text, date(2019, 9, 10), sites).site_id == "south-pyongan-province"


def test_the_western_coastal_area_is_the_west_coast(sites):
    text = "Two cruise missiles were launched at daybreak from the western coastal area."
    assert extract_report(text, date(2022, 8, 17), sites).site_id == "west-coast"


def test_where_missiles_landed_is_not_where_they_were_fired(sites):
    text = (
        "North Korea fired several cruise missiles on Sunday. The missiles landed at around "
        "8 a.m. in waters near Sinpo, a port city in South Hamgyong Province."
    )
    draft = extract_report(text, date(2024, 1, 28), sites)
    assert (draft.site_id, draft.time_utc) == ("", None)


def test_a_place_named_without_a_launch_is_not_the_site(sites):
    text = (
        "North Korea fired several cruise missiles on Sunday into the sea. Experts noted that "
        "North Korea builds its submarines at Sinpo."
    )
    assert extract_report(text, date(2024, 1, 28), sites).site_id == ""


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("each crossed the peninsula for about 450 kilometers", 450),
        ("one travelled about 250 kilometers and the other some 350 kilometers", 350),
    ],
)
def test_range_wordings(sites, wording, expected):
    text = f"North Korea fired two missiles on Tuesday; {wording}."
    assert extract_report(text, date(2019, 8, 6), sites).range_km == expected


def test_a_flight_time_between_two_figures_is_the_longer(sites):
    text = (
        "KCNA said the cruise missiles fired on Saturday flew for between 7,507 and 7,511 seconds."
    )
    assert extract_report(text, date(2025, 1, 26), sites).flight_time_min == pytest.approx(125.2)


def test_a_date_after_a_gmt_clock_is_the_launch_date(sites):
    text = "North Korea fired a missile from Sunan at 13:00 GMT on March 5, 2024, the JCS said."
    draft = extract_report(text, date(2024, 3, 6), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2024, 3, 5), time(13, 0))
