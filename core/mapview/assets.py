"""Leaflet, jQuery and the map's own controls and layers, served by the app itself (no CDN)."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Literal

import shapely
import xstatic.pkg.jquery
import xstatic.pkg.leaflet
from shapely.geometry import Polygon, box, mapping, shape
from shapely.geometry.base import BaseGeometry

from core.geo.layers import EAST_ASIA_BBOX, EAST_ASIA_FILE, EEZ_FILE, WORLD_FILE

# "served": links to the app's static folder (st_folium); "inline": everything inside the page.
AssetMode = Literal["served", "inline"]

ROOT: Final = Path(__file__).resolve().parents[2]
STATIC_DIR: Final = ROOT / "static"
VENDOR_DIR: Final = STATIC_DIR / "vendor"  # git-ignored: filled from the installed packages
GEO_DIR: Final = ROOT / "data" / "geo"
# Relative to the map iframe (/component/streamlit_folium.st_folium/index.html), so the links also
# work when the app is served under --server.baseUrlPath.
APP_STATIC_URL: Final = "../../app/static"

LEAFLET_DIR: Final = Path(xstatic.pkg.leaflet.BASE_DIR)
JQUERY_DIR: Final = Path(xstatic.pkg.jquery.BASE_DIR)
JS_DIR: Final = STATIC_DIR / "js"
OWN_CSS: Final = STATIC_DIR / "css" / "map.css"
# Geo layers the browser fetches once instead of receiving them again on every rerun.
SERVED_GEO: Final = (EAST_ASIA_FILE, EEZ_FILE)
WORLD_OUTSIDE_EAST_ASIA: Final = "world_outside_east_asia.geojson"  # derived, see below
LAND_EDGES: Final = "land_cut.geojson"  # derived: where the two land layers meet
ZONE_OUTLINES: Final = "eez_outlines.geojson"  # derived: zone outlines at sea only
DERIVED: Final = (WORLD_OUTSIDE_EAST_ASIA, LAND_EDGES, ZONE_OUTLINES)


@dataclass(frozen=True, slots=True)
class Asset:
    """A file the map needs: where it lives on disk and its URL once served."""

    name: str
    path: Path
    url: str

    def text(self) -> str:
        """The file's content (for the standalone export, which inlines everything)."""
        return self.path.read_text(encoding="utf-8")


LEAFLET_JS: Final = Asset(
    "leaflet", LEAFLET_DIR / "leaflet.js", f"{APP_STATIC_URL}/vendor/leaflet/leaflet.js"
)
LEAFLET_CSS: Final = Asset(
    "leaflet_css", LEAFLET_DIR / "leaflet.css", f"{APP_STATIC_URL}/vendor/leaflet/leaflet.css"
)
# folium's popups and its non-embedded GeoJSON loader use `$`: without jQuery the map never starts.
JQUERY_JS: Final = Asset(
    "jquery", JQUERY_DIR / "jquery.min.js", f"{APP_STATIC_URL}/vendor/jquery/jquery.min.js"
)


def own_script(name: str, file_name: str) -> Asset:
    """One of the project's own scripts under static/js/."""
    return Asset(name, JS_DIR / file_name, f"{APP_STATIC_URL}/js/{file_name}")


CONTROLS_JS: Final = own_script("atlas_controls", "map_controls.js")
MAP_PAGE_JS: Final = own_script("atlas_map_page", "map_page.js")
LAUNCH_LAYER_JS: Final = own_script("atlas_launch_layer", "launch_layer.js")
PRESENT_JS: Final = own_script("atlas_present", "present.js")
PLAYBACK_JS: Final = own_script("atlas_playback", "playback.js")
# The project's own browser code, in load order (after Leaflet): the app serves these files,
# the HTML export inlines them.
MAP_SCRIPTS: Final = (CONTROLS_JS, MAP_PAGE_JS, LAUNCH_LAYER_JS, PRESENT_JS, PLAYBACK_JS)
MAP_CSS: Final = Asset("atlas_css", OWN_CSS, f"{APP_STATIC_URL}/css/map.css")


def geo_url(file_name: str) -> str:
    """URL of a served geo layer."""
    return f"{APP_STATIC_URL}/vendor/geo/{file_name}"


@lru_cache(maxsize=8)
def _geo_text(file_name: str) -> str:
    derive = {
        WORLD_OUTSIDE_EAST_ASIA: _world_outside_east_asia,
        LAND_EDGES: _land_edges,
        ZONE_OUTLINES: _zone_outlines,
    }.get(file_name)
    if derive is not None:
        return json.dumps(derive(), separators=(",", ":"))
    return (GEO_DIR / file_name).read_text(encoding="utf-8")


def geo_collection(file_name: str) -> dict[str, Any]:
    """A geo layer as a fresh GeoJSON dict (callers may modify it)."""
    data: dict[str, Any] = json.loads(_geo_text(file_name))
    return data


def _world_outside_east_asia() -> dict[str, Any]:
    # The 1:110m world drawn under the 1:10m East Asia layer would poke its coarse coastline out
    # into the sea there, so the world layer is cut away where the detailed layer covers.
    world = json.loads((GEO_DIR / WORLD_FILE).read_text(encoding="utf-8"))
    covered = box(*EAST_ASIA_BBOX)
    features = []
    for feature in world["features"]:
        rest = shape(feature["geometry"]).difference(covered)
        if rest.is_empty:
            continue
        rest = shapely.set_precision(rest, 0.001)
        features.append({**feature, "geometry": mapping(rest)})
    return {"type": "FeatureCollection", "features": features}


def _without_cut_lines(lines: BaseGeometry, area: Polygon) -> BaseGeometry:
    # A layer clipped to a box has edges along the box: drawn, they were straight lines across
    # the map (a vertical one near 100E, a rectangle over north-east China and Mongolia).
    return lines.difference(area.exterior.buffer(1e-6))


def _lines_collection(features: list[tuple[dict[str, Any], BaseGeometry]]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": properties, "geometry": mapping(lines)}
            for properties, lines in features
            if not lines.is_empty
        ],
    }


def _land_edges() -> dict[str, Any]:
    # Where the 1:10m layer was cut out of the world (a box round East Asia), both land layers
    # have an edge along the cut: drawn over land in the land's own colour, the cut never shows
    # (it was a vertical line near 100E across Asia).
    cut = box(*EAST_ASIA_BBOX).exterior
    land = shapely.union_all(
        [shape(f["geometry"]) for f in geo_collection(EAST_ASIA_FILE)["features"]]
    )
    return _lines_collection([({}, cut.intersection(land.buffer(0.01)))])


def _zone_outlines() -> dict[str, Any]:
    # The approximate zones were computed inside a box and overlap the land: only their outline
    # at sea is drawn (the zones' fill and tooltips come from the zone file itself).
    zones = json.loads((GEO_DIR / EEZ_FILE).read_text(encoding="utf-8"))
    shapes = [shape(feature["geometry"]) for feature in zones["features"]]
    computed_in = box(*shapely.union_all(shapes).bounds)
    land = shapely.union_all(
        [shape(f["geometry"]) for f in geo_collection(EAST_ASIA_FILE)["features"]]
    )
    outlines = []
    for feature, zone in zip(zones["features"], shapes, strict=True):
        lines = _without_cut_lines(zone.boundary, computed_in).difference(land)
        outlines.append(({"zone": feature["properties"].get("zone")}, lines))
    return _lines_collection(outlines)


def ensure_served(vendor_dir: Path = VENDOR_DIR) -> Path:
    """Copy Leaflet, jQuery and the geo layers under static/vendor/ if missing or stale."""
    _sync(LEAFLET_DIR / "leaflet.js", vendor_dir / "leaflet" / "leaflet.js")
    _sync(LEAFLET_DIR / "leaflet.css", vendor_dir / "leaflet" / "leaflet.css")
    for image in sorted((LEAFLET_DIR / "images").glob("*.png")):
        _sync(image, vendor_dir / "leaflet" / "images" / image.name)
    _sync(JQUERY_DIR / "jquery.min.js", vendor_dir / "jquery" / "jquery.min.js")
    for name in SERVED_GEO:
        if (GEO_DIR / name).is_file():
            _sync(GEO_DIR / name, vendor_dir / "geo" / name)
    newest_source = max(
        (GEO_DIR / name).stat().st_mtime_ns for name in (WORLD_FILE, EAST_ASIA_FILE, EEZ_FILE)
    )
    for name in DERIVED:
        derived = vendor_dir / "geo" / name
        if not derived.is_file() or derived.stat().st_mtime_ns < newest_source:
            _write_atomically(derived, _geo_text(name).encode())
    return vendor_dir


def _sync(source: Path, target: Path) -> None:
    if target.is_file():
        same_size = target.stat().st_size == source.stat().st_size
        if same_size and target.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            return
    _write_atomically(target, source.read_bytes())


def _write_atomically(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write to a temporary name first: two sessions starting together must never serve half a file.
    partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.partial")
    partial.write_bytes(content)
    partial.replace(target)
