"""Geodesics, range rings and reference-place reach."""

import numpy as np
import pytest

from core.geo.geodesy import (
    circle_polygon,
    destination,
    distance_km,
    encloses_pole,
    geodesic_path,
    initial_bearing_deg,
    range_ring,
)
from core.geo.places import REFERENCE_PLACES
from core.geo.rings import CLASS_RINGS, Ring, places_reached

SUNAN = (39.2241, 125.6701)


@pytest.mark.parametrize("radius_km", [300, 1000, 3000, 5500, 8000, 10000, 13000, 15000])
@pytest.mark.parametrize("centre", [SUNAN, (40.85, 129.67), (-10.0, 179.5)])
def test_range_ring_vertices_lie_at_radius_within_a_tenth_of_a_percent(centre, radius_km):
    ring = range_ring(centre, radius_km)
    errors = [abs(distance_km(centre, vertex) - radius_km) / radius_km for vertex in ring]
    assert max(errors) < 0.001


def test_range_ring_is_closed_and_continuous():
    ring = range_ring(SUNAN, 3000)
    assert ring[0] == pytest.approx(ring[-1])
    steps = np.abs(np.diff([lon for _, lon in ring]))
    assert steps.max() < 10


def test_ring_beyond_the_pole_spans_all_longitudes_without_a_jump():
    assert encloses_pole(SUNAN, 10000)
    assert not encloses_pole(SUNAN, 5000)
    lons = [lon for _, lon in range_ring(SUNAN, 10000)]
    assert max(lons) - min(lons) == pytest.approx(360, abs=0.01)
    assert np.abs(np.diff(lons)).max() < 20
    # The seam lies beyond the pole, so the part around the centre is drawn in the centre's world.
    assert min(lons) < SUNAN[1] < max(lons)


def test_destination_then_distance_round_trips():
    end = destination(SUNAN, 75.0, 2700.0)
    assert distance_km(SUNAN, end) == pytest.approx(2700.0, rel=1e-9)
    assert initial_bearing_deg(SUNAN, end) == pytest.approx(75.0, abs=1e-6)


def test_path_crossing_the_antimeridian_stays_continuous():
    honolulu = (21.30694, -157.85833)
    path = geodesic_path(SUNAN, honolulu)
    lons = [lon for _, lon in path]
    assert path[0] == pytest.approx(SUNAN, abs=1e-4)
    assert lons[-1] == pytest.approx(honolulu[1] + 360, abs=1e-4)
    assert np.all(np.diff(lons) > 0)
    assert np.abs(np.diff(lons)).max() < 3


def test_path_points_lie_on_the_geodesic():
    end = (35.0, 150.0)
    path = geodesic_path(SUNAN, end)
    total = distance_km(SUNAN, end)
    for point in path[1:-1]:
        assert distance_km(SUNAN, point) + distance_km(point, end) == pytest.approx(total, rel=1e-6)


def test_short_path_keeps_both_endpoints():
    path = geodesic_path(SUNAN, (39.3, 125.9))
    assert len(path) >= 2
    assert path[-1] == pytest.approx((39.3, 125.9), abs=1e-4)


def test_area_circle_has_its_radius():
    polygon = circle_polygon(SUNAN, 40.0)
    assert polygon[0] == pytest.approx(polygon[-1])
    assert all(distance_km(SUNAN, vertex) == pytest.approx(40.0, rel=1e-3) for vertex in polygon)


def test_places_reached_orders_rings_and_measures_distance():
    reach = {item.place.name: item for item in places_reached(SUNAN, CLASS_RINGS)}
    assert reach["Seoul"].distance_km == pytest.approx(217, abs=5)
    assert [ring.radius_km for ring in reach["Tokyo"].reached_by] == [3000.0, 5500.0]
    assert reach["Washington, D.C."].reached_by == ()
    assert reach["Washington, D.C."].distance_km == pytest.approx(11000, rel=0.03)
    assert len(reach) == len(REFERENCE_PLACES)


def test_a_ring_reaches_a_place_exactly_on_its_edge():
    tokyo = next(place for place in REFERENCE_PLACES if place.name == "Tokyo")
    away = distance_km(SUNAN, (tokyo.lat, tokyo.lon))
    (item,) = [r for r in places_reached(SUNAN, [Ring(away, "edge")]) if r.place is tokyo]
    assert item.reached_by
