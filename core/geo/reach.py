"""A lofted shot's reach on a minimum-energy path, in a briefing room's words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from core.geo.ballistics import Reach
from core.geo.geodesy import LatLon, distance_km
from core.geo.places import REFERENCE_PLACES, Place

MODEL: Final = "free-flight model: burnout at the surface, no air"
# Two names carry the point; a longer list reads as a table, not a sentence.
PLACES_NAMED: Final = 2


def farthest_within(
    site: LatLon, reach_km: float, places: Iterable[Place] = REFERENCE_PLACES
) -> list[Place]:
    """The reference places within `reach_km` of `site`, farthest first."""
    away = [(distance_km(site, (place.lat, place.lon)), place) for place in places]
    inside = sorted((pair for pair in away if pair[0] <= reach_km), key=lambda pair: -pair[0])
    return [place for _, place in inside]


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def reach_words(reach: Reach, site: LatLon | None, site_name: str = "the launch site") -> str:
    """'Energy enough to reach any point on Earth', or the km and the farthest places within it.

    `site` None (launch site not known) gives the distance alone: places are measured from it.
    """
    if reach.global_reach:
        return f"Energy enough to reach any point on Earth on a minimum-energy path ({MODEL})."
    head = f"On a minimum-energy path the same energy carries it ~{reach.range_km:,.0f} km"
    if site is None:
        return f"{head} ({MODEL}); the launch site is not known, so no places are named."
    names = [place.name for place in farthest_within(site, reach.range_km)[:PLACES_NAMED]]
    if not names:
        return f"{head} from {site_name}: short of every reference place ({MODEL})."
    farthest = "place" if len(names) == 1 else "places"
    return (
        f"{head} from {site_name}: enough to reach {_joined(names)}, "
        f"the farthest reference {farthest} within it ({MODEL})."
    )
