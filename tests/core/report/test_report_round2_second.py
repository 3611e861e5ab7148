"""Wordings the second round-2 held-out run missed: landmarks, spans, statements, doubt, GMT."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_off_a_japanese_landmark_is_the_sea_of_japan(sites):
    text = (
        "Four missiles fired on Monday came down 300 km off the Oga Peninsula in Akita Prefecture."
    )
    assert extract_report(text, date(2017, 3, 6), sites).landing_area == "sea_of_japan"


def test_toward_its_eastern_seas_is_the_sea_of_japan(sites):
    text = "North Korea fired at least one ballistic missile toward its eastern seas on Wednesday."
    assert extract_report(text, date(2023, 9, 13), sites).landing_area == "sea_of_japan"


def test_a_span_with_the_unit_after_each_figure(sites):
    text = (
        "North Korea fired a missile on Tuesday that flew about 430 km to 450 km, officials said."
    )
    assert extract_report(text, date(2021, 10, 19), sites).range_km == 450


def test_the_time_of_an_announcement_is_not_the_launch_time(sites):
    text = (
        "North Korea fired a short-range ballistic missile on Sunday. The ministry announced the "
        "possible launch at around 10:40 p.m."
    )
    assert extract_report(text, date(2023, 12, 18), sites).time_utc is None


def test_said_it_spotted_the_launch_at_is_the_launch_time(sites):
    text = "North Korea fired missiles on Monday; the JCS said it spotted the launch at 1:50 p.m."
    assert extract_report(text, date(2025, 3, 10), sites).time_utc == time(4, 50)


@pytest.mark.parametrize(
    "wording", ["citing Tokyo's Defense Ministry", "citing the defense ministry in Tokyo"]
)
def test_tokyos_defence_ministry_is_japans(sites, wording):
    text = f"North Korea fired a ballistic missile on Sunday, Japan's coast guard said, {wording}."
    assert "Japan MOD" in extract_report(text, date(2023, 12, 17), sites).reporters


def test_a_capital_region_is_the_pyongyang_area(sites):
    text = "The JCS said the launch was made from the North's capital region on Wednesday night."
    assert extract_report(text, date(2023, 11, 23), sites).site_id == "pyongyang-area"


def test_a_failure_asked_about_is_not_a_failure(sites):
    text = (
        "The military is trying to work out whether one of the two ballistic missiles North "
        "Korea launched early Monday blew up in flight."
    )
    assert extract_report(text, date(2024, 7, 1), sites).outcome == "unknown"


def test_a_weekday_after_gmt_in_brackets_is_the_utc_day(sites):
    text = (
        "The missiles took off from Kaechon at around 6:50 a.m. (2150 GMT Tuesday) and flew about "
        "400 km, South Korea's Joint Chiefs of Staff said on Wednesday."
    )
    draft = extract_report(text, date(2024, 9, 18), sites)
    assert (draft.date_utc, draft.time_utc) == (date(2024, 9, 17), time(21, 50))
    assert (draft.site_id, draft.range_km, draft.reporters) == ("kaechon-town", 400, ("JCS",))


def test_a_plural_name_is_the_name(sites):
    text = "North Korea fired three short-range projectiles, thought to be KN-25s, on Monday."
    assert extract_report(text, date(2020, 3, 9), sites).missile_name == "KN-25"


def test_taechon_names_the_taechon_site(sites):
    text = (
        "The missile, launched on Sunday from the western inland town of Taechon, flew 370 miles."
    )
    assert extract_report(text, date(2022, 9, 25), sites).site_id == "taechon"
