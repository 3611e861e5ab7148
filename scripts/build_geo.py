"""Rebuild data/geo (basemaps, approximate EEZs) from the world-atlas and ocean-areas npm packages.

Usage: python scripts/build_geo.py [--packages DIR] [--check /work/shared/data/geo]
                                  [--labels-from /work/shared/data/geo]
Without --packages the two packages are fetched with `npm pack` into a temporary folder (build time
only; the app never touches the network). Every step is described in data/geo/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from shapely.geometry import box, mapping, shape
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geo_eez import DISPUTED_ZONES, ZONE_NAMES, eez_zones
from geo_labels import write_labels
from geo_topojson import Country, polygonal, rounded, topo_features

WORLD_ATLAS = "world-atlas@2.0.2"
OCEAN_AREAS = "@globalfishingwatch/ocean-areas@2.0.3"
OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
EAST_ASIA_BBOX = (95.0, 0.0, 180.0, 70.0)
JOINT_NAME = "Joint regime area Japan / Korea"
# Natural Earth's disputed areas, as the reference folder keeps them (build time only).
DISPUTED_FILE = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "data"
    / "geo"
    / "ne10m_admin_0_disputed_areas_east_asia.geojson"
)


def disputed_islands(path: Path) -> dict[str, Any]:
    """Zone code -> the islands of each Natural Earth disputed area Japan is a party to."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    found = {
        DISPUTED_ZONES[f["properties"]["name"]]: shape(f["geometry"])
        for f in features
        if f["properties"]["name"] in DISPUTED_ZONES
    }
    missing = set(DISPUTED_ZONES.values()) - set(found)
    if missing:
        raise SystemExit(f"{path}: no disputed area for {sorted(missing)}")
    return found


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


def country_layer(
    countries: Iterable[Country],
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
    ap.add_argument("--disputed", type=Path, default=DISPUTED_FILE, help="NE disputed areas")
    ap.add_argument(
        "--labels-from", type=Path, help="Natural Earth label layers: also write place_labels.csv"
    )
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
    disputed = disputed_islands(args.disputed)
    write(eez_zones(c10, joint, disputed), args.out / "eez_approx.geojson")
    if args.check:
        cross_check(args.out, args.check)
    if args.labels_from:
        labels = args.out / "place_labels.csv"
        count = write_labels(args.labels_from, labels, args.out / "eez_approx.geojson")
        print(f"{count} place labels written to {labels}")


if __name__ == "__main__":
    main()
