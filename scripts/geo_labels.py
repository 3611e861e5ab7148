"""Build data/geo/place_labels.csv, the map's place names, from kept public data sets.

Usage: python scripts/geo_labels.py --labels-from DIR [--eez data/geo/eez_approx.geojson]
(or through scripts/build_geo.py --labels-from DIR). DIR holds the Natural Earth 1:10m layers
listed in SOURCES (public domain). Each label keeps its coordinates from the named source; where
Natural Earth names no feature (Sado, Okushiri) the point comes from the cited Wikipedia
infobox. Country and EEZ label points are representative points of the polygons (shapely),
taken inside the part of the map the launches use; `min_zoom` is the map zoom from which the
label shows, so labels thin out as the map zooms out.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any, Final

from shapely.geometry import box, shape

OUT: Final = Path(__file__).resolve().parent.parent / "data" / "geo" / "place_labels.csv"
EEZ: Final = OUT.parent / "eez_approx.geojson"
FIELDS: Final = ("name", "kind", "lat", "lon", "min_zoom", "source")
NE: Final = "Natural Earth 4.0.0 1:10m"
PLACES_FILE: Final = "ne10m_populated_places_east_asia.geojson"
MARINE_FILE: Final = "ne10m_geography_marine_label_points_east_asia.geojson"
REGIONS_FILE: Final = "ne10m_geography_regions_label_points_east_asia.geojson"
COUNTRIES_FILE: Final = "ne10m_countries_east_asia.geojson"

# Country names, where on the map their label is sought (west, south, east, north) and the zoom
# from which they show.
COUNTRIES: Final = {
    "North Korea": ((124.0, 38.0, 131.0, 43.0), 4),
    "South Korea": ((125.5, 34.5, 130.0, 38.0), 4),
    "China": ((110.0, 30.0, 124.0, 45.0), 3),
    "Russia": ((125.0, 45.0, 145.0, 60.0), 3),
    "Mongolia": ((95.0, 40.0, 120.0, 52.0), 4),
    "Taiwan": ((119.0, 21.0, 123.0, 26.0), 5),
}
# Populated places a briefer names, with the zoom from which each shows.
CAPITALS: Final = {"Pyongyang": 3, "Seoul": 3, "Tokyo": 3, "Beijing": 4, "Taipei": 5}
CITIES: Final = {
    "Vladivostok": 5,
    "Sapporo": 5,
    "Busan": 5,
    "Shanghai": 5,
    "Fukuoka": 6,
    "Niigata": 6,
    "Akita": 6,
    "Aomori": 6,
    "Hakodate": 6,
    "Naha": 6,
    "Wonsan": 6,
    "Hamhung": 7,
}
# Natural Earth's Guam point is Agana (Hagåtña), the territory's capital.
GUAM: Final = ("Agana", "Guam", 4)
SEAS: Final = {
    "NORTH PACIFIC OCEAN": ("Pacific Ocean", 3),
    "Sea of Japan": ("Sea of Japan (East Sea)", 3),
    "Yellow Sea": ("Yellow Sea", 4),
    "East China Sea": ("East China Sea", 4),
    "Sea of Okhotsk": ("Sea of Okhotsk", 4),
    "Philippine Sea": ("Philippine Sea", 4),
    "Korea Strait": ("Korea Strait", 6),
    "East Korea Bay": ("East Korea Bay", 6),
    "Tsugaru Strait": ("Tsugaru Strait", 7),
}
# Japan's country label is Natural Earth's region label "JAPAN" (over Honshu, which it names).
ISLANDS: Final = {
    "JAPAN": ("Japan", 3),
    "HOKKAIDÖ": ("Hokkaido", 5),
    "KYÜSHÜ": ("Kyushu", 6),
    "Oki Is.": ("Oki Islands", 6),
    "Okinawa": ("Okinawa", 5),
    "Cheju I.": ("Jeju", 6),
}
# Islands Natural Earth does not name: (name, lat, lon, min_zoom, source).
CITED_ISLANDS: Final = (
    ("Sado", 38.0675, 138.3975, 6, "Wikipedia, Sado Island (infobox, 38°04′03″N 138°23′51″E)"),
    (
        "Okushiri",
        42.14917,
        139.46722,
        6,
        "Wikipedia, Okushiri Island (infobox, 42°08′57″N 139°28′02″E)",
    ),
)
EEZ_ZONES: Final = {
    "JPN": ("Japan EEZ (approx.)", (131.5, 37.0, 139.0, 41.0), 5),
    "KOR": ("South Korea EEZ (approx.)", (129.5, 35.5, 131.5, 37.5), 6),
    "PRK": ("North Korea EEZ (approx.)", (128.5, 39.0, 132.0, 41.5), 6),
    "RUS": ("Russia EEZ (approx.)", (132.0, 41.5, 139.0, 45.0), 6),
}


def _features(path: Path) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["features"]
    return features


def _row(name: str, kind: str, lat: float, lon: float, min_zoom: int, source: str) -> list[str]:
    return [name, kind, f"{lat:.4f}", f"{lon:.4f}", str(min_zoom), source]


def _inside(
    geometry: dict[str, Any], area: tuple[float, float, float, float]
) -> tuple[float, float]:
    point = shape(geometry).intersection(box(*area)).representative_point()
    return point.y, point.x


def label_rows(reference: Path, eez_file: Path) -> list[list[str]]:
    """Every label, as CSV rows in FIELDS order."""
    rows: list[list[str]] = []
    for feature in _features(reference / COUNTRIES_FILE):
        name = feature["properties"]["name"]
        if name in COUNTRIES:
            area, zoom = COUNTRIES[name]
            lat, lon = _inside(feature["geometry"], area)
            rows.append(_row(name, "country", lat, lon, zoom, f"{NE} countries (label point)"))
    for feature in _features(reference / PLACES_FILE):
        props, (lon, lat) = feature["properties"], feature["geometry"]["coordinates"]
        source = f"{NE} populated places"
        if props["name"] in CAPITALS and props["featurecla"] == "Admin-0 capital":
            rows.append(_row(props["name"], "capital", lat, lon, CAPITALS[props["name"]], source))
        elif props["name"] in CITIES:
            rows.append(_row(props["name"], "city", lat, lon, CITIES[props["name"]], source))
        elif props["name"] == GUAM[0]:
            rows.append(_row(GUAM[1], "island", lat, lon, GUAM[2], f"{source} (Agana)"))
    for feature in _features(reference / MARINE_FILE):
        props, (lon, lat) = feature["properties"], feature["geometry"]["coordinates"]
        if props["name"] in SEAS:
            label, zoom = SEAS[props["name"]]
            rows.append(_row(label, "sea", lat, lon, zoom, f"{NE} marine label points"))
    for feature in _features(reference / REGIONS_FILE):
        props, (lon, lat) = feature["properties"], feature["geometry"]["coordinates"]
        if props["name"] in ISLANDS:
            label, zoom = ISLANDS[props["name"]]
            kind = "country" if label == "Japan" else "island"
            rows.append(_row(label, kind, lat, lon, zoom, f"{NE} region label points"))
    for name, lat, lon, zoom, source in CITED_ISLANDS:
        rows.append(_row(name, "island", lat, lon, zoom, source))
    for feature in _features(eez_file):
        zone = feature["properties"].get("zone")
        if zone in EEZ_ZONES:
            label, area, zoom = EEZ_ZONES[zone]
            lat, lon = _inside(feature["geometry"], area)
            rows.append(_row(label, "eez", lat, lon, zoom, "eez_approx.geojson (label point)"))
    return rows


def write_labels(reference: Path, out: Path = OUT, eez_file: Path = EEZ) -> int:
    """Write the label table; return how many labels it holds."""
    rows = label_rows(reference, eez_file)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels-from", type=Path, required=True, help="Natural Earth folder")
    parser.add_argument("--eez", type=Path, default=EEZ)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    count = write_labels(args.labels_from, args.out, args.eez)
    print(f"{count} place labels written to {args.out}")


if __name__ == "__main__":
    main()
