"""Which rings the map draws: a lofted selection's minimum-energy reach, round its own site."""

from __future__ import annotations

from dataclasses import replace

import folium
import pytest
import shapely

from core.geo.profile import lofted_reach_km
from core.geo.rings import CLASS_RINGS
from core.mapview.centres import RingCentre, reach_ring_for, ring_centre_for, table_rings
from core.mapview.ring_layer import (
    LABEL_BEARING_SWING_DEG,
    RING_LABEL_BEARING_DEG,
    label_point,
    outline_hits,
    reach_label,
    ring_group,
    ring_label_bearing,
    zone_outlines,
)
from core.records.dataset import load_dataset
from tests.conftest import write_dataset

LOFTED_ID = "2017-11-28a-01"  # Hwasong-15: 950 km downrange, 4,475 km apogee


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    return load_dataset(write_dataset(tmp_path_factory.mktemp("data")))


def _launch(dataset, launch_id):
    return next(launch for launch in dataset.launches if launch.launch_id == launch_id)


def test_a_lofted_selection_gets_its_reach_round_its_own_site(dataset):
    lofted = _launch(dataset, LOFTED_ID)
    reach = reach_ring_for(dataset, lofted)
    assert reach is not None
    site = dataset.sites["sunan"]
    assert reach.centre == RingCentre(site.name, site.lat, site.lon)
    assert reach.ring.radius_km == pytest.approx(lofted_reach_km(lofted))
    assert 9_000 < reach.ring.radius_km < 15_000
    assert reach.missile == "Hwasong-15"
    assert reach_label(reach) == (
        f"Hwasong-15 on a minimum-energy path: ~{reach.ring.radius_km:,.0f} km (est.)"
    )


def test_no_reach_ring_unless_lofted_with_a_known_site(dataset):
    assert reach_ring_for(dataset, None) is None
    glide = _launch(dataset, "2022-01-05a-01")  # HGV, no apogee
    assert reach_ring_for(dataset, glide) is None
    lofted = _launch(dataset, LOFTED_ID)
    flat = replace(lofted, range_km=2700.0, apogee_km=550.0)  # about minimum-energy
    assert reach_ring_for(dataset, flat) is None
    assert reach_ring_for(dataset, replace(lofted, site_id="")) is None
    orbital = replace(lofted, range_km=1000.0, apogee_km=7000.0)  # no finite ring to draw
    assert reach_ring_for(dataset, orbital) is None


def test_the_distance_table_takes_the_reach_ring_only_when_it_shares_the_centre(dataset):
    lofted = _launch(dataset, LOFTED_ID)
    reach = reach_ring_for(dataset, lofted)
    own_site = ring_centre_for(dataset, lofted)
    assert table_rings(own_site, CLASS_RINGS, reach) == (*CLASS_RINGS, reach.ring)
    elsewhere = ring_centre_for(dataset, lofted, "west-coast")
    assert table_rings(elsewhere, CLASS_RINGS, reach) == CLASS_RINGS
    assert table_rings(own_site, CLASS_RINGS, None) == CLASS_RINGS


def _lines(group: folium.FeatureGroup) -> list[folium.PolyLine]:
    return [child for child in group._children.values() if isinstance(child, folium.PolyLine)]


def test_ring_group_draws_the_reach_in_its_own_style_and_escapes_its_words(dataset):
    lofted = replace(_launch(dataset, LOFTED_ID), missile_name="<b>Hwasong</b>")
    reach = reach_ring_for(dataset, lofted)
    centre = ring_centre_for(dataset, lofted)
    plain = _lines(ring_group(centre, CLASS_RINGS))
    with_reach = ring_group(centre, CLASS_RINGS, reach)
    lines = _lines(with_reach)
    assert len(lines) == len(plain) + 1
    extra = lines[-1]
    assert extra.options["dashArray"] != plain[0].options["dashArray"]
    assert extra.options["weight"] > plain[0].options["weight"]
    fmap = folium.Map(tiles=None)
    with_reach.add_to(fmap)
    html = fmap.get_root().render()
    assert "on a minimum-energy path: ~" in html  # the label on the map
    assert "<b>Hwasong" not in html
    assert "&lt;b&gt;Hwasong" in html  # the tooltip
    assert "\\u0026lt;b\\u0026gt;Hwasong" in html  # the label: escaped, then JSON-encoded


def test_ring_labels_sit_on_the_drawn_line_past_the_antimeridian(dataset):
    lofted = _launch(dataset, LOFTED_ID)
    reach = reach_ring_for(dataset, lofted)
    group = ring_group(ring_centre_for(dataset, lofted), CLASS_RINGS, reach)
    markers = [c for c in group._children.values() if type(c) is folium.Marker]  # the labels
    centre_lon = dataset.sites["sunan"].lon
    # The reach label (east-north-east, ~10,000 km) lies past 180 degrees east: the ring's
    # longitudes run on from the centre's, so the label must too (not jump to about -128).
    assert markers[-1].location[1] > 180.0
    assert all(abs(marker.location[1] - centre_lon) <= 180.0 for marker in markers)


def test_a_ring_label_keeps_its_bearing_where_no_outline_runs():
    far_away = shapely.LineString([(0.0, -60.0), (1.0, -60.0)])
    assert ring_label_bearing((39.0, 125.8), 3000.0, far_away, 115.0) == 115.0


def test_a_ring_label_moves_round_its_ring_off_a_zone_outline():
    pyongyang = (39.03, 125.75)
    at_115 = label_point(pyongyang, 115.0, 3000.0)
    # A small circle (Minamitorishima's zone, say) drawn where the label would sit.
    circle = shapely.Point(at_115[1] + 2.0, at_115[0]).buffer(3.0).boundary
    assert outline_hits(at_115, circle) > 0
    bearing = ring_label_bearing(pyongyang, 3000.0, circle, 115.0)
    assert bearing != 115.0
    assert abs(bearing - 115.0) <= LABEL_BEARING_SWING_DEG
    assert outline_hits(label_point(pyongyang, bearing, 3000.0), circle) == 0


def test_no_class_ring_label_round_pyongyang_sits_on_a_drawn_zone_outline():
    pyongyang = (39.03, 125.75)
    outlines = zone_outlines()
    minamitorishima = shapely.Point(153.98, 24.28)
    for ring in CLASS_RINGS:
        bearing = ring_label_bearing(pyongyang, ring.radius_km, outlines, RING_LABEL_BEARING_DEG)
        anchor = label_point(pyongyang, bearing, ring.radius_km)
        assert outline_hits(anchor, outlines) == 0, (ring.radius_km, bearing)
        assert shapely.distance(minamitorishima, shapely.Point(anchor[1], anchor[0])) > 4.0
