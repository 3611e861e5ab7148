"""Timeline: chart spec (points, strip, salvos, selection, bins) and what a selection means."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from streamlit.testing.v1 import AppTest

from components.launch_list import page_table
from components.timeline import TimelineChoice, read_choice
from components.timeline_chart import BRUSH, PICK, build_timeline
from components.timeline_frames import MAX_POINTS
from core.list_pages import ordered
from tests.core.test_filters import ALL, HWASONG, KN23, KN23_SECOND, SCUD, make_launch

SITES = {"sunan": "Sunan", "hodo": "Hodo"}


def rows(spec: dict, index: int) -> list[dict]:
    """The data rows of one stacked chart of the timeline."""
    return spec["datasets"][spec["vconcat"][index]["data"]["name"]]


def test_every_missile_is_one_point_and_unknown_ranges_sit_on_their_own_strip():
    timeline = build_timeline(ALL, SITES)
    spec = timeline.chart.to_dict()
    ranged, strip = rows(spec, 0), rows(spec, 1)
    assert sorted(row["launch_id"] for row in ranged) == sorted(
        launch.launch_id for launch in (HWASONG, KN23, KN23_SECOND)
    )
    assert [row["launch_id"] for row in strip] == [SCUD.launch_id]
    assert spec["vconcat"][0]["encoding"]["y"]["scale"] == {"type": "log"}
    assert timeline.params == (PICK, BRUSH)
    assert timeline.aggregated_note == ""


def test_a_zero_range_cannot_sit_on_a_log_axis_and_goes_to_the_strip():
    fizzled = replace(HWASONG, launch_id="2017-04-15a-01", range_km=0.0)
    spec = build_timeline([HWASONG, fizzled], SITES).chart.to_dict()
    assert [row["launch_id"] for row in rows(spec, 1)] == ["2017-04-15a-01"]


def test_members_of_one_salvo_are_spread_side_by_side():
    spec = build_timeline(ALL, SITES).chart.to_dict()
    salvo = [row for row in rows(spec, 0) if row["event_id"] == KN23.event_id]
    assert len(salvo) == 2
    assert {row["salvo"] for row in salvo} == {2}
    assert salvo[0]["x"] != salvo[1]["x"]


def test_lanes_by_class_put_every_missile_in_one_chart():
    spec = build_timeline(ALL, SITES, layout="class").chart.to_dict()
    assert len(rows(spec, 0)) == len(ALL)
    assert spec["vconcat"][0]["encoding"]["y"]["field"] == "missile_class"


def test_the_selected_missile_is_ringed():
    spec = build_timeline(ALL, SITES, selected_id=KN23.launch_id).chart.to_dict()
    stroke = spec["vconcat"][0]["encoding"]["stroke"]
    assert KN23.launch_id in stroke["condition"]["test"]
    assert stroke["condition"]["value"] == "#000000"


def test_the_histogram_counts_every_missile_per_year_and_class():
    spec = build_timeline(ALL, SITES).chart.to_dict()
    counts = {(row["x"][:4], row["missile_class"]): row["missiles"] for row in rows(spec, 2)}
    assert counts == {("1984", "SRBM"): 1, ("2017", "ICBM"): 1, ("2019", "SRBM"): 2}


def test_above_the_point_budget_marks_are_binned_but_every_missile_is_counted():
    rng = random.Random(7)
    many = []
    for index in range(MAX_POINTS + 2_000):
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(12_000))
        many.append(
            make_launch(
                f"{day}a-{index:05d}",
                date_utc=day,
                date_text=day.isoformat(),
                missile_class=rng.choice(["SRBM", "ICBM", "cruise"]),
                range_km=None if index % 10 == 0 else rng.uniform(50, 12_000),
            )
        )
    timeline = build_timeline(many, {})
    spec = timeline.chart.to_dict()
    assert timeline.params == (BRUSH,)  # single launches cannot be picked from bins
    assert "Aggregated" in timeline.aggregated_note
    assert timeline.marks <= MAX_POINTS
    drawn = sum(row["missiles"] for index in (0, 1) for row in rows(spec, index))
    assert drawn == len(many)
    assert sum(row["missiles"] for row in rows(spec, 2)) == len(many)


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
        "Apogee (km)",
        "Japan EEZ",
        "Landing",
        "Outcome",
    ]


def timeline_panel() -> None:
    import streamlit as st

    from components import timeline
    from tests.core.test_filters import ALL

    choice = timeline.render(ALL, {}, None)
    st.text(f"{choice.launch_id}|{choice.date_span}")


def test_a_click_is_reported_once_not_on_every_rerun():
    at = AppTest.from_function(timeline_panel, default_timeout=30).run()
    assert at.text[0].value == "None|None"
    at.session_state["timeline_chart"] = {"selection": {PICK: [{"launch_id": "X-01"}], BRUSH: {}}}
    at.run()
    assert at.text[0].value == "X-01|None"
    at.run()  # the chart still holds the pick, but nothing new happened
    assert at.text[0].value == "None|None"


def test_an_empty_timeline_says_so():
    def empty_panel() -> None:
        from components import timeline

        timeline.render([], {}, None)

    at = AppTest.from_function(empty_panel).run()
    assert not at.exception
    assert "No launch passes the filters" in at.info[0].value
