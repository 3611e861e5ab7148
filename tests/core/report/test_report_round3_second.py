"""Wordings round 3's second held-out run (146-161) missed: statement days, headlines, counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_a_sentence_opening_with_a_day_is_no_dateline(sites):
    text = (
        "SEOUL, South Korea - North Korea fired a short-range ballistic missile on Thursday, "
        "March 9, South Korea's military said.\n\n"
        "The launch follows a statement on Tuesday, March 7, by Kim Yo-jong."
    )
    assert extract_report(text, date(2023, 3, 9), sites).date_utc == date(2023, 3, 9)


def test_the_day_of_the_leads_statement_bounds_later_dates(sites):
    text = (
        "North Korea has launched several short-range projectiles toward the Sea of Japan, "
        "South Korea's Ministry of National Defense said on Monday.\n\n"
        "On March 18 North Korea launched two medium-range ballistic missiles of the Nodong type."
    )
    draft = extract_report(text, date(2016, 3, 21), sites)
    assert (draft.date_utc, draft.missile_name, draft.count_qualifier) == (
        date(2016, 3, 21),
        "",
        "vague",
    )


def test_a_weekday_of_something_other_than_a_launch_leaves_the_dateline(sites):
    text = (
        "SEOUL, April 23 (UPI) -- North Korea fired what appeared to be a ballistic missile "
        "from a submarine.\n\n"
        "On Friday, satellites picked up movements at the nuclear test site."
    )
    assert extract_report(text, date(2016, 4, 23), sites).date_utc == date(2016, 4, 23)


def test_a_headlines_range_word_yields_to_the_bodys(sites):
    text = (
        "N Korea's mid-range missile launch appears to have failed\n\n"
        "North Korea fired a Musudan intermediate-range ballistic missile on Thursday."
    )
    assert extract_report(text, date(2016, 4, 28), sites).missile_class == "IRBM"


def test_a_lead_cut_before_a_recollection_is_no_headline(sites):
    text = (
        "SEOUL, May 9 (Yonhap) -- North Korea fired two short-range missiles on Thursday, "
        "South Korea's military said, five days after it launched a barrage of projectiles.\n\n"
        "They were fired near a base of medium-range Nodong missiles."
    )
    assert extract_report(text, date(2019, 5, 9), sites).missile_class == "SRBM"


def test_the_altitude_where_a_missile_blew_up_is_no_apogee(sites):
    text = (
        "North Korea fired a submarine-launched ballistic missile on Saturday. It seems to have "
        "exploded at an altitude of about 10 kilometers."
    )
    assert extract_report(text, date(2016, 7, 9), sites).apogee_km is None


def test_days_before_an_event_to_come_is_no_recollection(sites):
    text = (
        "North Korea test-fired at least one ballistic missile into the sea off its east coast, "
        "five days before South Korean voters choose a new president."
    )
    draft = extract_report(text, date(2022, 3, 5), sites)
    assert (draft.count, draft.count_qualifier, draft.landing_area) == (
        1,
        "at least",
        "sea_of_japan",
    )


def test_the_launch_a_report_came_after_is_the_one_reported(sites):
    text = (
        "North Korea said Saturday it had tested its new rocket system the day before.\n\n"
        "The report came a day after North Korea fired two projectiles from Yonghung into the "
        "East Sea, which Seoul said appeared to be short-range ballistic missiles."
    )
    draft = extract_report(text, date(2019, 8, 3), sites)
    assert (draft.site_id, draft.missile_class, draft.count) == ("yonghung", "SRBM", 2)


def test_a_multiple_launch_rocket_system_is_no_count(sites):
    text = (
        "North Korea fired projectiles on Friday, testing a newly developed large-caliber "
        "multiple launch guided rocket system."
    )
    draft = extract_report(text, date(2019, 8, 2), sites)
    # No count is stated: the default lower bound, not "several".
    assert (draft.count, draft.count_qualifier) == (1, "at least")


def test_missiles_that_hit_their_targets_are_counted(sites):
    text = (
        "North Korea held a strategic cruise missile test on Wednesday. At least two strategic "
        "cruise missiles hit their targets precisely after flying 1,587 kilometers."
    )
    draft = extract_report(text, date(2025, 2, 28), sites)
    assert (draft.count, draft.count_qualifier, draft.range_km) == (2, "at least", 1587)


def test_a_korean_letter_variant_is_part_of_the_name(sites):
    text = "North Korea tested the Hwasal-1 Ra-3 strategic cruise missile on Friday."
    assert extract_report(text, date(2024, 4, 20), sites).missile_name == "Hwasal-1 Ra-3"


def test_a_capital_named_as_the_government_is_no_site(sites):
    text = (
        "North Korea fired two cruise missiles off its west coast on Sunday, the JCS said, in "
        "Pyongyang's first missile test in about a year."
    )
    assert extract_report(text, date(2021, 3, 24), sites).site_id == ""


def test_a_military_put_on_readiness_is_not_a_source(sites):
    text = (
        "North Korea launched several short-range projectiles on Monday, the defence ministry "
        "said. The South Korean military has been put on combat readiness."
    )
    assert extract_report(text, date(2016, 3, 21), sites).reporters == ()
