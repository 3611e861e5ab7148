"""Impact points and paths per missile: reported, from bearing, estimated at sea, EEZ checks."""

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from core.geo.eez import load_eez
from core.geo.geodesy import destination, distance_km, initial_bearing_deg
from core.geo.impact import ESTIMATED, FROM_BEARING, REPORTED
from core.geo.layers import is_at_sea, load_land
from core.geo.trajectory import SeaModel, computed_eez_verdicts, sea_model, trajectory
from core.records.model import Launch, Site

DATA_DIR = Path(__file__).resolve().parents[3] / "data"

SINPO = Site("sinpo", "Sinpo", 40.03, 128.18, "facility", None, (), "test")
SUNAN = Site("sunan", "Sunan", 39.2241, 125.6701, "facility", None, (), "test")
WEST_COAST = Site("west-coast", "West coast", 39.0, 124.9, "area", 140.0, (), "test")


def make_launch(**changes) -> Launch:
    base = Launch(
        launch_id="2099-01-01a-01",
        event_id="2099-01-01a",
        date_utc=date(2099, 1, 1),
        date_text="2099-01-01",
        date_precision="day",
        time_utc=None,
        missile_name="Test",
        missile_class="SRBM",
        site_id="sinpo",
        range_km=None,
        apogee_km=None,
        flight_time_min=None,
        bearing_deg=None,
        impact_lat=None,
        impact_lon=None,
        landing_area="sea_of_japan",
        japan_eez="unknown",
        outcome="success",
        maneuver="ballistic",
        sources=(),
    )
    return replace(base, **changes)


@pytest.fixture(scope="module")
def sea() -> SeaModel:
    return sea_model(DATA_DIR)


@pytest.fixture(scope="module")
def land():
    return load_land(DATA_DIR)


def test_reported_impact_point_wins_over_bearing(sea):
    launch = make_launch(range_km=600.0, bearing_deg=10.0, impact_lat=40.5, impact_lon=134.0)
    item = trajectory(launch, SINPO, sea)
    assert item.impact.method == REPORTED
    assert item.path[-1] == pytest.approx((40.5, 134.0), abs=1e-4)
    assert not item.estimated


def test_bearing_and_range_give_the_impact(sea):
    item = trajectory(make_launch(range_km=600.0, bearing_deg=90.0), SINPO, sea)
    assert item.impact.method == FROM_BEARING
    assert distance_km(item.origin, item.impact.point) == pytest.approx(600.0, rel=1e-9)
    assert item.path[0] == pytest.approx((SINPO.lat, SINPO.lon), abs=1e-4)


def test_no_range_draws_no_path_and_invents_nothing(sea):
    item = trajectory(make_launch(bearing_deg=90.0), SINPO, sea)
    assert item.impact is None
    assert item.path == ()
    assert item.origin == (SINPO.lat, SINPO.lon)
    assert item.computed_eez == "unknown"


def test_no_site_draws_no_path(sea):
    item = trajectory(make_launch(site_id="", range_km=600.0, bearing_deg=90.0), None, sea)
    assert item.impact is None
    assert item.path == ()


@pytest.mark.parametrize(
    ("site", "range_km", "landing_area"),
    [
        (SINPO, 450.0, "sea_of_japan"),
        (SUNAN, 1000.0, "sea_of_japan"),
        (SUNAN, 300.0, "sea_of_japan"),
        (SUNAN, 250.0, "yellow_sea"),
        (SUNAN, 2700.0, "pacific"),
        (SUNAN, 600.0, "unknown"),
    ],
)
def test_estimated_impact_lands_at_sea(sea, land, site, range_km, landing_area):
    launch = make_launch(range_km=range_km, landing_area=landing_area, site_id=site.site_id)
    item = trajectory(launch, site, sea)
    assert item.estimated
    assert is_at_sea(item.impact.lat, item.impact.lon, land)
    assert distance_km(item.origin, item.impact.point) == pytest.approx(range_km, rel=1e-6)


def test_estimated_impacts_head_for_the_reported_sea(sea):
    west = trajectory(make_launch(range_km=250.0, landing_area="yellow_sea"), SUNAN, sea)
    east = trajectory(make_launch(range_km=600.0, landing_area="sea_of_japan"), SUNAN, sea)
    assert west.impact.lon < SUNAN.lon < east.impact.lon


@pytest.mark.parametrize("verdict", ["inside", "outside"])
def test_estimated_impact_falls_on_the_reported_side_of_the_eez_line(sea, land, verdict):
    launch = make_launch(range_km=900.0, japan_eez=verdict)
    item = trajectory(launch, SINPO, sea)
    zones = load_eez(DATA_DIR)
    assert item.estimated
    assert zones.japan_eez_verdict(item.impact.lat, item.impact.lon) == verdict
    assert item.computed_eez == verdict
    assert not item.eez_disagrees
    assert is_at_sea(item.impact.lat, item.impact.lon, land)


def test_inside_and_outside_estimates_differ(sea):
    inside = trajectory(make_launch(range_km=900.0, japan_eez="inside"), SINPO, sea)
    outside = trajectory(make_launch(range_km=900.0, japan_eez="outside"), SINPO, sea)
    assert inside.impact.point != outside.impact.point


def test_unreachable_verdict_is_flagged_not_forced(sea):
    # 150 km from the west coast cannot reach Japan's zone: the estimate stays at sea and the
    # computed verdict exposes the disagreement instead of bending geography.
    launch = make_launch(range_km=150.0, japan_eez="inside", site_id="sunan")
    item = trajectory(launch, SUNAN, sea)
    assert item.computed_eez == "outside"
    assert item.eez_disagrees


def test_reported_point_disagreeing_with_the_verdict_is_flagged(sea):
    # A point in the middle of the Sea of Japan west of the zone, reported as "inside".
    launch = make_launch(impact_lat=40.0, impact_lon=131.0, japan_eez="inside")
    item = trajectory(launch, SINPO, sea)
    assert item.computed_eez == "outside"
    assert item.eez_disagrees
    verdicts = computed_eez_verdicts([launch], {"sinpo": SINPO}, sea)
    assert verdicts[launch.launch_id] == ("inside", "outside", True)


def test_area_site_paths_start_at_the_centre_and_say_approximate(sea):
    launch = make_launch(site_id="west-coast", range_km=400.0, bearing_deg=240.0)
    item = trajectory(launch, WEST_COAST, sea)
    assert item.origin_approximate
    assert item.path[0] == pytest.approx((WEST_COAST.lat, WEST_COAST.lon), abs=1e-4)


def test_path_over_the_antimeridian_is_continuous(sea):
    launch = make_launch(site_id="sunan", impact_lat=20.0, impact_lon=-170.0)
    item = trajectory(launch, SUNAN, sea)
    lons = [lon for _, lon in item.path]
    assert lons[-1] == pytest.approx(190.0, abs=1e-4)
    assert all(b > a for a, b in itertools.pairwise(lons))


def test_geometry_is_cached_per_record(sea):
    launch = make_launch(range_km=600.0, bearing_deg=80.0)
    assert trajectory(launch, SINPO, sea) is trajectory(launch, SINPO, sea)


def test_land_landing_area_estimate_comes_down_on_land(sea, land):
    launch = make_launch(range_km=120.0, landing_area="land", site_id="sunan")
    item = trajectory(launch, SUNAN, sea)
    assert item.impact.method == ESTIMATED
    assert not is_at_sea(item.impact.lat, item.impact.lon, land)


def test_a_bearing_that_ends_on_land_for_a_sea_landing_is_replaced_by_an_estimate(sea):
    # Sunan, 250 km on 65 degrees ends inland; the record says it fell in the Sea of Japan.
    assert not sea.is_at_sea(*destination((SUNAN.lat, SUNAN.lon), 65.0, 250.0))
    launch = make_launch(site_id="sunan", range_km=250.0, bearing_deg=65.0)
    item = trajectory(launch, SUNAN, sea)
    assert item.impact is not None
    assert item.impact.method == ESTIMATED
    assert sea.is_at_sea(*item.impact.point)
    assert distance_km(item.origin, item.impact.point) == pytest.approx(250.0, abs=0.5)
    # The nearest heading to the reported one that reaches the sea, not the sea's middle.
    assert abs(initial_bearing_deg(item.origin, item.impact.point) - 65.0) <= 60.0


def test_a_bearing_that_ends_on_land_is_kept_for_a_landing_on_land(sea):
    launch = make_launch(site_id="sunan", range_km=250.0, bearing_deg=65.0, landing_area="land")
    item = trajectory(launch, SUNAN, sea)
    assert item.impact is not None
    assert item.impact.method == FROM_BEARING
    assert not sea.is_at_sea(*item.impact.point)
    assert item.eez_context == "on land"
