"""Per-missile geometry: origin, impact point, densified geodesic path and computed EEZ verdict."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Final

from core.geo.eez import load_eez
from core.geo.geodesy import LatLon, geodesic_path
from core.geo.impact import ESTIMATED, EezVerdict, Impact, IsAtSea, impact_point
from core.geo.layers import is_at_sea, load_land
from core.records.model import Launch, Site

KNOWN_VERDICTS: Final = ("inside", "outside")


# eq=False: one object per (record, site), made by the cached trajectory(); the caches keyed on it
# (the map's rows) then hash its identity, not every point of its path, on each filter change.
@dataclass(frozen=True, slots=True, eq=False)
class Trajectory:
    """What the map draws for one missile. `path` is empty when nothing honest can be drawn."""

    launch_id: str
    origin: LatLon | None
    origin_approximate: bool
    impact: Impact | None
    path: tuple[LatLon, ...]
    computed_eez: str
    reported_eez: str

    @property
    def estimated(self) -> bool:
        """True when the impact point (and so the path) is an estimate, not a report."""
        return self.impact is not None and self.impact.method == ESTIMATED

    @property
    def eez_disagrees(self) -> bool:
        """True when the point's computed EEZ side contradicts the reported verdict."""
        return (
            self.computed_eez in KNOWN_VERDICTS
            and self.reported_eez in KNOWN_VERDICTS
            and self.computed_eez != self.reported_eez
        )


# eq=False: hashed by identity, so the per-record cache never hashes the polygons behind the tests.
@dataclass(frozen=True, slots=True, eq=False)
class SeaModel:
    """The two geographic tests the estimate needs (land polygons, Japan's EEZ)."""

    is_at_sea: IsAtSea
    japan_eez_verdict: EezVerdict


@lru_cache(maxsize=4)
def sea_model(data_dir: Path) -> SeaModel:
    """The tests over the project's land and approximate zones (data_dir holds geo/)."""
    land = load_land(data_dir)
    zones = load_eez(data_dir)
    return SeaModel(partial(is_at_sea, land=land), zones.japan_eez_verdict)


# Room for every missile of a large dataset: a filter change walks all of them in order, and an
# LRU smaller than that order evicts each entry just before it is needed again (all misses).
@lru_cache(maxsize=1 << 18)
def trajectory(launch: Launch, site: Site | None, sea: SeaModel) -> Trajectory:
    """The geometry of one missile; cached per (record, site), since records are immutable."""
    origin = (site.lat, site.lon) if site is not None else None
    reported = (
        (launch.impact_lat, launch.impact_lon)
        if launch.impact_lat is not None and launch.impact_lon is not None
        else None
    )
    impact = impact_point(
        origin,
        launch.range_km,
        launch.bearing_deg,
        reported,
        launch.landing_area,
        launch.japan_eez,
        sea.is_at_sea,
        sea.japan_eez_verdict,
    )
    path: tuple[LatLon, ...] = ()
    if origin is not None and impact is not None:
        path = tuple(geodesic_path(origin, impact.point))
    computed = sea.japan_eez_verdict(impact.lat, impact.lon) if impact is not None else "unknown"
    return Trajectory(
        launch_id=launch.launch_id,
        origin=origin,
        origin_approximate=site is not None and site.precision == "area",
        impact=impact,
        path=path,
        computed_eez=computed,
        reported_eez=launch.japan_eez,
    )


def trajectories(
    launches: Iterable[Launch], sites: dict[str, Site], sea: SeaModel
) -> dict[str, Trajectory]:
    """Geometry of each launch, keyed by launch_id."""
    return {
        launch.launch_id: trajectory(launch, sites.get(launch.site_id), sea) for launch in launches
    }


def computed_eez_verdicts(
    launches: Iterable[Launch], sites: dict[str, Site], sea: SeaModel
) -> dict[str, tuple[str, str, bool]]:
    """launch_id -> (reported verdict, computed verdict, disagree?) for panels beyond the map."""
    return {
        launch_id: (item.reported_eez, item.computed_eez, item.eez_disagrees)
        for launch_id, item in trajectories(launches, sites, sea).items()
    }
