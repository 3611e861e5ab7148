"""The view being exported: the filtered launches, their geometry, the words every export shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Final

from core.briefing.headline import Headline, headlines_of, preference_of, rule_line
from core.geo.rings import Ring
from core.geo.trajectory import SeaModel, Trajectory, sea_model, trajectories
from core.paths import GEO_DATA_DIR
from core.records.dataset import Dataset
from core.records.model import CHRONOLOGICAL, Launch, find_launch
from core.view.filters import LaunchFilter, summarise
from core.view.query import View, to_query

MEDIA_TYPES: Final = {
    "html": "text/html",
    "csv": "text/csv",
    "geojson": "application/geo+json",
    "png": "image/png",
    "svg": "image/svg+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
EEZ_CAVEAT: Final = (
    "EEZ outlines are approximate (200 nm buffers split at median lines), not legal boundaries."
)
SOURCE_LINE: Final = (
    "Sources: CNS North Korea Missile Test Database (James Martin Center for Nonproliferation "
    "Studies, for NTI); nk-missile-tests (A. Kusanagi); JCS, Japan MOD and press reports as cited. "
    "Basemap: Natural Earth."
)


@dataclass(frozen=True)
class ExportView:
    """The launches of the current view and what is needed to draw and describe them."""

    dataset: Dataset
    launches: tuple[Launch, ...]
    launch_filter: LaunchFilter
    selected_launch_id: str | None = None
    geo_data_dir: Path = GEO_DATA_DIR
    # The map panel's range rings: a centre site (None = the selected launch's, else Sunan) and
    # radii (None = the class rings and the longest reach on record).
    ring_site_id: str | None = None
    rings: tuple[Ring, ...] | None = None

    @cached_property
    def sea(self) -> SeaModel:
        """Land and Japan-EEZ tests for impact estimates and computed verdicts."""
        return sea_model(self.geo_data_dir)

    @cached_property
    def geometry(self) -> dict[str, Trajectory]:
        """Origin, impact and path of each launch, keyed by launch_id."""
        return trajectories(self.launches, self.dataset.sites, self.sea)

    @property
    def selected(self) -> Launch | None:
        """The selected launch when it is in the view."""
        return find_launch(self.launches, self.selected_launch_id)

    @property
    def title(self) -> str:
        """Headline: how many missiles, over which dates."""
        summary = summarise(self.launches)
        return (
            f"North Korean missile launches: {summary.missiles} missiles in "
            f"{summary.events} launch events"
        )

    @property
    def date_span(self) -> str:
        """First to last launch date of the view, with the filter's own words when narrower."""
        if not self.launches:
            return "no launches match the filter"
        first, last = self.launches[0].date_text, self.launches[-1].date_text
        span = first if first == last else f"{first} to {last}"
        params = to_query(View(self.launch_filter))
        shown = [f"{key}={value}" for key, value in params.items() if key not in ("from", "to")]
        return span + (f" (filter: {', '.join(shown)})" if shown else "")

    @property
    def headline_rule(self) -> str:
        """Whose figures the export quotes, in one line (core/briefing/headline.py)."""
        return rule_line(preference_of(self.dataset))

    def headlines(self, launch: Launch) -> dict[str, Headline]:
        """Each headline field of a launch: value, source and the rule that chose it."""
        return headlines_of(self.dataset, launch)

    @property
    def as_of(self) -> str:
        """'data as of YYYY-MM-DD', or empty for an empty dataset."""
        as_of = self.dataset.as_of
        return f"data as of {as_of.isoformat()}" if as_of else ""


def export_view(
    dataset: Dataset,
    launch_filter: LaunchFilter | None = None,
    selected_launch_id: str | None = None,
    launches: Sequence[Launch] | None = None,
    *,
    ring_site_id: str | None = None,
    rings: Sequence[Ring] | None = None,
) -> ExportView:
    """The view of `dataset` through `launch_filter` (or the given, already filtered launches),
    with the rings the map panel draws."""
    launch_filter = launch_filter or LaunchFilter()
    if launches is None:
        names = {site_id: site.name for site_id, site in dataset.sites.items()}
        launches = launch_filter.apply(dataset.launches, names)
    ordered = tuple(sorted(launches, key=CHRONOLOGICAL))
    return ExportView(
        dataset,
        ordered,
        launch_filter,
        selected_launch_id,
        ring_site_id=ring_site_id,
        rings=None if rings is None else tuple(rings),
    )


def file_name(view: ExportView, fmt: str) -> str:
    """A descriptive download name: launch-atlas_<first>_<last>.<ext>."""
    if not view.launches:
        return f"launch-atlas_empty.{fmt}"
    first, last = view.launches[0].date_text, view.launches[-1].date_text
    return f"launch-atlas_{first}_{last}.{fmt}"
