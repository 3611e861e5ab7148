"""Sidebar filters in AppTest: each filter narrows the launches, counts are live, reset clears."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import write_dataset

SITES = [
    {"site_id": "sunan", "name": "Sunan", "lat": "39.2", "lon": "125.67", "precision": "facility"},
    {"site_id": "sinpo", "name": "Sinpo", "lat": "40.0", "lon": "128.2", "precision": "town"},
]


def launch_row(launch_id: str, **cells: str) -> dict[str, str]:
    return {
        "launch_id": launch_id,
        "event_id": launch_id.rsplit("-", 1)[0],
        "date_utc": launch_id[:10],
        "date_precision": "day",
        "missile_class": "SRBM",
        "site_id": "sunan",
        "sources": "CNS",
        **cells,
    }


LAUNCHES = [
    launch_row(
        "2016-08-24a-01",
        missile_name="Pukguksong-1",
        missile_class="SLBM",
        site_id="sinpo",
        range_km="500",
        japan_eez="inside",
        landing_area="sea_of_japan",
        outcome="success",
    ),
    launch_row(
        "2017-07-28a-01",
        missile_name="Hwasong-14",
        missile_class="ICBM",
        range_km="998",
        japan_eez="inside",
        landing_area="sea_of_japan",
        outcome="success",
        time_utc="14:41",
    ),
    launch_row(
        "2017-11-28a-01",
        missile_name="Hwasong-15",
        missile_class="ICBM",
        range_km="950",
        japan_eez="inside",
        landing_area="sea_of_japan",
        outcome="success",
        sources="CNS;JCS",
    ),
    launch_row(
        "2019-05-04a-01",
        missile_name="KN-23",
        range_km="240",
        japan_eez="outside",
        landing_area="sea_of_japan",
        outcome="success",
    ),
    launch_row(
        "2019-05-04a-02",
        missile_name="KN-23",
        range_km="240",
        japan_eez="outside",
        landing_area="sea_of_japan",
        outcome="success",
    ),
    launch_row(
        "2020-03-21a-01", missile_name="", missile_class="SRBM", site_id="", outcome="failure"
    ),
]
SOURCES = [
    {"launch_id": row["launch_id"], "reporter": reporter, "citation": "test"}
    for row in LAUNCHES
    for reporter in row["sources"].split(";")
]
ALL_IDS = [row["launch_id"] for row in LAUNCHES]


@pytest.fixture
def atlas_dir(tmp_path: Path) -> Path:
    """Six missiles: an SLBM, two ICBMs, a two-missile KN-23 salvo, a failed unnamed SRBM."""
    return write_dataset(tmp_path / "data", launches=LAUNCHES, sites=SITES, sources=SOURCES)


def filter_panel(data_dir: str) -> None:
    from pathlib import Path

    import streamlit as st

    from components import sidebar_filters
    from core.records.dataset import load_dataset

    dataset = load_dataset(Path(data_dir))
    launch_filter = sidebar_filters.render(dataset)
    names = {site_id: site.name for site_id, site in dataset.sites.items()}
    shown = launch_filter.apply(dataset.launches, names)
    st.text(",".join(launch.launch_id for launch in shown))


def shown_ids(at: AppTest) -> list[str]:
    assert not at.exception
    return [value for value in at.text[0].value.split(",") if value]


@pytest.fixture
def panel(atlas_dir: Path) -> AppTest:
    at = AppTest.from_function(filter_panel, args=(str(atlas_dir),), default_timeout=30)
    return at.run()


def test_without_choices_every_launch_is_shown(panel):
    assert shown_ids(panel) == ALL_IDS


def _class_counts(at: AppTest) -> str:
    return next(c.value for c in at.sidebar.caption if c.value.startswith("Missiles per class"))


def test_class_counts_are_live_and_the_options_plain_names(panel):
    # A count inside an option went stale in the browser once the option was chosen.
    assert panel.multiselect(key="filter_classes").options == ["SRBM", "ICBM", "SLBM"]
    assert _class_counts(panel).endswith("SRBM 3 · ICBM 2 · SLBM 1")
    panel.multiselect(key="filter_classes").select("ICBM").run()
    panel.multiselect(key="filter_outcomes").select("success").run()
    assert _class_counts(panel).endswith("SRBM 2 · ICBM 2 · SLBM 1")
    from datetime import date

    panel.date_input(key="filter_dates").set_value((date(2017, 1, 1), date(2017, 12, 31))).run()
    assert _class_counts(panel).endswith("SRBM 0 · ICBM 2 · SLBM 0")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("filter_classes", "ICBM", ["2017-07-28a-01", "2017-11-28a-01"]),
        ("filter_names", "KN-23", ["2019-05-04a-01", "2019-05-04a-02"]),
        ("filter_sites", "sinpo", ["2016-08-24a-01"]),
        ("filter_outcomes", "failure", ["2020-03-21a-01"]),
        ("filter_landing", "unknown", ["2020-03-21a-01"]),
        ("filter_eez", "outside", ["2019-05-04a-01", "2019-05-04a-02"]),
    ],
)
def test_each_multiselect_filter_narrows_the_launches(panel, key, value, expected):
    panel.multiselect(key=key).select(value).run()
    assert shown_ids(panel) == expected


def test_site_options_show_site_names(panel):
    assert panel.multiselect(key="filter_sites").options == ["Sinpo", "Sunan"]


def test_date_range_narrows_the_launches(panel):
    from datetime import date

    panel.date_input(key="filter_dates").set_value((date(2017, 1, 1), date(2017, 12, 31))).run()
    assert shown_ids(panel) == ["2017-07-28a-01", "2017-11-28a-01"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hwasong-15", ["2017-11-28a-01"]),
        ("JCS", ["2017-11-28a-01"]),
        ("sinpo", ["2016-08-24a-01"]),
        ("2020-03-21a", ["2020-03-21a-01"]),
        ("nothing like it", []),
    ],
)
def test_search_looks_in_ids_names_sites_and_sources(panel, text, expected):
    panel.text_input(key="filter_q").input(text).run()
    assert shown_ids(panel) == expected


def test_reset_clears_every_filter(panel):
    panel.multiselect(key="filter_classes").select("ICBM").run()
    panel.text_input(key="filter_q").input("hwasong-15").run()
    assert shown_ids(panel) == ["2017-11-28a-01"]
    panel.button(key="filter_reset").click().run()
    assert shown_ids(panel) == ALL_IDS
    assert panel.multiselect(key="filter_classes").value == []
    assert panel.text_input(key="filter_q").value == ""
