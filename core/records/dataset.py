"""Load the record tables of a data directory, keeping every valid row and naming the rest."""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Final, TypeVar, cast

from core.records.bulk import parse_launches, parse_sources
from core.records.csv_table import Problem, check_header, read_table
from core.records.model import (
    CHRONOLOGICAL,
    KST,
    LAUNCH_COLUMNS,
    SITE_COLUMNS,
    SOURCE_COLUMNS,
    Launch,
    RecordError,
    Site,
    Source,
)
from core.records.parsing import parse_site
from core.records.store import PENDING_FILE, StoreError, locked

LAUNCHES_FILE = "launches.csv"
SITES_FILE = "sites.csv"
SOURCES_FILE = "sources.csv"

FREEZE_ABOVE_RECORDS = 50_000
# Views of one dataset kept per kind (derived): enough for the filtered links of a busy team.
DERIVED_PER_KIND = 64
RecordT = TypeVar("RecordT")
ValueT = TypeVar("ValueT")
_DERIVED_LOCK = threading.Lock()
# Reporters whose statements are dated by Seoul's or Tokyo's clock.
LOCAL_DATED: Final = ("JCS", "Japan MOD", "Japan government")


@dataclass(frozen=True)
class Dataset:
    """The valid records of one data directory, with the problems found while loading it."""

    launches: tuple[Launch, ...]
    sites: dict[str, Site]
    sources: tuple[Source, ...]
    problems: tuple[Problem, ...] = ()
    _sources_by_launch: dict[str, tuple[Source, ...]] = field(default_factory=dict, repr=False)

    def site_of(self, launch: Launch) -> Site | None:
        """The launch's site, or None when unknown."""
        return self.sites.get(launch.site_id) if launch.site_id else None

    def launch(self, launch_id: str | None) -> Launch | None:
        """The launch with this id, or None (no id, or not in the records)."""
        return self._by_id.get(launch_id) if launch_id else None

    @cached_property
    def _by_id(self) -> dict[str, Launch]:
        # Built on first use: the selection is looked up on every run, by id.
        return {launch.launch_id: launch for launch in self.launches}

    def sources_for(self, launch_id: str) -> tuple[Source, ...]:
        """Every source row for one missile, in file order."""
        return self._sources_by_launch.get(launch_id, ())

    def event_members(self, event_id: str) -> tuple[Launch, ...]:
        """The missiles of one launch event, in id order."""
        return self._events.get(event_id, ())

    @cached_property
    def _events(self) -> dict[str, tuple[Launch, ...]]:
        # Built on first use (the card asks on every rerun): a pass over 100,000 launches per call
        # was most of the card's time.
        members: dict[str, list[Launch]] = defaultdict(list)
        for launch in self.launches:
            members[launch.event_id].append(launch)
        return {event_id: tuple(launches) for event_id, launches in members.items()}

    def derived(
        self, kind: str, key: Hashable, build: Callable[[], ValueT], keep: int = DERIVED_PER_KIND
    ) -> ValueT:
        """What `build()` gives for (`kind`, `key`), worked out once for this dataset and shared
        by every session that shows it.

        A Dataset never changes (a save loads a new one from the files), so a value derived from
        its records alone stays right as long as the dataset lives, and goes with it. `key` must
        name everything else `build` reads; the `keep` most recently used keys of a kind stay.
        """
        with _DERIVED_LOCK:
            values = self.__dict__.setdefault("_derived", {}).setdefault(kind, OrderedDict())
            if key in values:
                values.move_to_end(key)
                return cast("ValueT", values[key])
        value = build()  # outside the lock: two sessions may build it at once, both alike
        with _DERIVED_LOCK:
            values[key] = value
            while len(values) > keep:
                values.popitem(last=False)
        return value

    @cached_property
    def reporters(self) -> frozenset[str]:
        """Every body or outlet that has a source row."""
        return frozenset(source.reporter for source in self.sources)

    @property
    def skipped_rows(self) -> int:
        """How many rows were left out because of problems."""
        return len({(p.file, p.row) for p in self.problems if p.skipped})

    @cached_property
    def as_of(self) -> date | None:
        """The newest date the data speaks of: latest launch or source publication."""
        dates = [launch.date_utc for launch in self.launches]
        dates += [source.published for source in self.sources if source.published]
        return max(dates) if dates else None


def _problem(name: str, line: int, err: RecordError) -> Problem:
    return Problem(name, line, err.field, err.message, err.value)


def _each_row(
    parse: Callable[[dict[str, str]], RecordT],
) -> Callable[[list[str], list[list[str]]], list[RecordT | RecordError]]:
    def parse_all(header: list[str], rows: list[list[str]]) -> list[RecordT | RecordError]:
        parsed: list[RecordT | RecordError] = []
        for cells in rows:
            try:
                parsed.append(parse(dict(zip(header, cells, strict=True))))
            except RecordError as err:
                parsed.append(err)
        return parsed

    return parse_all


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Loading makes a few objects per row and keeps them all; the cyclic collector would walk
    # them again and again as they pile up (over half the load time at 100,000 missiles), and
    # they hold no cycles. Reference counting still frees everything dropped meanwhile.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_dataset(data_dir: Path, today: date | None = None) -> Dataset:
    """Load launches, sites and sources; every row with a problem is left out and named."""
    interrupted = _finish_interrupted_save(data_dir)
    with _collector_paused():
        dataset = _load(data_dir, today or date.today())
    if interrupted is not None:
        dataset = replace(dataset, problems=(interrupted, *dataset.problems))
    if len(dataset.launches) + len(dataset.sources) >= FREEZE_ABOVE_RECORDS:
        # A large dataset is kept for the life of the app; every full collection would walk its
        # records again (~0.15 s each at 100,000 missiles, several per rerun). Frozen objects are
        # left to reference counting, which frees these (they hold no cycles).
        gc.freeze()
    return dataset


def _finish_interrupted_save(data_dir: Path) -> Problem | None:
    """Finish a save cut off between its renames (store.PENDING_FILE) before reading the files;
    a Problem if it cannot be finished here (say, a read-only directory)."""
    if not (data_dir / PENDING_FILE).exists():
        return None
    try:
        with locked(data_dir):  # taking the lock finishes it
            pass
    except StoreError as err:
        return Problem(
            PENDING_FILE,
            0,
            "file",
            "a save was cut off between files: launches and sources may disagree until it is "
            f"finished on a writable directory ({err.reason})",
            skipped=False,
        )
    return None


def published_before_launch(source: Source, launch: Launch) -> str:
    """Why a Seoul or Tokyo statement's date cannot be right for this launch's day and time, or
    an empty string. Those bodies date statements by their own clock (KST and JST agree), so a
    statement dated before the launch's day there means the launch's UTC day or time is off
    (a table that dates a launch by Korea's day beside a UTC time, say)."""
    if source.published is None or source.reporter not in LOCAL_DATED:
        return ""
    launched_at = launch.launched_at
    if launched_at is None:
        return ""
    local_day = launched_at.astimezone(KST).date()
    if source.published >= local_day:
        return ""
    return (
        f"before the launch it reports: {launch.launch_id} is {local_day.isoformat()} in Korea "
        f"by launches.csv's date_utc and time_utc"
    )


def _load(data_dir: Path, today: date) -> Dataset:
    problems: list[Problem] = []

    site_table, found = read_table(data_dir / SITES_FILE)
    problems += found + check_header(SITES_FILE, site_table.header, SITE_COLUMNS)
    sites: dict[str, Site] = {}
    parsed_sites = _each_row(parse_site)(site_table.header, site_table.rows)
    for line, site in zip(site_table.lines, parsed_sites, strict=True):
        if isinstance(site, RecordError):
            problems.append(_problem(SITES_FILE, line, site))
        elif site.site_id in sites:
            problems.append(Problem(SITES_FILE, line, "site_id", "duplicate id", site.site_id))
        else:
            sites[site.site_id] = site

    launch_table, found = read_table(data_dir / LAUNCHES_FILE)
    problems += found + check_header(LAUNCHES_FILE, launch_table.header, LAUNCH_COLUMNS)
    launches: dict[str, Launch] = {}
    launch_lines: dict[str, int] = {}
    parsed_launches = parse_launches(launch_table.header, launch_table.rows, today)
    for line, launch in zip(launch_table.lines, parsed_launches, strict=True):
        if isinstance(launch, RecordError):
            problems.append(_problem(LAUNCHES_FILE, line, launch))
        elif launch.launch_id in launches:
            problems.append(
                Problem(LAUNCHES_FILE, line, "launch_id", "duplicate id", launch.launch_id)
            )
        elif launch.site_id and launch.site_id not in sites:
            problems.append(
                Problem(LAUNCHES_FILE, line, "site_id", "not in sites.csv", launch.site_id)
            )
        else:
            launches[launch.launch_id] = launch
            launch_lines[launch.launch_id] = line

    del launch_table, parsed_launches  # no longer needed: they would add to the peak memory
    source_table, found = read_table(data_dir / SOURCES_FILE)
    problems += found + check_header(SOURCES_FILE, source_table.header, SOURCE_COLUMNS)
    sources: list[Source] = []
    by_launch: dict[str, list[Source]] = defaultdict(list)
    parsed_sources = parse_sources(source_table.header, source_table.rows, today)
    for line, source in zip(source_table.lines, parsed_sources, strict=True):
        if isinstance(source, RecordError):
            problems.append(_problem(SOURCES_FILE, line, source))
        elif source.launch_id not in launches:
            problems.append(
                Problem(SOURCES_FILE, line, "launch_id", "not in launches.csv", source.launch_id)
            )
        else:
            sources.append(source)
            by_launch[source.launch_id].append(source)
            early = published_before_launch(source, launches[source.launch_id])
            if early:
                problems.append(
                    Problem(SOURCES_FILE, line, "published", early, str(source.published), False)
                )

    for launch_id, launch in launches.items():
        reporters = {source.reporter for source in by_launch.get(launch_id, [])}
        missing = [reporter for reporter in launch.sources if reporter not in reporters]
        if missing:
            problems.append(
                Problem(
                    LAUNCHES_FILE,
                    launch_lines[launch_id],
                    "sources",
                    "no row in sources.csv for this reporter",
                    ";".join(missing),
                    skipped=False,
                )
            )

    ordered = tuple(sorted(launches.values(), key=CHRONOLOGICAL))
    return Dataset(
        launches=ordered,
        sites=sites,
        sources=tuple(sources),
        problems=tuple(problems),
        _sources_by_launch={key: tuple(value) for key, value in by_launch.items()},
    )
