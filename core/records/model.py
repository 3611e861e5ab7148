"""Launch records: typed rows of launches.csv, sites.csv and sources.csv, parsed at the boundary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from operator import attrgetter
from typing import Final

MISSILE_CLASSES: Final = ("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "cruise", "HGV", "SLV", "unknown")
LANDING_AREAS: Final = ("sea_of_japan", "yellow_sea", "pacific", "land", "unknown")
EEZ_VERDICTS: Final = ("inside", "outside", "unknown")
OUTCOMES: Final = ("success", "failure", "unknown")
MANEUVERS: Final = ("ballistic", "pullup", "glide", "cruise", "unknown")
# How the landing-area, EEZ and outcome codes read on screen (other codes read as written).
VALUE_LABELS: Final = {
    "sea_of_japan": "Sea of Japan",
    "yellow_sea": "Yellow Sea",
    "pacific": "Pacific",
    "land": "Land",
    "inside": "Inside Japan's EEZ",
    "outside": "Outside Japan's EEZ",
    "unknown": "Unknown",
    "success": "Success",
    "failure": "Failure",
}


def value_label(value: str) -> str:
    """A record code as a reader sees it: 'sea_of_japan' -> 'Sea of Japan'."""
    return VALUE_LABELS.get(value, value)


DATE_PRECISIONS: Final = ("day", "month", "year")
SITE_PRECISIONS: Final = ("facility", "town", "area")

LAUNCH_COLUMNS: Final = (
    "launch_id",
    "event_id",
    "date_utc",
    "date_precision",
    "time_utc",
    "missile_name",
    "missile_class",
    "site_id",
    "range_km",
    "apogee_km",
    "flight_time_min",
    "bearing_deg",
    "impact_lat",
    "impact_lon",
    "landing_area",
    "japan_eez",
    "outcome",
    "maneuver",
    "sources",
)
SITE_COLUMNS: Final = (
    "site_id",
    "name",
    "lat",
    "lon",
    "precision",
    "radius_km",
    "aliases",
    "source",
)
SOURCE_COLUMNS: Final = (
    "launch_id",
    "reporter",
    "published",
    "citation",
    "missile_name",
    "missile_class",
    "count",
    "range_km",
    "apogee_km",
    "flight_time_min",
    "japan_eez",
    "note",
)

# Reports use Korea/Japan local time (UTC+9, no daylight saving since 1988).
KST: Final = timezone(timedelta(hours=9), "KST")


class RecordError(ValueError):
    """A field that cannot be parsed; the message names the field and quotes the value."""

    def __init__(self, field: str, message: str, value: str) -> None:
        super().__init__(f"{field}: {message} ({value!r})")
        self.field = field
        self.message = message
        self.value = value


@dataclass(frozen=True, slots=True)
class Launch:
    """One missile. Unknown figures are None; unknown enums are 'unknown'."""

    launch_id: str
    event_id: str
    date_utc: date
    date_text: str
    date_precision: str
    time_utc: time | None
    missile_name: str
    missile_class: str
    site_id: str
    range_km: float | None
    apogee_km: float | None
    flight_time_min: float | None
    bearing_deg: float | None
    impact_lat: float | None
    impact_lon: float | None
    landing_area: str
    japan_eez: str
    outcome: str
    maneuver: str
    sources: tuple[str, ...]

    @property
    def launched_at(self) -> datetime | None:
        """The launch instant in UTC, when both day and time are known."""
        if self.date_precision != "day" or self.time_utc is None:
            return None
        return datetime.combine(self.date_utc, self.time_utc, tzinfo=UTC)

    @property
    def label(self) -> str:
        """Short human label: date and missile."""
        return f"{self.date_text} {self.missile_name or self.missile_class}"


# Sort key of launches, oldest first (ties by id): attrgetter, since a lambda per launch costs
# twice as much over 100,000 of them.
CHRONOLOGICAL: Final = attrgetter("date_utc", "launch_id")


@dataclass(frozen=True, slots=True)
class Site:
    """A launch facility, a town centre, or a broad area named in reports."""

    site_id: str
    name: str
    lat: float
    lon: float
    precision: str
    radius_km: float | None
    aliases: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Source:
    """What one reporter said about one missile."""

    launch_id: str
    reporter: str
    published: date | None
    citation: str
    missile_name: str
    missile_class: str
    count: int | None
    range_km: float | None
    apogee_km: float | None
    flight_time_min: float | None
    japan_eez: str
    note: str


def find_launch(
    launches: tuple[Launch, ...] | list[Launch], launch_id: str | None
) -> Launch | None:
    """The launch with this id, if present."""
    if not launch_id:
        return None
    return next((launch for launch in launches if launch.launch_id == launch_id), None)
