"""The synthetic benchmark records: valid for the loader, repeatable, shaped like real ones."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from bench.synth import generate, read_sites, write_dataset
from core.records.dataset import load_dataset


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory):
    directory = write_dataset(tmp_path_factory.mktemp("synthetic"), 3000, seed=11)
    return load_dataset(directory)


def test_every_row_loads_without_a_problem(synthetic):
    assert [str(problem) for problem in synthetic.problems] == []
    assert len(synthetic.launches) == 3000


def test_every_launch_has_its_source_rows(synthetic):
    for launch in synthetic.launches[:500]:
        reporters = {source.reporter for source in synthetic.sources_for(launch.launch_id)}
        assert set(launch.sources) <= reporters


def test_same_seed_same_rows_other_seed_other_rows():
    first, again, other = generate(400, seed=3), generate(400, seed=3), generate(400, seed=4)
    assert first == again
    assert first.launches != other.launches


@pytest.mark.parametrize("missiles", [1, 17, 350])
def test_exactly_the_asked_number_of_missiles(missiles):
    assert len(generate(missiles, seed=5).launches) == missiles


def test_sites_are_the_bundled_sites():
    assert generate(10, seed=1).sites == read_sites()


def test_salvos_share_event_day_site_and_missile(synthetic):
    events: dict[str, list] = {}
    for launch in synthetic.launches:
        events.setdefault(launch.event_id, []).append(launch)
    sizes = Counter(len(members) for members in events.values())
    assert sizes[1] / len(events) > 0.7  # mostly single shots, as in the real records
    assert max(sizes) >= 5  # and some large salvos
    for members in events.values():
        assert len({(m.date_text, m.site_id, m.time_utc, m.missile_name) for m in members}) == 1
        assert all(m.launch_id.startswith(m.event_id + "-") for m in members)


def test_class_mix_is_mostly_short_range(synthetic):
    classes = Counter(launch.missile_class for launch in synthetic.launches)
    share = {name: count / len(synthetic.launches) for name, count in classes.items()}
    assert 0.55 < share["SRBM"] < 0.8
    assert 0.01 < share["ICBM"] < 0.08
    assert {"MRBM", "IRBM", "SLBM", "SLV", "unknown"} <= set(classes)


def test_ranges_fit_each_class(synthetic):
    ranges: dict[str, list[float]] = {}
    for launch in synthetic.launches:
        if launch.range_km is not None:
            ranges.setdefault(launch.missile_class, []).append(launch.range_km)
    assert max(ranges["SRBM"]) <= 800
    assert 200 < statistics.median(ranges["SRBM"]) < 500
    assert max(ranges["ICBM"]) <= 1100  # lofted shots, as every ICBM test so far
    known = sum(len(values) for values in ranges.values()) / len(synthetic.launches)
    assert 0.7 < known < 0.85


def test_icbm_apogees_are_lofted(synthetic):
    apogees = [
        launch.apogee_km
        for launch in synthetic.launches
        if launch.missile_class == "ICBM" and launch.apogee_km is not None
    ]
    assert apogees
    assert min(apogees) >= 2800


def test_bearings_point_to_the_sea_of_japan(synthetic):
    bearings = [
        launch.bearing_deg
        for launch in synthetic.launches
        if launch.landing_area == "sea_of_japan" and launch.bearing_deg is not None
    ]
    assert all(34 <= bearing <= 190 for bearing in bearings)
    assert 50 < statistics.median(bearings) < 90


def test_dates_span_the_record_and_grow_denser(synthetic):
    days = [launch.date_utc for launch in synthetic.launches]
    assert min(days) < date(1995, 1, 1)
    assert max(days) <= date(2026, 10, 31)
    recent = sum(day >= date(2005, 1, 1) for day in days)
    assert recent > len(days) / 2
    month_only = sum(launch.date_precision == "month" for launch in synthetic.launches)
    assert 0 < month_only < len(days) * 0.05


def test_written_files_are_the_three_tables(tmp_path: Path):
    write_dataset(tmp_path, 5, seed=2)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "launches.csv",
        "sites.csv",
        "sources.csv",
    ]
