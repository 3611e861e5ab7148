"""Headline figures: whose figure leads each field, by the documented rule, and what it says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

import pytest

from core.briefing.headline import (
    HEADLINE_FIELDS,
    choose,
    choose_all,
    credited,
    headline_launch,
    with_preference,
)
from core.paths import DEFAULT_DATA_DIR
from core.records.dataset import Dataset, load_dataset
from core.records.model import Launch, Source, find_launch


@cache
def bundled() -> Dataset:
    return load_dataset(DEFAULT_DATA_DIR)


def launch() -> Launch:
    found = find_launch(bundled().launches, "2025-11-07a-01")
    assert found is not None
    return found


def source(reporter: str, published: date | None = None, **values: object) -> Source:
    blank = Source("x-01", reporter, published, "", "", "", None, None, None, None, "", "")
    return replace(blank, **values)  # type: ignore[arg-type]


def test_jcs_leads_the_range_of_2025_11_07_by_default_and_the_other_figure_is_named():
    sources = bundled().sources_for("2025-11-07a-01")
    headline = choose(launch(), sources, "range_km", "jcs")
    assert (headline.value, headline.reporter) == (700.0, "JCS")
    assert credited(headline) == "700 km (JCS) — 450 km nk-missile-tests"
    assert headline.rule.startswith("first that gives one of: JCS, then Japan MOD")


def test_the_reference_preference_leads_with_the_reference_table():
    sources = bundled().sources_for("2025-11-07a-01")
    headline = choose(launch(), sources, "range_km", "reference")
    assert credited(headline) == "450 km (nk-missile-tests) — 700 km JCS"


def test_mod_preferred_falls_back_to_jcs_and_says_japan_gave_none():
    sources = bundled().sources_for("2025-11-07a-01")
    headline = choose(launch(), sources, "range_km", "mod")
    assert headline.reporter == "JCS"
    assert headline.rule.endswith("(Japan government gave none)")


@pytest.mark.parametrize(
    ("prefer", "reporter", "km"),
    [("jcs", "JCS", 750.0), ("mod", "Japan MOD", 650.0), ("reference", "CNS", 600.0)],
)
def test_each_preference_puts_its_reporter_first(prefer, reporter, km):
    sources = [
        source("CNS", range_km=600.0),
        source("nk-missile-tests", range_km=610.0),
        source("Japan MOD", range_km=650.0),
        source("JCS", range_km=750.0),
    ]
    headline = choose(launch(), sources, "range_km", prefer)
    assert (headline.reporter, headline.value) == (reporter, km)


def test_an_outlet_comes_after_the_tables_and_state_media_after_every_outlet():
    sources = [source("KCNA", range_km=1000.0), source("Yonhap", range_km=800.0)]
    assert choose(launch(), sources, "range_km", "jcs").reporter == "Yonhap"
    assert choose(launch(), sources[:1], "range_km", "jcs").reporter == "KCNA"


def test_within_one_reporter_the_latest_published_figure_leads():
    sources = [
        source("JCS", date(2025, 11, 7), range_km=600.0),
        source("JCS", None, range_km=650.0),
        source("JCS", date(2025, 11, 8), range_km=700.0),
    ]
    headline = choose(launch(), sources, "range_km", "jcs")
    assert headline.value == 700.0
    assert credited(headline) == "700 km (JCS) — 600 km JCS — 650 km JCS"


def test_figures_within_five_percent_are_not_called_a_disagreement():
    sources = [source("JCS", range_km=1000.0), source("CNS", range_km=998.0)]
    assert credited(choose(launch(), sources, "range_km", "jcs")) == "1,000 km (JCS)"


def test_japans_eez_verdict_comes_from_japan_whatever_the_preference():
    sources = [source("JCS", japan_eez="inside"), source("Japan MOD", japan_eez="outside")]
    headline = choose(launch(), sources, "japan_eez", "jcs")
    assert (headline.reporter, headline.value) == ("Japan MOD", "outside")
    assert credited(headline) == "Outside Japan's EEZ (Japan MOD) — Inside Japan's EEZ JCS"
    relayed = choose(launch(), sources[:1], "japan_eez", "jcs")
    assert relayed.reporter == "JCS"
    assert relayed.rule.startswith("relayed: no Japanese body's verdict is on record")


def test_unknown_is_no_verdict():
    sources = [source("Japan MOD", japan_eez="unknown"), source("JCS", japan_eez="outside")]
    assert choose(launch(), sources, "japan_eez", "mod").reporter == "JCS"


def test_name_and_class_keep_the_records_naming_credited_to_who_gave_it():
    named = replace(launch(), missile_name="Hwasong-12", missile_class="IRBM")
    sources = [
        source("JCS", missile_name="KN-17", missile_class="IRBM"),
        source("CNS", missile_name="Hwasong-12"),
    ]
    name = choose(named, sources, "missile_name", "jcs")
    assert credited(name) == "Hwasong-12 (CNS) — KN-17 JCS"
    assert choose(named, sources, "missile_class", "jcs").reporter == "JCS"


def test_a_figure_no_source_gives_is_credited_to_the_launch_record():
    headline = choose(replace(launch(), flight_time_min=12.0), [], "flight_time_min", "jcs")
    assert credited(headline) == "12 min (launch record)"
    assert choose(launch(), [], "flight_time_min", "jcs").value is None
    assert credited(choose(launch(), [], "flight_time_min", "jcs")) == ""


def test_an_apogee_without_a_range_is_credited_but_not_drawn():
    bare = replace(launch(), range_km=None, apogee_km=None)
    headlines = choose_all(bare, [source("JCS", apogee_km=50.0)], "jcs")
    assert credited(headlines["apogee_km"]) == "50 km (JCS)"
    assert headline_launch(bare, headlines).apogee_km is None


def test_the_reference_preference_reproduces_every_launch_row_as_built():
    records = bundled()
    assert with_preference(records, "reference").launches == records.launches


def test_preferring_jcs_moves_2025_11_07_to_700_km_and_keeps_every_source():
    preferred = with_preference(bundled(), "jcs")
    moved = find_launch(preferred.launches, "2025-11-07a-01")
    assert moved is not None
    assert moved.range_km == 700.0
    assert preferred.sources_for(moved.launch_id) == bundled().sources_for(moved.launch_id)
    assert set(preferred.headlines[moved.launch_id]) == set(HEADLINE_FIELDS)
    assert preferred.event_members(moved.event_id) == (moved,)
