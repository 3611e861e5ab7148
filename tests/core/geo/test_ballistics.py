"""Free-flight physics against DOMAIN.md's reference figures."""

from __future__ import annotations

from datetime import date

import pytest

from core.geo.ballistics import (
    DEPRESSED,
    HALF_CIRCUMFERENCE_KM,
    LOFTED,
    STANDARD,
    UNCLASSIFIED,
    ellipse_through,
    equivalent_reach,
    estimated_flight_time_min,
    minimum_energy_apogee_km,
    minimum_energy_ellipse,
    trajectory_kind,
)
from core.geo.profile import (
    MINIMUM_ENERGY,
    REPORTED_APOGEE,
    flight_profile,
    lofted_reach_km,
    lofted_reach_ring,
)
from core.records.model import Launch


def make_launch(range_km, apogee_km, flight_min=None, cls="ICBM", maneuver="ballistic"):
    return Launch(
        "2017-11-28a-01", "2017-11-28a", date(2017, 11, 28), "2017-11-28", "day", None,
        "Hwasong-15", cls, "", range_km, apogee_km, flight_min, None, None, None,
        "sea_of_japan", "inside", "success", maneuver, (),
    )  # fmt: skip


@pytest.mark.parametrize("range_km", [300, 1000, 3000, 5500, 10000, 13000])
def test_minimum_energy_apogee_matches_domain_fit(range_km):
    fit_km = 0.26 * range_km - 1.3e-5 * range_km**2
    assert minimum_energy_apogee_km(range_km) == pytest.approx(fit_km, rel=0.05)


@pytest.mark.parametrize(("range_km", "minutes"), [(300, 4), (1000, 8), (5500, 22)])
def test_minimum_energy_flight_time_matches_domain(range_km, minutes):
    assert estimated_flight_time_min(range_km, None) == pytest.approx(minutes, rel=0.1)


def test_ellipse_through_reproduces_its_apogee_and_range():
    ellipse = ellipse_through(960, 4500)
    assert ellipse.apogee_km == pytest.approx(4500)
    assert ellipse.range_km == pytest.approx(960)
    assert ellipse.radius_at_km(0.0) == pytest.approx(6371.0)
    assert ellipse.radius_at_km(ellipse.range_angle_rad) == pytest.approx(6371.0)


def test_minimum_energy_is_its_own_reach():
    ellipse = minimum_energy_ellipse(4000)
    reach = equivalent_reach(4000, ellipse.apogee_km)
    assert reach.range_km == pytest.approx(4000, rel=1e-6)


def test_hwasong_15_lofted_shot_reaches_over_10000_km():
    reach = equivalent_reach(960, 4500)
    assert not reach.global_reach
    assert reach.range_km > 10_000
    assert estimated_flight_time_min(960, 4500) == pytest.approx(54, rel=0.1)


def test_hwasong_18_lofted_shot_exceeds_15000_km():
    assert equivalent_reach(1000, 6000).range_km > 15_000


def test_orbital_energy_means_global_reach():
    reach = equivalent_reach(1000, 7000)
    assert reach.global_reach
    assert reach.range_km == pytest.approx(HALF_CIRCUMFERENCE_KM)


@pytest.mark.parametrize(
    ("range_km", "apogee_km", "kind"),
    [
        (960, 4500, LOFTED),
        (2700, 550, STANDARD),
        (1100, 100, DEPRESSED),
        (600, 50, DEPRESSED),
        (600, None, UNCLASSIFIED),
        (None, 100, UNCLASSIFIED),
    ],
)
def test_trajectory_kind(range_km, apogee_km, kind):
    assert trajectory_kind(range_km, apogee_km) == kind


def test_bad_range_is_rejected():
    with pytest.raises(ValueError, match="range_km"):
        minimum_energy_ellipse(0)


def test_profile_uses_reported_apogee_and_labels_lofted_reach():
    profile = flight_profile(make_launch(960, 4500))
    assert profile.apogee_basis == REPORTED_APOGEE
    assert profile.kind == LOFTED
    assert profile.reach is not None
    assert profile.reach.range_km > 10_000
    assert max(y for _, y in profile.arc) == pytest.approx(4500, rel=1e-3)
    assert profile.arc[0] == pytest.approx((0.0, profile.arc[-1][1]), abs=1e-6)
    assert profile.flight_time_estimated


def test_profile_without_apogee_draws_labelled_minimum_energy_arc():
    profile = flight_profile(make_launch(1000, None, flight_min=8, cls="SRBM"))
    assert profile.apogee_basis == MINIMUM_ENERGY
    assert profile.apogee_km == pytest.approx(240, rel=0.02)
    assert profile.flight_time_min == 8
    assert not profile.flight_time_estimated
    assert "minimum-energy" in profile.note


def test_profile_draws_no_arc_for_cruise_or_unreported_pullup():
    assert flight_profile(make_launch(1500, None, cls="cruise", maneuver="cruise")).arc == ()
    assert flight_profile(make_launch(700, None, cls="SRBM", maneuver="pullup")).arc == ()
    assert flight_profile(make_launch(None, None)).arc == ()


def test_lofted_reach_ring_only_for_lofted_shots():
    assert lofted_reach_km(make_launch(960, 4500)) == pytest.approx(10_055, rel=0.01)
    assert lofted_reach_km(make_launch(2700, 550)) is None
    assert lofted_reach_km(make_launch(960, None)) is None


def test_lofted_reach_ring_is_labelled_for_the_map():
    ring = lofted_reach_ring(make_launch(960, 4500))
    assert ring is not None
    assert ring.radius_km == pytest.approx(10_055, rel=0.01)
    assert "Hwasong-15" in ring.label
    assert "minimum-energy" in ring.label
    assert lofted_reach_ring(make_launch(2700, 550)) is None
    assert lofted_reach_ring(make_launch(1000, 7000)) is None  # orbital energy: no ring
    assert lofted_reach_km(make_launch(1000, 7000)) == pytest.approx(20_015, rel=1e-3)
