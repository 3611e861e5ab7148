"""Checks on the committed data tables in data/ (built by scripts/build_data.py)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from core.records.dataset import load_dataset
from core.records.model import LAUNCH_COLUMNS, SITE_COLUMNS, SOURCE_COLUMNS

DATA = Path(__file__).resolve().parents[3] / "data"
TABLES = {"launches.csv": LAUNCH_COLUMNS, "sources.csv": SOURCE_COLUMNS, "sites.csv": SITE_COLUMNS}


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def launches() -> list[dict[str, str]]:
    return rows("launches.csv")


@pytest.fixture(scope="module")
def sources() -> list[dict[str, str]]:
    return rows("sources.csv")


@pytest.fixture(scope="module")
def sites() -> list[dict[str, str]]:
    return rows("sites.csv")


@pytest.mark.parametrize(("name", "columns"), list(TABLES.items()))
def test_header_is_the_schema(name: str, columns: tuple[str, ...]) -> None:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == columns


def test_schema_md_lists_every_column() -> None:
    schema = (DATA / "SCHEMA.md").read_text(encoding="utf-8")
    for columns in TABLES.values():
        for column in columns:
            assert f"`{column}`" in schema, column


def test_loader_reports_no_problems() -> None:
    dataset = load_dataset(DATA)
    assert [str(problem) for problem in dataset.problems] == []
    assert len(dataset.launches) >= 339
    assert len(dataset.sources) >= 339 + 245


def test_every_reference_missile_is_present(launches: list[dict[str, str]]) -> None:
    reference = [row for row in launches if row["date_utc"] <= "2026-04-18"]
    assert len(reference) == 339
    assert min(row["date_utc"] for row in launches) == "1984-04-09"
    # Month-precision dates stay months: no invented day.
    months = [row for row in launches if row["date_precision"] == "month"]
    assert months
    assert all(re.fullmatch(r"\d{4}-\d{2}", row["date_utc"]) for row in months)


def test_ids_are_unique_and_well_formed(launches: list[dict[str, str]]) -> None:
    ids = Counter(row["launch_id"] for row in launches)
    assert [launch_id for launch_id, n in ids.items() if n > 1] == []
    for row in launches:
        assert re.fullmatch(re.escape(row["date_utc"]) + r"[a-z]", row["event_id"]), row
        assert re.fullmatch(re.escape(row["event_id"]) + r"-\d{2}", row["launch_id"]), row


def test_sources_column_matches_sources_table(
    launches: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    reporters: dict[str, set[str]] = {}
    for source in sources:
        reporters.setdefault(source["launch_id"], set()).add(source["reporter"])
        assert source["citation"].strip(), source
    for row in launches:
        listed = set(row["sources"].split(";"))
        assert listed == reporters.get(row["launch_id"], set()), row["launch_id"]
    assert set(reporters) <= {row["launch_id"] for row in launches}


def test_cns_rows_cover_the_cns_period(
    launches: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    cns = [source for source in sources if source["reporter"] == "CNS"]
    assert len(cns) == 245
    assert len({source["launch_id"] for source in cns}) == 245
    early = [row for row in launches if row["date_utc"] <= "2023-04-12"]
    assert all("CNS" in row["sources"].split(";") for row in early)


def test_site_ids_resolve(launches: list[dict[str, str]], sites: list[dict[str, str]]) -> None:
    site_ids = Counter(site["site_id"] for site in sites)
    assert [site_id for site_id, n in site_ids.items() if n > 1] == []
    assert "unknown" not in site_ids
    for row in launches:
        assert row["site_id"] == "" or row["site_id"] in site_ids, row["launch_id"]


def test_site_names_are_unambiguous(sites: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for site in sites:
        names = {site["name"].casefold()} | {
            alias.strip().casefold() for alias in site["aliases"].split(";") if alias.strip()
        }
        for name in names:
            assert owner.setdefault(name, site["site_id"]) == site["site_id"], name
    for alias in (
        "sunan",
        "pyongyang area",
        "somewhere in pyongyang",
        "kalma",
        "sohae",
        "tongchang-ri",
        "musudan-ri",
        "northwestern region near the border with china",
        "west coast",
        "east coast",
        "inland",
        "wonsan",
        "sinpo",
        "taegwan",
    ):
        assert alias in owner, alias


def test_areas_have_a_radius(sites: list[dict[str, str]]) -> None:
    for site in sites:
        if site["precision"] == "area":
            assert float(site["radius_km"]) > 0, site
        else:
            assert site["radius_km"] == "", site


def test_seed_launches_keep_each_source_value(sources: list[dict[str, str]]) -> None:
    def values(day: str, reporter: str) -> set[str]:
        return {
            s["range_km"]
            for s in sources
            if s["launch_id"].startswith(day) and s["reporter"].startswith(reporter)
        }

    assert "1100" in values("2025-01-06", "JCS")
    assert values("2025-11-07", "") >= {"450", "700"}
    assert "700" in values("2025-11-07", "JCS")


def test_drawing_default_bearings_are_not_kept(launches: list[dict[str, str]]) -> None:
    # nk-missile-tests draws 90 or 70 where no bearing was known, with or without a range.
    for row in launches:
        if row["bearing_deg"] in ("90", "70"):
            pytest.fail(f"{row['launch_id']}: drawing-default bearing kept")


def test_landings_name_recorded_launches_and_cite_reports(
    launches: list[dict[str, str]],
) -> None:
    ids = {row["launch_id"] for row in launches}
    with (DATA / "landings.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 20
    for row in rows:
        assert row["launch_id"] in ids, row["launch_id"]
        assert "http" in row["citation"], row["launch_id"]
        assert row["wording"], row["launch_id"]


def test_disagreeing_reports_keep_both_values(sources: list[dict[str, str]]) -> None:
    rows = [s for s in sources if s["launch_id"] == "2024-01-14a-01"]
    by_reporter = {s["reporter"]: s["range_km"] for s in rows}
    assert by_reporter["JCS"] == "1000"
    assert by_reporter["Japan MOD"] == "500"
    hwasong_19 = [s for s in sources if s["launch_id"] == "2024-10-30a-01"]
    mod = next(s for s in hwasong_19 if s["reporter"] == "Japan MOD")
    assert (mod["apogee_km"], mod["flight_time_min"], mod["japan_eez"]) == ("7000", "86", "outside")


def test_post_reference_launches_cite_reports(
    launches: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    later = [row for row in launches if row["date_utc"] > "2026-04-18"]
    assert later, "launches after the reference table ends are expected"
    for row in later:
        cited = [s for s in sources if s["launch_id"] == row["launch_id"]]
        assert cited, row["launch_id"]
        assert all("http" in s["citation"] for s in cited), row["launch_id"]
        assert "nk-missile-tests" not in row["sources"].split(";")


@pytest.mark.parametrize("launch_id", ["2016-09-05a-01", "2017-07-28a-01", "2022-11-18a-01"])
def test_japan_reported_eez_landings_are_inside(
    launch_id: str, launches: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    row = next(r for r in launches if r["launch_id"] == launch_id)
    assert row["japan_eez"] == "inside"
    mod = [s for s in sources if s["launch_id"] == launch_id and s["reporter"] == "Japan MOD"]
    assert [s["japan_eez"] for s in mod] == ["inside"]
    assert all("http" in s["citation"] for s in mod)


def test_eez_verdicts_come_from_reports(
    launches: list[dict[str, str]], sources: list[dict[str, str]]
) -> None:
    verdicts: dict[str, set[str]] = {}
    for source in sources:
        if source["japan_eez"]:
            verdicts.setdefault(source["launch_id"], set()).add(source["japan_eez"])
    for row in launches:
        if row["japan_eez"] != "unknown":
            assert row["japan_eez"] in verdicts.get(row["launch_id"], set()), row["launch_id"]
    # A salvo where Japan said only "three of four fell inside" gets no per-missile verdict.
    salvo = [r for r in launches if r["event_id"] == "2017-03-05a"]
    assert {r["japan_eez"] for r in salvo} == {"unknown"}
    # Pinned from the report-checked rows in scripts/report_sources.csv; update when reports change.
    inside = [r for r in launches if r["japan_eez"] == "inside"]
    known = [r for r in launches if r["japan_eez"] != "unknown"]
    assert (len(inside), len(known)) == (16, 154)
    assert min(r["date_utc"] for r in inside) == "2016-08-02"
    # The Nodong that exploded at launch on 2016-08-03 KST gets no share of MOD's verdict.
    failed = next(r for r in launches if r["launch_id"] == "2016-08-02a-02")
    assert failed["japan_eez"] == "unknown"


@pytest.mark.parametrize(
    ("launch_id", "when", "reference"),
    [
        # The reference tables date these by Korea's day beside a UTC time (or another clock).
        ("2016-04-14a-01", ("2016-04-14", "20:33"), "gives 2016-04-15 20:33 UTC"),
        ("2016-10-15a-01", ("2016-10-15", "03:33"), "gives 2016-10-14 18:33 UTC"),
        ("2017-05-13a-01", ("2017-05-13", "20:28"), "gives 2017-05-14 20:28 UTC"),
    ],
)
def test_report_checked_launch_times_cite_the_report_and_keep_the_tables_value(
    launch_id: str,
    when: tuple[str, str],
    reference: str,
    launches: list[dict[str, str]],
    sources: list[dict[str, str]],
) -> None:
    row = next(row for row in launches if row["launch_id"] == launch_id)
    assert (row["date_utc"], row["time_utc"]) == when
    cited = {s["reporter"]: s for s in sources if s["launch_id"] == launch_id}
    assert reference in cited["nk-missile-tests"]["note"]
    checked = [s for s in cited.values() if s["reporter"] not in ("CNS", "nk-missile-tests")]
    assert any("http" in s["citation"] and when[1][:2] in s["note"] for s in checked)
