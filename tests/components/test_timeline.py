"""Timeline panel: what a selection means, the list beside it, and the panel in AppTest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from streamlit.testing.v1 import AppTest

from components.launch_list import page_table
from components.timeline import TimelineChoice, read_choice
from core.briefing.figure_sources import FigureSources
from core.timeline.chart import BRUSH, PICK
from core.view.list_pages import ordered
from tests.browser_events import send_selection
from tests.core.view.test_filters import ALL, HWASONG, KN23, KN23_SECOND, SCUD

SITES = {"sunan": "Sunan", "hodo": "Hodo"}


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({PICK: [{"launch_id": "L1"}], BRUSH: {}}, TimelineChoice("L1", None)),
        ({PICK: [], BRUSH: {"x": [1_483_228_800_000, 1_514_678_400_000]}},
         TimelineChoice(None, (date(2017, 1, 1), date(2017, 12, 31)))),
        ({BRUSH: {"x": ["2018-03-01T12:00:00", "2018-01-01T00:00:00"]}},
         TimelineChoice(None, (date(2018, 1, 1), date(2018, 3, 1)))),
        ({}, TimelineChoice()),
    ],
)  # fmt: skip
def test_a_selection_reads_as_a_launch_or_a_span_of_days(selection, expected):
    assert read_choice(selection) == expected


def test_the_list_is_newest_first_and_marks_the_selected_launch():
    table = page_table(ordered(ALL), SITES, selected_id=HWASONG.launch_id)
    assert list(table.index) == [
        KN23_SECOND.launch_id,
        KN23.launch_id,
        HWASONG.launch_id,
        SCUD.launch_id,
    ]
    assert table.loc[HWASONG.launch_id, ""] == "▶"
    assert table.loc[SCUD.launch_id, "Site"] == "unknown"
    assert table.loc[SCUD.launch_id, "Time (UTC)"] == ""
    timed = page_table([replace(KN23, time_utc=time(0, 7))], SITES, None)
    assert timed.loc[KN23.launch_id, "Time (UTC)"] == "00:07"
    assert list(table.columns[1:]) == [
        "Date (UTC)",
        "Time (UTC)",
        "Missile",
        "Class",
        "Site",
        "Range (km)",
        "Range source",
        "Apogee (km)",
        "Apogee source",
        "Japan EEZ",
        "Landing",
        "Outcome",
    ]


def test_each_figure_in_the_list_sits_beside_its_source_and_unknown_stays_blank():
    sources = {KN23.launch_id: FigureSources("JCS", "Japan MOD", "Japan MOD")}
    unsourced = replace(HWASONG, japan_eez="outside")
    table = page_table([KN23, unsourced], SITES, None, sources)
    row = table.loc[KN23.launch_id]
    assert (row["Range source"], row["Apogee source"]) == ("JCS", "Japan MOD")
    assert row["Japan EEZ"] == f"{KN23.japan_eez} (Japan MOD)"
    other = table.loc[HWASONG.launch_id]
    assert (other["Range source"], other["Apogee source"]) == ("", "")
    assert other["Japan EEZ"] == "outside"


def timeline_panel() -> None:
    import streamlit as st

    from components import timeline
    from tests.core.view.test_filters import ALL

    span = timeline.take_brushed_span()
    timeline.render(ALL, {}, None)
    st.text(f"{st.session_state.get('selected_launch_id')}|{span}")


def test_a_click_selects_once_before_the_run_and_not_on_every_rerun():
    at = AppTest.from_function(timeline_panel, default_timeout=30).run()
    assert at.text[0].value == "None|None"
    send_selection(at, "timeline_chart", {"selection": {PICK: [{"launch_id": "X-01"}], BRUSH: {}}})
    assert at.text[0].value == "X-01|None"  # selected by the callback, before the panel drew
    at.session_state["selected_launch_id"] = "Y-01"  # then chosen elsewhere (map, list)
    at.run()  # the chart still holds the pick, but nothing new happened
    assert at.text[0].value == "Y-01|None"
    brush = {PICK: [], BRUSH: {"x": [1_483_228_800_000, 1_514_678_400_000]}}
    send_selection(at, "timeline_chart", {"selection": brush})
    assert at.text[0].value == "Y-01|(datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))"
    at.run()  # a span is handed on once
    assert at.text[0].value == "Y-01|None"


def test_an_empty_timeline_says_so():
    def empty_panel() -> None:
        from components import timeline

        timeline.render([], {}, None)

    at = AppTest.from_function(empty_panel).run()
    assert not at.exception
    assert "No launch passes the filters" in at.info[0].value


def test_a_chart_is_kept_per_dataset_view_and_selection_and_built_as_before():
    import json
    from pathlib import Path

    from components.timeline import _timeline
    from core.briefing.figure_sources import sources_by_id
    from core.records.dataset import load_dataset
    from core.timeline.chart import build_timeline
    from core.view.catalogue import site_names

    def as_text(spec: dict[str, object]) -> str:
        datasets = spec["datasets"]
        assert isinstance(datasets, dict)
        rest = {key: value for key, value in spec.items() if key != "datasets"}
        tables = {name: table.to_pylist() for name, table in datasets.items()}
        return json.dumps([rest, tables], sort_keys=True, default=str)

    dataset = load_dataset(Path(__file__).resolve().parents[2] / "data")
    names = site_names(dataset)
    launches = list(dataset.launches[-40:])
    chosen = launches[5].launch_id
    kept = _timeline(launches, names, "range", chosen, dataset)
    assert _timeline(launches, names, "range", chosen, dataset) is kept
    built = build_timeline(launches, names, "range", chosen, sources_by_id(dataset, launches))
    assert as_text(kept.spec) == as_text(built.spec)
    assert _timeline(launches, names, "range", None, dataset) is not kept
    assert _timeline(launches, names, "class", chosen, dataset) is not kept
    # Launches that are not the dataset's own records are drawn as given, never from the cache.
    edited = [replace(launch, range_km=9999.0) for launch in launches]
    assert _timeline(edited, names, "range", chosen, dataset) is not kept
