"""Parsing of CSV cells into typed records, raising RecordError that names the field."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Final

from core.records.model import (
    DATE_PRECISIONS,
    EEZ_VERDICTS,
    LANDING_AREAS,
    MANEUVERS,
    MISSILE_CLASSES,
    OUTCOMES,
    SITE_PRECISIONS,
    Launch,
    RecordError,
    Site,
    Source,
)

_DATE_FORMS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
# The bounds of each figure column (launches.csv and sources.csv alike).
FIGURE_BOUNDS: Final = {
    "range_km": (0, 20_100),
    "apogee_km": (0, 40_000),
    "flight_time_min": (0, 600),
    "bearing_deg": (0, 360),
    "impact_lat": (-90, 90),
    "impact_lon": (-180, 180),
}
# Classes whose apogee may be given without a range (a satellite launch; an unknown missile).
APOGEE_ONLY_CLASSES: Final = ("SLV", "unknown")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_HH_MM = re.compile(r"[0-9]{2}:[0-9]{2}")


def parse_optional_float(
    field: str, text: str, low: float = 0.0, high: float = float("inf")
) -> float | None:
    """Parse a plain number (no units, no thousands separators) within [low, high]."""
    if not text or not (text := text.strip()):
        return None
    try:
        value = float(text)
    except ValueError:
        raise RecordError(field, "not a plain number", text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise RecordError(field, "not a finite number", text)
    if not low <= value <= high:
        raise RecordError(field, f"out of range {low:g} to {high:g}", text)
    return value


def parse_figure(field: str, text: str) -> float | None:
    """A figure column's number (FIGURE_BOUNDS), or None when empty."""
    low, high = FIGURE_BOUNDS[field]
    return parse_optional_float(field, text, low, high)


def parse_count(text: str) -> int | None:
    """A number of missiles: a whole number of 1 or more, or None when empty."""
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise RecordError("count", "not a whole number of missiles (1 or more)", text)
    return int(text)


def parse_optional_enum(field: str, text: str, allowed: tuple[str, ...]) -> str:
    """An enum value as a source gave it, or "" when it gave none."""
    text = text.strip()
    if text:
        parse_enum(field, text, allowed)
    return text


def apogee_without_range(
    apogee_km: float | None, range_km: float | None, missile_class: str
) -> bool:
    """True when a class that flies somewhere has an apogee but no range: a row to refuse."""
    return apogee_km is not None and range_km is None and missile_class not in APOGEE_ONLY_CLASSES


def parse_enum(
    field: str, text: str, allowed: tuple[str, ...], empty: str | None = "unknown"
) -> str:
    """An enum value; empty means `empty` (or is an error when `empty` is None)."""
    text = text.strip()
    if not text and empty is not None:
        return empty
    if text not in allowed:
        raise RecordError(field, f"not one of {' '.join(allowed)}", text)
    return text


def parse_date_text(field: str, text: str, precision: str) -> date:
    """Parse YYYY-MM-DD / YYYY-MM / YYYY, which must match `precision`."""
    text = text.strip()
    forms = _DATE_FORMS
    if precision not in forms:
        raise RecordError("date_precision", f"not one of {' '.join(forms)}", precision)
    if precision == "day" and _ISO_DAY.fullmatch(text):
        # strptime costs ~15 us a call, a third of loading 100,000 rows; anything this fast
        # path does not accept (invalid days too) still goes through strptime and its message.
        try:
            return date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            pass
    try:
        return datetime.strptime(text, forms[precision]).date()
    except ValueError:
        expected = forms[precision].replace("%Y", "YYYY").replace("%m", "MM").replace("%d", "DD")
        raise RecordError(field, f"not a {precision} date {expected}", text) from None


def parse_optional_date(field: str, text: str) -> date | None:
    """An ISO date or empty."""
    text = text.strip()
    if not text:
        return None
    return parse_date_text(field, text, "day")


def parse_time(field: str, text: str) -> time | None:
    """HH:MM (24-hour) or empty."""
    text = text.strip()
    if not text:
        return None
    if _HH_MM.fullmatch(text):
        try:
            return time(int(text[:2]), int(text[3:]))
        except ValueError:
            pass
    try:
        parsed = datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise RecordError(field, "not a time HH:MM", text) from None
    return parsed


def split_list(text: str) -> tuple[str, ...]:
    """A `;`-separated list, blanks dropped."""
    return tuple(part.strip() for part in text.split(";") if part.strip())


def parse_launch(row: dict[str, str], today: date | None = None) -> Launch:
    """Turn one launches.csv row into a Launch, or raise RecordError naming the field."""

    def get(name: str) -> str:
        value = row.get(name)
        return "" if value is None else value

    launch_id = get("launch_id").strip()
    if not launch_id:
        raise RecordError("launch_id", "missing", get("launch_id"))
    event_id = get("event_id").strip()
    if not event_id:
        raise RecordError("event_id", "missing", get("event_id"))
    precision = parse_enum("date_precision", get("date_precision"), DATE_PRECISIONS, empty="day")
    date_text = get("date_utc").strip()
    launch_date = parse_date_text("date_utc", date_text, precision)
    if today is not None and launch_date > today:
        raise RecordError("date_utc", f"in the future (today is {today.isoformat()})", date_text)
    impact_lat = parse_figure("impact_lat", get("impact_lat"))
    impact_lon = parse_figure("impact_lon", get("impact_lon"))
    if (impact_lat is None) != (impact_lon is None):
        field = "impact_lon" if impact_lon is None else "impact_lat"
        raise RecordError(field, "impact_lat and impact_lon go together", get(field))
    bearing = parse_figure("bearing_deg", get("bearing_deg"))
    missile_class = parse_enum("missile_class", get("missile_class"), MISSILE_CLASSES)
    range_km = parse_figure("range_km", get("range_km"))
    apogee_km = parse_figure("apogee_km", get("apogee_km"))
    if apogee_without_range(apogee_km, range_km, missile_class):
        raise RecordError(
            "range_km", f"missing while apogee_km is given for a {missile_class}", get("range_km")
        )
    return Launch(
        launch_id=launch_id,
        event_id=event_id,
        date_utc=launch_date,
        date_text=date_text,
        date_precision=precision,
        time_utc=parse_time("time_utc", get("time_utc")),
        missile_name=get("missile_name").strip(),
        missile_class=missile_class,
        site_id=get("site_id").strip(),
        range_km=range_km,
        apogee_km=apogee_km,
        flight_time_min=parse_figure("flight_time_min", get("flight_time_min")),
        bearing_deg=bearing,
        impact_lat=impact_lat,
        impact_lon=impact_lon,
        landing_area=parse_enum("landing_area", get("landing_area"), LANDING_AREAS),
        japan_eez=parse_enum("japan_eez", get("japan_eez"), EEZ_VERDICTS),
        outcome=parse_enum("outcome", get("outcome"), OUTCOMES),
        maneuver=parse_enum("maneuver", get("maneuver"), MANEUVERS),
        sources=split_list(get("sources")),
    )


def parse_site(row: dict[str, str]) -> Site:
    """Turn one sites.csv row into a Site, or raise RecordError naming the field."""

    def get(name: str) -> str:
        value = row.get(name)
        return "" if value is None else value

    site_id = get("site_id").strip()
    if not site_id:
        raise RecordError("site_id", "missing", get("site_id"))
    name = get("name").strip()
    if not name:
        raise RecordError("name", "missing", get("name"))
    lat = parse_optional_float("lat", get("lat"), -90, 90)
    lon = parse_optional_float("lon", get("lon"), -180, 180)
    if lat is None:
        raise RecordError("lat", "missing", get("lat"))
    if lon is None:
        raise RecordError("lon", "missing", get("lon"))
    precision = parse_enum("precision", get("precision"), SITE_PRECISIONS, empty=None)
    radius_km = parse_optional_float("radius_km", get("radius_km"), 0, 2_000)
    if precision == "area" and not radius_km:
        raise RecordError("radius_km", "an area needs a radius above 0", get("radius_km"))
    return Site(
        site_id=site_id,
        name=name,
        lat=lat,
        lon=lon,
        precision=precision,
        radius_km=radius_km,
        aliases=split_list(get("aliases")),
        source=get("source").strip(),
    )


def parse_source(row: dict[str, str], today: date | None = None) -> Source:
    """Turn one sources.csv row into a Source, or raise RecordError naming the field."""

    def get(name: str) -> str:
        value = row.get(name)
        return "" if value is None else value

    launch_id = get("launch_id").strip()
    if not launch_id:
        raise RecordError("launch_id", "missing", get("launch_id"))
    reporter = get("reporter").strip()
    if not reporter:
        raise RecordError("reporter", "missing", get("reporter"))
    published = parse_optional_date("published", get("published"))
    if published is not None and today is not None and published > today:
        raise RecordError(
            "published", f"in the future (today is {today.isoformat()})", get("published")
        )
    count = parse_count(get("count"))
    missile_class = parse_optional_enum("missile_class", get("missile_class"), MISSILE_CLASSES)
    japan_eez = parse_optional_enum("japan_eez", get("japan_eez"), EEZ_VERDICTS)
    return Source(
        launch_id=launch_id,
        reporter=reporter,
        published=published,
        citation=get("citation").strip(),
        missile_name=get("missile_name").strip(),
        missile_class=missile_class,
        count=count,
        range_km=parse_figure("range_km", get("range_km")),
        apogee_km=parse_figure("apogee_km", get("apogee_km")),
        flight_time_min=parse_figure("flight_time_min", get("flight_time_min")),
        japan_eez=japan_eez,
        note=get("note").strip(),
    )
