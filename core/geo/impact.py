"""Where a missile came down: reported point, site + bearing + range, or an honest estimate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import numpy as np

from core.geo.geodesy import LatLon, destination, destinations, initial_bearing_deg

IsAtSea = Callable[[float, float], bool]
EezVerdict = Callable[[float, float], str]  # "inside" | "outside" for Japan's EEZ

REPORTED: Final = "reported"
DESCRIBED: Final = "described"  # placed from a source's words: "about 200 km west of Okushiri"
FROM_BEARING: Final = "bearing"
ESTIMATED: Final = "estimated"

# Aim points for an unreported direction: the middle of the sea each landing area names. "pacific"
# shots (2017 Hwasong-12, 2022 IRBM) flew east over northern Japan, so aim east of Tohoku.
AIM_POINTS: Final[dict[str, LatLon]] = {
    "sea_of_japan": (40.0, 134.0),
    "yellow_sea": (36.0, 123.5),
    "pacific": (40.0, 160.0),
}
# Candidate headings fan out from the aim bearing: 0, +5, -5, +10, -10 ... up to 150 degrees off.
FAN_STEP_DEG: Final = 5.0
FAN_LIMIT_DEG: Final = 150.0


@dataclass(frozen=True, slots=True)
class Impact:
    """An impact point and how it was obtained (REPORTED, DESCRIBED, FROM_BEARING or ESTIMATED)."""

    lat: float
    lon: float
    method: str

    @property
    def point(self) -> LatLon:
        """(lat, lon)."""
        return (self.lat, self.lon)


def fan_offsets_deg() -> np.ndarray:
    """Bearing offsets from the aim bearing, nearest first."""
    steps = np.arange(FAN_STEP_DEG, FAN_LIMIT_DEG + FAN_STEP_DEG / 2, FAN_STEP_DEG)
    return np.concatenate([[0.0], np.column_stack([steps, -steps]).ravel()])


def estimate_impact(
    origin: LatLon,
    range_km: float,
    landing_area: str,
    reported_eez: str,
    is_at_sea: IsAtSea,
    eez_verdict: EezVerdict,
    start_bearing_deg: float | None = None,
) -> Impact:
    """A point `range_km` from `origin`, toward the reported sea, agreeing with the EEZ verdict.

    Headings fan out from `start_bearing_deg` (default: the bearing to the sea's middle); the
    first one whose end point is at sea (on land for `landing_area == "land"`) and on the reported
    side of Japan's EEZ line wins. If no heading satisfies both, the EEZ condition is dropped, then
    the sea condition: the point stays marked ESTIMATED, and the computed verdict (or `python -m
    core validate`, for a sea landing left on land) shows the disagreement.
    """
    aim = AIM_POINTS.get(landing_area, AIM_POINTS["sea_of_japan"])
    aim_deg = initial_bearing_deg(origin, aim) if start_bearing_deg is None else start_bearing_deg
    candidates = destinations(origin, (aim_deg + fan_offsets_deg()) % 360.0, range_km)
    want_sea = landing_area != "land"
    tested: dict[int, bool] = {}

    def surface_ok(index: int) -> bool:
        # Tested on demand, nearest heading first: the aim heading is usually at sea already,
        # and testing all 61 headings of every estimate made the land test the hot spot.
        if index not in tested:
            lat, lon = candidates[index]
            tested[index] = is_at_sea(float(lat), float(lon)) == want_sea
        return tested[index]

    if reported_eez in ("inside", "outside"):
        for index, (lat, lon) in enumerate(candidates):
            if surface_ok(index) and eez_verdict(float(lat), float(lon)) == reported_eez:
                return Impact(float(lat), float(lon), ESTIMATED)
    for index, (lat, lon) in enumerate(candidates):
        if surface_ok(index):
            return Impact(float(lat), float(lon), ESTIMATED)
    lat, lon = candidates[0]
    return Impact(float(lat), float(lon), ESTIMATED)


def _surface_agrees(point: LatLon, landing_area: str, is_at_sea: IsAtSea) -> bool:
    """False when a point is on land for a sea landing, or at sea for a landing on land."""
    if landing_area == "unknown":
        return True
    return is_at_sea(point[0], point[1]) == (landing_area != "land")


def impact_point(
    origin: LatLon | None,
    range_km: float | None,
    bearing_deg: float | None,
    reported: LatLon | None,
    landing_area: str,
    reported_eez: str,
    is_at_sea: IsAtSea,
    eez_verdict: EezVerdict,
    described: LatLon | None = None,
) -> Impact | None:
    """Reported point; else a source's described point; else origin + bearing + range when that
    lands where the record says (sea or land); else an estimate fanning out from that bearing;
    None without range or site. `range_km` is the ground range to draw."""
    if reported is not None:
        return Impact(reported[0], reported[1], REPORTED)
    if described is not None:
        return Impact(described[0], described[1], DESCRIBED)
    if origin is None or range_km is None or range_km <= 0:
        return None
    if bearing_deg is not None:
        lat, lon = destination(origin, bearing_deg, range_km)
        if _surface_agrees((lat, lon), landing_area, is_at_sea):
            return Impact(lat, lon, FROM_BEARING)
    return estimate_impact(
        origin, range_km, landing_area, reported_eez, is_at_sea, eez_verdict, bearing_deg
    )
