"""Wordings round 3's third held-out run (162-174) missed: clocks read as years, names offered."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_a_four_digit_gmt_clock_is_no_year(sites):
    text = (
        "North Korea fired two missiles on Friday.\n\n"
        "The first was launched from Sukchon at 5:55 a.m. (2055 GMT Thursday) and flew 800 km."
    )
    draft = extract_report(text, date(2016, 3, 18), sites)
    assert (draft.date_utc, draft.time_utc, draft.site_id) == (
        date(2016, 3, 17),
        time(20, 55),
        "sukchon",
    )


def test_at_most_bounds_a_range(sites):
    text = "North Korea fired two projectiles on Tuesday that flew at most 330 kilometers."
    assert extract_report(text, date(2019, 9, 10), sites).range_km == 330


@pytest.mark.parametrize(
    "wording",
    [
        "It is assumed to be one of the North's new SRBMs, such as the KN-23 or KN-24.",
        "It flew notably farther than the North's standard KN-01.",
        "Analysts are unsure whether it is an improved KN-01.",
    ],
)
def test_a_name_offered_compared_or_asked_about_is_not_the_name(sites, wording):
    text = f"North Korea fired a short-range ballistic missile on Wednesday. {wording}"
    assert extract_report(text, date(2022, 11, 9), sites).missile_name == ""


def test_the_article_of_a_missile_test_is_no_count(sites):
    text = "North Korea carried out a strategic cruise missile test on Saturday, KCNA said."
    draft = extract_report(text, date(2025, 1, 26), sites)
    assert draft.evidence["count"][0].text == ""


def test_a_missile_that_did_not_leave_the_country_fell_on_land(sites):
    text = (
        "The missile North Korea fired on Saturday did not leave the country's territory. It "
        "apparently exploded seconds after liftoff, the JCS said."
    )
    draft = extract_report(text, date(2017, 4, 29), sites)
    assert (draft.landing_area, draft.outcome) == ("land", "failure")


def test_a_part_of_a_city_is_the_city(sites):
    text = "The projectiles were launched on Monday from the southern part of the city of Hamhung."
    assert extract_report(text, date(2016, 3, 21), sites).site_id == "hamhung-town"
