"""The launch layer's data: one compact row per missile, from which the browser builds features."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from html import escape
from typing import Final

from core.geo.impact import DESCRIBED, ESTIMATED, FROM_BEARING, REPORTED
from core.geo.trajectory import Trajectory
from core.mapview.launch_layer import array_json
from core.palette import CLASS_COLOURS, FALLBACK_COLOUR
from core.records.model import EEZ_VERDICTS, MISSILE_CLASSES, OUTCOMES, Launch, Site

Row = list[object]


def html_text(value: str) -> str:
    """Text made safe for the map page: HTML-escaped, and with no braces.

    branca compiles every rendered element's JavaScript as a Jinja template again, so a record
    holding "{{ ... }}" or "{% ... %}" would be evaluated on the server: braces become entities.
    """
    return escape(value).replace("{", "&#123;").replace("}", "&#125;")


METHODS: Final = (REPORTED, FROM_BEARING, ESTIMATED, DESCRIBED)
METHOD_TEXT: Final = {
    REPORTED: "reported impact point",
    FROM_BEARING: "site + reported bearing + range",
    ESTIMATED: "ESTIMATED (no usable bearing): heading chosen to land where reported",
    DESCRIBED: "placed from a source's description of where it fell",
}
# The compact row's fields, in order: declared here only, and handed to the browser's launch
# layer (static/js/launch_layer.js) with the rows, which reads each field by its name.
ROW_FIELDS: Final = (
    "launch_id",
    "missile_class",
    "flags",
    "when",
    "name",
    "range_km",
    "apogee_km",
    "outcome",
    "site_id",
    "reported_eez",
    "computed_eez",
    "method",
    "ground_range_km",
    "points",
    "whose",
)
# The bits of a row's `flags`, lowest first (handed over likewise).
FLAG_NAMES: Final = ("estimated", "failure", "eez_disagrees")
ESTIMATED_FLAG: Final = 1 << FLAG_NAMES.index("estimated")
FAILURE_FLAG: Final = 1 << FLAG_NAMES.index("failure")
EEZ_DISAGREES_FLAG: Final = 1 << FLAG_NAMES.index("eez_disagrees")


def _code(value: str, table: tuple[str, ...]) -> int | str:
    # A known code travels as its index in the table the browser holds; anything else as written.
    return table.index(value) if value in table else value


def _km(value: float | None) -> int | None:
    return None if value is None else round(value)


def site_text(site: Site) -> str:
    """How a launch's site reads in its tooltip."""
    if site.precision == "area":
        return f"{site.name} (approximate area, path starts at its centre)"
    return f"{site.name} ({site.precision})"


def missile_row(
    launch: Launch, site: Site | None, item: Trajectory, whose: tuple[str, ...] = ()
) -> Row | None:
    """One missile as the browser's launch layer takes it; None when it has no impact point.

    The fields are ROW_FIELDS, in that order: `when` is minutes since 1970 (UTC) when the time
    is known, else the date as written; `points` are flat lon/lat pairs, one pair a lone impact
    point, more a path whose impact dot the browser draws from its last point; `ground_range_km`
    is the drawn site-to-impact distance where it is not the record's range (by more than rounding),
    else null; `whose` names whose range, apogee and EEZ verdict lead, and the preference
    (headline.figure_credits). Labels, units and
    the KST time are added in the browser (static/js/launch_layer.js), so they are not re-sent
    per missile on every rerun.
    """
    if item.impact is None:
        return None
    instant = launch.launched_at
    flags = (
        (ESTIMATED_FLAG if item.estimated else 0)
        | (FAILURE_FLAG if launch.outcome == "failure" else 0)
        | (EEZ_DISAGREES_FLAG if item.eez_disagrees else 0)
    )
    points = item.path or (item.impact.point,)
    row: Row = [
        launch.launch_id,
        _code(launch.missile_class, MISSILE_CLASSES),
        flags,
        int(instant.timestamp() // 60) if instant is not None else launch.date_text,
        launch.missile_name,
        _km(launch.range_km),
        _km(launch.apogee_km),
        _code(launch.outcome, OUTCOMES),
        site.site_id if site is not None else "",
        _code(item.reported_eez, EEZ_VERDICTS),
        _code(item.computed_eez, EEZ_VERDICTS),
        _code(item.impact.method, METHODS),
        _km(item.ground_range_km) if item.flown_differs else None,
        [value for lat, lon in points for value in (lon, lat)],
        list(whose),
    ]
    assert len(row) == len(ROW_FIELDS), "a row holds ROW_FIELDS, in order"
    return row


@lru_cache(maxsize=1 << 18)
def missile_row_json(
    launch: Launch, site: Site | None, item: Trajectory, whose: tuple[str, ...] = ()
) -> str:
    """missile_row as script-safe JSON ("" without an impact point).

    Cached per record (records are immutable): a filter change then only joins strings instead
    of building and serialising every row again.
    """
    row = missile_row(launch, site, item, whose)
    return "" if row is None else array_json(row)


def launch_rows_json(
    launches: Iterable[Launch],
    sites: dict[str, Site],
    items: dict[str, Trajectory],
    whose: Mapping[str, tuple[str, ...]] | None = None,
) -> str:
    """The rows of the launches that have an impact point, as one script-safe JSON array."""
    credited = whose or {}
    parts = (
        missile_row_json(
            launch,
            sites.get(launch.site_id),
            items[launch.launch_id],
            credited.get(launch.launch_id, ()),
        )
        for launch in launches
    )
    return "[" + ",".join(part for part in parts if part) + "]"


def site_table_json(launches: Iterable[Launch], sites: dict[str, Site]) -> str:
    """[site_id, tooltip text, ...] for the sites of `launches`, as script-safe JSON."""
    used = sorted({launch.site_id for launch in launches if launch.site_id in sites})
    return array_json([value for site_id in used for value in (site_id, site_text(sites[site_id]))])


def code_tables_json() -> str:
    """The code tables rows index into: classes, their colours, outcomes, EEZ verdicts, methods."""
    colours = [CLASS_COLOURS.get(name, FALLBACK_COLOUR) for name in MISSILE_CLASSES]
    methods = [METHOD_TEXT[method] for method in METHODS]
    return array_json([list(MISSILE_CLASSES), colours, list(OUTCOMES), list(EEZ_VERDICTS), methods])


@lru_cache(maxsize=1)
def row_schema_json() -> str:
    """[ROW_FIELDS, FLAG_NAMES] as script-safe JSON: how the browser reads a row."""
    return array_json([list(ROW_FIELDS), list(FLAG_NAMES)])


def focus_json(launch_id: str | None) -> str:
    """The launch the map puts in focus, as the launch layer takes it: [] or [its id]."""
    return array_json([] if launch_id is None else [launch_id])
