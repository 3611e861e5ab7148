"""Every source's values for one missile side by side, with the disagreeing cells flagged."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Final

from core.records.model import Launch, Source

# Reports round differently (JCS "about 1,000 km", MOD "at least 500 km"); a spread within 5% is
# the same figure, beyond it the sources disagree.
NUMBER_TOLERANCE: Final = 0.05
COMPARED_FIELDS: Final = (
    ("missile_name", "Missile"),
    ("missile_class", "Class"),
    ("count", "Count"),
    ("range_km", "Range km"),
    ("apogee_km", "Apogee km"),
    ("flight_time_min", "Flight min"),
    ("japan_eez", "Japan EEZ"),
)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One reporter's values, in COMPARED_FIELDS order; `differs` flags disagreeing cells."""

    reporter: str
    published: str
    citation: str
    values: tuple[str, ...]
    differs: tuple[bool, ...]
    note: str


def number_text(value: float | int | None) -> str:
    """A figure with thousands separators and no trailing .0; empty when unknown."""
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _cell(record: Source | Launch, field: str) -> str:
    value = getattr(record, field, None)
    if isinstance(value, float | int):
        return number_text(value)
    return str(value or "").strip()


def _disagrees(field: str, cells: list[str], raw: list[object]) -> bool:
    if field in ("range_km", "apogee_km", "flight_time_min"):
        numbers = [float(value) for value in raw if isinstance(value, float | int)]
        if len(numbers) < 2:
            return False
        return max(numbers) > min(numbers) * (1.0 + NUMBER_TOLERANCE)
    return len({cell.casefold() for cell in cells if cell}) > 1


def _same(cell: str, reference: str) -> bool:
    try:
        value, wanted = float(cell.replace(",", "")), float(reference.replace(",", ""))
    except ValueError:
        return cell.casefold() == reference.casefold()
    return abs(value - wanted) <= NUMBER_TOLERANCE * max(abs(wanted), abs(value))


def compare_sources(
    launch: Launch, sources: tuple[Source, ...]
) -> tuple[tuple[SourceRow, ...], tuple[str, ...]]:
    """Rows for each source and the labels of the fields where the sources disagree."""
    grid = [[_cell(source, field) for field, _ in COMPARED_FIELDS] for source in sources]
    flags = [[False] * len(COMPARED_FIELDS) for _ in sources]
    disagreements = []
    for column, (field, label) in enumerate(COMPARED_FIELDS):
        cells = [row[column] for row in grid]
        if not _disagrees(field, cells, [getattr(source, field) for source in sources]):
            continue
        disagreements.append(label)
        adopted = _cell(launch, field)
        common = adopted or Counter(cell for cell in cells if cell).most_common(1)[0][0]
        for index, cell in enumerate(cells):
            flags[index][column] = bool(cell) and not _same(cell, common)
    rows = tuple(
        SourceRow(
            source.reporter,
            source.published.isoformat() if source.published else "",
            source.citation,
            tuple(grid[index]),
            tuple(flags[index]),
            source.note,
        )
        for index, source in enumerate(sources)
    )
    return rows, tuple(disagreements)
