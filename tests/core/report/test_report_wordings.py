"""Report wordings the corpus showed: datelines, statement days, recollections, cruise, plurals."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_dateline_wins_over_a_publication_date_left_at_today(sites):
    text = (
        "SEOUL, March 10 (Yonhap) -- North Korea fired several close-range ballistic missiles "
        "toward the Yellow Sea on Monday afternoon, the JCS said. They were launched at around "
        "1:50 p.m. from the Nampo area."
    )
    draft = extract_report(text, date(2026, 6, 1), sites)
    # 2026-03-10 is a Tuesday; 2025-03-10 is the Monday the lead names.
    assert draft.date_utc == date(2025, 3, 10)
    assert draft.time_utc == time(4, 50)
    assert "dateline" in draft.evidence["date_utc"][0].note


def test_weekday_resolves_against_the_dateline_not_publication(sites):
    text = "TOKYO, Nov. 18 (Jiji Press)--North Korea fired a ballistic missile on Friday."
    assert extract_report(text, date(2022, 11, 30), sites).date_utc == date(2022, 11, 18)
    text = "SEOUL, Nov. 20 (Yonhap) -- North Korea fired a ballistic missile on Friday."
    assert extract_report(text, date(2022, 11, 30), sites).date_utc == date(2022, 11, 18)


def test_dateline_alone_gives_the_launch_day(sites):
    text = "TOKYO, November 7. /TASS/. North Korea launched what appears to be a ballistic missile."
    assert extract_report(text, date(2025, 11, 20), sites).date_utc == date(2025, 11, 7)


def test_day_of_the_statement_is_not_the_launch_day(sites):
    text = (
        "North Korea said on Thursday that it had test-fired two long-range strategic cruise "
        "missiles on Wednesday. The missiles flew for 10,234 seconds and struck a target "
        "2,000 km away over the West Sea of Korea, KCNA said."
    )
    draft = extract_report(text, date(2022, 10, 13), sites)
    assert draft.date_utc == date(2022, 10, 12)
    assert (draft.count, draft.missile_class, draft.maneuver) == (2, "cruise", "cruise")
    assert (draft.range_km, draft.flight_time_min) == (2000, 170.6)
    assert draft.landing_area == "yellow_sea"


def test_recalled_launch_is_not_taken_for_the_reported_one(sites):
    text = (
        "Japan's Defense Ministry says North Korea has fired a ballistic missile that fell outside "
        "Japan's exclusive economic zone.\n\nNorth Korea last fired a ballistic missile on "
        "Thursday, in what it called a launching drill of its Hwasong-17 ICBM."
    )
    draft = extract_report(text, date(2023, 3, 19), sites)
    assert draft.date_utc == date(2023, 3, 19)
    assert draft.missile_name == ""
    assert draft.missile_class == "unknown"
    assert draft.japan_eez == "outside"


def test_clause_about_the_launch_is_kept_before_a_recollection(sites):
    text = (
        "North Korea fired a ballistic missile on Sunday. An official said it was a medium-range "
        "ballistic missile, a system North Korea tested in February."
    )
    assert extract_report(text, date(2017, 5, 21), sites).missile_class == "MRBM"


@pytest.mark.parametrize(
    ("sentence", "count", "qualifier"),
    [
        ("North Korea fired a barrage of short-range ballistic missiles on Tuesday.", 2, "vague"),
        ("North Korea fired several cruise missiles on Tuesday.", 2, "vague"),
        (
            "North Korea fired a barrage of missiles on Tuesday. At least seven missiles were "
            "fired, Japan's defence minister said.",
            7,
            "at least",
        ),
        (
            "Japan says a missile North Korea launched on Tuesday fell in the sea. The North "
            "launched at least one ballistic missile, the ministry said.",
            1,
            "at least",
        ),
    ],
)
def test_plural_and_stated_counts(sites, sentence, count, qualifier):
    draft = extract_report(sentence, date(2024, 11, 5), sites)
    assert (draft.count, draft.count_qualifier) == (count, qualifier)


@pytest.mark.parametrize(
    ("wording", "minutes"),
    [
        ("The missile flew for one hour and 26 minutes.", 86),
        ("The flight lasted about 74 minutes.", 74),
        ("It was in the air for about 50 minutes.", 50),
        ("The missiles covered 1,500 kilometers in about 2 hours 8 minutes.", 128),
    ],
)
def test_durations_in_words(sites, wording, minutes):
    text = f"North Korea fired a missile on Monday. {wording}"
    assert extract_report(text, date(2024, 10, 31), sites).flight_time_min == minutes


@pytest.mark.parametrize(
    ("wording", "verdict"),
    [
        ("It fell outside Japan's exclusive economic zone.", "outside"),
        ("It did not land in Japan's EEZ.", "outside"),
        ("It came down within Japan's EEZ.", "inside"),
        ("It landed inside Japan's exclusive economic zone.", "inside"),
    ],
)
def test_eez_wordings(sites, wording, verdict):
    text = f"North Korea fired a ballistic missile on Monday. {wording}"
    assert extract_report(text, date(2024, 4, 22), sites).japan_eez == verdict


@pytest.mark.parametrize(
    ("wording", "site_id"),
    [
        ("from an area near the western county of Hwangju in North Hwanghae Province", "hwangju"),
        ("from the suburbs of Pyongyang", "pyongyang-area"),
        ("from near Sunan, in a suburb of Pyongyang", "sunan"),
        ("from its east coast town of Wonsan", "wonsan-town"),
    ],
)
def test_sites_named_in_a_wider_area(sites, wording, site_id):
    text = f"North Korea fired a ballistic missile {wording} on Monday."
    assert extract_report(text, date(2024, 4, 22), sites).site_id == site_id


def test_north_korean_claim_yields_to_the_allied_figure(sites):
    text = (
        "On March 24, North Korea test-launched two short-range ballistic missiles. KCNA said "
        "they flew 600 km. Japanese and South Korean reports say the missiles flew about 430 km."
    )
    assert extract_report(text, date(2021, 3, 26), sites).range_km == 430
