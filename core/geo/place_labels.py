"""The map's place names (data/geo/place_labels.csv): countries, seas, capitals, islands, EEZs."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from core.geo.layers import geo_path
from core.paths import GEO_DATA_DIR

LABELS_FILE: Final = "place_labels.csv"
KINDS: Final = ("country", "sea", "capital", "city", "island", "eez")


@dataclass(frozen=True, slots=True)
class PlaceLabel:
    """A name on the map, shown from `min_zoom` on (labels thin out as the map zooms out)."""

    name: str
    kind: str
    lat: float
    lon: float
    min_zoom: int
    source: str


def read_labels(path: Path) -> tuple[PlaceLabel, ...]:
    """Every label of a place_labels.csv (built by scripts/geo_labels.py)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            PlaceLabel(
                name=row["name"],
                kind=row["kind"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                min_zoom=int(row["min_zoom"]),
                source=row["source"],
            )
            for row in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def place_labels(data_dir: Path = GEO_DATA_DIR) -> tuple[PlaceLabel, ...]:
    """The bundled labels."""
    return read_labels(geo_path(data_dir, LABELS_FILE))
