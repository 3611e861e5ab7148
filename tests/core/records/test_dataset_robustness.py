"""Whole malformed files and random bytes: the loader names what is wrong and never raises."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.records.dataset import load_dataset
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset

TODAY = date(2026, 11, 22)
HEADER = (
    "launch_id,event_id,date_utc,date_precision,time_utc,missile_name,missile_class,site_id,"
    "range_km,apogee_km,flight_time_min,bearing_deg,impact_lat,impact_lon,landing_area,"
    "japan_eez,outcome,maneuver,sources"
)
GOOD_ROW = "2017-11-28a-02,2017-11-28a,2017-11-28,day,18:17,Hwasong-15,ICBM,sunan,950,,,,,,,,,,"


def _with_launches_text(tmp_path: Path, text: bytes) -> Path:
    data_dir = write_dataset(tmp_path / "data")
    (data_dir / "launches.csv").write_bytes(text)
    return data_dir


WHOLE_FILE_CASES = [
    pytest.param(b"", {("launches.csv", 1, "header")}, 0, id="empty-file"),
    pytest.param(b"\n\n  \n", {("launches.csv", 1, "header")}, 0, id="blank-lines-only"),
    pytest.param(HEADER.encode() + b"\n", set(), 0, id="header-only"),
    pytest.param(
        b"\n \n" + (HEADER + "\n" + GOOD_ROW + "\n").encode(),
        set(),
        1,
        id="blank-lines-before-header",
    ),
    pytest.param(
        (HEADER + ",notes\n" + GOOD_ROW + ",hello\n").encode(),
        {("launches.csv", 1, "notes")},
        1,
        id="extra-column",
    ),
    pytest.param(
        (HEADER.replace(",missile_class", "") + "\n").encode(),
        {("launches.csv", 1, "missile_class")},
        0,
        id="missing-column",
    ),
    pytest.param(
        (HEADER + "\n" + GOOD_ROW + ",surplus\n").encode(),
        {("launches.csv", 2, "row")},
        0,
        id="row-with-more-cells-than-header",
    ),
    pytest.param(
        (HEADER + "\r\n" + GOOD_ROW + "\r\n").encode(), set(), 1, id="windows-line-endings"
    ),
    pytest.param(
        (HEADER.replace(",", "\t") + "\n" + GOOD_ROW.replace(",", "\t") + "\n").encode(),
        {("launches.csv", 1, "launch_id")},
        0,
        id="tab-separated",
    ),
    pytest.param(
        (HEADER + "\n" + GOOD_ROW + "\n").encode("utf-16"),
        {("launches.csv", 0, "encoding")},
        0,
        id="utf-16",
    ),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        {("launches.csv", 0, "encoding")},
        0,
        id="binary-file",
    ),
]


@pytest.mark.parametrize(("content", "named", "kept"), WHOLE_FILE_CASES)
def test_malformed_launches_file(tmp_path: Path, content: bytes, named, kept):
    dataset = load_dataset(_with_launches_text(tmp_path, content), today=TODAY)
    found = {(p.file, p.row, p.field) for p in dataset.problems if p.file == "launches.csv"}
    assert named <= found, dataset.problems
    assert len(dataset.launches) == kept


def test_duplicate_site_id_keeps_the_first(tmp_path: Path):
    data_dir = write_dataset(tmp_path, sites=[*SITES, {**SITES[0], "name": "Other"}])
    dataset = load_dataset(data_dir, today=TODAY)
    assert [str(p) for p in dataset.problems] == ["sites.csv:4: site_id: duplicate id ('sunan')"]
    assert dataset.sites["sunan"].name == SITES[0]["name"]


def test_unknown_site_skips_the_launch_and_its_sources_are_named(tmp_path: Path):
    launches = [{**LAUNCHES[0], "site_id": "atlantis"}, *LAUNCHES[1:]]
    dataset = load_dataset(write_dataset(tmp_path, launches=launches), today=TODAY)
    assert [str(p) for p in dataset.problems] == [
        "launches.csv:2: site_id: not in sites.csv ('atlantis')",
        "sources.csv:2: launch_id: not in launches.csv ('2017-11-28a-01')",
        "sources.csv:3: launch_id: not in launches.csv ('2017-11-28a-01')",
    ]
    assert len(dataset.launches) == 2
    assert len(dataset.sources) == len(SOURCES) - 2


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["", "nan", "inf", "-1", "1e308", "1984-09", "Sep-84", "25:61", "ICBM", "0"]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=st.lists(CELL, min_size=19, max_size=21), raw=st.binary(max_size=300))
def test_loader_never_raises_on_any_cell_or_bytes(tmp_path_factory, cells, raw):
    base = tmp_path_factory.mktemp("fuzz")
    row = dict(zip(HEADER.split(","), cells, strict=False))
    data_dir = write_dataset(base, launches=[*LAUNCHES, row])
    (data_dir / "sources.csv").write_bytes((data_dir / "sources.csv").read_bytes() + raw)
    dataset = load_dataset(data_dir, today=TODAY)
    for problem in dataset.problems:
        text = str(problem)
        assert text.split(":")[0] in {"launches.csv", "sites.csv", "sources.csv"}
    assert len(dataset.launches) >= 2
