"""Whole-column parsing gives exactly what the row parsers give: each record, or their error."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.records.bulk import parse_launches, parse_sources
from core.records.model import LAUNCH_COLUMNS, SOURCE_COLUMNS, RecordError
from core.records.parsing import parse_launch, parse_source

TODAY = date(2026, 11, 22)
# Valid and nearly valid values per column, so rows are often good and fail in every way.
TYPICAL = {
    "launch_id": ["2017-11-28a-01", "2017-11-28a-02", " x ", ""],
    "event_id": ["2017-11-28a", "", " e "],
    "date_utc": ["2017-11-28", "2017-11", "2017", "2017-02-30", "2030-01-01", " 1984-09 ", ""],
    "date_precision": ["day", "month", "year", "", "week"],
    "time_utc": ["18:17", "", "24:00", "3pm", " 07:05 "],
    "missile_class": ["ICBM", "SRBM", "SLV", "unknown", "", "big"],
    "range_km": ["950", "", "0", "-1", "1,100", "nan", "20100.5"],
    "apogee_km": ["4475", "", "1e9"],
    "flight_time_min": ["53", "", "601"],
    "bearing_deg": ["90.5", "", "360", "361"],
    "impact_lat": ["40.1", "", "91"],
    "impact_lon": ["135", "", "-181"],
    "landing_area": ["sea_of_japan", "", "east sea"],
    "japan_eez": ["inside", "outside", "", "maybe"],
    "outcome": ["success", "", "ok"],
    "maneuver": ["ballistic", "", "loop"],
    "sources": ["CNS;JCS", "", " ; CNS ;"],
    "reporter": ["CNS", "", "JCS "],
    "published": ["2017-11-29", "", "yesterday", "2030-01-01"],
    "count": ["2", "", "0", "several", "03"],
    "citation": ["https://example.org/a", ""],
    "note": ["two\nlines", ""],
}
ANY_TEXT = st.text(max_size=12)


def _rows(columns: tuple[str, ...]) -> st.SearchStrategy[list[list[str]]]:
    cell = {
        name: st.sampled_from(TYPICAL.get(name, ["", "Hwasong-15", "sunan"])) for name in columns
    }
    row = st.tuples(*(cell[name] | ANY_TEXT for name in columns)).map(list)
    return st.lists(row, max_size=25)


def _one_by_one(parse, header: list[str], rows: list[list[str]]) -> list:
    results = []
    for cells in rows:
        try:
            results.append(parse(dict(zip(header, cells, strict=True)), TODAY))
        except RecordError as err:
            results.append((err.field, err.message, err.value))
    return results


def _comparable(results: list) -> list:
    return [(r.field, r.message, r.value) if isinstance(r, RecordError) else r for r in results]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_launch_columns_parse_as_the_row_parser_does(data):
    header = data.draw(
        st.permutations(LAUNCH_COLUMNS).flatmap(
            lambda names: st.lists(
                st.sampled_from(names), min_size=1, max_size=len(names), unique=True
            )
        )
        | st.just(list(LAUNCH_COLUMNS))
    )
    rows = data.draw(_rows(tuple(header)))
    expected = _one_by_one(parse_launch, header, rows)
    assert _comparable(parse_launches(header, rows, TODAY)) == expected


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_source_columns_parse_as_the_row_parser_does(data):
    header = data.draw(st.permutations(SOURCE_COLUMNS).map(list))
    rows = data.draw(_rows(tuple(header)))
    expected = _one_by_one(parse_source, header, rows)
    assert _comparable(parse_sources(header, rows, TODAY)) == expected


def test_repeated_column_names_take_the_last_cell_like_a_row_dict():
    header = [*LAUNCH_COLUMNS, "range_km"]
    cells = ["a-01", "a", "2017-11-28", "day"] + [""] * (len(LAUNCH_COLUMNS) - 4) + ["700"]
    cells[LAUNCH_COLUMNS.index("range_km")] = "bad"
    (launch,) = parse_launches(header, [cells], TODAY)
    assert not isinstance(launch, RecordError)
    assert launch.range_km == 700


def test_no_rows_and_a_header_without_the_columns():
    assert parse_launches(list(LAUNCH_COLUMNS), [], TODAY) == []
    (error,) = parse_launches(["notes"], [["hello"]], TODAY)
    assert isinstance(error, RecordError)
    assert error.field == "launch_id"
