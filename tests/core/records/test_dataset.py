"""The loader keeps every valid row and names the file, line and field of every invalid one."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from core.__main__ import main
from core.records.dataset import load_dataset
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset

TODAY = date(2026, 11, 22)


def test_small_dataset_loads_without_problems(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    assert dataset.problems == ()
    assert [launch.launch_id for launch in dataset.launches] == [
        "1984-09a-01",
        "2017-11-28a-01",
        "2022-01-05a-01",
    ]
    hwasong = dataset.launches[1]
    assert hwasong.time_utc == time(18, 17)
    assert hwasong.range_km == 950
    assert hwasong.sources == ("CNS", "JCS")
    assert hwasong.launched_at is not None
    assert hwasong.launched_at.isoformat() == "2017-11-28T18:17:00+00:00"


def test_month_precision_date_keeps_its_text_and_invents_no_day(small_data_dir: Path):
    scud = load_dataset(small_data_dir, today=TODAY).launches[0]
    assert scud.date_precision == "month"
    assert scud.date_text == "1984-09"
    assert scud.date_utc == date(1984, 9, 1)
    assert scud.launched_at is None


def test_sources_join_to_their_launch_and_keep_disagreeing_values(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    values = {source.reporter: source.range_km for source in dataset.sources_for("2017-11-28a-01")}
    assert values == {"CNS": 950, "JCS": 960}
    assert dataset.sources_for("no-such-launch") == ()


def test_reporters_are_every_body_with_a_source_row(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    assert dataset.reporters == {source.reporter for source in dataset.sources}
    assert {"CNS", "JCS"} <= dataset.reporters


def test_area_site_and_lookup(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    glide = dataset.launches[2]
    site = dataset.site_of(glide)
    assert site is not None
    assert site.precision == "area"
    assert site.radius_km == 80
    assert dataset.site_of(dataset.launches[0]) is None


def test_a_launch_is_found_by_its_id(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    for launch in dataset.launches:
        assert dataset.launch(launch.launch_id) is launch
    assert dataset.launch("1999-01-01a-01") is None
    assert dataset.launch(None) is None
    assert dataset.launch("") is None


def test_a_derived_value_is_built_once_per_dataset_and_key(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    builds: list[str] = []

    def build(text: str) -> list[str]:
        builds.append(text)
        return [text]

    first = dataset.derived("kind", "a", lambda: build("a"))
    assert dataset.derived("kind", "a", lambda: build("again")) is first
    assert dataset.derived("other kind", "a", lambda: build("other")) == ["other"]
    assert dataset.derived("kind", "b", lambda: build("b")) == ["b"]
    assert builds == ["a", "other", "b"]
    # The same files loaded again (as after a save) are a new dataset: nothing carried over.
    reloaded = load_dataset(small_data_dir, today=TODAY)
    assert reloaded.derived("kind", "a", lambda: build("reloaded")) == ["reloaded"]


def test_a_derived_kind_keeps_its_most_recently_used_keys(small_data_dir: Path):
    dataset = load_dataset(small_data_dir, today=TODAY)
    for key in (1, 2, 3):
        dataset.derived("kind", key, lambda key=key: key * 10, keep=2)
    dataset.derived("kind", 2, lambda: -1, keep=2)  # used again: now the most recent
    dataset.derived("kind", 4, lambda: 40, keep=2)  # 3 goes, 2 stays
    assert dataset.derived("kind", 2, lambda: -1, keep=2) == 20
    assert dataset.derived("kind", 3, lambda: -3, keep=2) == -3


def _launch(**changes: str) -> dict[str, str]:
    return {**LAUNCHES[0], "launch_id": "2017-11-28a-02", **changes}


BAD_LAUNCH_ROWS = [
    pytest.param(_launch(launch_id=""), "launch_id", "missing", id="missing-id"),
    pytest.param(_launch(event_id=""), "event_id", "missing", id="missing-event"),
    pytest.param(_launch(date_utc="2017-13-01"), "date_utc", "not a day date", id="bad-month"),
    pytest.param(_launch(date_utc="Sep-84"), "date_utc", "not a day date", id="cns-style-date"),
    pytest.param(
        _launch(date_utc="1984", date_precision="month"),
        "date_utc",
        "month",
        id="precision-mismatch",
    ),
    pytest.param(
        _launch(date_precision="week"), "date_precision", "not one of", id="bad-precision"
    ),
    pytest.param(_launch(date_utc="2027-01-01"), "date_utc", "future", id="future-date"),
    pytest.param(_launch(time_utc="25:00"), "time_utc", "HH:MM", id="bad-time"),
    pytest.param(_launch(time_utc="3pm"), "time_utc", "HH:MM", id="time-words"),
    pytest.param(
        _launch(missile_class="ICBM-class"), "missile_class", "not one of", id="bad-class"
    ),
    pytest.param(_launch(range_km="-5"), "range_km", "out of range", id="negative-range"),
    pytest.param(_launch(range_km="1,100"), "range_km", "plain number", id="thousands-comma"),
    pytest.param(_launch(range_km="700km"), "range_km", "plain number", id="unit-in-number"),
    pytest.param(_launch(range_km="nan"), "range_km", "finite", id="nan"),
    pytest.param(_launch(range_km="1e9"), "range_km", "out of range", id="huge"),
    pytest.param(_launch(apogee_km="-1"), "apogee_km", "out of range", id="negative-apogee"),
    pytest.param(
        _launch(range_km="", apogee_km="500"),
        "range_km",
        "apogee_km is given",
        id="apogee-no-range",
    ),
    pytest.param(_launch(flight_time_min="-3"), "flight_time_min", "out of range", id="neg-time"),
    pytest.param(_launch(bearing_deg="400"), "bearing_deg", "out of range", id="bearing-400"),
    pytest.param(
        _launch(impact_lat="95", impact_lon="130"), "impact_lat", "out of range", id="lat"
    ),
    pytest.param(
        _launch(impact_lat="40", impact_lon="200"), "impact_lon", "out of range", id="lon"
    ),
    pytest.param(_launch(impact_lat="40"), "impact_lon", "go together", id="lat-without-lon"),
    pytest.param(_launch(landing_area="east sea"), "landing_area", "not one of", id="bad-landing"),
    pytest.param(_launch(japan_eez="yes"), "japan_eez", "not one of", id="bad-eez"),
    pytest.param(_launch(outcome="ok"), "outcome", "not one of", id="bad-outcome"),
    pytest.param(_launch(maneuver="loop"), "maneuver", "not one of", id="bad-maneuver"),
    pytest.param(_launch(site_id="atlantis"), "site_id", "not in sites.csv", id="unknown-site"),
    pytest.param(_launch(launch_id="2022-01-05a-01"), "launch_id", "duplicate", id="duplicate-id"),
]


@pytest.mark.parametrize(("row", "field", "message"), BAD_LAUNCH_ROWS)
def test_bad_launch_row_is_skipped_and_named(tmp_path: Path, row, field, message):
    data_dir = write_dataset(tmp_path, launches=[*LAUNCHES, row])
    dataset = load_dataset(data_dir, today=TODAY)
    assert len(dataset.problems) == 1, dataset.problems
    problem = dataset.problems[0]
    assert (problem.file, problem.row, problem.field, problem.skipped) == (
        "launches.csv",
        5,
        field,
        True,
    )
    assert message in problem.message
    assert str(problem).startswith(f"launches.csv:5: {field}: ")
    assert len(dataset.launches) == 3


BAD_SITE_ROWS = [
    pytest.param({**SITES[0], "lat": "125.67", "lon": "39.2"}, "lat", id="swapped-lat-lon"),
    pytest.param({**SITES[0], "lat": ""}, "lat", id="missing-lat"),
    pytest.param({**SITES[0], "precision": "exact"}, "precision", id="bad-precision"),
    pytest.param({**SITES[1], "radius_km": ""}, "radius_km", id="area-without-radius"),
    pytest.param({**SITES[0], "name": " "}, "name", id="blank-name"),
]


@pytest.mark.parametrize(("row", "field"), BAD_SITE_ROWS)
def test_bad_site_row_is_named(tmp_path: Path, row, field):
    others = [site for site in SITES if site["site_id"] != row["site_id"]]
    data_dir = write_dataset(tmp_path, sites=[*others, row])
    dataset = load_dataset(data_dir, today=TODAY)
    site_problems = [problem for problem in dataset.problems if problem.file == "sites.csv"]
    assert [problem.field for problem in site_problems] == [field]
    assert site_problems[0].row == 3


BAD_SOURCE_ROWS = [
    pytest.param({**SOURCES[0], "launch_id": "nope"}, "launch_id", id="unknown-launch"),
    pytest.param({**SOURCES[0], "reporter": ""}, "reporter", id="missing-reporter"),
    pytest.param({**SOURCES[1], "published": "yesterday"}, "published", id="bad-published"),
    pytest.param({**SOURCES[1], "published": "2030-01-01"}, "published", id="future-published"),
    pytest.param({**SOURCES[1], "count": "several"}, "count", id="count-in-words"),
    pytest.param({**SOURCES[1], "count": "0"}, "count", id="zero-count"),
    # str.isdigit() accepts it, int() does not: this once raised out of the loader.
    pytest.param({**SOURCES[1], "count": "²"}, "count", id="superscript-two"),
    pytest.param({**SOURCES[1], "japan_eez": "maybe"}, "japan_eez", id="bad-eez"),
    pytest.param({**SOURCES[1], "missile_class": "big"}, "missile_class", id="bad-class"),
]


@pytest.mark.parametrize(("row", "field"), BAD_SOURCE_ROWS)
def test_bad_source_row_is_named(tmp_path: Path, row, field):
    data_dir = write_dataset(tmp_path, sources=[*SOURCES, row])
    dataset = load_dataset(data_dir, today=TODAY)
    named = [(p.file, p.row, p.field) for p in dataset.problems if p.skipped]
    assert named == [("sources.csv", 6, field)]
    assert len(dataset.sources) == len(SOURCES)


def test_launch_citing_a_reporter_without_a_source_row_is_a_warning(tmp_path: Path):
    data_dir = write_dataset(tmp_path, sources=SOURCES[:1] + SOURCES[2:])
    dataset = load_dataset(data_dir, today=TODAY)
    assert [str(p) for p in dataset.problems] == [
        "launches.csv:2: sources: no row in sources.csv for this reporter ('JCS')"
    ]
    assert len(dataset.launches) == 3


def test_missing_file_and_missing_column_are_named(tmp_path: Path):
    data_dir = write_dataset(tmp_path)
    (data_dir / "sources.csv").unlink()
    text = (data_dir / "sites.csv").read_text().replace(",source\n", "\n", 1)
    (data_dir / "sites.csv").write_text(text)
    problems = {str(p).split(" (")[0] for p in load_dataset(data_dir, today=TODAY).problems}
    assert "sources.csv:0: file: missing" in problems
    assert "sites.csv:1: source: column missing from the header" in problems


def test_windows_1252_and_bom_files_are_read(tmp_path: Path):
    data_dir = write_dataset(tmp_path, sites=[{**SITES[0], "name": "Sunan – Pyongyang"}, SITES[1]])
    sites = data_dir / "sites.csv"
    sites.write_bytes(sites.read_text(encoding="utf-8").encode("cp1252"))
    launches = data_dir / "launches.csv"
    launches.write_bytes(b"\xef\xbb\xbf" + launches.read_bytes())
    dataset = load_dataset(data_dir, today=TODAY)
    assert dataset.sites["sunan"].name == "Sunan – Pyongyang"
    assert len(dataset.launches) == 3
    assert [p.field for p in dataset.problems] == ["encoding"]


def test_quoted_newline_and_huge_cell_keep_line_numbers(tmp_path: Path):
    rows = [{**SOURCES[0], "note": "two\nlines"}, {**SOURCES[1], "note": "x" * 10_000_000}]
    rows.append({**SOURCES[2], "count": "many"})
    data_dir = write_dataset(tmp_path, sources=[*rows, SOURCES[3]])
    dataset = load_dataset(data_dir, today=TODAY)
    assert [str(p) for p in dataset.problems] == [
        "sources.csv:5: count: not a whole number of missiles (1 or more) ('many')",
        "launches.csv:3: sources: no row in sources.csv for this reporter ('CNS')",
    ]
    assert len(dataset.sources[1].note) == 10_000_000


def test_validate_command_prints_problems_and_exits_1(tmp_path: Path, capsys):
    data_dir = write_dataset(tmp_path, launches=[*LAUNCHES, _launch(launch_id="x", outcome="?")])
    assert main(["validate", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert "launches.csv:5: outcome: not one of success failure unknown ('?')" in out
    assert out.splitlines()[-1].endswith("; 1 problem, 1 row skipped")


def test_validate_command_exits_0_on_clean_data(small_data_dir: Path, capsys):
    assert main(["validate", str(small_data_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    # Only the summary, on standard output, where a shell pipe or a CI log reads it.
    assert len(out) == 1
    assert out[0].endswith("; 0 problems, 0 rows skipped")


@pytest.mark.parametrize(
    ("reporter", "published", "flagged"),
    [
        ("JCS", "2017-11-28", True),  # 18:17 UTC on the 28th is 03:17 on the 29th in Seoul
        ("Japan MOD", "2017-11-28", True),
        ("JCS", "2017-11-29", False),
        ("Japan government", "2017-11-30", False),
        ("CNS", "2017-11-28", False),  # a table's entry date, not a Seoul statement
        ("news report", "2017-11-28", False),  # a US page may carry the day before
    ],
)
def test_a_seoul_or_tokyo_statement_dated_before_the_launch_is_named(
    tmp_path: Path, reporter, published, flagged
):
    row = {**SOURCES[1], "reporter": reporter, "published": published}
    data_dir = write_dataset(tmp_path, sources=[SOURCES[0], row, *SOURCES[2:]])
    dataset = load_dataset(data_dir, today=TODAY)
    named = [str(p) for p in dataset.problems if p.field == "published"]
    if flagged:
        assert named == [
            "sources.csv:3: published: before the launch it reports: 2017-11-28a-01 is "
            f"2017-11-29 in Korea by launches.csv's date_utc and time_utc ('{published}')"
        ]
    else:
        assert named == []
    assert len(dataset.sources) == len(SOURCES)  # a warning: nothing is left out
