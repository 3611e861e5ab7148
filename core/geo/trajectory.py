"""Per-missile geometry: origin, impact point, densified geodesic path and computed EEZ verdict."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Final

from core.geo.eez import load_eez
from core.geo.geodesy import LatLon, distance_km, geodesic_path
from core.geo.impact import ESTIMATED, EezVerdict, Impact, IsAtSea, impact_point
from core.geo.landings import LANDINGS_FILE, Landing, read_landings
from core.geo.layers import is_at_sea, load_land
from core.records.model import Launch, Site

KNOWN_VERDICTS: Final = ("inside", "outside")
# A drawn ground range this close to the reported figure is the same figure, rounded.
SAME_RANGE_KM: Final = 25.0
SAME_RANGE_FRACTION: Final = 0.05


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
    landing: Landing | None = None
    flown_km: float | None = None
    # The tests that made it, for the descriptions a card asks for (not worth making for every
    # missile of a large dataset on each load).
    sea: SeaModel | None = None

    @property
    def eez_context(self) -> str:
        """Whose waters the drawn point is in: "in Japan's EEZ", "in waters Japan claims
        (disputed with South Korea)", "on land" ... (core.geo.eez.EezZones.context)."""
        if self.impact is None or self.sea is None:
            return ""
        return self.sea.eez_context(self.impact.lat, self.impact.lon)

    @property
    def eez_edge_km(self) -> float | None:
        """Distance of the drawn point from the edge of the waters Japan claims (approximate), km:
        negative inside."""
        if self.impact is None or self.sea is None:
            return None
        return self.sea.japan_eez_edge_km(self.impact.lat, self.impact.lon)

    @property
    def ground_range_km(self) -> float | None:
        """Site to drawn impact point, km: the distance the map draws."""
        if self.origin is None or self.impact is None:
            return None
        return distance_km(self.origin, self.impact.point)

    @property
    def flown_differs(self) -> bool:
        """True when the record's range (a distance flown, or not at a described point) is not the
        drawn ground range."""
        ground, flown = self.ground_range_km, self.flown_km
        if ground is None or flown is None:
            return False
        return abs(ground - flown) > max(SAME_RANGE_KM, SAME_RANGE_FRACTION * flown)

    @property
    def range_is_flown(self) -> bool:
        """True when a source's ground range is drawn and the record's range is the distance flown
        (glide and manoeuvring missiles: 2022-01-10, MOD under 700 km, the record 1,000)."""
        landing = self.landing
        return landing is not None and landing.ground_range_km is not None and self.flown_differs

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
    eez_context: Callable[[float, float], str] = lambda _lat, _lon: ""
    japan_eez_edge_km: Callable[[float, float], float] = lambda _lat, _lon: float("nan")
    # Sources' landing descriptions of the bundled launches (data/landings.csv), by launch_id.
    landings: Mapping[str, Landing] = field(default_factory=dict)
    landing_problems: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def sea_model(data_dir: Path) -> SeaModel:
    """The tests over the project's land and approximate zones (data_dir holds geo/), with the
    landing descriptions of data_dir/landings.csv."""
    land = load_land(data_dir)
    zones = load_eez(data_dir)
    at_sea = partial(is_at_sea, land=land)
    landings, problems = read_landings(Path(data_dir) / LANDINGS_FILE)

    def context(lat: float, lon: float) -> str:
        return zones.context(lat, lon) if at_sea(lat, lon) else "on land"

    return SeaModel(
        at_sea, zones.japan_eez_verdict, context, zones.japan_eez_distance_km, landings, problems
    )


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
    landing = sea.landings.get(launch.launch_id)
    ground_range = landing.ground_range_km if landing is not None else None
    impact = impact_point(
        origin,
        ground_range or launch.range_km,
        launch.bearing_deg,
        reported,
        launch.landing_area,
        launch.japan_eez,
        sea.is_at_sea,
        sea.japan_eez_verdict,
        landing.point if landing is not None else None,
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
        landing=landing,
        flown_km=launch.range_km,
        sea=sea,
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
