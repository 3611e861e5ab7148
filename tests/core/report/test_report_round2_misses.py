"""Wordings the round-2 held-out run missed: names over range words, bounds, speech, clauses."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_a_known_name_beats_a_range_word(sites):
    text = "KCNA said a medium long-range ballistic missile, the Pukguksong-2, was fired on Sunday."
    draft = extract_report(text, date(2017, 2, 13), sites)
    assert (draft.missile_name, draft.missile_class) == ("Pukguksong-2", "MRBM")


def test_medium_long_range_without_a_name_is_an_irbm(sites):
    text = "North Korea tested a new mid/long-range strategic ballistic rocket on Sunday."
    assert extract_report(text, date(2017, 5, 15), sites).missile_class == "IRBM"


def test_a_kind_of_weapon_word_still_beats_the_name(sites):
    text = "North Korea fired a submarine-launched ballistic missile, a Hwasong-11, on Monday."
    assert extract_report(text, date(2024, 6, 3), sites).missile_class == "SLBM"


@pytest.mark.parametrize(
    "wording",
    ["took off from the Banghyon air base", "was fired from Panghyon Airport"],
)
def test_panghyon_airbase_by_its_other_names(sites, wording):
    text = f"The missile {wording} in North Pyongan Province on Sunday."
    assert extract_report(text, date(2017, 2, 12), sites).site_id == "panghyon-ab"


def test_the_place_after_a_possessive_is_the_launch_site(sites):
    text = "Eight missiles were fired on Sunday from the area around Pyongyang's Sunan airport."
    assert extract_report(text, date(2022, 6, 5), sites).site_id == "pyongyang"


def test_figures_from_where_it_was_fired_peaked_and_timed(sites):
    text = (
        "North Korea fired a missile on July 4. The JCS said it came down more than 930 "
        "kilometers from where it was fired; Japan said it peaked well above 2,500 kilometers; "
        "U.S. Pacific Command timed the flight at 37 minutes."
    )
    draft = extract_report(text, date(2017, 7, 4), sites)
    assert (draft.range_km, draft.apogee_km, draft.flight_time_min) == (930, 2500, 37)
    assert "well above" in draft.evidence["apogee_km"][0].note


def test_an_upper_bound_on_distance_is_kept_and_said(sites):
    text = "North Korea fired a missile on Tuesday; officials said it flew less than 200 km."
    draft = extract_report(text, date(2021, 9, 28), sites)
    assert draft.range_km == 200
    assert "less than 200" in draft.evidence["range_km"][0].note


def test_spans_of_distance_and_altitude_after_flew_at(sites):
    text = (
        "North Korea fired two ballistic missiles on Saturday. Estimates put the distance the "
        "missiles flew at about 350-400 kilometers, with a maximum altitude of 30-50 kilometers."
    )
    draft = extract_report(text, date(2022, 10, 1), sites)
    assert (draft.range_km, draft.apogee_km) == (400, 50)


def test_a_range_the_jcs_estimated_beats_the_norths_claim(sites):
    text = (
        "KCNA said the missile, launched Monday, flew about 1,500 kilometers. The JCS disputed "
        "the flight range, which it estimated at around 1,100km."
    )
    assert extract_report(text, date(2025, 1, 7), sites).range_km == 1100


def test_maneuverability_is_not_a_pull_up(sites):
    text = (
        "North Korea fired a hypersonic missile on Monday; the JCS doubted a claimed second "
        "peak that would point to advanced maneuverability."
    )
    assert extract_report(text, date(2025, 1, 7), sites).maneuver == "unknown"


def test_said_on_a_weekday_that_it_had_fired_is_the_new_launch(sites):
    text = (
        "North Korea said Tuesday it had test-fired a hypersonic ballistic missile. The missile "
        "was launched Monday from the outskirts of the capital."
    )
    draft = extract_report(text, date(2025, 1, 7), sites)
    assert (draft.count, draft.count_qualifier, draft.missile_class) == (1, "exact", "HGV")
    assert draft.date_utc == date(2025, 1, 6)


def test_informed_the_press_that_the_north_had_launched_is_the_new_launch(sites):
    text = (
        "The Joint Chiefs of Staff informed the press corps by text message that the North had "
        "launched an unidentified projectile toward the East Sea at 3:59 p.m. on Tuesday."
    )
    draft = extract_report(text, date(2026, 1, 27), sites)
    assert draft.time_utc == time(6, 59)
    assert draft.reporters == ("JCS",)


def test_an_upcoming_day_is_not_the_launch_day(sites):
    text = (
        "North Korea said it test-fired a ballistic missile, as President-elect Donald Trump "
        "prepares to take office on January 20."
    )
    assert extract_report(text, date(2025, 1, 7), sites).date_utc == date(2025, 1, 7)


def test_the_day_of_an_after_clause_belongs_to_another_event(sites):
    text = (
        "North Korea fired two short-range ballistic missiles, the JCS said. The launches come "
        "after a U.S. soldier ran across the inter-Korean border on Tuesday."
    )
    assert extract_report(text, date(2023, 7, 19), sites).date_utc == date(2023, 7, 19)


def test_a_launch_after_midnight_keeps_its_day(sites):
    text = "North Korea fired a missile shortly after midnight on Tuesday, the JCS said."
    assert extract_report(text, date(2023, 7, 20), sites).date_utc == date(2023, 7, 18)


def test_a_name_the_launch_is_compared_with_is_not_its_name(sites):
    text = (
        "North Korea fired a ballistic missile on Wednesday. Its specifications are close to "
        "those of the Pukguksong, a submarine-launched missile."
    )
    assert extract_report(text, date(2019, 10, 2), sites).missile_name == ""
