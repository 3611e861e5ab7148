"""Reference places for range-ring distances, with the source of each coordinate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Place:
    """A city or base a briefing measures ranges to."""

    name: str
    lat: float
    lon: float
    source: str


def _geonames(geoname_id: int) -> str:
    return f"GeoNames {geoname_id}, https://www.geonames.org/{geoname_id}"


# City centres are GeoNames gazetteer points (CC BY 4.0); Kadena is the airfield reference point
# published in Japan's AIP, as quoted by Wikipedia's "Kadena Air Base" article.
REFERENCE_PLACES: Final[tuple[Place, ...]] = (
    Place("Seoul", 37.566, 126.9784, _geonames(1835848)),
    Place("Tokyo", 35.6895, 139.69171, _geonames(1850147)),
    Place("Osaka", 34.69374, 135.50218, _geonames(1853909)),
    Place(
        "Okinawa (Kadena Air Base)",
        26.35167,
        127.76944,
        "Japan AIP via https://en.wikipedia.org/wiki/Kadena_Air_Base",
    ),
    Place("Guam (Hagåtña)", 13.47567, 144.74886, _geonames(4044012)),
    Place("Anchorage", 61.21806, -149.90028, _geonames(5879400)),
    Place("Honolulu", 21.30694, -157.85833, _geonames(5856195)),
    Place("Darwin", -12.46113, 130.84185, _geonames(2073124)),
    Place("Los Angeles", 34.05223, -118.24368, _geonames(5368361)),
    Place("Washington, D.C.", 38.89511, -77.03637, _geonames(4140963)),
)
