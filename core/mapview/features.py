"""GeoJSON features of the launch layer: one path and one impact point per missile, escaped."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from html import escape
from typing import Any

from folium.utilities import JsCode

from core.impact import ESTIMATED, FROM_BEARING, REPORTED
from core.mapview.launch_layer import script_safe_json
from core.palette import class_colour
from core.records import KST, Launch, Site
from core.trajectory import Trajectory


def html_text(value: str) -> str:
    """Text made safe for the map page: HTML-escaped, and with no braces.

    branca compiles every rendered element's JavaScript as a Jinja template again, so a record
    holding "{{ ... }}" or "{% ... %}" would be evaluated on the server: braces become entities.
    """
    return escape(value).replace("{", "&#123;").replace("}", "&#125;")


def feature_key(launch_id: str) -> str:
    """The launch id as written into a feature (brace-free for the same reason as html_text)."""
    return launch_id.replace("{", "(").replace("}", ")")


METHOD_TEXT = {
    REPORTED: "reported impact point",
    FROM_BEARING: "site + reported bearing + range",
    ESTIMATED: "ESTIMATED (no bearing reported): direction chosen to land at sea",
}


def when_text(launch: Launch) -> str:
    """Date as written, with the time in UTC and KST when known."""
    instant = launch.launched_at
    if instant is None:
        return f"{launch.date_text} (UTC)"
    local = instant.astimezone(KST)
    return f"{instant:%Y-%m-%d %H:%M} UTC / {_kst(local)}"


def _kst(local: datetime) -> str:
    return f"{local:%Y-%m-%d %H:%M} KST"


def _figure(value: float | None, unit: str) -> str:
    return "unknown" if value is None else f"{value:,.0f} {unit}"


def eez_text(item: Trajectory) -> str:
    """Reported vs computed EEZ side; says so when they disagree."""
    computed = item.computed_eez if item.impact is not None else "no impact point"
    text = f"reported {item.reported_eez} · computed {computed} (approx.)"
    return "⚠ DISAGREE: " + text if item.eez_disagrees else text


def tooltip_html(launch: Launch, site: Site | None, item: Trajectory) -> str:
    """Tooltip markup; every value from the records is escaped before it joins the markup."""
    rows = [
        ("Date", when_text(launch)),
        ("Missile", launch.missile_name or "unidentified"),
        ("Class", launch.missile_class),
        ("Range", _figure(launch.range_km, "km")),
        ("Apogee", _figure(launch.apogee_km, "km")),
        ("Outcome", launch.outcome),
        ("Site", _site_text(site)),
        ("Japan EEZ", eez_text(item)),
    ]
    if item.impact is not None:
        rows.append(("Path", METHOD_TEXT.get(item.impact.method, item.impact.method)))
    elif item.origin is not None:
        rows.append(("Path", "not drawn: no range reported"))
    # No markup at all: lines break through CSS (white-space: pre-line on .atlas-tip), and folium's
    # tojson would write each "<" of a tag as six characters, re-sent on every rerun.
    return html_text("\n".join([launch.launch_id, *(f"{k}: {v}" for k, v in rows)]))


def _site_text(site: Site | None) -> str:
    if site is None:
        return "unknown"
    if site.precision == "area":
        return f"{site.name} (approximate area, path starts at its centre)"
    return f"{site.name} ({site.precision})"


def _lonlat(points: Iterable[tuple[float, float]]) -> list[list[float]]:
    return [[lon, lat] for lat, lon in points]


def missile_features(launch: Launch, site: Site | None, item: Trajectory) -> list[dict[str, Any]]:
    """The path (LineString) of one missile, or its lone impact (Point); none without an impact.

    The dot at a path's end is drawn in the browser from the path's last point (LaunchLayer), so
    its properties and coordinates are not sent a second time on every rerun.
    """
    if item.impact is None:
        return []
    properties = {
        "launch_id": feature_key(launch.launch_id),
        "colour": class_colour(launch.missile_class),
        "estimated": item.estimated,
        "failure": launch.outcome == "failure",
        "kind": "path" if item.path else "impact",
        "tip": tooltip_html(launch, site, item),
    }
    geometry: dict[str, Any]
    if item.path:
        geometry = {"type": "LineString", "coordinates": _lonlat(item.path)}
    else:
        geometry = {"type": "Point", "coordinates": [item.impact.lon, item.impact.lat]}
    return [{"type": "Feature", "properties": properties, "geometry": geometry}]


def launch_features(
    launches: Iterable[Launch], sites: dict[str, Site], items: dict[str, Trajectory]
) -> list[dict[str, Any]]:
    """Path (LineString) and impact (Point) features for the launches that have them."""
    features: list[dict[str, Any]] = []
    for launch in launches:
        features += missile_features(launch, sites.get(launch.site_id), items[launch.launch_id])
    return features


@lru_cache(maxsize=1 << 18)
def missile_features_json(launch: Launch, site: Site | None, item: Trajectory) -> str:
    """missile_features as script-safe JSON without the enclosing brackets.

    Cached per record (records are immutable): a filter change then only joins strings instead
    of building and serialising every feature again.
    """
    return script_safe_json(missile_features(launch, site, item))[1:-1]


def launch_features_json(
    launches: Iterable[Launch], sites: dict[str, Site], items: dict[str, Trajectory]
) -> str:
    """launch_features as one script-safe JSON array."""
    parts = (
        missile_features_json(launch, sites.get(launch.site_id), items[launch.launch_id])
        for launch in launches
    )
    return "[" + ",".join(part for part in parts if part) + "]"


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
LAUNCH_EACH_FEATURE_JS = JsCode(
    """
    function (feature, layer) {
        if (feature.properties.tip) {
            layer.bindTooltip(feature.properties.tip, {sticky: true, className: "atlas-tip"});
        }
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
