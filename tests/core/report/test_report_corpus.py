"""Report extraction on a corpus of phrasings: outlets, units, times, several launches, names."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "tests" / "fixtures" / "reports"

# file, publication date, expected fields (fields not listed are checked against the defaults).
CASES = [
    (
        "c01_wire_early_thursday",
        "2025-05-08",
        # 07:10 KST on Thursday is 22:10 UTC on Wednesday.
        dict(
            date_utc=date(2025, 5, 7),
            time_utc=time(22, 10),
            count=2,
            missile_class="SRBM",
            site_id="wonsan-town",
            range_km=800,
            landing_area="sea_of_japan",
            reporters=("JCS",),
        ),
    ),
    (
        "c02_miles_tuesday",
        "2024-04-02",
        # 370 miles (595.46 km, rounded once) and 31 miles, converted.
        dict(
            date_utc=date(2024, 4, 2),
            range_km=595,
            apogee_km=50,
            landing_area="sea_of_japan",
            japan_eez="outside",
            reporters=("JCS", "Japan MOD"),
        ),
    ),
    (
        "c03_cruise_yellow_sea",
        "2024-01-27",
        # "several" is a lower bound; the January cruise missile's 1,500 km is not this launch's.
        dict(
            date_utc=date(2024, 1, 27),
            time_utc=time(2, 0),
            count=2,
            count_qualifier="vague",
            missile_class="cruise",
            maneuver="cruise",
            landing_area="yellow_sea",
            reporters=("JCS",),
        ),
    ),
    (
        "c04_icbm_mod",
        "2023-07-12",
        # The fall time (11:13) is not the launch time.
        dict(
            date_utc=date(2023, 7, 12),
            time_utc=time(1, 0),
            missile_class="ICBM",
            site_id="pyongyang-area",
            range_km=1000,
            apogee_km=6000,
            flight_time_min=74,
            landing_area="sea_of_japan",
            japan_eez="outside",
            reporters=("Japan MOD", "JCS"),
        ),
    ),
    (
        "c05_several_launches",
        "2024-09-18",
        # March 18 (three missiles, 350 km) and the hypersonic launch a week earlier are recalled.
        dict(
            date_utc=date(2024, 9, 17),
            missile_class="SRBM",
            site_id="pyongyang-area",
            range_km=600,
            landing_area="sea_of_japan",
            reporters=("JCS",),
        ),
    ),
    (
        "c06_kcna_hwasong19",
        "2024-11-01",
        # "said on Friday" and the dateline are the report's day; the launch was Thursday.
        # No count is stated: at least one missile.
        dict(
            date_utc=date(2024, 10, 31),
            count_qualifier="at least",
            missile_name="Hwasong-19",
            missile_class="ICBM",
            range_km=1001.2,
            apogee_km=7687.5,
            flight_time_min=85.9,
            landing_area="sea_of_japan",
            reporters=("KCNA",),
        ),
    ),
    (
        "c07_gmt_thursday",
        "2023-08-24",
        # 22:10 GMT is already Thursday morning in Korea: the UTC date is Wednesday.
        dict(
            date_utc=date(2023, 8, 23),
            time_utc=time(22, 10),
            landing_area="sea_of_japan",
            japan_eez="outside",
            reporters=("JCS", "Japan MOD"),
        ),
    ),
    (
        "c08_hypersonic_irbm",
        "2024-01-02",
        dict(
            date_utc=date(2024, 1, 2),
            missile_class="HGV",
            site_id="pyongyang-area",
            range_km=1000,
            apogee_km=50,
            maneuver="pullup",
            landing_area="sea_of_japan",
            reporters=("JCS", "Japan MOD"),
        ),
    ),
    (
        "c09_slbm_sinpo",
        "2022-05-07",
        dict(
            date_utc=date(2022, 5, 6),
            missile_class="SLBM",
            # A launch at sea off Sinpo: the shipyard, as data/launches.csv records them.
            site_id="sinpo",
            range_km=600,
            apogee_km=60,
            reporters=("JCS",),
        ),
    ),
    (
        "c10_over_japan_irbm",
        "2022-10-04",
        # "Jagang" is the table's "Chagang"; a flight over Japan lands in the Pacific.
        dict(
            date_utc=date(2022, 10, 3),
            time_utc=time(22, 22),
            missile_class="IRBM",
            site_id="chagang-province",
            range_km=4600,
            apogee_km=970,
            landing_area="pacific",
            japan_eez="outside",
            reporters=("Japan MOD", "JCS"),
        ),
    ),
    (
        "c11_failure_wonsan",
        "2024-06-26",
        dict(
            date_utc=date(2024, 6, 26), site_id="wonsan-town", outcome="failure", reporters=("JCS",)
        ),
    ),
    (
        "c12_salvo_at_least",
        "2023-03-18",
        dict(
            date_utc=date(2023, 3, 18),
            count=7,
            count_qualifier="at least",
            missile_class="SRBM",
            site_id="northwest-border",
            range_km=350,
            landing_area="sea_of_japan",
            japan_eez="outside",
            reporters=("JCS", "Japan MOD"),
        ),
    ),
    (
        "c13_yesterday_japan_only",
        "2023-12-18",
        # "yesterday" = Sunday 17th; 06:53 KST is 21:53 UTC on Saturday 16th.
        dict(
            date_utc=date(2023, 12, 16),
            time_utc=time(21, 53),
            site_id="west-coast",
            flight_time_min=10,
            landing_area="sea_of_japan",
            japan_eez="inside",
            maneuver="pullup",
            reporters=("Japan MOD",),
        ),
    ),
]
DEFAULTS = dict(
    time_utc=None,
    count=1,
    count_qualifier="exact",
    missile_name="",
    missile_class="unknown",
    site_id="",
    range_km=None,
    apogee_km=None,
    flight_time_min=None,
    landing_area="unknown",
    japan_eez="unknown",
    outcome="unknown",
    maneuver="unknown",
)


@pytest.mark.parametrize(("name", "published", "expected"), CASES, ids=[c[0] for c in CASES])
def test_corpus_report_gives_expected_fields(sites, name, published, expected):
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    draft = extract_report(text, date.fromisoformat(published), sites)
    got = {field: getattr(draft, field) for field in {**DEFAULTS, **expected}}
    assert got == {**DEFAULTS, **expected}


def test_every_extracted_field_has_evidence(sites):
    for name, published, expected in CASES:
        text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
        draft = extract_report(text, date.fromisoformat(published), sites)
        for field, value in expected.items():
            if field in ("reporters", "count_qualifier", "maneuver") or value is None:
                continue
            key = "sources" if field == "reporters" else field
            assert draft.evidence.get(key), f"{name}: no evidence for {field}"
