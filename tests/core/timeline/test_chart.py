"""Timeline spec: points, the no-range strip, salvos, selection ring, bins, schema, escaping."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime, timedelta

import jsonschema
import pytest
from altair.vegalite.v6.schema.core import load_schema

from core.briefing.figure_sources import FigureSources
from core.timeline.chart import BRUSH, PICK, build_timeline
from core.timeline.frames import MAX_POINTS
from tests.core.view.test_filters import ALL, HWASONG, KN23, KN23_SECOND, SCUD, make_launch

SITES = {"sunan": "Sunan", "hodo": "Hodo"}


def rows(spec: dict, index: int) -> list[dict]:
    """The data rows of one stacked chart of the timeline."""
    return spec["datasets"][spec["vconcat"][index]["data"]["name"]].to_pylist()


def as_json(spec: dict) -> dict:
    """The spec as the browser reads it: each dataset's Arrow table as rows of plain values."""
    datasets = {
        name: [{key: json_value(value) for key, value in row.items()} for row in table.to_pylist()]
        for name, table in spec["datasets"].items()
    }
    return json.loads(json.dumps(spec | {"datasets": datasets}))


def json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def many_launches(count: int) -> list:
    rng = random.Random(7)
    many = []
    for index in range(count):
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
    return many


def test_every_missile_is_one_point_and_unknown_ranges_sit_on_their_own_strip():
    timeline = build_timeline(ALL, SITES)
    spec = timeline.spec
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
    spec = build_timeline([HWASONG, fizzled], SITES).spec
    assert [row["launch_id"] for row in rows(spec, 1)] == ["2017-04-15a-01"]


def test_members_of_one_salvo_are_spread_side_by_side():
    spec = build_timeline(ALL, SITES).spec
    salvo = [
        row for row in rows(spec, 0) if row["launch_id"] in (KN23.launch_id, KN23_SECOND.launch_id)
    ]
    assert len(salvo) == 2
    assert {row["salvo"] for row in salvo} == {2}
    assert salvo[0]["x"] != salvo[1]["x"]


def test_lanes_by_class_put_every_missile_in_one_chart():
    spec = build_timeline(ALL, SITES, layout="class").spec
    assert len(rows(spec, 0)) == len(ALL)
    assert spec["vconcat"][0]["encoding"]["y"]["field"] == "missile_class"


def test_the_selected_missile_is_ringed():
    spec = build_timeline(ALL, SITES, selected_id=KN23.launch_id).spec
    stroke = spec["vconcat"][0]["encoding"]["stroke"]
    assert stroke["condition"] == {"test": "datum.chosen", "value": "#000000"}
    chosen = [row["launch_id"] for index in (0, 1) for row in rows(spec, index) if row["chosen"]]
    assert chosen == [KN23.launch_id]


def test_a_new_selection_changes_the_data_alone():
    # The same spec (dataset names included): Streamlit then updates the chart's data in place
    # instead of embedding the chart anew.
    specs = [build_timeline(ALL, SITES, selected_id=x).spec for x in (None, KN23.launch_id)]
    plain = [spec | {"datasets": sorted(spec["datasets"])} for spec in specs]
    assert plain[0] == plain[1]
    assert rows(specs[0], 0) != rows(specs[1], 0)


def test_the_histogram_counts_every_missile_per_year_and_class():
    spec = build_timeline(ALL, SITES).spec
    counts = {(row["x"].year, row["missile_class"]): row["missiles"] for row in rows(spec, 2)}
    assert counts == {(1984, "SRBM"): 1, (2017, "ICBM"): 1, (2019, "SRBM"): 2}


def test_the_histogram_stacks_a_year_in_legend_order():
    srbm_2017 = replace(KN23, launch_id="2017-03-06a-01", date_utc=date(2017, 3, 6))
    spec = build_timeline([SCUD, HWASONG, srbm_2017], SITES).spec
    stacked = [(r["x"].year, r["missile_class"], r["bottom"], r["top"]) for r in rows(spec, 2)]
    assert stacked == [(1984, "SRBM", 0, 1), (2017, "SRBM", 0, 1), (2017, "ICBM", 1, 2)]
    for row in rows(spec, 2):  # a gap of 20 days before the next year's bar
        assert row["x_end"] == datetime(row["x"].year + 1, 1, 1) - timedelta(days=20)


def test_over_a_short_span_the_histogram_counts_months():
    spec = build_timeline([HWASONG, KN23], SITES).spec
    assert spec["vconcat"][2]["encoding"]["y"]["title"] == "Missiles per month"
    assert [(row["x"].date(), row["missiles"]) for row in rows(spec, 2)] == [
        (date(2017, 11, 1), 1),
        (date(2019, 5, 1), 1),
    ]


def test_above_the_point_budget_marks_are_binned_but_every_missile_is_counted():
    many = many_launches(MAX_POINTS + 2_000)
    timeline = build_timeline(many, {})
    spec = timeline.spec
    assert timeline.params == (BRUSH,)  # single launches cannot be picked from bins
    assert "Aggregated" in timeline.aggregated_note
    assert timeline.marks <= MAX_POINTS
    drawn = sum(row["missiles"] for index in (0, 1) for row in rows(spec, index))
    assert drawn == len(many)
    assert sum(row["missiles"] for row in rows(spec, 2)) == len(many)


@pytest.mark.parametrize(
    ("launches", "layout"),
    [(ALL, "range"), (ALL, "class"), (many_launches(MAX_POINTS + 1), "range")],
)
def test_the_spec_is_valid_vega_lite(launches, layout):
    spec = as_json(build_timeline(launches, SITES, layout, selected_id=KN23.launch_id).spec)
    jsonschema.validate(spec, load_schema())  # raises on a malformed spec
    named_views = {view.get("name") for view in spec["vconcat"]}
    assert all(set(param["views"]) <= named_views for param in spec["params"])
    assert all(view["data"]["name"] in spec["datasets"] for view in spec["vconcat"])


def test_a_rebuilt_chart_has_the_same_spec_and_new_data_a_new_one():
    def spec_text(launches: list) -> str:
        return json.dumps(build_timeline(launches, SITES).spec | {"datasets": None})

    assert spec_text(ALL) == spec_text(list(ALL))
    moved = replace(KN23_SECOND, range_km=KN23_SECOND.range_km + 1)
    assert spec_text(ALL) != spec_text([SCUD, HWASONG, KN23, moved])


def strings(node: object) -> list[str]:
    """Every string in a piece of a spec."""
    if isinstance(node, dict):
        return [text for value in node.values() for text in strings(value)]
    if isinstance(node, list):
        return [text for value in node for text in strings(value)]
    return [node] if isinstance(node, str) else []


def test_record_text_reaches_the_chart_only_as_data():
    hostile = '"); alert(1); ("<img src=x onerror=alert(2)>'
    odd = replace(KN23, launch_id=hostile, missile_name=hostile, date_text=hostile)
    spec = build_timeline([HWASONG, odd], SITES | {"hodo": hostile}, selected_id=hostile).spec
    outside_data = strings(spec | {"datasets": None})
    assert [text for text in outside_data if "alert" in text] == []
    assert {row["site"] for row in rows(spec, 0)} == {"Sunan", hostile}


def test_a_missiles_tooltip_names_whose_range_and_apogee_it_shows():
    sources = {HWASONG.launch_id: FigureSources("Japan MOD", "JCS", "Japan MOD")}
    spec = build_timeline([HWASONG, KN23], SITES, sources=sources).spec
    tips = {line["field"]: line["title"] for line in spec["vconcat"][0]["encoding"]["tooltip"]}
    assert (tips["range_text"], tips["apogee_text"]) == ("Range", "Apogee")
    by_id = {row["launch_id"]: row for row in rows(spec, 0)}
    hwasong = by_id[HWASONG.launch_id]
    assert hwasong["range_text"] == f"{HWASONG.range_km:,.0f} km (Japan MOD)"
    assert hwasong["apogee_text"] == f"{HWASONG.apogee_km:,.0f} km (JCS)"
    assert by_id[KN23.launch_id]["range_text"] == f"{KN23.range_km:,.0f} km"  # source unknown
