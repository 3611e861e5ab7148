"""Load the record tables of a data directory, keeping every valid row and naming the rest."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from core.parsing import parse_launch, parse_site, parse_source
from core.records import (
    LAUNCH_COLUMNS,
    SITE_COLUMNS,
    SOURCE_COLUMNS,
    Launch,
    RecordError,
    Site,
    Source,
)

LAUNCHES_FILE = "launches.csv"
SITES_FILE = "sites.csv"
SOURCES_FILE = "sources.csv"
MAX_FILE_BYTES = 200 * 1024 * 1024
# A cell can hold pasted report text; the csv module's default limit (128 KiB) would abort the file.
csv.field_size_limit(64 * 1024 * 1024)

RecordT = TypeVar("RecordT")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a data file; `skipped` says whether the row was left out."""

    file: str
    row: int
    field: str
    message: str
    value: str = ""
    skipped: bool = True

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
        suffix = f" ({shown!r})" if self.value else ""
        return f"{self.file}:{self.row}: {self.field}: {self.message}{suffix}"


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

    def sources_for(self, launch_id: str) -> tuple[Source, ...]:
        """Every source row for one missile, in file order."""
        return self._sources_by_launch.get(launch_id, ())

    def event_members(self, event_id: str) -> tuple[Launch, ...]:
        """The missiles of one launch event, in id order."""
        return tuple(launch for launch in self.launches if launch.event_id == event_id)

    @property
    def skipped_rows(self) -> int:
        """How many rows were left out because of problems."""
        return len({(p.file, p.row) for p in self.problems if p.skipped})

    @property
    def as_of(self) -> date | None:
        """The newest date the data speaks of: latest launch or source publication."""
        dates = [launch.date_utc for launch in self.launches]
        dates += [source.published for source in self.sources if source.published]
        return max(dates) if dates else None


def read_table(path: Path) -> tuple[list[tuple[int, dict[str, str]]], list[Problem], list[str]]:
    """Read one CSV file into (line number, row) pairs, its problems and its header."""
    name = path.name
    problems: list[Problem] = []
    if not path.is_file():
        return [], [Problem(name, 0, "file", "missing", str(path), skipped=False)], []
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        problems.append(
            Problem(name, 0, "file", f"larger than {MAX_FILE_BYTES} bytes", str(len(raw)))
        )
        return [], problems, []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        # Spreadsheets on Windows save cp1252; read it rather than lose the file, but say so.
        text = raw.decode("cp1252", errors="replace")
        problems.append(
            Problem(
                name,
                0,
                "encoding",
                f"not UTF-8 (byte {err.start}); read as Windows-1252",
                skipped=False,
            )
        )
    if "\x00" in text:
        text = text.replace("\x00", "")
        problems.append(Problem(name, 0, "encoding", "NUL bytes removed", skipped=False))
    if not text.strip():
        problems.append(Problem(name, 1, "header", "the file is empty", skipped=False))
        return [], problems, []
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] = []
    line = 1
    while True:
        start = line
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems.append(Problem(name, start, "row", f"unreadable CSV: {err}"))
            break
        line = reader.line_num + 1
        if not header:
            header = [cell.strip() for cell in cells]
            continue
        if not "".join(cells).strip():
            continue
        if len(cells) > len(header):
            extra = ",".join(cells[len(header) :])
            problems.append(
                Problem(name, start, "row", f"{len(cells)} cells for {len(header)} columns", extra)
            )
            continue
        rows.append((start, dict(zip(header, cells, strict=False))))
    return rows, problems, header


def check_header(name: str, header: list[str], expected: tuple[str, ...]) -> list[Problem]:
    """Missing columns are problems of every row; unknown ones are ignored, and said so."""
    if not header:
        return []
    problems = [
        Problem(name, 1, column, "column missing from the header", skipped=False)
        for column in expected
        if column not in header
    ]
    problems += [
        Problem(name, 1, column, "unknown column, ignored", skipped=False)
        for column in header
        if column not in expected
    ]
    return problems


def _parse_rows(
    name: str,
    rows: list[tuple[int, dict[str, str]]],
    parse: Callable[[dict[str, str]], RecordT],
) -> Iterator[tuple[int, RecordT | Problem]]:
    for line, row in rows:
        try:
            yield line, parse(row)
        except RecordError as err:
            yield line, Problem(name, line, err.field, err.message, err.value)


def load_dataset(data_dir: Path, today: date | None = None) -> Dataset:
    """Load launches, sites and sources; every row with a problem is left out and named."""
    today = today or date.today()
    problems: list[Problem] = []

    site_rows, found, header = read_table(data_dir / SITES_FILE)
    problems += found + check_header(SITES_FILE, header, SITE_COLUMNS)
    sites: dict[str, Site] = {}
    for line, site in _parse_rows(SITES_FILE, site_rows, parse_site):
        if isinstance(site, Problem):
            problems.append(site)
        elif site.site_id in sites:
            problems.append(Problem(SITES_FILE, line, "site_id", "duplicate id", site.site_id))
        else:
            sites[site.site_id] = site

    launch_rows, found, header = read_table(data_dir / LAUNCHES_FILE)
    problems += found + check_header(LAUNCHES_FILE, header, LAUNCH_COLUMNS)
    launches: dict[str, Launch] = {}
    launch_lines: dict[str, int] = {}
    for line, launch in _parse_rows(LAUNCHES_FILE, launch_rows, lambda r: parse_launch(r, today)):
        if isinstance(launch, Problem):
            problems.append(launch)
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

    source_rows, found, header = read_table(data_dir / SOURCES_FILE)
    problems += found + check_header(SOURCES_FILE, header, SOURCE_COLUMNS)
    sources: list[Source] = []
    by_launch: dict[str, list[Source]] = defaultdict(list)
    for line, source in _parse_rows(SOURCES_FILE, source_rows, lambda r: parse_source(r, today)):
        if isinstance(source, Problem):
            problems.append(source)
        elif source.launch_id not in launches:
            problems.append(
                Problem(SOURCES_FILE, line, "launch_id", "not in launches.csv", source.launch_id)
            )
        else:
            sources.append(source)
            by_launch[source.launch_id].append(source)

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

    ordered = tuple(
        sorted(launches.values(), key=lambda launch: (launch.date_utc, launch.launch_id))
    )
    return Dataset(
        launches=ordered,
        sites=sites,
        sources=tuple(sources),
        problems=tuple(problems),
        _sources_by_launch={key: tuple(value) for key, value in by_launch.items()},
    )
