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


def _wikipedia(article: str) -> str:
    return f"Wikipedia infobox, https://en.wikipedia.org/wiki/{article}"


# Landmarks Japan's MOD places landings from ("about 200 km west of Okushiri Island"). A point on
# each island or cape; the distances MOD gives are rounded to tens of km, far coarser than the
# choice of point on an island a few km across.
LANDMARKS: Final[dict[str, Place]] = {
    "okushiri": Place("Okushiri Island", 42.14917, 139.46722, _wikipedia("Okushiri_Island")),
    "oshima-oshima": Place(
        "Oshima-Oshima",
        41.51,
        139.367,
        "Smithsonian Global Volcanism Program 285010, http://volcano.si.edu/volcano.cfm?vn=285010",
    ),
    "oga": Place(
        "Oga Peninsula (Cape Nyudo)",
        40.005,
        139.70167,
        _wikipedia("Ny%C5%ABd%C5%8Dzaki_Lighthouse"),
    ),
    "erimo": Place("Cape Erimo", 41.924444, 143.248333, _wikipedia("Cape_Erimo")),
    "sado": Place("Sado Island", 38.0675, 138.3975, _wikipedia("Sado_Island")),
    "dogo": Place("Dogo (Oki Islands)", 36.233, 133.283, _wikipedia("D%C5%8Dgojima")),
    "hegurajima": Place("Hegurajima (Noto)", 37.85139, 136.91861, _wikipedia("Hegurajima")),
    # A peninsula some 50 km across: the article's point, inland; "about 150 km west" of it
    # falls within rounding of the coast guard's "about 170 km west of Cape Tappi" (2022-03-24).
    "oshima-peninsula": Place(
        "Oshima Peninsula (Hokkaido)", 41.85, 140.3, _wikipedia("Oshima_Peninsula")
    ),
    # Honshu's north-western headland, the tip of the Tsugaru Peninsula (Aomori): the
    # northernmost vertex of that peninsula in Natural Earth's 1:10m land outline.
    "tappi": Place(
        "Cape Tappi (Aomori)",
        41.266,
        140.342,
        "Natural Earth 4.0.0 1:10m land (public domain), "
        "https://www.naturalearthdata.com/downloads/10m-physical-vectors/10m-land/",
    ),
}
