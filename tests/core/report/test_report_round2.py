"""Wordings of the second round: spans of seconds, bare heights, fall times, recalls, datelines."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]


def test_miles_are_rounded_once_to_whole_kilometres(sites):
    # 2,300 miles is 3,701.49 km: rounding to 0.1 first (3,701.5) then to km gave 3,702.
    text = "North Korea fired a missile on Friday that traveled roughly 2,300 miles, Seoul said."
    assert extract_report(text, date(2017, 9, 15), sites).range_km == 3701


def test_a_span_of_seconds_gives_the_longer_flight(sites):
    text = (
        "KCNA said four Hwasal-2 cruise missiles were launched on Thursday and flew figure-eight "
        "orbits for 10,208 to 10,224 seconds before hitting the target."
    )
    draft = extract_report(text, date(2023, 2, 24), sites)
    assert draft.flight_time_min == 170.4
    assert "min from seconds" in draft.evidence["flight_time_min"][0].note


@pytest.mark.parametrize(
    ("wording", "reporters"),
    [
        ("Defense Minister Gen Nakatani told reporters", ("Japan MOD",)),
        ("Defence Minister Minoru Kihara said", ("Japan MOD",)),
        # South Korea's minister is not Japan's ministry.
        ("Defense Minister Shin Won-sik said", ()),
    ],
)
def test_japans_defence_minister_named_without_japan(sites, wording, reporters):
    text = f"North Korea fired a ballistic missile on Wednesday. {wording} it flew 1,000 km."
    assert extract_report(text, date(2016, 8, 3), sites).reporters == reporters


def test_the_norths_last_missile_is_a_recollection(sites):
    text = (
        "North Korea launched two short-range ballistic missiles toward the East Sea, the JCS "
        "said Thursday. The launches came as the allies held a drill on Thursday. The North's "
        "last ballistic missile was the Hwasong-18 ICBM it fired on April 13."
    )
    draft = extract_report(text, date(2023, 6, 15), sites)
    assert draft.date_utc == date(2023, 6, 15)
    assert (draft.missile_name, draft.missile_class) == ("", "SRBM")


def test_launch_told_before_a_recollection_in_the_same_sentence(sites):
    text = (
        "On July 28, North Korea launched a ballistic missile that reportedly stayed in flight "
        "for 45 minutes, climbing to a peak altitude of 3,000 km and reaching slightly farther "
        "than the previous test."
    )
    draft = extract_report(text, date(2017, 7, 31), sites)
    assert draft.date_utc == date(2017, 7, 28)
    assert (draft.count, draft.count_qualifier) == (1, "exact")
    assert (draft.apogee_km, draft.flight_time_min) == (3000, 45)


def test_a_fall_time_after_place_commas_is_not_the_launch_time(sites):
    text = (
        "North Korea fired an ICBM on Saturday. The vice-minister said the missile came down "
        "about 200 kilometers west of Oshima Island, off Hokkaido, at around 18:27 Japan time."
    )
    assert extract_report(text, date(2023, 2, 18), sites).time_utc is None


def test_launch_time_is_kept_beside_a_later_fall_time(sites):
    text = (
        "The missile was fired at 7:50 a.m. from the Pyongyang area and, after a 30-minute "
        "flight, landed in the sea at 8:20 a.m., officials said on Monday."
    )
    assert extract_report(text, date(2024, 1, 15), sites).time_utc == time(22, 50)


def test_flew_as_far_as_is_a_range(sites):
    text = (
        "Japan said at least seven missiles flew as far as 400 kilometers (250 miles) on Tuesday."
    )
    assert extract_report(text, date(2024, 11, 5), sites).range_km == 400


def test_reached_with_no_altitude_word_is_a_height(sites):
    text = (
        "State media said the Hwasong-15 rose to a height of almost 4,500 kilometers. It was "
        "fired at 3 a.m. from Pyongsong, reached 4,475 kilometers (2,800 miles), and splashed "
        "down inside Japan's EEZ."
    )
    draft = extract_report(text, date(2017, 11, 29), sites)
    assert draft.apogee_km == 4475
    assert "check it is a height" in draft.evidence["apogee_km"][0].note


@pytest.mark.parametrize(
    "sentence",
    [
        "The missile flew 950 km and reached 4,475 km, Seoul said.",
        "The missile reached 300 km east of the coast.",
    ],
)
def test_reached_beside_a_distance_is_not_a_height(sites, sentence):
    draft = extract_report(
        f"North Korea fired a missile on Tuesday. {sentence}", date(2024, 4, 2), sites
    )
    assert draft.apogee_km is None


def test_dateline_pasted_on_its_anniversary_takes_the_year_of_its_weekday(sites):
    text = (
        "SEOUL, Nov. 5 (AP) -- North Korea launched a barrage of short-range ballistic missiles "
        "on Wednesday, its neighbours said."
    )
    # Entered a week after 2026-11-05 (a Thursday); 2025-11-05 is the Wednesday the lead names.
    assert extract_report(text, date(2026, 11, 12), sites).date_utc == date(2025, 11, 5)


def test_dateline_agreeing_with_the_lead_keeps_the_latest_year(sites):
    text = "SEOUL, Nov. 5 (AP) -- North Korea launched a ballistic missile on Thursday."
    assert extract_report(text, date(2026, 11, 12), sites).date_utc == date(2026, 11, 5)


def test_dateline_a_day_after_the_launch_keeps_the_latest_year(sites):
    # Filed Thursday 2026-11-05 about Tuesday's launch; 2025-11-05 was a Wednesday, no match.
    text = "SEOUL, Nov. 5 (Yonhap) -- North Korea fired a ballistic missile on Tuesday."
    assert extract_report(text, date(2026, 11, 6), sites).date_utc == date(2026, 11, 3)
