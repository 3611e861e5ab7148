"""The review's list of fields where a report disagrees with the recorded launch it joins."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from core.records.dataset import load_dataset
from core.report.differences import report_differences
from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]
NAMPO = ROOT / "tests" / "fixtures" / "reports" / "c14_dateline_nampo.txt"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


def test_yonhap_report_names_nampo_where_the_record_has_hwangju(dataset):
    draft = extract_report(NAMPO.read_text(encoding="utf-8"), date(2026, 6, 1), dataset.sites)
    found = report_differences(draft, dataset.event_members("2025-03-10a"), dataset.sites)
    by_field = {d.field: (d.report, d.record) for d in found}
    assert by_field == {"site_id": ("nampo", "hwangju"), "missile_class": ("SRBM", "(none)")}


def test_every_field_the_report_gives_differently_is_listed(dataset):
    members = dataset.event_members("2023-07-12a")
    record = members[0]
    draft = extract_report("North Korea fired a missile on Wednesday.", date(2023, 7, 12), {})
    draft = replace(
        draft,
        date_utc=date(2023, 7, 13),
        time_utc=time(2, 0),
        count=3,
        missile_class="IRBM",
        missile_name="Hwasong-17",
        site_id="sohae",
        range_km=900.0,
        apogee_km=5000.0,
        flight_time_min=70.0,
        landing_area="pacific",
        japan_eez="inside",
        outcome="failure",
    )
    fields = {d.field for d in report_differences(draft, members, dataset.sites)}
    assert fields == {
        "date_utc",
        "time_utc",
        "count",
        "missile_class",
        "missile_name",
        "site_id",
        "range_km",
        "apogee_km",
        "flight_time_min",
        "landing_area",
        "japan_eez",
        "outcome",
    }
    assert record.missile_name == "Hwasong-18"


def test_agreeing_or_unstated_fields_are_not_differences(dataset):
    members = dataset.event_members("2023-07-12a")
    record = members[0]
    draft = extract_report("North Korea fired a missile on Wednesday.", date(2023, 7, 12), {})
    draft = replace(draft, range_km=record.range_km, apogee_km=None, missile_class="unknown")
    assert report_differences(draft, members, dataset.sites) == []


def test_an_area_holding_the_recorded_site_is_no_difference(dataset):
    members = dataset.event_members("2024-04-01a")
    draft = extract_report("North Korea fired a missile on Tuesday.", date(2024, 4, 2), {})
    draft = replace(draft, date_utc=members[0].date_utc, site_id="pyongyang-area")
    assert [d.field for d in report_differences(draft, members, dataset.sites)] == []


def test_no_recorded_launch_no_differences(dataset):
    draft = extract_report(NAMPO.read_text(encoding="utf-8"), date(2025, 3, 10), dataset.sites)
    assert report_differences(draft, (), dataset.sites) == []


def test_a_town_and_the_facility_of_its_name_agree(dataset):
    # Convention C6 (round 17): a report's "Kanggye area" is `kanggye-town`, a record may hold
    # the facility `kanggye`; the same place is no difference. A different town still is, and
    # so is a facility with a name of its own (Pyongyang's airport is not the city centre).
    from core.report.differences import _same_place

    assert _same_place("kanggye-town", "kanggye", dataset.sites)
    assert _same_place("tongchon", "tongchon-town", dataset.sites)
    assert not _same_place("kanggye-town", "kusong", dataset.sites)
    assert not _same_place("pyongyang-town", "pyongyang", dataset.sites)
    assert not _same_place("kusong-town", "kusong", dataset.sites)
