from __future__ import annotations

import shapely
from shapely.geometry import box, shape

from core.geo.layers import EAST_ASIA_BBOX, EAST_ASIA_FILE
from core.mapview.assets import LAND_EDGES, ZONE_OUTLINES, geo_collection


def _land():
    return shapely.union_all(
        [shape(f["geometry"]) for f in geo_collection(EAST_ASIA_FILE)["features"]]
    )


def test_zone_outlines_are_drawn_at_sea_only():
    land = _land().buffer(-0.05)  # a coast-hugging outline may touch the coast itself
    outlines = geo_collection(ZONE_OUTLINES)["features"]
    assert {f["properties"]["zone"] for f in outlines} >= {"JPN", "KOR", "PRK", "RUS", "CHN"}
    for feature in outlines:
        lines = shape(feature["geometry"])
        assert lines.intersection(land).length < 0.01, feature["properties"]
        # No straight edge along 105E over north-east China (the box the zones were computed in).
        assert lines.intersection(box(104.9, 40, 105.1, 57)).length == 0


def test_the_land_seam_runs_along_the_cut_over_land_only():
    (seam,) = geo_collection(LAND_EDGES)["features"]
    lines = shape(seam["geometry"])
    cut = box(*EAST_ASIA_BBOX).exterior
    assert lines.length > 1
    assert lines.difference(cut.buffer(1e-6)).length < 1e-6
    assert lines.difference(_land().buffer(0.02)).length < 1e-6
