"""The launch layer's data: one compact row per missile, from which the browser builds features."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from html import escape
from typing import Final

from folium.utilities import JsCode

from core.geo.impact import ESTIMATED, FROM_BEARING, REPORTED
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


METHODS: Final = (REPORTED, FROM_BEARING, ESTIMATED)
METHOD_TEXT: Final = {
    REPORTED: "reported impact point",
    FROM_BEARING: "site + reported bearing + range",
    ESTIMATED: "ESTIMATED (no bearing reported): direction chosen to land at sea",
}
# Bits of a row's flags.
ESTIMATED_FLAG: Final = 1
FAILURE_FLAG: Final = 2
EEZ_DISAGREES_FLAG: Final = 4


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


def missile_row(launch: Launch, site: Site | None, item: Trajectory) -> Row | None:
    """One missile as the browser's launch layer takes it; None when it has no impact point.

    [launch_id, class, flags, when, name, range_km, apogee_km, outcome, site_id, reported EEZ,
    computed EEZ, impact method, flat lon/lat pairs]: `when` is minutes since 1970 (UTC) when the
    time is known, else the date as written. One pair is a lone impact point; more are a path,
    whose impact dot the browser draws from its last point. Labels, units and the KST time are
    added in the browser (LaunchLayer), so they are not re-sent per missile on every rerun.
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
    return [
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
        [value for lat, lon in points for value in (lon, lat)],
    ]


@lru_cache(maxsize=1 << 18)
def missile_row_json(launch: Launch, site: Site | None, item: Trajectory) -> str:
    """missile_row as script-safe JSON ("" without an impact point).

    Cached per record (records are immutable): a filter change then only joins strings instead
    of building and serialising every row again.
    """
    row = missile_row(launch, site, item)
    return "" if row is None else array_json(row)


def launch_rows_json(
    launches: Iterable[Launch], sites: dict[str, Site], items: dict[str, Trajectory]
) -> str:
    """The rows of the launches that have an impact point, as one script-safe JSON array."""
    parts = (
        missile_row_json(launch, sites.get(launch.site_id), items[launch.launch_id])
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


# Styling runs in the browser from three properties: sending one style function is far smaller
# than folium's per-feature style map (two switch cases per feature for style and highlight).
LAUNCH_STYLE_JS = JsCode(
    """
    function (feature) {
        var p = feature.properties;
        if (p.kind === "impact") {
            return {radius: 3, color: p.colour, weight: 1, fillOpacity: 1,
                    fillColor: p.estimated ? "#ffffff" : p.colour};
        }
        if (p.failure) {
            return {color: p.colour, weight: 1.5, opacity: 0.7, dashArray: "2 5"};
        }
        return {color: p.colour, weight: 2, opacity: 0.85, dashArray: p.estimated ? "8 6" : null};
    }
    """
)
LAUNCH_HOVER_JS = JsCode(
    """
    function (feature, layer) {
        if (feature.properties.kind === "path") {
            layer.on("mouseover", function () { layer.setStyle({weight: 5, opacity: 1}); });
            layer.on("mouseout", function () {
                layer.setStyle({weight: feature.properties.failure ? 1.5 : 2,
                                opacity: feature.properties.failure ? 0.7 : 0.85});
            });
        }
    }
    """
)
