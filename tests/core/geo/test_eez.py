"""Approximate EEZ zones: zone lookup, Japan's verdict, distances and the file's schema."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod
from shapely.geometry import shape

from core.geo.eez import (
    DISPUTED_CLAIMANTS,
    JAPAN_CLAIMED,
    JOINT,
    ZONE_CODES,
    EezZones,
    eez_geojson,
    load_eez,
)

DATA = Path(__file__).resolve().parents[3] / "data"
GEOD = Geod(ellps="WGS84")
OKUSHIRI = (42.15, 139.47)


def west_of(origin, km, bearing=270.0):
    lon, lat, _ = GEOD.fwd(origin[1], origin[0], bearing, km * 1000.0)
    return (lat, lon)


@pytest.fixture(scope="module")
def zones():
    return load_eez(DATA)


# Impact points from the reference launch table (site + bearing + distance) for shots whose
# EEZ verdict Japan's MOD reported.
MOD_VERDICTS = {
    "2017-07-04 Hwasong-14": ((39.94, 136.19), "inside"),
    "2017-07-28 Hwasong-14": ((43.12, 137.98), "inside"),
    "2017-11-29 Hwasong-15": ((40.84, 136.83), "inside"),
    "2022-11-18 Hwasong-17": ((41.74, 137.00), "inside"),
    "2023-07-12 Hwasong-18": ((42.85, 136.83), "outside"),
    "2024-10-31 Hwasong-19": ((42.85, 136.83), "outside"),
}

ZONE_POINTS = {
    "tokyo-bay": ((35.45, 139.80), "JPN"),
    "150km-west-of-okushiri": (west_of(OKUSHIRI, 150), "JPN"),
    "central-sea-of-japan-east": ((39.5, 137.0), "JPN"),
    "central-sea-of-japan-north": ((40.0, 134.0), "RUS"),
    "off-wonsan": ((39.5, 129.0), "PRK"),
    "pyongyang-land": ((39.02, 125.75), "PRK"),
    "yellow-sea-centre": ((36.0, 124.0), "CHN"),
    "yellow-sea-off-nampo": ((38.5, 124.2), "PRK"),
    "yellow-sea-off-mokpo": ((35.5, 125.0), "KOR"),
    "east-of-taiwan": ((23.0, 122.0), "TWN"),
    "yonaguni-waters": ((24.0, 122.5), "JPN"),
    "joint-regime": ((31.3, 126.57), JOINT),
    "north-pacific": ((30.0, -150.0), None),
}


@pytest.mark.parametrize(("point", "verdict"), MOD_VERDICTS.values(), ids=MOD_VERDICTS.keys())
def test_verdicts_agree_with_mod(zones, point, verdict):
    assert zones.japan_eez_verdict(*point) == verdict


@pytest.mark.parametrize(("point", "code"), ZONE_POINTS.values(), ids=ZONE_POINTS.keys())
def test_zone_containing(zones, point, code):
    assert zones.zone_containing(*point) == code


def test_hwasong19_lies_north_west_of_okushiri_outside(zones):
    point = MOD_VERDICTS["2024-10-31 Hwasong-19"][0]
    azimuth, _, metres = GEOD.inv(OKUSHIRI[1], OKUSHIRI[0], point[1], point[0])
    assert 180 < azimuth % 360 < 315
    assert 180_000 < metres < 260_000
    assert zones.zone_containing(*point) != "JPN"


def test_joint_regime_is_not_japans_eez(zones):
    joint = next(f for f in eez_geojson(DATA)["features"] if f["properties"]["zone"] == JOINT)
    centre = shape(joint["geometry"]).representative_point()
    assert zones.zone_containing(centre.y, centre.x) == JOINT
    assert zones.japan_eez_verdict(centre.y, centre.x) == "outside"


def test_vectorised_matches_scalar(zones):
    rng = np.random.default_rng(7)
    lats, lons = rng.uniform(25, 48, 300), rng.uniform(118, 150, 300)
    codes = zones.zone_codes(lats, lons)
    verdicts = zones.japan_eez_verdicts(lats, lons)
    for lat, lon, code, verdict in zip(lats, lons, codes, verdicts, strict=True):
        assert zones.zone_containing(lat, lon) == code
        assert zones.japan_eez_verdict(lat, lon) == verdict
    assert set(verdicts) == {"inside", "outside"}
    assert (zones.in_japan_eez(lats, lons) == np.isin(codes, JAPAN_CLAIMED)).all()


def test_ten_thousand_points_in_one_call(zones):
    rng = np.random.default_rng(3)
    lats, lons = rng.uniform(20, 50, 10_000), rng.uniform(115, 160, 10_000)
    codes = zones.zone_codes(lats, lons)
    assert codes.shape == (10_000,)
    assert {"JPN", "RUS", "PRK", "KOR", "CHN", None} <= set(codes)


def test_edge_distance_changes_sign_at_the_line(zones):
    # Walk west from Okushiri in 5 km steps: the sign flips where the verdict does, near 0 km.
    steps = [west_of(OKUSHIRI, km, 290.0) for km in range(50, 400, 5)]
    lats, lons = np.array(steps).T
    dist = zones.japan_eez_edge_km(lats, lons)
    inside = zones.in_japan_eez(lats, lons)
    assert (dist[inside] <= 0).all()
    assert (dist[~inside] >= 0).all()
    flip = int(np.argmax(~inside))
    assert inside[:flip].all()
    assert flip > 0
    assert abs(dist[flip]) < 10
    assert abs(dist[flip - 1]) < 10
    assert zones.japan_eez_distance_km(*steps[0]) < -50


def test_zones_do_not_overlap():
    features = eez_geojson(DATA)["features"]
    geoms = {f["properties"]["zone"]: shape(f["geometry"]) for f in features}
    for (a, ga), (b, gb) in combinations(geoms.items(), 2):
        assert ga.intersection(gb).area < 1e-3, (a, b)


def test_every_zone_is_labelled_approximate():
    features = eez_geojson(DATA)["features"]
    assert sorted(f["properties"]["zone"] for f in features) == sorted(ZONE_CODES)
    for feature in features:
        props = feature["properties"]
        assert props["approximate"] is True
        kind = "disputed" if props["zone"] in DISPUTED_CLAIMANTS else "eez"
        assert props["kind"] == ("joint_regime" if props["zone"] == JOINT else kind)
        assert props["name"]
        assert props["source"]
        assert feature["id"] == props["zone"]


def _collection(**props):
    base = {"zone": "JPN", "name": "Japan", "kind": "eez", "approximate": True, "source": "t"}
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": base | props, "geometry": square}],
    }


@pytest.mark.parametrize(
    ("props", "message"),
    [
        pytest.param({"zone": "XXX"}, "feature 0: zone", id="unknown-zone"),
        pytest.param({"approximate": False}, "feature 0: kind/approximate", id="not-approximate"),
        pytest.param({"kind": "territory"}, "feature 0: kind/approximate", id="bad-kind"),
        pytest.param({"zone": "KOR"}, "no feature with zone JPN", id="no-japan"),
    ],
)
def test_bad_zone_files_are_refused(props, message):
    with pytest.raises(ValueError, match=message):
        EezZones.from_geojson(_collection(**props), origin="test.geojson")


def test_small_zone_file_works():
    zones = EezZones.from_geojson(_collection())
    assert zones.japan_eez_verdict(0.5, 0.5) == "inside"
    assert zones.japan_eez_verdict(2.0, 2.0) == "outside"
    assert zones.zone_containing(2.0, 2.0) is None


def test_loaded_once_per_path():
    assert load_eez(DATA) is load_eez(DATA)
    assert json.dumps(eez_geojson(DATA))  # plain JSON-serialisable dicts for the map
