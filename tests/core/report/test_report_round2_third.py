"""Wordings the third round-2 held-out run missed: 'may', shared p.m., areas refined, datelines."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_may_the_verb_is_not_the_month(sites):
    text = (
        "One of the three missiles North Korea fired on Nov. 3 may have been an ICBM. The first "
        "was launched from the west coast at around 7:40 a.m."
    )
    draft = extract_report(text, date(2022, 11, 3), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2022, 11, 2), time(22, 40))


def test_a_bare_clock_shares_the_pm_of_the_next(sites):
    text = "The JCS said two missiles were fired on Friday at 2:41 and 2:52 p.m."
    draft = extract_report(text, date(2022, 1, 15), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2022, 1, 14), time(5, 41))


def test_a_later_place_inside_an_area_named_first_refines_it(sites):
    text = (
        "North Korea fired two missiles eastward from an airfield in Pyongyang on Monday. The "
        "JCS said they were launched from the Sunan airport at 8:50 a.m."
    )
    assert extract_report(text, date(2022, 1, 17), sites).site_id == "pyongyang"


def test_a_province_then_a_town_inside_it(sites):
    text = (
        "A railway-based missile regiment in North Pyongan Province fired two missiles on "
        "Friday. They were launched from the inland region of Uiju in North Pyongan Province."
    )
    assert extract_report(text, date(2022, 1, 15), sites).site_id == "uiju-town"


def test_the_province_of_gangwon_is_kangwon(sites):
    text = (
        "Three missiles were fired on Saturday from a site in the North Korean province of Gangwon."
    )
    assert extract_report(text, date(2017, 8, 26), sites).site_id == "kangwon-province"


def test_junghwa_is_chunghwa(sites):
    text = "The missiles were fired on Wednesday from Junghwa in North Hwanghae Province."
    assert extract_report(text, date(2025, 10, 22), sites).site_id.startswith("chunghwa")


def test_a_weekday_right_after_gmt_is_the_utc_day(sites):
    text = (
        "The JCS said the missiles were fired at around 8.10 am local time (2310GMT Tuesday) "
        "from Junghwa, on Wednesday."
    )
    draft = extract_report(text, date(2025, 10, 22), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2025, 10, 21), time(23, 10))


def test_a_lead_weekday_the_day_after_a_us_dateline(sites):
    text = (
        "SEOUL, March 17 (UPI) -- North Korea launched multiple short-range ballistic missiles "
        "into the East Sea on Monday morning, the JCS said. They were fired between 7:44 a.m. "
        "and 8:22 a.m."
    )
    draft = extract_report(text, date(2024, 3, 17), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2024, 3, 17), time(22, 44))


def test_the_head_clause_before_a_since_clause_is_the_new_launch(sites):
    text = (
        "North Korea fired two missiles on Monday, Japan's Defense Ministry said. South Korea's "
        "military also confirmed the launches, the North's first firings since Jan. 14."
    )
    assert extract_report(text, date(2024, 3, 18), sites).reporters == ("Japan MOD", "JCS")


def test_a_name_in_another_sentence_does_not_override_the_class(sites):
    text = (
        "North Korea fired two short-range missiles on Thursday. The JCS first placed the launch "
        "at Sino-ri, home to a base of medium-range Nodong missiles."
    )
    assert extract_report(text, date(2019, 5, 9), sites).missile_class == "SRBM"


def test_plural_altitudes_are_an_apogee(sites):
    text = "Two missiles fired on Thursday flew 420 km and 270 km at altitudes of about 50 km."
    assert extract_report(text, date(2019, 5, 9), sites).apogee_km == 50


def test_a_withdrawn_overflight_is_not_the_pacific(sites):
    text = (
        "North Korea fired a missile on Thursday. The ministry said it never passed over Japan "
        "and fell into the Sea of Japan."
    )
    assert extract_report(text, date(2022, 11, 3), sites).landing_area == "sea_of_japan"


def test_the_defense_ministry_in_a_report_told_from_japan(sites):
    text = (
        "The government issued a J-Alert on Thursday after North Korea fired a missile. The "
        "Defense Ministry later said it never passed over Japan."
    )
    assert "Japan MOD" in extract_report(text, date(2022, 11, 3), sites).reporters


def test_the_defense_ministry_beside_south_koreas_is_not_japans(sites):
    text = (
        "North Korea fired a missile on Saturday; Japan's EEZ was not reached. South Korea's "
        "Defence Ministry said the Defense Ministry would keep watch."
    )
    assert "Japan MOD" not in extract_report(text, date(2017, 8, 26), sites).reporters
