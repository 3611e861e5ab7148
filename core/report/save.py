"""Save a checked draft: add the report to a matching launch, or create the launch's missiles."""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from core.records.dataset import LAUNCHES_FILE, SITES_FILE, SOURCES_FILE
from core.records.model import LAUNCH_COLUMNS, SITE_COLUMNS, SOURCE_COLUMNS, RecordError, Site
from core.records.parsing import parse_launch, parse_site, parse_source, split_list
from core.records.store import Table, locked, read_table, write_tables
from core.report.extract import Draft, format_number
from core.report.match import find_event

MAX_COUNT = 60
DEFAULT_REPORTER = "news report"


class DraftError(ValueError):
    """The draft cannot be saved; `field` names the field to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[DraftError], tuple[str, str]]:
        return (type(self), (self.field, self.message))


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the missiles the report now backs and whether they are new."""

    event_id: str
    launch_ids: tuple[str, ...]
    created: bool
    sources_added: int


def reporter_for(draft: Draft, reporter: str = "") -> str:
    """The sources.csv reporter: as given, else the first body the report cites."""
    return reporter.strip() or (draft.reporters[0] if draft.reporters else DEFAULT_REPORTER)


def save_draft(
    draft: Draft,
    data_dir: Path,
    citation: str = "",
    reporter: str = "",
    today: date | None = None,
) -> SaveResult:
    """Validate the draft and write it to the data directory under the lock, atomically."""
    today = today or date.today()
    reporter = reporter_for(draft, reporter)
    citation = citation.strip() or f"{reporter}, {draft.published.isoformat()}"
    _check_draft(draft, reporter, today)
    with locked(data_dir):
        sites = _sites(read_table(data_dir / SITES_FILE, SITE_COLUMNS))
        if draft.site_id and draft.site_id not in sites:
            raise DraftError("site_id", f"{draft.site_id!r} is not in sites.csv")
        launches = read_table(data_dir / LAUNCHES_FILE, LAUNCH_COLUMNS)
        sources = read_table(data_dir / SOURCES_FILE, SOURCE_COLUMNS)
        event_id = find_event(draft, launches.rows, sites)
        if event_id:
            rows = [dict(row) for row in launches.rows]
            members = [row for row in rows if row.get("event_id") == event_id]
            created = False
        else:
            event_id = next_event_id(draft.date_utc, launches.rows)
            members = _new_rows(draft, event_id, launches.header)
            rows = [dict(row) for row in launches.rows] + members
            created = True
        new_sources = _source_rows(draft, members, sources.rows, reporter, citation)
        for row in members:
            _merge_into(row, draft, reporter)
            _validate(partial(parse_launch, row, today))
        write_tables(
            data_dir,
            {
                LAUNCHES_FILE: Table(launches.header, tuple(rows)),
                SOURCES_FILE: Table(sources.header, sources.rows + tuple(new_sources)),
            },
        )
    ids = tuple(row["launch_id"] for row in members)
    return SaveResult(event_id, ids, created, len(new_sources))


def _check_draft(draft: Draft, reporter: str, today: date) -> None:
    if not 1 <= draft.count <= MAX_COUNT:
        raise DraftError("count", f"must be 1 to {MAX_COUNT} missiles (got {draft.count})")
    row = draft.launch_row() | {"launch_id": "draft-01", "event_id": "draft", "sources": reporter}
    _validate(partial(parse_launch, row, today))
    if draft.published > today:
        raise DraftError("published", f"{draft.published} is in the future")
    if draft.date_utc > draft.published:
        raise DraftError("date_utc", f"{draft.date_utc} is after publication {draft.published}")


def _validate(parse: Callable[[], object]) -> None:
    try:
        parse()
    except RecordError as err:
        raise DraftError(err.field, f"{err.message} ({err.value!r})") from err


def _sites(table: Table) -> dict[str, Site]:
    sites: dict[str, Site] = {}
    for row in table.rows:
        try:
            site = parse_site(row)
        except RecordError:
            continue
        sites[site.site_id] = site
    return sites


def next_event_id(day: date, rows: Sequence[dict[str, str]]) -> str:
    """`YYYY-MM-DD` + the next letter not yet used that day."""
    prefix = day.isoformat()
    used = [
        row.get("event_id", "")[len(prefix) :]
        for row in rows
        if row.get("event_id", "").startswith(prefix)
    ]
    # Letters order a day's events, so a new event takes the letter after the last one used.
    letters = string.ascii_lowercase
    last = max((u for u in used if len(u) == 1 and u in letters), default="")
    free = letters[letters.index(last) + 1 :] if last else letters
    if not free:
        raise DraftError("date_utc", f"no free event letter left on {prefix}")
    return prefix + free[0]


def _new_rows(draft: Draft, event_id: str, header: Sequence[str]) -> list[dict[str, str]]:
    base = {column: "" for column in header} | draft.launch_row() | {"sources": ""}
    return [
        base | {"launch_id": f"{event_id}-{number:02d}", "event_id": event_id}
        for number in range(1, draft.count + 1)
    ]


def _merge_into(row: dict[str, str], draft: Draft, reporter: str) -> None:
    """Fill the launch's empty cells from the report and list the reporter; keep known values."""
    given = draft.launch_row()
    for column in ("time_utc", "missile_name", "site_id", "range_km", "apogee_km", "bearing_deg"):
        if not row.get(column, "").strip():
            row[column] = given[column]
    if not row.get("impact_lat", "").strip() and not row.get("impact_lon", "").strip():
        row["impact_lat"], row["impact_lon"] = given["impact_lat"], given["impact_lon"]
    if not row.get("flight_time_min", "").strip():
        row["flight_time_min"] = given["flight_time_min"]
    for column in ("missile_class", "landing_area", "japan_eez", "outcome", "maneuver"):
        if row.get(column, "").strip() in ("", "unknown"):
            row[column] = given[column]
    reporters = list(split_list(row.get("sources", "")))
    if reporter not in reporters:
        reporters.append(reporter)
    row["sources"] = ";".join(reporters)


def _source_rows(
    draft: Draft,
    members: Sequence[dict[str, str]],
    existing: Sequence[dict[str, str]],
    reporter: str,
    citation: str,
) -> list[dict[str, str]]:
    seen = {(row.get("launch_id"), row.get("reporter"), row.get("citation")) for row in existing}
    bodies = ", ".join(draft.reporters) or "no reporting body named"
    note = f"report cites {bodies}"
    if draft.count_qualifier != "exact":
        note += f"; count {draft.count_qualifier}"
    out = []
    for member in members:
        if (member["launch_id"], reporter, citation) in seen:
            continue
        row = {
            "launch_id": member["launch_id"],
            "reporter": reporter,
            "published": draft.published.isoformat(),
            "citation": citation,
            "missile_name": draft.missile_name,
            "missile_class": "" if draft.missile_class == "unknown" else draft.missile_class,
            "count": str(draft.count),
            "range_km": format_number(draft.range_km),
            "apogee_km": format_number(draft.apogee_km),
            "flight_time_min": format_number(draft.flight_time_min),
            "japan_eez": "" if draft.japan_eez == "unknown" else draft.japan_eez,
            "note": note,
        }
        _validate(partial(parse_source, row))
        out.append(row)
    return out
