"""Approximate EEZ zones near Korea and Japan, and Japan's inside/outside verdict for a point."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from pyproj import Transformer
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from core.geo.layers import EEZ_FILE, geo_path, read_layer

JAPAN: Final = "JPN"
JOINT: Final = "JPN_KOR_JOINT"
# Waters Japan claims that another state also claims, each named by its claimants: around
# Takeshima/Dokdo, the southern Kurils and the Senkakus (scripts/geo_eez.py).
DISPUTED_CLAIMANTS: Final[dict[str, tuple[str, ...]]] = {
    "JPN_KOR_DISPUTED": ("JPN", "KOR"),
    "JPN_RUS_DISPUTED": ("JPN", "RUS"),
    "JPN_CHN_TWN_DISPUTED": ("JPN", "CHN", "TWN"),
}
ZONE_CODES: Final = ("JPN", "KOR", "PRK", "RUS", "CHN", "TWN", JOINT, *DISPUTED_CLAIMANTS)
KINDS: Final = ("eez", "joint_regime", "disputed")
# Japan's MOD speaks of the EEZ Japan claims: its own zone and the waters it claims under dispute.
JAPAN_CLAIMED: Final = ("JPN", *(code for code, c in DISPUTED_CLAIMANTS.items() if JAPAN in c))
STATE_NAMES: Final = {
    "JPN": "Japan",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "RUS": "Russia",
    "CHN": "China",
    "TWN": "Taiwan",
}
INSIDE: Final = "inside"
OUTSIDE: Final = "outside"
# Distances are measured in the plane the zones were built in (scripts/build_geo.py): azimuthal
# equidistant about 37N 135E, within about 2 % over the seas around Japan.
_PLANE: Final = "+proj=aeqd +lat_0=37 +lon_0=135 +datum=WGS84"


@dataclass(frozen=True, slots=True)
class EezZones:
    """The zones of eez_approx.geojson, prepared for fast point tests.

    Every zone includes its own land (core.geo.layers tells sea from land). The Japan/Korea joint
    regime area is its own zone and is not part of "JPN": MOD's "inside Japan's EEZ" means the zone
    Japan alone claims, so a point in the joint area gets the verdict "outside"."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    geometries: tuple[BaseGeometry, ...]
    japan_plane: BaseGeometry

    @classmethod
    def from_geojson(cls, data: dict[str, Any], origin: str = EEZ_FILE) -> EezZones:
        """Check the schema (zone, name, kind, approximate) and prepare the geometries."""
        codes, names, geoms = [], [], []
        for i, feature in enumerate(data.get("features", [])):
            props = feature.get("properties") or {}
            where = f"{origin}: feature {i}"
            if props.get("zone") not in ZONE_CODES:
                raise ValueError(f"{where}: zone: not one of {ZONE_CODES} ({props.get('zone')})")
            if props.get("kind") not in KINDS or props.get("approximate") is not True:
                raise ValueError(f"{where}: kind/approximate: missing or wrong ({props})")
            geom = shape(feature["geometry"])
            shapely.prepare(geom)
            shapely.intersects_xy(geom, 0.0, 0.0)  # builds the lazy index before threads share it
            codes.append(props["zone"])
            names.append(str(props.get("name", props["zone"])))
            geoms.append(geom)
        if JAPAN not in codes:
            raise ValueError(f"{origin}: no feature with zone {JAPAN}")
        # The joint area is tested first so that its shared edges never count as Japan's.
        order = sorted(range(len(codes)), key=lambda k: codes[k] != JOINT)
        to_plane = Transformer.from_crs("EPSG:4326", _PLANE, always_xy=True)
        claimed = [g for c, g in zip(codes, geoms, strict=True) if c in JAPAN_CLAIMED]
        japan = shapely.union_all(claimed)
        plane = shapely.transform(japan, lambda xy: np.column_stack(to_plane.transform(*xy.T)))
        shapely.prepare(plane)
        return cls(
            tuple(codes[k] for k in order),
            tuple(names[k] for k in order),
            tuple(geoms[k] for k in order),
            plane,
        )

    def zone_codes(self, lats: ArrayLike, lons: ArrayLike) -> NDArray[np.object_]:
        """Zone code per point (lat, lon degrees), None where no zone holds it."""
        lat = np.asarray(lats, dtype=float)
        lon = (np.asarray(lons, dtype=float) + 180.0) % 360.0 - 180.0
        out = np.full(lat.shape, None, dtype=object)
        free = np.ones(lat.shape, dtype=bool)
        for code, geom in zip(self.codes, self.geometries, strict=True):
            hit = free & shapely.intersects_xy(geom, lon, lat)
            out[hit] = code
            free &= ~hit
        return out

    def zone_containing(self, lat: float, lon: float) -> str | None:
        """The zone code at one point, or None."""
        code = self.zone_codes([lat], [lon])[0]
        return None if code is None else str(code)

    def in_japan_eez(self, lats: ArrayLike, lons: ArrayLike) -> NDArray[np.bool_]:
        """True where a point lies in waters Japan claims (its own zone or a disputed one), not the
        joint regime area."""
        codes: NDArray[np.bool_] = np.isin(self.zone_codes(lats, lons), JAPAN_CLAIMED)
        return codes

    def context(self, lat: float, lon: float) -> str:
        """Whose waters a point at sea is in, naming every claimant: "in Japan's EEZ", "in waters
        Japan claims (disputed with South Korea)", "in the Japan/Korea joint regime area"."""
        code = self.zone_containing(lat, lon)
        if code is None:
            return "outside every zone drawn"
        if code == JOINT:
            return "in the Japan/Korea joint regime area"
        if code in DISPUTED_CLAIMANTS:
            others = [STATE_NAMES[c] for c in DISPUTED_CLAIMANTS[code] if c != JAPAN]
            return f"in waters Japan claims (disputed with {' and '.join(others)})"
        return f"in {STATE_NAMES.get(code, code)}'s EEZ"

    def japan_eez_verdicts(self, lats: ArrayLike, lons: ArrayLike) -> NDArray[np.str_]:
        """ "inside" or "outside" per point, in MOD's sense."""
        return np.where(self.in_japan_eez(lats, lons), INSIDE, OUTSIDE)

    def japan_eez_verdict(self, lat: float, lon: float) -> str:
        """ "inside" or "outside" Japan's EEZ (approximate) for one point."""
        return str(self.japan_eez_verdicts([lat], [lon])[0])

    def japan_eez_edge_km(self, lats: ArrayLike, lons: ArrayLike) -> NDArray[np.float64]:
        """Distance to the edge of Japan's zone in km: negative inside, positive outside."""
        lat = np.atleast_1d(np.asarray(lats, dtype=float))
        lon = np.atleast_1d(np.asarray(lons, dtype=float))
        x, y = Transformer.from_crs("EPSG:4326", _PLANE, always_xy=True).transform(lon, lat)
        points = shapely.points(x, y)
        dist_km = shapely.distance(self.japan_plane.boundary, points) / 1000.0
        inside = self.in_japan_eez(lat, lon)
        return np.where(inside, -dist_km, dist_km).astype(np.float64)

    def japan_eez_distance_km(self, lat: float, lon: float) -> float:
        """Signed distance (km) from one point to the edge of Japan's zone, negative inside."""
        return float(self.japan_eez_edge_km([lat], [lon])[0])


@lru_cache(maxsize=4)
def _zones_at(path: Path) -> EezZones:
    return EezZones.from_geojson(read_layer(path), origin=str(path))


def load_eez(data_dir: Path) -> EezZones:
    """The project's approximate zones (data_dir is the data folder; cached by path)."""
    return _zones_at(geo_path(data_dir, EEZ_FILE))


def eez_geojson(data_dir: Path) -> dict[str, Any]:
    """The zones as GeoJSON to draw; properties zone, name, kind, approximate, source."""
    return read_layer(geo_path(data_dir, EEZ_FILE))
