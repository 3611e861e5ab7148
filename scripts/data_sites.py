"""Build sites.csv rows: reference facilities, GeoNames town centres and our delineated areas."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from core.records.model import SITE_COLUMNS

FACILITY_SOURCE = (
    "nk-missile-tests data/facility.en.json (Apache-2.0); the CNS database gives the same point"
)
TOWN_SOURCE = "GeoNames geonameid {id} (CC BY 4.0, https://www.geonames.org/{id})"


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_sites(
    gazetteer: Path, facilities: dict[str, dict[str, Any]], here: Path
) -> list[dict[str, str]]:
    """Facilities first (reference order), then towns, then areas; aliases unique overall."""
    towns = {
        row["site_id"].removeprefix("geonames-"): row
        for row in read_rows(gazetteer)
        if row["kind"] == "town_centroid"
    }
    curation = {row["site_id"]: row for row in read_rows(here / "site_curation.csv")}
    sites: list[dict[str, str]] = []
    for site_id, facility in facilities.items():
        extra = curation.pop(site_id, {})
        sites.append(
            {
                "site_id": site_id,
                "name": extra.get("name") or facility["name"],
                "lat": f"{facility['lat']}",
                "lon": f"{facility['lon']}",
                "precision": "facility",
                "radius_km": "",
                "aliases": extra.get("aliases", ""),
                "source": FACILITY_SOURCE,
            }
        )
    for site_id, extra in curation.items():
        if extra["precision"] == "town":
            town = towns[extra["geonames_id"]]
            lat, lon = town["lat"], town["lon"]
            source = TOWN_SOURCE.format(id=extra["geonames_id"])
        elif extra["precision"] == "area":
            lat, lon, source = extra["lat"], extra["lon"], extra["source"]
        else:
            raise SystemExit(f"site_curation.csv: {site_id} is neither a facility nor town/area")
        sites.append(
            {
                "site_id": site_id,
                "name": extra["name"],
                "lat": lat,
                "lon": lon,
                "precision": extra["precision"],
                "radius_km": extra["radius_km"] if extra["precision"] == "area" else "",
                "aliases": extra["aliases"],
                "source": source,
            }
        )
    check_names(sites)
    return [{column: site[column] for column in SITE_COLUMNS} for site in sites]


def check_names(sites: list[dict[str, str]]) -> None:
    """A name or alias must point at one site only, or report resolution is ambiguous."""
    owner: dict[str, str] = {}
    for site in sites:
        names = {site["name"].casefold()} | {
            alias.strip().casefold() for alias in site["aliases"].split(";") if alias.strip()
        }
        for name in names:
            if owner.setdefault(name, site["site_id"]) != site["site_id"]:
                raise SystemExit(f"'{name}' names both {owner[name]} and {site['site_id']}")
