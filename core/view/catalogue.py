"""What a view may name (missile names, sites, launch ids) and the days the records cover.

Each is worked out once per dataset (Dataset.derived) and shared by every session: the sidebar
and the link ask on every run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from core.records.dataset import Dataset
from core.records.model import Launch
from core.view.filters import LaunchFilter, period_end
from core.view.query import Catalogue

# Filtered views kept per dataset: references only, but a view of 100,000 launches is 0.8 MB.
SHOWN_KEPT = 16


def catalogue(dataset: Dataset) -> Catalogue:
    """The names, sites and launch ids a link (or the export command) may refer to."""
    return dataset.derived("catalogue", None, lambda: _catalogue(dataset))


def _catalogue(dataset: Dataset) -> Catalogue:
    launch_sites = {launch.site_id for launch in dataset.launches if launch.site_id}
    return Catalogue(
        names=frozenset(launch.missile_name for launch in dataset.launches if launch.missile_name),
        sites=frozenset(launch_sites | set(dataset.sites)),
        launch_ids=frozenset(launch.launch_id for launch in dataset.launches),
    )


def site_names(dataset: Dataset) -> dict[str, str]:
    """Each site's name by site id (shared: do not change it)."""
    return dataset.derived(
        "site_names", None, lambda: {site_id: site.name for site_id, site in dataset.sites.items()}
    )


def data_span(dataset: Dataset) -> tuple[date, date]:
    """The first and last day the records can speak of (today when there are none)."""
    if not dataset.launches:
        return date.today(), date.today()
    return dataset.derived("data_span", None, lambda: _span(dataset))


def _span(dataset: Dataset) -> tuple[date, date]:
    # Launches are sorted by date and a period ends within its own year, so only the last
    # year's launches can end after the last launch.
    last_year = dataset.launches[-1].date_utc.year
    latest = dataset.launches[-1].date_utc
    for launch in reversed(dataset.launches):
        if launch.date_utc.year < last_year:
            break
        latest = max(latest, period_end(launch))
    return dataset.launches[0].date_utc, latest


def shown(dataset: Dataset, launch_filter: LaunchFilter) -> list[Launch]:
    """The launches `launch_filter` lets through, in the records' order (one pass per dataset and
    filter: a rerun and every session opening the same link reuse it)."""
    passed = dataset.derived(
        "shown",
        launch_filter,
        lambda: tuple(launch_filter.apply(dataset.launches, site_names(dataset))),
        keep=SHOWN_KEPT,
    )
    return list(passed)


def own_view(dataset: Dataset, launches: Sequence[Launch], names: Mapping[str, str]) -> bool:
    """Whether `launches` are the dataset's own records and `names` its site names: only then may
    a panel key what it draws from them on their launch ids (Dataset.derived)."""
    if names != site_names(dataset):
        return False
    return all(dataset.launch(launch.launch_id) is launch for launch in launches)
