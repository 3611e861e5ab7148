"""Side view of one flight to true scale: the arc and the curved surface in the flight's plane."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from core.geo.ballistics import (
    DEPRESSED,
    EARTH_RADIUS_KM,
    HALF_CIRCUMFERENCE_KM,
    LOFTED,
    UNCLASSIFIED,
    Reach,
    ellipse_through,
    equivalent_reach,
    flight_time_min,
    is_ballistic,
    minimum_energy_ellipse,
    trajectory_kind,
)
from core.geo.reach import reach_words
from core.geo.rings import Ring
from core.records.model import Launch, Site

XY = tuple[float, float]

REPORTED_APOGEE: Final = "reported apogee"
MINIMUM_ENERGY: Final = "minimum-energy arc (computed, apogee not reported)"
ARC_POINTS: Final = 121
SURFACE_POINTS: Final = 181


@dataclass(frozen=True, slots=True)
class FlightProfile:
    """What the profile chart draws. `arc` is empty when no honest arc can be drawn (see `note`).

    Coordinates are km in the flight's plane: x from the launch point, y up from the surface at
    mid-range, so the surface sags below y = 0 toward both ends and apogee sits at y = apogee.
    """

    launch_id: str
    title: str
    range_km: float | None
    apogee_km: float | None
    apogee_basis: str
    kind: str
    arc: tuple[XY, ...]
    flight_time_min: float | None
    flight_time_estimated: bool
    reach: Reach | None
    note: str

    @property
    def half_chord_km(self) -> float:
        """Half the straight-line distance between launch and impact points."""
        if self.range_km is None:
            return 0.0
        return EARTH_RADIUS_KM * math.sin(self.range_km / EARTH_RADIUS_KM / 2.0)


def _arc_points(range_km: float, apogee_km: float | None) -> tuple[tuple[XY, ...], float]:
    ellipse = (
        ellipse_through(range_km, apogee_km)
        if apogee_km is not None
        else minimum_energy_ellipse(range_km)
    )
    half = ellipse.range_angle_rad / 2.0
    points = []
    for step in range(ARC_POINTS):
        angle = ellipse.range_angle_rad * step / (ARC_POINTS - 1)
        radius = ellipse.radius_at_km(angle)
        offset = angle - half
        x_km = radius * math.sin(offset) + EARTH_RADIUS_KM * math.sin(half)
        points.append((round(x_km, 3), round(radius * math.cos(offset) - EARTH_RADIUS_KM, 3)))
    return tuple(points), flight_time_min(ellipse)


def surface_points(x_min_km: float, x_max_km: float, half_chord_km: float) -> tuple[XY, ...]:
    """The Earth's surface across [x_min, x_max] in the profile's frame."""
    limit = EARTH_RADIUS_KM * 0.99
    points = []
    for step in range(SURFACE_POINTS):
        x_km = x_min_km + (x_max_km - x_min_km) * step / (SURFACE_POINTS - 1)
        offset = max(-limit, min(limit, x_km - half_chord_km))
        y_km = math.sqrt(EARTH_RADIUS_KM**2 - offset**2) - EARTH_RADIUS_KM
        points.append((round(x_km, 3), round(y_km, 3)))
    return tuple(points)


def _empty(launch: Launch, note: str) -> FlightProfile:
    return FlightProfile(
        launch.launch_id,
        launch.label,
        launch.range_km,
        launch.apogee_km,
        REPORTED_APOGEE if launch.apogee_km is not None else "",
        trajectory_kind(launch.range_km, launch.apogee_km),
        (),
        launch.flight_time_min,
        False,
        None,
        note,
    )


def flight_profile(launch: Launch) -> FlightProfile:
    """The profile of one launch: reported apogee, else a labelled minimum-energy arc."""
    range_km = launch.range_km
    if range_km is None or range_km <= 0:
        return _empty(launch, "Range not reported: no trajectory can be drawn.")
    if not is_ballistic(launch.missile_class, launch.maneuver):
        return _empty(
            launch, "Not a ballistic flight (cruise or glide): no free-flight arc is drawn."
        )
    apogee = launch.apogee_km if launch.apogee_km and launch.apogee_km > 0 else None
    if apogee is None and launch.maneuver == "pullup":
        return _empty(
            launch,
            "Irregular (pull-up) trajectory with no reported apogee: a minimum-energy arc "
            "would mislead, so none is drawn.",
        )
    arc, model_time_min = _arc_points(range_km, apogee)
    kind = trajectory_kind(range_km, apogee)
    notes = []
    if apogee is None:
        notes.append("Apogee not reported: the arc is the minimum-energy path for this range.")
    if kind == LOFTED and apogee is not None:
        notes.append("Lofted: fired steeply, so it fell far short of its reach.")
    if kind == DEPRESSED:
        notes.append("Depressed: flown well below a minimum-energy arc; shape approximate.")
    if launch.maneuver == "pullup":
        notes.append("Pull-up manoeuvre reported: the drawn shape is a free-flight approximation.")
    reach = equivalent_reach(range_km, apogee) if kind == LOFTED and apogee is not None else None
    reported_time = launch.flight_time_min
    return FlightProfile(
        launch_id=launch.launch_id,
        title=launch.label,
        range_km=range_km,
        apogee_km=apogee if apogee is not None else max(y for _, y in arc),
        apogee_basis=REPORTED_APOGEE if apogee is not None else MINIMUM_ENERGY,
        kind=kind if apogee is not None else UNCLASSIFIED,
        arc=arc,
        flight_time_min=reported_time if reported_time is not None else model_time_min,
        flight_time_estimated=reported_time is None,
        reach=reach,
        note=" ".join(notes),
    )


def lofted_reach_km(launch: Launch) -> float | None:
    """For a lofted ballistic shot, the range of a minimum-energy flight with the same energy.

    Meant as an extra ring on the map (centred on the launch site). None when the shot is not
    lofted or its range or apogee is unreported. At or above orbital energy the model's answer is
    half the Earth's circumference (any point on Earth).
    """
    if launch.range_km is None or launch.apogee_km is None or launch.range_km <= 0:
        return None
    if not is_ballistic(launch.missile_class, launch.maneuver):
        return None
    if trajectory_kind(launch.range_km, launch.apogee_km) != LOFTED:
        return None
    return equivalent_reach(launch.range_km, launch.apogee_km).range_km


def lofted_reach_ring(launch: Launch) -> Ring | None:
    """The map ring for `lofted_reach_km`, labelled as the model figure it is.

    None when there is no such figure, and when the model gives orbital energy: a ring at half the
    Earth's circumference would shrink to the antipode and mean nothing on the map.
    """
    reach_km = lofted_reach_km(launch)
    if reach_km is None or reach_km >= HALF_CIRCUMFERENCE_KM - 1.0:
        return None
    name = launch.missile_name or launch.missile_class
    return Ring(
        reach_km,
        f"~{reach_km:,.0f} km: {launch.date_text} {name} on a minimum-energy path "
        "(same energy as its lofted shot; free-flight model)",
    )


def reach_sentence(profile: FlightProfile, site: Site | None = None) -> str:
    """For a lofted shot, how far the same energy would carry on a minimum-energy path."""
    if profile.kind != LOFTED or profile.reach is None:
        return ""
    if site is None:
        return reach_words(profile.reach, None)
    return reach_words(profile.reach, (site.lat, site.lon), site.name)
