"""CSV and GeoJSON of the view's missiles: every record field, plus site and computed geometry."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time
from typing import Any, Final

from core.briefing.headline import HEADLINE_FIELDS
from core.export.view import ExportView
from core.geo.trajectory import Trajectory
from core.records.model import LAUNCH_COLUMNS, Launch

EXTRA_COLUMNS: Final = (
    "site_name",
    "site_lat",
    "site_lon",
    "site_precision",
    "drawn_impact_lat",
    "drawn_impact_lon",
    "impact_method",
    "ground_range_km",
    "distance_flown_km",
    "landing_reporter",
    "landing_description",
    "computed_japan_eez",
    "computed_eez_context",
    # Whose each headline figure is ("" when none is known) and the rule that chose it.
    *(f"{name}_source" for name in HEADLINE_FIELDS),
    "headline_rule",
)


def _plain(value: object) -> object:
    """JSON-ready value: dates as ISO text, tuples as ;-lists as in launches.csv."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ";".join(value)
    return value


def launch_properties(view: ExportView, launch: Launch) -> dict[str, Any]:
    """Every column of launches.csv plus the site and the computed impact and EEZ side."""
    properties: dict[str, Any] = {
        column: _plain(getattr(launch, column)) for column in LAUNCH_COLUMNS
    }
    properties["date_utc"] = launch.date_text
    site = view.dataset.site_of(launch)
    item: Trajectory | None = view.geometry.get(launch.launch_id)
    impact = item.impact if item is not None else None
    ground = item.ground_range_km if item is not None else None
    landing = item.landing if item is not None else None
    properties.update(
        site_name=site.name if site else None,
        site_lat=site.lat if site else None,
        site_lon=site.lon if site else None,
        site_precision=site.precision if site else None,
        drawn_impact_lat=impact.lat if impact else None,
        drawn_impact_lon=impact.lon if impact else None,
        impact_method=impact.method if impact else None,
        # The drawn distance; range_km stays as reported, and is named the distance flown where a
        # source's ground range is drawn instead.
        ground_range_km=round(ground, 1) if ground is not None else None,
        distance_flown_km=launch.range_km if item is not None and item.range_is_flown else None,
        landing_reporter=landing.reporter if landing else None,
        landing_description=landing.wording if landing else None,
        computed_japan_eez=item.computed_eez if item is not None else "unknown",
        computed_eez_context=item.eez_context if item is not None else "",
    )
    for name, headline in view.headlines(launch).items():
        properties[f"{name}_source"] = headline.credit if headline.value is not None else None
    properties["headline_rule"] = view.headline_rule
    return properties


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): such text
# is written with a leading apostrophe, which spreadsheets show as plain text.
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(view: ExportView) -> bytes:
    """One row per missile, in the schema of launches.csv followed by EXTRA_COLUMNS (UTF-8).

    Text that a spreadsheet would run as a formula gets a leading apostrophe.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    columns = (*LAUNCH_COLUMNS, *EXTRA_COLUMNS)
    writer.writerow(columns)
    for launch in view.launches:
        properties = launch_properties(view, launch)
        writer.writerow([_cell(properties[column]) for column in columns])
    return buffer.getvalue().encode("utf-8")


def _lonlat(points: tuple[tuple[float, float], ...]) -> list[list[float]]:
    return [[lon, lat] for lat, lon in points]


def feature_collection(view: ExportView) -> dict[str, Any]:
    """Per missile a path (LineString) and an impact (Point) feature; a null-geometry record
    feature when neither can be drawn, so every filtered missile is in the file."""
    features: list[dict[str, Any]] = []
    for launch in view.launches:
        properties = launch_properties(view, launch)
        item = view.geometry.get(launch.launch_id)
        drawn = False
        if item is not None and item.path:
            geometry = {"type": "LineString", "coordinates": _lonlat(item.path)}
            features.append(_feature(launch, "path", geometry, properties))
            drawn = True
        if item is not None and item.impact is not None:
            point = {"type": "Point", "coordinates": [item.impact.lon, item.impact.lat]}
            features.append(_feature(launch, "impact", point, properties))
            drawn = True
        if not drawn:
            features.append(_feature(launch, "record", None, properties))
    return {"type": "FeatureCollection", "headline_rule": view.headline_rule, "features": features}


def _feature(
    launch: Launch, kind: str, geometry: dict[str, Any] | None, properties: dict[str, Any]
) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": f"{kind}:{launch.launch_id}",
        "properties": {**properties, "kind": kind},
        "geometry": geometry,
    }


def to_geojson(view: ExportView) -> bytes:
    """The FeatureCollection as UTF-8 JSON (RFC 7946: lon, lat order)."""
    return json.dumps(feature_collection(view), ensure_ascii=False).encode("utf-8")
