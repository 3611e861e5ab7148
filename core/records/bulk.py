"""Whole-table parsing: each distinct cell parsed once; bad rows named by the row parsers."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import fields
from datetime import date
from functools import partial
from typing import Any, Final, TypeVar

from core.records.model import (
    DATE_PRECISIONS,
    EEZ_VERDICTS,
    LANDING_AREAS,
    MANEUVERS,
    MISSILE_CLASSES,
    OUTCOMES,
    Launch,
    RecordError,
    Source,
)
from core.records.parsing import (
    apogee_without_range,
    parse_count,
    parse_date_text,
    parse_enum,
    parse_figure,
    parse_launch,
    parse_optional_date,
    parse_optional_enum,
    parse_source,
    parse_time,
    split_list,
)

# Why: at 100,000 missiles, calling the row parsers cell by cell was most of the cold start. Most
# columns hold few distinct values (dates, classes, sites, rounded figures), so each distinct cell
# goes through the same cell parser once. Any row that fails anywhere is parsed again, whole, by
# parse_launch / parse_source, so the problem it reports is exactly theirs.
_BAD: Final = object()
KeyT = TypeVar("KeyT", bound=Hashable)
RecordT = TypeVar("RecordT")


class _Columns:
    """The cells of a table by column name, rows padded to the header; bad rows collected."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.header = list(header)
        self.rows = rows
        self.count = len(rows)
        # dict(zip(header, cells)) keeps the last of repeated names; so does this.
        self._index = {name: position for position, name in enumerate(header)}
        self._cells = list(zip(*rows, strict=True)) if rows else [()] * len(self.header)
        self.bad: set[int] = set()

    def raw(self, name: str) -> Sequence[str]:
        position = self._index.get(name)
        return self._cells[position] if position is not None else ("",) * self.count

    def each(self, keys: Sequence[KeyT], convert: Callable[[KeyT], Any]) -> list[Any]:
        """convert(key) per row, computed once per distinct key; failures mark the row bad."""
        table: dict[KeyT, Any] = {}
        for key in set(keys):
            try:
                table[key] = convert(key)
            except RecordError:
                table[key] = _BAD
        values = list(map(table.__getitem__, keys))
        if _BAD in table.values():
            self.mark([index for index, value in enumerate(values) if value is _BAD])
        return values

    def cells(self, name: str, convert: Callable[[str], Any]) -> list[Any]:
        return self.each(self.raw(name), convert)

    def figures(self, name: str) -> list[Any]:
        """A figure column, within its FIGURE_BOUNDS."""
        return self.cells(name, partial(parse_figure, name))

    def optional_enum(self, name: str, allowed: tuple[str, ...]) -> list[Any]:
        """An enum column a source may leave empty."""
        return self.cells(name, partial(parse_optional_enum, name, allowed=allowed))

    def stripped(self, name: str, required: bool = False) -> list[str]:
        values = list(map(str.strip, self.raw(name)))
        if required and "" in values:
            self.mark([index for index, value in enumerate(values) if not value])
        return values

    def mark(self, indexes: list[int]) -> None:
        self.bad.update(indexes)

    def mark_where(self, fails: Callable[..., bool], *columns: list[Any]) -> None:
        """Mark the rows whose values in `columns` fail a check across fields."""
        rows = enumerate(zip(*columns, strict=True))
        self.bad.update(index for index, values in rows if fails(*values))

    def records(
        self,
        record_type: type[RecordT],
        columns: dict[str, list[Any]],
        parse_row: Callable[[dict[str, str]], RecordT],
    ) -> list[RecordT | RecordError]:
        """Every row's record; a bad row's record or error comes from its row parser."""
        built: list[RecordT | RecordError] = list(
            map(record_type, *(columns[item.name] for item in fields(record_type)))  # type: ignore[arg-type]
        )
        for index in sorted(self.bad):
            try:
                built[index] = parse_row(dict(zip(self.header, self.rows[index], strict=True)))
            except RecordError as err:
                built[index] = err
        return built


def _not_after(field: str, today: date | None, parse: Callable[[str], date | None]) -> Callable:
    def convert(text: str) -> date | None:
        value = parse(text)
        if value is not None and today is not None and value > today:
            raise RecordError(field, "in the future", text)
        return value

    return convert


def _launch_date(today: date | None, key: tuple[str, Any]) -> date:
    text, precision = key
    if precision is _BAD:
        raise RecordError("date_precision", "invalid", text)
    value = parse_date_text("date_utc", text, precision)
    if today is not None and value > today:
        raise RecordError("date_utc", "in the future", text)
    return value


def _unpaired(lat: float | None, lon: float | None) -> bool:
    return (lat is None) != (lon is None)


_PRECISION: Final = partial(parse_enum, "date_precision", allowed=DATE_PRECISIONS, empty="day")


def _enum(field: str, allowed: tuple[str, ...]) -> Callable[[str], str]:
    return partial(parse_enum, field, allowed=allowed)


def parse_launches(
    header: Sequence[str], rows: Sequence[Sequence[str]], today: date | None = None
) -> list[Launch | RecordError]:
    """parse_launch of every row (cells padded to the header), in row order."""
    table = _Columns(header, rows)
    columns: dict[str, list[Any]] = {
        "launch_id": table.stripped("launch_id", required=True),
        "event_id": table.stripped("event_id", required=True),
        "date_precision": table.cells(
            "date_precision",
            _PRECISION,
        ),
        "date_text": table.stripped("date_utc"),
        "time_utc": table.cells("time_utc", partial(parse_time, "time_utc")),
        "missile_name": table.stripped("missile_name"),
        "missile_class": table.cells("missile_class", _enum("missile_class", MISSILE_CLASSES)),
        "site_id": table.stripped("site_id"),
        "range_km": table.figures("range_km"),
        "apogee_km": table.figures("apogee_km"),
        "flight_time_min": table.figures("flight_time_min"),
        "bearing_deg": table.figures("bearing_deg"),
        "impact_lat": table.figures("impact_lat"),
        "impact_lon": table.figures("impact_lon"),
        "landing_area": table.cells("landing_area", _enum("landing_area", LANDING_AREAS)),
        "japan_eez": table.cells("japan_eez", _enum("japan_eez", EEZ_VERDICTS)),
        "outcome": table.cells("outcome", _enum("outcome", OUTCOMES)),
        "maneuver": table.cells("maneuver", _enum("maneuver", MANEUVERS)),
        "sources": table.cells("sources", split_list),
    }
    columns["date_utc"] = table.each(
        list(zip(columns["date_text"], columns["date_precision"], strict=True)),
        partial(_launch_date, today),
    )
    table.mark_where(_unpaired, columns["impact_lat"], columns["impact_lon"])
    table.mark_where(
        apogee_without_range, columns["apogee_km"], columns["range_km"], columns["missile_class"]
    )
    return table.records(Launch, columns, partial(parse_launch, today=today))


def parse_sources(
    header: Sequence[str], rows: Sequence[Sequence[str]], today: date | None = None
) -> list[Source | RecordError]:
    """parse_source of every row (cells padded to the header), in row order."""
    table = _Columns(header, rows)
    columns: dict[str, list[Any]] = {
        "launch_id": table.stripped("launch_id", required=True),
        "reporter": table.stripped("reporter", required=True),
        "published": table.cells(
            "published", _not_after("published", today, partial(parse_optional_date, "published"))
        ),
        "citation": table.stripped("citation"),
        "missile_name": table.stripped("missile_name"),
        "missile_class": table.optional_enum("missile_class", MISSILE_CLASSES),
        "count": table.cells("count", parse_count),
        "range_km": table.figures("range_km"),
        "apogee_km": table.figures("apogee_km"),
        "flight_time_min": table.figures("flight_time_min"),
        "japan_eez": table.optional_enum("japan_eez", EEZ_VERDICTS),
        "note": table.stripped("note"),
    }
    return table.records(Source, columns, partial(parse_source, today=today))
