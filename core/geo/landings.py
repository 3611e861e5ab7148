"""Where sources said a missile came down: data/landings.csv, read into points and ground ranges."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np

from core.geo.geodesy import WGS84, LatLon, destination, destinations
from core.geo.places import LANDMARKS

LANDINGS_FILE: Final = "landings.csv"
LANDING_COLUMNS: Final = (
    "launch_id",
    "reporter",
    "published",
    "citation",
    "landmark",
    "direction",
    "distance_km",
    "landmark_2",
    "distance_2_km",
    "ground_range_km",
    "wording",
)
# Compass words as reports use them, in degrees clockwise from true north.
_POINTS: Final = (
    *("north", "north-northeast", "northeast", "east-northeast"),
    *("east", "east-southeast", "southeast", "south-southeast"),
    *("south", "south-southwest", "southwest", "west-southwest"),
    *("west", "west-northwest", "northwest", "north-northwest"),
)
COMPASS: Final[dict[str, float]] = {word: index * 22.5 for index, word in enumerate(_POINTS)}
# With two distances ("about 300 km from the Oki Islands and about 500 km from Sado") the
# direction word picks one of the two crossings: headings within this much of it are searched.
CROSSING_SEARCH_DEG: Final = 67.5


@dataclass(frozen=True, slots=True)
class Landing:
    """One source's account of where a missile fell: a landmark, direction and distance from it
    (or distances from two landmarks, the direction choosing between the two crossings), and/or
    the ground range from the launch site (km), with the source's wording."""

    launch_id: str
    reporter: str
    published: str
    citation: str
    landmark: str
    direction: str
    distance_km: float | None
    landmark_2: str
    distance_2_km: float | None
    ground_range_km: float | None
    wording: str

    @property
    def point(self) -> LatLon | None:
        """The point the description names, or None when it names no landmark."""
        place = LANDMARKS.get(self.landmark)
        if place is None or self.distance_km is None or self.direction not in COMPASS:
            return None
        start = (place.lat, place.lon)
        if not self.landmark_2:
            return destination(start, COMPASS[self.direction], self.distance_km)
        other = LANDMARKS.get(self.landmark_2)
        if other is None or self.distance_2_km is None:
            return None
        offsets = np.arange(-CROSSING_SEARCH_DEG, CROSSING_SEARCH_DEG + 0.25, 0.5)
        points = destinations(start, (COMPASS[self.direction] + offsets) % 360.0, self.distance_km)
        count = len(points)
        _, _, metres = WGS84.inv(
            points[:, 1], points[:, 0], np.full(count, other.lon), np.full(count, other.lat)
        )
        best = int(np.argmin(np.abs(np.asarray(metres) / 1000.0 - self.distance_2_km)))
        return (float(points[best, 0]), float(points[best, 1]))


class LandingError(ValueError):
    """A row of landings.csv that cannot be used."""


def _number(row: dict[str, str], column: str, line: int) -> float | None:
    text = (row.get(column) or "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError as err:
        raise LandingError(f"{LANDINGS_FILE}:{line}: {column}: not a number ({text!r})") from err
    if not 0 < value < 20_100:
        raise LandingError(f"{LANDINGS_FILE}:{line}: {column}: out of range ({text!r})")
    return value


def parse_landing(row: dict[str, str], line: int) -> Landing:
    """One row; a landmark needs a known name, a compass word and a distance."""
    cells = {column: (row.get(column) or "").strip() for column in LANDING_COLUMNS}
    landing = Landing(
        launch_id=cells["launch_id"],
        reporter=cells["reporter"],
        published=cells["published"],
        citation=cells["citation"],
        landmark=cells["landmark"],
        direction=cells["direction"],
        distance_km=_number(row, "distance_km", line),
        landmark_2=cells["landmark_2"],
        distance_2_km=_number(row, "distance_2_km", line),
        ground_range_km=_number(row, "ground_range_km", line),
        wording=cells["wording"],
    )
    where = f"{LANDINGS_FILE}:{line}"
    if not landing.launch_id or not landing.reporter or not landing.citation:
        raise LandingError(f"{where}: launch_id, reporter and citation are required")
    if landing.landmark and landing.point is None:
        raise LandingError(
            f"{where}: landmark/direction/distance_km: not a known landmark "
            f"({', '.join(sorted(LANDMARKS))}), compass word and distance ({landing.landmark!r})"
        )
    if not landing.landmark and landing.ground_range_km is None:
        raise LandingError(f"{where}: neither a landmark nor a ground range")
    return landing


def read_landings(path: Path) -> tuple[dict[str, Landing], tuple[str, ...]]:
    """(launch_id -> landing, the problems of rows left out); no file means no descriptions."""
    if not path.exists():
        return {}, ()
    landings, problems = _read(path)
    return dict(landings), problems


@lru_cache(maxsize=4)
def _read(path: Path) -> tuple[tuple[tuple[str, Landing], ...], tuple[str, ...]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    landings: dict[str, Landing] = {}
    problems: list[str] = []
    for line, row in enumerate(rows, start=2):
        try:
            landing = parse_landing(row, line)
        except LandingError as err:
            problems.append(str(err))
            continue
        if landing.launch_id in landings:
            problems.append(f"{LANDINGS_FILE}:{line}: launch_id: duplicate ({landing.launch_id})")
            continue
        landings[landing.launch_id] = landing
    return tuple(landings.items()), tuple(problems)
