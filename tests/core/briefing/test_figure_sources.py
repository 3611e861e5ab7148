"""Whose figure a list row or timeline tooltip shows: the headline's source, by the preference."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from core.briefing.figure_sources import (
    FigureSources,
    sourced,
    sources_by_id,
    sources_of,
)
from core.briefing.headline import RECORD, with_preference
from core.paths import DEFAULT_DATA_DIR
from core.records.dataset import Dataset, load_dataset
from tests.core.briefing.test_headline import source
from tests.core.view.test_filters import KN23

NOV_7 = "2025-11-07a-01"  # JCS: 700 km; nk-missile-tests: 450 km; Japan's verdict: outside


@cache
def bundled() -> Dataset:
    return load_dataset(DEFAULT_DATA_DIR)


@pytest.mark.parametrize(
    ("prefer", "range_km", "reporter"),
    [("jcs", 700.0, "JCS"), ("mod", 700.0, "JCS"), ("reference", 450.0, "nk-missile-tests")],
)
def test_the_source_named_is_the_one_whose_figure_the_launch_shows(prefer, range_km, reporter):
    dataset = with_preference(bundled(), prefer)
    launch = dataset.launch(NOV_7)
    assert launch is not None
    assert launch.range_km == range_km
    whose = sources_of(dataset, launch)
    assert whose.range_km == reporter
    assert whose.japan_eez == "Japan government"
    assert sourced(launch.range_km, whose.range_km) == f"{range_km:,.0f} km ({reporter})"


def test_every_figure_shown_in_the_bundled_data_names_a_source_and_no_unknown_one_does():
    dataset = with_preference(bundled(), "jcs")
    whose = sources_by_id(dataset, dataset.launches)
    for launch in dataset.launches:
        found = whose[launch.launch_id]
        assert bool(found.range_km) == (launch.range_km is not None), launch.launch_id
        assert bool(found.apogee_km) == (launch.apogee_km is not None), launch.launch_id
        assert bool(found.japan_eez) == (launch.japan_eez != "unknown"), launch.launch_id


def _alone(launch, *sources) -> Dataset:
    plain = Dataset(
        launches=(launch,),
        sites={},
        sources=sources,
        _sources_by_launch={launch.launch_id: sources},
    )
    return with_preference(plain, "jcs")


def test_a_figure_no_source_row_gives_is_the_launch_records():
    dataset = _alone(replace(KN23, range_km=600.0, apogee_km=None, japan_eez="unknown"))
    assert sources_of(dataset, dataset.launches[0]) == FigureSources(RECORD, "", "")


def test_an_apogee_kept_beside_no_range_is_credited_to_the_record_not_to_another_figure():
    # No range: the drawn launch keeps its own apogee (100 km), not JCS's 90 km (headline.py).
    launch = replace(KN23, range_km=None, apogee_km=100.0, missile_class="SRBM")
    dataset = _alone(launch, source("JCS", launch_id=launch.launch_id, apogee_km=90.0))
    shown = dataset.launches[0]
    assert shown.apogee_km == 100.0
    assert sources_of(dataset, shown).apogee_km == RECORD


def test_a_figure_without_a_known_source_is_written_alone_and_an_unknown_one_not_at_all():
    assert sourced(1250.0, "Japan MOD") == "1,250 km (Japan MOD)"
    assert sourced(12.5, "", "apogee_km") == "12.5 km"
    assert sourced(None, "JCS") == ""
