"""Approximate EEZs: 200 nm buffers of Natural Earth land split along median lines."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from geo_topojson import polygonal, rounded
from pyproj import Transformer
from shapely.geometry import box, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

EEZ_BBOX = (105.0, 10.0, 165.0, 62.0)
EEZ_RADIUS_M = 200 * 1852.0
# ISO 3166 numeric ids in world-atlas -> our zone codes; Hong Kong and Macao count as China.
ZONE_OF_ID = {"392": "JPN", "410": "KOR", "408": "PRK", "643": "RUS", "156": "CHN", "344": "CHN"}
ZONE_OF_ID |= {"446": "CHN", "158": "TWN"}
ZONE_NAMES = {"JPN": "Japan", "KOR": "South Korea", "PRK": "North Korea", "RUS": "Russia"}
ZONE_NAMES |= {"CHN": "China", "TWN": "Taiwan", "JPN_KOR_JOINT": "Japan / Korea joint regime area"}
# Natural Earth's disputed areas (by `name`) whose waters are claimed by Japan and another state:
# each islet group's own waters become a zone of their own instead of one side's.
DISPUTED_ZONES = {
    "Dokdo": "JPN_KOR_DISPUTED",
    "Russia": "JPN_RUS_DISPUTED",
    "Nansei-shoto": "JPN_CHN_TWN_DISPUTED",
}
ZONE_NAMES |= {
    "JPN_KOR_DISPUTED": "Takeshima / Dokdo waters, claimed by Japan and South Korea",
    "JPN_RUS_DISPUTED": "Southern Kuril waters, claimed by Japan and Russia",
    "JPN_CHN_TWN_DISPUTED": "Senkaku / Diaoyu waters, claimed by Japan, China and Taiwan",
}
DISPUTED_SOURCE = (
    "computed as above from the islets of a Natural Earth 1:10m disputed area (4.0.0, public "
    "domain): the waters nearer to them than to any other land, within 200 nm"
)
EEZ_SOURCE = (
    "computed: 200 nm buffer of Natural Earth 1:10m land (world-atlas 2.0.2), split along "
    "median lines; azimuthal equidistant projection centred 37N 135E"
)
JOINT_SOURCE = "Marine Regions outline via @globalfishingwatch/ocean-areas 2.0.3 (eezs.json)"


def eez_zones(
    countries: list[tuple[str, str, BaseGeometry]],
    joint: BaseGeometry,
    disputed: dict[str, BaseGeometry] | None = None,
) -> dict[str, Any]:
    """200 nm buffers split by median lines (Voronoi of coast points), in an equidistant plane.

    `disputed` maps a disputed zone code to its islands: they are taken out of whichever country
    Natural Earth gives them to and split the waters as a party of their own."""
    fwd = Transformer.from_crs(
        "EPSG:4326", "+proj=aeqd +lat_0=37 +lon_0=135 +datum=WGS84", always_xy=True
    )
    inv = Transformer.from_crs(fwd.target_crs, "EPSG:4326", always_xy=True)
    clip = box(EEZ_BBOX[0] - 8, EEZ_BBOX[1] - 8, min(EEZ_BBOX[2] + 8, 180), EEZ_BBOX[3] + 8)
    land: dict[str, Any] = {}
    for cid, _name, geom in countries:
        g = polygonal(geom.intersection(clip))
        if not g.is_empty:
            key = ZONE_OF_ID.get(cid, f"other:{cid}")
            proj = shapely.transform(g, lambda xy: np.column_stack(fwd.transform(*xy.T)))
            land[key] = unary_union([land[key], proj]) if key in land else proj
    for key, geom in (disputed or {}).items():
        proj = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(*xy.T)))
        cut = proj.buffer(2000)
        land = {k: polygonal(shapely.make_valid(v).difference(cut)) for k, v in land.items()}
        land[key] = proj
    keys = sorted(land)
    points, labels = [], []
    for i, key in enumerate(keys):
        # Islets a few hundred metres across would vanish at a 500 m tolerance: kept as drawn.
        outline = land[key] if key in (disputed or {}) else land[key].simplify(500)
        coast = shapely.segmentize(outline.boundary, 4000)
        xy = shapely.get_coordinates(coast)
        points.append(xy)
        labels.append(np.full(len(xy), i))
    xy_all, lab = np.vstack(points), np.concatenate(labels)
    # a 100 m grid removes near-duplicates that make the Voronoi construction fail
    xy_all, first = np.unique(np.round(xy_all, -2), axis=0, return_index=True)
    lab = lab[first]
    print(f"median lines: {len(xy_all)} coast points")
    cells = shapely.voronoi_polygons(shapely.multipoints(xy_all), ordered=True)
    cells_arr = np.asarray(shapely.get_parts(cells))
    proj_bbox = shapely.transform(
        shapely.segmentize(box(*EEZ_BBOX), 0.25), lambda xy: np.column_stack(fwd.transform(*xy.T))
    )
    joint_proj = shapely.transform(joint, lambda xy: np.column_stack(fwd.transform(*xy.T)))
    feats = []
    for i, key in enumerate(keys):
        if key not in ZONE_NAMES:
            continue
        region = unary_union(cells_arr[lab == i])
        is_disputed = key in (disputed or {})
        outline = land[key] if is_disputed else land[key].simplify(500)
        reach = outline.buffer(EEZ_RADIUS_M, quad_segs=16)
        zone = reach.intersection(region).intersection(proj_bbox).difference(joint_proj)
        if is_disputed:
            feats.append((key, "disputed", DISPUTED_SOURCE, zone))
        else:
            feats.append((key, "eez", EEZ_SOURCE, zone))
    feats.append(("JPN_KOR_JOINT", "joint_regime", JOINT_SOURCE, joint_proj))
    # Simplified together, so that neighbouring zones keep identical shared edges.
    covered = shapely.coverage_simplify([polygonal(f[3]) for f in feats], 1500)
    # Far inland, where no one looks, simplification can still let two zones overlap a little:
    # earlier zones keep the overlap, so the zones stay disjoint.
    simple = [z.difference(shapely.union_all(covered[:i])) for i, z in enumerate(covered)]
    out = []
    for (key, kind, source, _), zone in zip(feats, simple, strict=True):
        geo = shapely.transform(zone, lambda xy: np.column_stack(inv.transform(*xy.T)))
        out.append(
            {
                "type": "Feature",
                "id": key,
                "properties": {
                    "zone": key,
                    "name": ZONE_NAMES[key],
                    "kind": kind,
                    "approximate": True,
                    "source": source,
                },
                "geometry": mapping(rounded(polygonal(geo), 4)),
            }
        )
    return {"type": "FeatureCollection", "features": out}
