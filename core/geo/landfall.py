"""Checks of drawn impact points against what was reported: no sea landing drawn on land."""

from __future__ import annotations

from typing import Final

from core.geo.trajectory import SeaModel, trajectory
from core.records.csv_table import Problem
from core.records.dataset import LAUNCHES_FILE, Dataset
from core.records.model import Launch

SEA_AREAS: Final = ("sea_of_japan", "yellow_sea", "pacific")


def sea_landings_on_land(
    dataset: Dataset, sea: SeaModel, lines: dict[str, int] | None = None
) -> list[Problem]:
    """A problem for each missile recorded as landing at sea whose drawn impact point is on land
    (a reported or described point, or one no plausible bearing could put at sea). `lines` maps
    launch_id to its line in launches.csv (0 where unknown)."""
    problems: list[Problem] = []
    for launch in dataset.launches:
        on_land = _drawn_on_land(launch, dataset, sea)
        if on_land is not None:
            problems.append(
                Problem(
                    LAUNCHES_FILE,
                    (lines or {}).get(launch.launch_id, 0),
                    "landing_area",
                    f"recorded at sea but its {on_land} impact point is on land",
                    launch.launch_id,
                    skipped=False,
                )
            )
    return problems


def _drawn_on_land(launch: Launch, dataset: Dataset, sea: SeaModel) -> str | None:
    if launch.landing_area not in SEA_AREAS:
        return None
    item = trajectory(launch, dataset.site_of(launch), sea)
    if item.impact is None or sea.is_at_sea(item.impact.lat, item.impact.lon):
        return None
    return item.impact.method
