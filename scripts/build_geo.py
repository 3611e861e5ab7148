"""Rebuild data/geo (basemaps, approximate EEZs) from the world-atlas and ocean-areas npm packages.

Usage: python scripts/build_geo.py [--packages DIR] [--check /work/shared/data/geo]
Without --packages the two packages are fetched with `npm pack` into a temporary folder (build time
only; the app never touches the network). Every step is described in data/geo/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import shapely
import shapely.affinity
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

WORLD_ATLAS = "world-atlas@2.0.2"
OCEAN_AREAS = "@globalfishingwatch/ocean-areas@2.0.3"
OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
EAST_ASIA_BBOX = (95.0, 0.0, 180.0, 70.0)
EEZ_BBOX = (105.0, 10.0, 165.0, 62.0)
EEZ_RADIUS_M = 200 * 1852.0
# ISO 3166 numeric ids in world-atlas -> our zone codes; Hong Kong and Macao count as China.
ZONE_OF_ID = {"392": "JPN", "410": "KOR", "408": "PRK", "643": "RUS", "156": "CHN", "344": "CHN"}
ZONE_OF_ID |= {"446": "CHN", "158": "TWN"}
ZONE_NAMES = {"JPN": "Japan", "KOR": "South Korea", "PRK": "North Korea", "RUS": "Russia"}
ZONE_NAMES |= {"CHN": "China", "TWN": "Taiwan", "JPN_KOR_JOINT": "Japan / Korea joint regime area"}
JOINT_NAME = "Joint regime area Japan / Korea"
EEZ_SOURCE = (
    "computed: 200 nm buffer of Natural Earth 1:10m land (world-atlas 2.0.2), split along "
    "median lines; azimuthal equidistant projection centred 37N 135E"
)
JOINT_SOURCE = "Marine Regions outline via @globalfishingwatch/ocean-areas 2.0.3 (eezs.json)"


def fetch_packages(dest: Path) -> Path:
    """Run `npm pack` for both packages and unpack them under dest."""
    subprocess.run(["npm", "pack", WORLD_ATLAS, OCEAN_AREAS], cwd=dest, check=True)
    for tgz, sub in (
        ("world-atlas-2.0.2.tgz", "world-atlas"),
        ("globalfishingwatch-ocean-areas-2.0.3.tgz", "ocean-areas"),
    ):
        with tarfile.open(dest / tgz) as tar:
            tar.extractall(dest / sub, filter="data")
    return dest


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


def country_layer(
    countries: Iterable[tuple[str, str, BaseGeometry]],
    bbox: tuple[float, float, float, float] | None,
    tolerance_deg: float,
    decimals: int,
) -> dict[str, Any]:
    """FeatureCollection of countries, optionally clipped, simplified with shared borders kept."""
    feats = []
    clip = box(*bbox) if bbox else None
    for cid, name, geom in countries:
        g = geom.intersection(clip) if clip is not None else geom
        g = rounded(polygonal(g).simplify(tolerance_deg, preserve_topology=True), decimals)
        if g.is_empty:
            continue
        feats.append(
            {
                "type": "Feature",
                "id": f"c{cid or name}",
                "properties": {"name": name, "iso_n3": cid},
                "geometry": mapping(g),
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def eez_zones(
    countries: list[tuple[str, str, BaseGeometry]], joint: BaseGeometry
) -> dict[str, Any]:
    """200 nm buffers split by median lines (Voronoi of coast points), in an equidistant plane."""
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
    keys = sorted(land)
    points, labels = [], []
    for i, key in enumerate(keys):
        coast = shapely.segmentize(land[key].simplify(500).boundary, 4000)
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
        reach = land[key].simplify(500).buffer(EEZ_RADIUS_M, quad_segs=16)
        zone = reach.intersection(region).intersection(proj_bbox).difference(joint_proj)
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


def write(fc: dict[str, Any], path: Path) -> None:
    """Compact JSON, one file per layer."""
    path.write_text(json.dumps(fc, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(fc['features'])} features, {path.stat().st_size / 1024:.0f} KB")


def cross_check(out_dir: Path, ref_dir: Path) -> None:
    """Print how far our EEZ zones agree with the reference versions (sea-area overlap ratios)."""
    land = unary_union(
        [
            shape(f["geometry"])
            for f in json.loads((out_dir / "countries_east_asia.geojson").read_text())["features"]
        ]
    )
    ours = {
        f["properties"]["zone"]: shape(f["geometry"]).difference(land)
        for f in json.loads((out_dir / "eez_approx.geojson").read_text())["features"]
    }
    for ref_name in ("approx_eez_115-160E_18-55N.geojson", "coarse_eez_east_asia.geojson"):
        ref = json.loads((ref_dir / ref_name).read_text())["features"]
        for f in ref:
            name = f["properties"]["name"]
            code = {v: k for k, v in ZONE_NAMES.items()}.get(name)
            code = code or ("TWN" if name == "Chinese Taipei" else None)
            code = code or ("JPN_KOR_JOINT" if name == JOINT_NAME else None)
            if code in ours:
                a, b = ours[code], shape(f["geometry"]).buffer(0).difference(land)
                iou = a.intersection(b).area / a.union(b).area
                print(f"check {ref_name[:12]} {code}: overlap/union {iou:.2f}")


def main() -> None:
    """Build the three GeoJSON layers."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--packages", type=Path, help="folder with world-atlas/ and ocean-areas/")
    ap.add_argument("--check", type=Path, help="reference geo folder to compare against")
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pkg = args.packages or fetch_packages(Path(tmp))
        atlas = pkg / "world-atlas" / "package"
        c10 = topo_features(json.loads((atlas / "countries-10m.json").read_text()), "countries")
        c110 = topo_features(json.loads((atlas / "countries-110m.json").read_text()), "countries")
        eez_src = pkg / "ocean-areas" / "package" / "src" / "data" / "source" / "eezs.json"
        joint = next(
            shape(f["geometry"])
            for f in json.loads(eez_src.read_text())
            if f["properties"]["name"] == JOINT_NAME
        )
    args.out.mkdir(parents=True, exist_ok=True)
    write(country_layer(c10, EAST_ASIA_BBOX, 0.01, 3), args.out / "countries_east_asia.geojson")
    write(country_layer(c110, None, 0.0, 2), args.out / "countries_world.geojson")
    write(eez_zones(c10, joint), args.out / "eez_approx.geojson")
    if args.check:
        cross_check(args.out, args.check)


if __name__ == "__main__":
    main()
