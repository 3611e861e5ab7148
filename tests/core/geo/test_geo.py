"""Land/sea tests and the committed basemap layers of data/geo."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import shape

from core.geo.layers import (
    EAST_ASIA_BBOX,
    at_sea_mask,
    basemap_geojson,
    is_at_sea,
    load_land,
    read_layer,
    sea_test,
)

DATA = Path(__file__).resolve().parents[3] / "data"
GEO = DATA / "geo"
LAYERS = ("countries_east_asia.geojson", "countries_world.geojson", "eez_approx.geojson")

LAND_POINTS = {
    "pyongyang": (39.02, 125.75),
    "tokyo": (35.68, 139.69),
    "jeju": (33.38, 126.55),
    "okushiri": (42.15, 139.47),
    "taipei": (25.03, 121.56),
    "us-midwest": (40.0, -100.0),  # outside East Asia: the 1:110m layer answers
}
SEA_POINTS = {
    "tokyo-bay": (35.45, 139.80),
    "sea-of-japan": (40.0, 134.0),
    "yellow-sea": (36.0, 124.0),
    "east-of-tohoku": (39.0, 145.0),
    "north-pacific": (30.0, -150.0),
    "bering-sea-across-180": (58.0, -178.0),
}


@pytest.fixture(scope="module")
def land():
    return load_land(DATA)


@pytest.mark.parametrize(("lat", "lon"), LAND_POINTS.values(), ids=LAND_POINTS.keys())
def test_land_points_are_not_at_sea(land, lat, lon):
    assert not is_at_sea(lat, lon, land)


@pytest.mark.parametrize(("lat", "lon"), SEA_POINTS.values(), ids=SEA_POINTS.keys())
def test_sea_points_are_at_sea(land, lat, lon):
    assert is_at_sea(lat, lon, land)


def test_mask_matches_scalar_test(land):
    points = [*LAND_POINTS.values(), *SEA_POINTS.values()]
    lats, lons = zip(*points, strict=True)
    mask = at_sea_mask(lats, lons, land)
    assert mask.tolist() == [is_at_sea(lat, lon, land) for lat, lon in points]
    assert mask.tolist() == [False] * len(LAND_POINTS) + [True] * len(SEA_POINTS)


def test_longitudes_wrap(land):
    lat, lon = LAND_POINTS["tokyo"]
    assert not is_at_sea(lat, lon + 360.0, land)
    assert not is_at_sea(lat, lon - 360.0, land)


def test_mask_keeps_shape_for_many_points(land):
    rng = np.random.default_rng(1)
    lats, lons = rng.uniform(20, 50, (100, 100)), rng.uniform(110, 160, (100, 100))
    mask = at_sea_mask(lats, lons, land)
    assert mask.shape == (100, 100)
    assert 0.2 < mask.mean() < 0.95  # the box holds both land and sea


def test_sea_test_callable_and_cache():
    assert load_land(DATA) is load_land(DATA)
    check = sea_test(DATA)
    assert check(*SEA_POINTS["sea-of-japan"]) is True
    assert check(*LAND_POINTS["pyongyang"]) is False


def test_basemap_copies_are_independent():
    first = basemap_geojson(DATA, "east_asia")
    first["features"].clear()
    assert basemap_geojson(DATA, "east_asia")["features"]


def test_east_asia_layer_covers_the_region():
    layer = basemap_geojson(DATA, "east_asia")
    names = {f["properties"]["name"] for f in layer["features"]}
    assert {"Japan", "South Korea", "North Korea", "China", "Russia", "Taiwan"} <= names
    assert {"Philippines", "Guam"} <= names
    lon_min, lat_min, lon_max, lat_max = EAST_ASIA_BBOX
    for feature in layer["features"]:
        x0, y0, x1, y1 = shape(feature["geometry"]).bounds
        assert lon_min <= x0
        assert x1 <= lon_max
        assert lat_min <= y0
        assert y1 <= lat_max


def test_world_layer_spans_the_globe():
    layer = basemap_geojson(DATA, "world")
    names = {f["properties"]["name"] for f in layer["features"]}
    assert {"United States of America", "Japan", "Russia", "Antarctica"} <= names
    usa = next(
        f for f in layer["features"] if f["properties"]["name"] == "United States of America"
    )
    assert shape(usa["geometry"]).contains(shape({"type": "Point", "coordinates": [-100, 40]}))


def _feature(layer, name):
    return next(f for f in layer["features"] if f["properties"]["name"] == name)


def _rings(geometry):
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    for polygon in polygons:
        yield from polygon


@pytest.mark.parametrize("name", LAYERS)
def test_layer_is_valid_geojson(name):
    layer = json.loads((GEO / name).read_text(encoding="utf-8"))
    assert layer["type"] == "FeatureCollection"
    ids = [f["id"] for f in layer["features"]]
    assert len(ids) == len(set(ids)), "folium embed=False layers need unique ids"
    for feature in layer["features"]:
        assert feature["type"] == "Feature"
        assert feature["properties"]["name"]
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert shape(feature["geometry"]).is_valid, feature["id"]
        for ring in _rings(feature["geometry"]):
            xy = np.asarray(ring)
            assert (np.abs(xy[:, 0]) <= 180).all()
            assert (np.abs(xy[:, 1]) <= 90).all()
            assert (xy[0] == xy[-1]).all()


@pytest.mark.parametrize("name", LAYERS)
def test_no_edge_jumps_across_the_antimeridian(name):
    layer = json.loads((GEO / name).read_text(encoding="utf-8"))
    for feature in layer["features"]:
        for ring in _rings(feature["geometry"]):
            xy = np.asarray(ring)
            # Only Antarctica's edge along the South Pole may run from +180 to -180.
            jumps = np.flatnonzero(np.abs(np.diff(xy[:, 0])) > 180)
            assert all(abs(xy[i, 1]) == 90 for i in jumps), feature["properties"]["name"]


def test_russia_is_cut_at_the_antimeridian():
    layer = basemap_geojson(DATA, "world")
    russia = shape(
        next(f for f in layer["features"] if f["properties"]["name"] == "Russia")["geometry"]
    )
    assert russia.contains(shape({"type": "Point", "coordinates": [-175.0, 66.0]}))  # Chukotka
    assert russia.contains(shape({"type": "Point", "coordinates": [100.0, 60.0]}))
    assert not russia.contains(shape({"type": "Point", "coordinates": [0.0, 66.0]}))


def test_geo_files_stay_small_and_documented():
    total = sum(path.stat().st_size for path in GEO.glob("*.geojson"))
    assert total < 1_000_000
    readme = (GEO / "README.md").read_text(encoding="utf-8")
    for needle in ("Natural Earth", "world-atlas", "ISC", "Marine Regions", "approximate"):
        assert needle in readme


def test_missing_and_broken_layers_name_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nowhere\.geojson"):
        read_layer(tmp_path / "nowhere.geojson")
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.geojson.*not valid JSON"):
        read_layer(bad)
    other = tmp_path / "other.geojson"
    other.write_text('{"type": "Feature"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a GeoJSON FeatureCollection"):
        read_layer(other)
