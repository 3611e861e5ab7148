"""WGS-84 geodesics: distances, destinations, densified paths and rings as (lat, lon) lists."""

from __future__ import annotations

import math

import numpy as np
from pyproj import Geod

LatLon = tuple[float, float]

WGS84 = Geod(ellps="WGS84")
# Vertex spacing of drawn geodesics: at 100 km the chord in Web Mercator stays within a few
# hundred metres of the true geodesic at these latitudes, far below a screen pixel at zoom 3-7.
PATH_SPACING_KM = 100.0
RING_VERTICES = 361
COORD_DECIMALS = 4  # about 11 m: enough for display, keeps the map script small


def distance_km(start: LatLon, end: LatLon) -> float:
    """Geodesic (Karney) distance on WGS-84."""
    _, _, metres = WGS84.inv(start[1], start[0], end[1], end[0])
    return float(metres) / 1000.0


def initial_bearing_deg(start: LatLon, end: LatLon) -> float:
    """Forward azimuth at `start`, degrees clockwise from true north in [0, 360)."""
    azimuth, _, _ = WGS84.inv(start[1], start[0], end[1], end[0])
    return float(azimuth) % 360.0


def destination(start: LatLon, bearing_deg: float, distance_km: float) -> LatLon:
    """The point `distance_km` from `start` along the geodesic leaving at `bearing_deg`."""
    lon, lat, _ = WGS84.fwd(start[1], start[0], bearing_deg, distance_km * 1000.0)
    return (float(lat), float(lon))


def destinations(start: LatLon, bearings_deg: np.ndarray, distance_km: float) -> np.ndarray:
    """Vectorised `destination` for many bearings; rows are (lat, lon)."""
    count = len(bearings_deg)
    lons, lats, _ = WGS84.fwd(
        np.full(count, start[1]),
        np.full(count, start[0]),
        np.asarray(bearings_deg, dtype=float),
        np.full(count, distance_km * 1000.0),
    )
    return np.column_stack([lats, lons])


def unwrap_lons(lons: np.ndarray) -> np.ndarray:
    """Remove 360-degree jumps so a line crossing the antimeridian stays continuous on the map."""
    return np.unwrap(np.asarray(lons, dtype=float), period=360.0)


def geodesic_path(start: LatLon, end: LatLon, spacing_km: float = PATH_SPACING_KM) -> list[LatLon]:
    """Densified geodesic from start to end, endpoints included, longitudes unwrapped."""
    total_km = distance_km(start, end)
    points = max(2, math.ceil(total_km / spacing_km) + 1)
    line = WGS84.inv_intermediate(
        start[1],
        start[0],
        end[1],
        end[0],
        npts=points,
        initial_idx=0,
        terminus_idx=0,
        return_back_azimuth=True,
    )
    lons = unwrap_lons(np.asarray(line.lons))
    lats = np.asarray(line.lats)
    return _rounded(lats, lons)


def range_ring(centre: LatLon, radius_km: float, vertices: int = RING_VERTICES) -> list[LatLon]:
    """Closed geodesic ring of points at `radius_km` from `centre`, longitudes unwrapped.

    A ring that encloses a pole comes out as one continuous line running across the map (the
    longitudes span 360 degrees); draw it as a polyline, since closing it as a polygon would join
    its two ends straight across the map.
    """
    # Start the sweep toward the nearer pole: a pole-enclosing ring then has its seam beyond the
    # pole, on the far side of the globe from the centre, where nobody is looking.
    start_deg = 0.0 if centre[0] >= 0 else 180.0
    bearings = np.linspace(start_deg, start_deg + 360.0, vertices)
    ring = destinations(centre, bearings, radius_km)
    return _rounded(ring[:, 0], _recentred(unwrap_lons(ring[:, 1]), centre[1]))


def encloses_pole(centre: LatLon, radius_km: float) -> bool:
    """True when the ring of this radius contains the North or South Pole."""
    north = distance_km(centre, (90.0, centre[1]))
    south = distance_km(centre, (-90.0, centre[1]))
    return radius_km > min(north, south)


def circle_polygon(centre: LatLon, radius_km: float, vertices: int = 73) -> list[LatLon]:
    """Closed geodesic circle for a small area (an approximate launch area), as a polygon ring."""
    bearings = np.linspace(0.0, 360.0, vertices)
    ring = destinations(centre, bearings, radius_km)
    return _rounded(ring[:, 0], _recentred(unwrap_lons(ring[:, 1]), centre[1]))


def _recentred(lons: np.ndarray, centre_lon: float) -> np.ndarray:
    """Shift a whole unwrapped line by 360-degree steps so it straddles the centre's longitude."""
    middle = (float(lons.min()) + float(lons.max())) / 2.0
    return lons + 360.0 * round((centre_lon - middle) / 360.0)


def _rounded(lats: np.ndarray, lons: np.ndarray) -> list[LatLon]:
    lat_r = np.round(lats, COORD_DECIMALS).tolist()
    lon_r = np.round(lons, COORD_DECIMALS).tolist()
    return list(zip(lat_r, lon_r, strict=True))
