"""A draft as form cells and back: what the reviewer sees and edits, parsed with field names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time
from typing import Final

from core.records.parsing import split_list
from core.report.extract import Draft, format_coordinate, format_number
from core.report.save import DraftError

NUMBER_FIELDS: Final = (
    "range_km",
    "apogee_km",
    "flight_time_min",
    "bearing_deg",
    "impact_lat",
    "impact_lon",
)
CHOICE_FIELDS: Final = (
    "missile_class",
    "landing_area",
    "japan_eez",
    "outcome",
    "maneuver",
    "count_qualifier",
)

Cell = str | int | date


def draft_cells(draft: Draft) -> dict[str, Cell]:
    """Every editable field as a form cell: text for figures and times, so 'unknown' is empty."""
    cells: dict[str, Cell] = {
        "date_utc": draft.date_utc,
        "time_utc": draft.time_utc.strftime("%H:%M") if draft.time_utc else "",
        "count": draft.count,
        "missile_name": draft.missile_name,
        "site_id": draft.site_id,
        "reporters": ";".join(draft.reporters),
    }
    for field in NUMBER_FIELDS:
        cell = format_coordinate if field.startswith("impact") else format_number
        cells[field] = cell(getattr(draft, field))
    for field in CHOICE_FIELDS:
        cells[field] = str(getattr(draft, field))
    return cells


def _number(field: str, cell: Cell | None) -> float | None:
    text = str(cell if cell is not None else "").strip().replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise DraftError(field, f"not a number ({text!r})") from None


def _clock(cell: Cell | None) -> time | None:
    text = str(cell if cell is not None else "").strip()
    if not text:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise DraftError("time_utc", f"not a time HH:MM ({text!r})") from None


def apply_cells(draft: Draft, cells: Mapping[str, Cell | None]) -> Draft:
    """The draft with the reviewer's cells; a cell that does not parse raises DraftError."""
    day = cells.get("date_utc")
    if not isinstance(day, date):
        raise DraftError("date_utc", f"not a date ({day!r})")
    try:
        count = int(str(cells.get("count")))
    except ValueError:
        raise DraftError("count", f"not a whole number ({cells.get('count')!r})") from None
    numbers = {field: _number(field, cells.get(field)) for field in NUMBER_FIELDS}
    choices = {field: str(cells.get(field) or "unknown") for field in CHOICE_FIELDS}
    return replace(
        draft,
        date_utc=day,
        time_utc=_clock(cells.get("time_utc")),
        count=count,
        missile_name=str(cells.get("missile_name") or "").strip(),
        site_id=str(cells.get("site_id") or "").strip(),
        reporters=split_list(str(cells.get("reporters") or "")),
        range_km=numbers["range_km"],
        apogee_km=numbers["apogee_km"],
        flight_time_min=numbers["flight_time_min"],
        bearing_deg=numbers["bearing_deg"],
        impact_lat=numbers["impact_lat"],
        impact_lon=numbers["impact_lon"],
        missile_class=choices["missile_class"],
        landing_area=choices["landing_area"],
        japan_eez=choices["japan_eez"],
        outcome=choices["outcome"],
        maneuver=choices["maneuver"],
        count_qualifier=choices["count_qualifier"],
    )
