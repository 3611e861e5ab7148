"""Range rings: which radii to draw by default, and which reference places each ring reaches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from core.geo.geodesy import LatLon, distance_km
from core.geo.places import REFERENCE_PLACES, Place
from core.records.model import Launch


@dataclass(frozen=True, slots=True)
class Ring:
    """One range ring: its radius and what it stands for."""

    radius_km: float
    label: str


@dataclass(frozen=True, slots=True)
class RingChoice:
    """The map panel's ring choice: a centre site (None = automatic) and the rings to draw."""

    site_id: str | None
    rings: tuple[Ring, ...]


# The class boundaries of DOMAIN.md: SRBM < 1,000 km <= MRBM < 3,000 km <= IRBM < 5,500 km <= ICBM.
CLASS_RINGS: Final[tuple[Ring, ...]] = (
    Ring(1000.0, "1,000 km (SRBM / MRBM boundary)"),
    Ring(3000.0, "3,000 km (MRBM / IRBM boundary)"),
    Ring(5500.0, "5,500 km (ICBM threshold)"),
)
# Japan's defence ministry, after the lofted ICBM shots of 2022-2024 (e.g. Defence Minister Kishi,
# 2022-03-25, UPI: https://www.upi.com/Top_News/World-News/2022/03/25/Japan-North-Koreas-long-range-missile-poses-new-threat-level-as-entire-US-in-range/7061648201444/):
# "depending on the weight of the warhead" the range on a normal trajectory "can exceed 15,000 km".
MOD_NORMAL_REACH: Final = Ring(15000.0, "15,000 km (Japan MOD estimate, ICBM on a normal path)")
# Sunan airport, where reports' "Pyongyang area" ICBM launches happened; used when the data has no
# site with this id. Coordinates: GeoNames 1871859 (Sunan Airport) rounded.
DEFAULT_CENTRE_SITE_ID: Final = "sunan"
PYONGYANG_SUNAN: Final[LatLon] = (39.2241, 125.6701)


@dataclass(frozen=True, slots=True)
class PlaceReach:
    """A reference place's distance from the ring centre and the rings that reach it."""

    place: Place
    distance_km: float
    reached_by: tuple[Ring, ...]


def longest_flown(launches: Iterable[Launch]) -> Launch | None:
    """The launch with the greatest reported range, the longest demonstrated reach."""
    ranged = [launch for launch in launches if launch.range_km is not None]
    return max(ranged, key=lambda launch: launch.range_km or 0.0, default=None)


def default_rings(launches: Iterable[Launch]) -> tuple[Ring, ...]:
    """The class rings plus the longest range actually flown in the data."""
    longest = longest_flown(launches)
    if longest is None or longest.range_km is None:
        return CLASS_RINGS
    flown = Ring(
        longest.range_km,
        f"{longest.range_km:,.0f} km (longest flown: {longest.date_text} "
        f"{longest.missile_name or longest.missile_class})",
    )
    return (*CLASS_RINGS, flown)


def places_reached(
    centre: LatLon, rings: Iterable[Ring], places: Iterable[Place] = REFERENCE_PLACES
) -> list[PlaceReach]:
    """Each place with its geodesic distance from `centre` and the rings whose radius covers it."""
    ordered = sorted(rings, key=lambda ring: ring.radius_km)
    result = []
    for place in places:
        away_km = distance_km(centre, (place.lat, place.lon))
        reached = tuple(ring for ring in ordered if ring.radius_km >= away_km)
        result.append(PlaceReach(place, away_km, reached))
    return result
