"""Where the map's rings are centred: the chosen or selected site, and a lofted shot's reach."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.geo.profile import lofted_reach_ring
from core.geo.rings import DEFAULT_CENTRE_SITE_ID, PYONGYANG_SUNAN, Ring
from core.records.dataset import Dataset
from core.records.model import Launch


@dataclass(frozen=True, slots=True)
class RingCentre:
    """Where the range rings are centred, and what to call it."""

    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class ReachRing:
    """A lofted shot's minimum-energy reach, drawn round that missile's own launch site."""

    centre: RingCentre
    ring: Ring
    missile: str


def ring_centre_for(
    dataset: Dataset, selected: Launch | None, site_id: str | None = None
) -> RingCentre:
    """The chosen site; else the selected launch's site; else Sunan (Pyongyang)."""
    site = dataset.sites.get(site_id) if site_id else None
    if site is None and selected is not None:
        site = dataset.site_of(selected)
    if site is None:
        site = dataset.sites.get(DEFAULT_CENTRE_SITE_ID)
    if site is None:
        return RingCentre("Pyongyang (Sunan)", *PYONGYANG_SUNAN)
    return RingCentre(site.name, site.lat, site.lon)


def reach_ring_for(dataset: Dataset, selected: Launch | None) -> ReachRing | None:
    """The selected launch's minimum-energy ring: only for a lofted shot from a known site."""
    if selected is None:
        return None
    ring = lofted_reach_ring(selected)
    site = dataset.site_of(selected)
    if ring is None or site is None:
        return None
    missile = selected.missile_name or selected.missile_class
    return ReachRing(RingCentre(site.name, site.lat, site.lon), ring, missile)


def table_rings(
    centre: RingCentre, rings: Sequence[Ring], reach: ReachRing | None
) -> tuple[Ring, ...]:
    """The rings of the distance table: the reach ring joins them only when it shares the centre."""
    if reach is None or reach.centre != centre:
        return tuple(rings)
    return (*rings, reach.ring)
