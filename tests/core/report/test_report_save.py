"""Saving a draft: matching a recorded launch, new event ids, refused drafts, a seed end to end."""

from __future__ import annotations

import shutil
from datetime import date, time
from pathlib import Path

import pytest

from core.records.dataset import load_dataset
from core.records.model import Site
from core.report.extract import Draft, extract_report
from core.report.match import find_event, launch_rows, sites_agree
from core.report.save import DraftError, next_event_id, save_draft

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "tests" / "fixtures" / "reports"
SITES = {
    "sunan": Site("sunan", "Sunan", 39.2, 125.67, "facility", None, (), "t"),
    "east-pyongyang": Site(
        "east-pyongyang", "East Pyongyang", 39.19, 125.96, "facility", None, (), "t"
    ),
    "pyongyang-area": Site("pyongyang-area", "Pyongyang area", 39.1, 125.78, "area", 30.0, (), "t"),
    "sinpo": Site("sinpo", "Sinpo", 40.04, 128.18, "facility", None, (), "t"),
}


def row(event_id, day, clock="", site_id="sunan", missile_class="SRBM"):
    return {
        "launch_id": f"{event_id}-01",
        "event_id": event_id,
        "date_utc": day,
        "date_precision": "day",
        "time_utc": clock,
        "site_id": site_id,
        "missile_class": missile_class,
    }


def draft(**changes):
    base = dict(
        published=date(2025, 1, 6),
        date_utc=date(2025, 1, 6),
        time_utc=None,
        missile_class="MRBM",
        site_id="pyongyang-area",
        reporters=("JCS",),
    )
    return Draft(**{**base, **changes})


def test_sites_agree_for_same_nearby_or_unknown_and_not_far():
    assert sites_agree("sunan", "sunan", SITES)
    assert sites_agree("", "sinpo", SITES)
    assert sites_agree("pyongyang-area", "east-pyongyang", SITES)  # inside the area
    assert not sites_agree("sunan", "sinpo", SITES)


def test_match_same_day_nearby_site_despite_class_disagreement():
    rows = [row("2025-01-06a", "2025-01-06", "03:01", "east-pyongyang", "IRBM")]
    assert find_event(draft(), rows, SITES) == "2025-01-06a"


def test_no_match_for_cruise_against_ballistic_or_far_site_or_other_day():
    assert find_event(draft(missile_class="cruise"), [row("x", "2025-01-06")], SITES) is None
    assert find_event(draft(site_id="sinpo"), [row("x", "2025-01-06")], SITES) is None
    assert find_event(draft(), [row("x", "2025-01-07")], SITES) is None


def test_without_a_time_the_korean_date_is_compared():
    # 22:30 UTC on the 5th is the morning of the 6th in Korea.
    assert find_event(draft(), [row("e", "2025-01-05", "22:30")], SITES) == "e"
    assert find_event(draft(), [row("e", "2025-01-06", "22:30")], SITES) is None


def test_times_hours_apart_are_different_launches_and_the_closest_wins():
    rows = [row("a", "2025-01-06", "00:10"), row("b", "2025-01-06", "06:00")]
    assert find_event(draft(time_utc=time(5, 0)), rows, SITES) == "b"
    assert find_event(draft(time_utc=time(12, 0)), rows, SITES) is None


def test_next_event_id_takes_the_letter_after_the_last():
    rows = [{"event_id": "2025-01-06a"}, {"event_id": "2025-01-06c"}, {"event_id": "2025-01-07a"}]
    assert next_event_id(date(2025, 1, 6), rows) == "2025-01-06d"
    assert next_event_id(date(2025, 1, 8), rows) == "2025-01-08a"


@pytest.fixture
def data_dir(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_seed_000_is_added_as_a_source_of_the_recorded_launch(data_dir):
    before = load_dataset(data_dir)
    text = (REPORTS / "000_a572fdd807c6f778.txt").read_text(encoding="utf-8")
    extracted = extract_report(text, date(2025, 1, 6), before.sites)
    result = save_draft(extracted, data_dir, citation="The Guardian, 2025-01-06")
    assert not result.created
    assert result.launch_ids == ("2025-01-06a-01",)
    after = load_dataset(data_dir)
    assert len(after.launches) == len(before.launches)
    added = [s for s in after.sources if s.citation == "The Guardian, 2025-01-06"]
    assert [(s.launch_id, s.reporter, s.range_km, s.missile_class) for s in added] == [
        ("2025-01-06a-01", "JCS", 1100, "MRBM")
    ]
    # Saving the same report again adds nothing.
    again = save_draft(extracted, data_dir, citation="The Guardian, 2025-01-06")
    assert again.sources_added == 0
    assert not after.problems


def test_new_launch_gets_count_rows_sharing_an_event_and_fills_sources(data_dir):
    new = draft(
        date_utc=date(2025, 1, 4),
        published=date(2025, 1, 4),
        count=3,
        count_qualifier="at least",
        range_km=250.0,
        site_id="sinpo-town",
        impact_lat=40.123456,
        impact_lon=131.5,
        bearing_deg=80.0,
    )
    result = save_draft(new, data_dir, citation="https://example.org/r", reporter="Yonhap")
    assert result.created
    assert result.launch_ids == tuple(f"{result.event_id}-0{n}" for n in (1, 2, 3))
    dataset = load_dataset(data_dir)
    members = dataset.event_members(result.event_id)
    assert [m.sources for m in members] == [("Yonhap",)] * 3
    assert [m.range_km for m in members] == [250] * 3
    assert {(m.impact_lat, m.impact_lon, m.bearing_deg) for m in members} == {(40.12346, 131.5, 80)}
    notes = {s.note for s in dataset.sources if s.launch_id.startswith(result.event_id)}
    assert notes == {"report cites JCS; count at least"}
    assert not dataset.problems


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(site_id="atlantis"), "site_id"),
        (dict(count=0), "count"),
        (dict(range_km=-5.0), "range_km"),
        (dict(date_utc=date(2025, 2, 1)), "date_utc"),
        (dict(missile_class="rocket"), "missile_class"),
        (dict(apogee_km=100.0, range_km=None), "range_km"),
        (dict(impact_lat=40.1), "impact_lon"),
        (dict(bearing_deg=400.0), "bearing_deg"),
    ],
)
def test_invalid_draft_is_refused_naming_the_field(data_dir, changes, field):
    before = (data_dir / "launches.csv").read_bytes()
    with pytest.raises(DraftError) as caught:
        save_draft(draft(**changes), data_dir)
    assert caught.value.field == field
    assert (data_dir / "launches.csv").read_bytes() == before


def test_loaded_launches_match_like_raw_rows():
    dataset = load_dataset(ROOT / "data")
    text = (REPORTS / "004_122e9eb729bf84bb.txt").read_text(encoding="utf-8")
    extracted = extract_report(text, date(2025, 11, 7), dataset.sites)
    # 10 a.m. KST (01:00 UTC) against the recorded 03:34 UTC: within the tolerance.
    assert find_event(extracted, launch_rows(dataset.launches), dataset.sites) == "2025-11-07a"
