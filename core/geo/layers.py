"""Land and basemap layers of data/geo: sea-or-land tests and the GeoJSON the map draws."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Literal

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from shapely.geometry import box, shape
from shapely.geometry.base import BaseGeometry

GEO_SUBDIR: Final = "geo"
EAST_ASIA_FILE: Final = "countries_east_asia.geojson"
WORLD_FILE: Final = "countries_world.geojson"
EEZ_FILE: Final = "eez_approx.geojson"
# (lon_min, lat_min, lon_max, lat_max) of the 1:10m layer; the 1:110m layer covers the rest.
EAST_ASIA_BBOX: Final = (95.0, 0.0, 180.0, 70.0)
BASEMAP_FILES: Final = {"east_asia": EAST_ASIA_FILE, "world": WORLD_FILE}

Scope = Literal["east_asia", "world"]


def geo_path(data_dir: Path, file_name: str) -> Path:
    """Where a geo layer lives: data_dir is the project's data folder (the one with SCHEMA.md)."""
    return Path(data_dir) / GEO_SUBDIR / file_name


@lru_cache(maxsize=8)
def _layer_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise FileNotFoundError(f"{path}: geo layer missing ({err.strerror})") from err


def read_layer(path: Path) -> dict[str, Any]:
    """A GeoJSON FeatureCollection, parsed afresh on each call so callers may modify it."""
    try:
        data = json.loads(_layer_text(path))
    except json.JSONDecodeError as err:
        raise ValueError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ValueError(f"{path}: not a GeoJSON FeatureCollection")
    return data


def basemap_geojson(data_dir: Path, scope: Scope = "east_asia") -> dict[str, Any]:
    """Country outlines to draw: "east_asia" (1:10m, 95-180E 0-70N) or "world" (1:110m).

    Each feature has an `id` and properties `name` (Natural Earth short name) and `iso_n3`."""
    return read_layer(geo_path(data_dir, BASEMAP_FILES[scope]))


def _polygons(path: Path) -> list[BaseGeometry]:
    return [shape(f["geometry"]) for f in read_layer(path)["features"] if f.get("geometry")]


@lru_cache(maxsize=4)
def _land_for(path_10m: Path, path_110m: Path) -> BaseGeometry:
    detailed = shapely.union_all(_polygons(path_10m))
    elsewhere = shapely.union_all(_polygons(path_110m)).difference(box(*EAST_ASIA_BBOX))
    land = shapely.union_all([detailed, elsewhere])
    shapely.prepare(land)
    # GEOS builds a prepared geometry's point index lazily: build it now, before Streamlit's
    # threads share the cached object.
    shapely.intersects_xy(land, 0.0, 0.0)
    return land


def load_land(data_dir: Path) -> BaseGeometry:
    """All land as one prepared geometry: 1:10m in East Asia, 1:110m elsewhere (cached by path)."""
    return _land_for(geo_path(data_dir, EAST_ASIA_FILE), geo_path(data_dir, WORLD_FILE))


def at_sea_mask(lats: ArrayLike, lons: ArrayLike, land: BaseGeometry) -> NDArray[np.bool_]:
    """True where a point (lat, lon in degrees) is not on land; longitudes may be any multiple."""
    lat = np.asarray(lats, dtype=float)
    lon = (np.asarray(lons, dtype=float) + 180.0) % 360.0 - 180.0
    on_land: NDArray[np.bool_] = shapely.intersects_xy(land, lon, lat)
    return ~on_land


def is_at_sea(lat: float, lon: float, land: BaseGeometry) -> bool:
    """Whether one point is at sea (a point exactly on the coastline counts as land)."""
    return bool(at_sea_mask([lat], [lon], land)[0])


def sea_test(data_dir: Path) -> Callable[[float, float], bool]:
    """is_at_sea bound to the project's land, for code that takes a (lat, lon) -> bool callable."""
    land = load_land(data_dir)
    return lambda lat, lon: is_at_sea(lat, lon, land)
