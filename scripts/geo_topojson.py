"""TopoJSON (world-atlas) to shapely: arc decoding, antimeridian handling, clean polygons."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

Country = tuple[str, str, BaseGeometry]  # (ISO numeric id, Natural Earth name, geometry)


def decode_arcs(topo: dict[str, Any]) -> list[np.ndarray]:
    """Undo quantisation and delta encoding of every TopoJSON arc."""
    scale = np.asarray(topo["transform"]["scale"], dtype=float)
    translate = np.asarray(topo["transform"]["translate"], dtype=float)
    return [np.cumsum(np.asarray(a, dtype=float), axis=0) * scale + translate for a in topo["arcs"]]


def ring(arcs: list[np.ndarray], indexes: list[int]) -> list[tuple[float, float]]:
    """Join arcs into one ring; ~i means arc i reversed; shared end points are dropped."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        coords = [(float(x), float(y)) for x, y in arc]
        points.extend(coords[1:] if points else coords)
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring that crosses the antimeridian continuous in longitude (world-atlas rings do).

    Crossing twice: western longitudes move to 180..360. Crossing once: the ring goes round a
    pole, so a detour along the pole is inserted at the crossing."""
    lons = np.array([p[0] for p in points])
    jumps = np.flatnonzero(np.abs(np.diff(lons)) > 180)
    if len(jumps) == 0:
        return points
    if len(jumps) % 2 == 0:
        return [(x + 360 if x < 0 else x, y) for x, y in points]
    i = int(jumps[0])
    (x0, y0), (x1, _y1) = points[i], points[i + 1]
    pole = -90.0 if y0 < 0 else 90.0
    detour = [(x0, pole), (x1, pole)]
    return points[: i + 1] + detour + points[i + 1 :]


def split_antimeridian(geom: BaseGeometry) -> BaseGeometry:
    """Cut a geometry spanning 180..360 back into -180..180 pieces."""
    east = geom.intersection(box(-180, -90, 180, 90))
    west = shapely.affinity.translate(geom.intersection(box(180, -90, 540, 90)), xoff=-360)
    return unary_union([polygonal(east), polygonal(west)])


def topo_features(topo: dict[str, Any], obj: str) -> list[tuple[str, str, BaseGeometry]]:
    """(id, name, shapely geometry) for each country of a world-atlas object."""
    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"][obj]["geometries"]:
        polys = {"Polygon": [g.get("arcs", [])], "MultiPolygon": g.get("arcs", [])}.get(g["type"])
        if not polys:
            continue
        rings = [[r for r in (ring(arcs, i) for i in p) if len(r) >= 4] for p in polys]
        # quantisation collapses some tiny islets to fewer than 4 points: they are dropped
        parts = [Polygon(unwrap(r[0]), [unwrap(h) for h in r[1:]]) for r in rings if r]
        geom = split_antimeridian(shapely.make_valid(MultiPolygon(parts)))
        out.append((str(g.get("id", "")), g.get("properties", {}).get("name", ""), geom))
    return out


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the polygon parts (clipping can leave lines or points)."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon | MultiPolygon)]
    return unary_union(parts) if parts else Polygon()


def rounded(geom: BaseGeometry, decimals: int) -> BaseGeometry:
    """Round coordinates, then repair what rounding may have broken."""
    geom = shapely.set_precision(geom, 10.0**-decimals)
    return polygonal(shapely.make_valid(geom))
