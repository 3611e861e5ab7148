"""What a view may name (missile names, sites, launch ids) and the days the records cover."""

from __future__ import annotations

from datetime import date

from core.records.dataset import Dataset
from core.view.filters import period_end
from core.view.query import Catalogue


def catalogue(dataset: Dataset) -> Catalogue:
    """The names, sites and launch ids a link (or the export command) may refer to."""
    launch_sites = {launch.site_id for launch in dataset.launches if launch.site_id}
    return Catalogue(
        names=frozenset(launch.missile_name for launch in dataset.launches if launch.missile_name),
        sites=frozenset(launch_sites | set(dataset.sites)),
        launch_ids=frozenset(launch.launch_id for launch in dataset.launches),
    )


def data_span(dataset: Dataset) -> tuple[date, date]:
    """The first and last day the records can speak of (today when there are none)."""
    if not dataset.launches:
        return date.today(), date.today()
    # Launches are sorted by date and a period ends within its own year, so only the last
    # year's launches can end after the last launch: no pass over every record each rerun.
    last_year = dataset.launches[-1].date_utc.year
    latest = dataset.launches[-1].date_utc
    for launch in reversed(dataset.launches):
        if launch.date_utc.year < last_year:
            break
        latest = max(latest, period_end(launch))
    return dataset.launches[0].date_utc, latest
