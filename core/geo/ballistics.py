"""Keplerian free flight over a spherical Earth: minimum-energy apogee, reach and flight time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

EARTH_RADIUS_KM: Final = 6371.0
MU_KM3_S2: Final = 398_600.4418  # Earth's gravitational parameter
# Half the Earth's circumference: no point on the surface is farther away than this.
HALF_CIRCUMFERENCE_KM: Final = math.pi * EARTH_RADIUS_KM

# DOMAIN.md: a shot whose apogee exceeds about 0.8 x its range was fired nearly straight up.
LOFTED_RATIO: Final = 0.8
# Below half the minimum-energy apogee the flight was kept low on purpose (KN-23 class at ~50 km
# over 600 km, where a minimum-energy arc would reach ~150 km).
DEPRESSED_FRACTION: Final = 0.5

LOFTED: Final = "lofted"
DEPRESSED: Final = "depressed"
STANDARD: Final = "standard"
UNCLASSIFIED: Final = "unclassified"
NOT_BALLISTIC_MANEUVERS: Final = ("cruise", "glide")
NOT_BALLISTIC_CLASSES: Final = ("cruise", "HGV")


@dataclass(frozen=True, slots=True)
class Ellipse:
    """A surface-to-surface free-flight arc: semi-major axis, eccentricity, central angle."""

    semi_major_km: float
    eccentricity: float
    range_angle_rad: float

    @property
    def semi_latus_km(self) -> float:
        """p = a (1 - e^2)."""
        return self.semi_major_km * (1.0 - self.eccentricity**2)

    @property
    def apogee_km(self) -> float:
        """Apogee altitude above the surface."""
        return self.semi_major_km * (1.0 + self.eccentricity) - EARTH_RADIUS_KM

    @property
    def range_km(self) -> float:
        """Ground range along the surface."""
        return self.range_angle_rad * EARTH_RADIUS_KM

    def radius_at_km(self, angle_rad: float) -> float:
        """Distance from the Earth's centre at `angle_rad` of central angle after launch."""
        # The arc is symmetric about apogee (true anomaly pi), reached at half the range angle.
        true_anomaly = math.pi - self.range_angle_rad / 2.0 + angle_rad
        return self.semi_latus_km / (1.0 + self.eccentricity * math.cos(true_anomaly))


def _check_range(range_km: float) -> None:
    if not 0.0 < range_km < 2.0 * HALF_CIRCUMFERENCE_KM:
        raise ValueError(f"range_km must be between 0 and {2 * HALF_CIRCUMFERENCE_KM:.0f}")


def ellipse_through(range_km: float, apogee_km: float) -> Ellipse:
    """The free-flight arc between surface points `range_km` apart, peaking at `apogee_km`."""
    _check_range(range_km)
    if apogee_km <= 0.0:
        raise ValueError("apogee_km must be positive")
    angle = range_km / EARTH_RADIUS_KM
    apogee_radius = EARTH_RADIUS_KM + apogee_km
    # r = p / (1 + e cos v) at apogee (v = pi) and at the surface (v = pi - angle/2) gives e:
    eccentricity = apogee_km / (apogee_radius - EARTH_RADIUS_KM * math.cos(angle / 2.0))
    semi_major = apogee_radius / (1.0 + eccentricity)
    return Ellipse(semi_major, eccentricity, angle)


def minimum_energy_ellipse(range_km: float) -> Ellipse:
    """The least-energy free-flight arc between two surface points `range_km` apart."""
    _check_range(range_km)
    angle = range_km / EARTH_RADIUS_KM
    half_sine = math.sin(angle / 2.0)
    nu = 2.0 * half_sine / (1.0 + half_sine)  # v^2 R / mu at burnout
    semi_major = EARTH_RADIUS_KM / (2.0 - nu)
    flight_path_angle = (math.pi - angle) / 4.0
    eccentricity = math.sqrt(max(0.0, 1.0 - nu * (2.0 - nu) * math.cos(flight_path_angle) ** 2))
    return Ellipse(semi_major, eccentricity, angle)


def minimum_energy_apogee_km(range_km: float) -> float:
    """Apogee of the minimum-energy trajectory (DOMAIN.md: ~0.26 d - 1.3e-5 d^2 km)."""
    return minimum_energy_ellipse(range_km).apogee_km


def burnout_speed_ratio(ellipse: Ellipse) -> float:
    """nu = v^2 R / mu at the surface for this arc's energy (1 = circular orbit speed)."""
    return 2.0 - EARTH_RADIUS_KM / ellipse.semi_major_km


@dataclass(frozen=True, slots=True)
class Reach:
    """How far the energy of a flown arc would carry on a minimum-energy trajectory."""

    range_km: float
    global_reach: bool  # energy at or above a circular orbit: any point on Earth in this model


def equivalent_reach(range_km: float, apogee_km: float) -> Reach:
    """Range on a minimum-energy path with the same free-flight energy as the flown arc.

    Burnout is taken at the surface and the air is ignored, so this is the energy argument Japan's
    MOD makes for lofted shots ("could exceed 15,000 km"), not a performance prediction.
    """
    nu = burnout_speed_ratio(ellipse_through(range_km, apogee_km))
    if nu >= 1.0:
        return Reach(HALF_CIRCUMFERENCE_KM, True)
    half_sine = nu / (2.0 - nu)
    return Reach(2.0 * math.asin(half_sine) * EARTH_RADIUS_KM, False)


def flight_time_min(ellipse: Ellipse) -> float:
    """Free-flight time from surface to surface (Kepler's equation), in minutes."""
    e = ellipse.eccentricity
    launch_anomaly = math.pi - ellipse.range_angle_rad / 2.0
    eccentric = 2.0 * math.atan(math.sqrt((1.0 - e) / (1.0 + e)) * math.tan(launch_anomaly / 2.0))
    mean_at_launch = eccentric - e * math.sin(eccentric)
    period_factor = math.sqrt(ellipse.semi_major_km**3 / MU_KM3_S2)
    return 2.0 * (math.pi - mean_at_launch) * period_factor / 60.0


def estimated_flight_time_min(range_km: float, apogee_km: float | None) -> float:
    """Free-flight time through the reported apogee, else along the minimum-energy arc."""
    if apogee_km is not None and apogee_km > 0:
        return flight_time_min(ellipse_through(range_km, apogee_km))
    return flight_time_min(minimum_energy_ellipse(range_km))


def is_ballistic(missile_class: str, maneuver: str) -> bool:
    """False for cruise missiles and glide vehicles, whose flight no Keplerian arc describes."""
    return missile_class not in NOT_BALLISTIC_CLASSES and maneuver not in NOT_BALLISTIC_MANEUVERS


def trajectory_kind(range_km: float | None, apogee_km: float | None) -> str:
    """LOFTED, DEPRESSED or STANDARD from the reported figures; UNCLASSIFIED without both."""
    if range_km is None or apogee_km is None or range_km <= 0 or apogee_km <= 0:
        return UNCLASSIFIED
    if apogee_km > LOFTED_RATIO * range_km:
        return LOFTED
    if apogee_km < DEPRESSED_FRACTION * minimum_energy_apogee_km(range_km):
        return DEPRESSED
    return STANDARD
