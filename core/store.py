"""Atomic, locked writes of the data directory's CSV tables: a crash never leaves half a file."""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

LOCK_FILE: Final = ".launch_atlas.lock"
_TEMP_PREFIX: Final = ".launch_atlas-"
_TEMP_SUFFIX: Final = ".tmp"


class StoreError(OSError):
    """The data directory could not be read or written; names the path and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[StoreError], tuple[Path, str]]:
        # Picklable, so a failed save in a worker process reaches its parent as itself.
        return (type(self), (self.path, self.reason))


@dataclass(frozen=True)
class Table:
    """A CSV file as its header and rows of cells (every row keyed by the header's columns)."""

    header: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


@contextlib.contextmanager
def locked(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's exclusive lock (other savers wait, readers do not)."""
    lock_path = data_dir / LOCK_FILE
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(lock_path, f"cannot open the lock file ({err.strerror})") from err
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        _remove_stale_temps(data_dir)
        yield
    finally:
        os.close(descriptor)


def _remove_stale_temps(data_dir: Path) -> None:
    # Under the lock no writer is running, so a temp file is what a killed writer left behind.
    for path in data_dir.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            path.unlink()


def read_table(path: Path, default_header: Sequence[str]) -> Table:
    """Read a CSV file as text cells; a missing file is an empty table with `default_header`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return Table(tuple(default_header), ())
    except (OSError, UnicodeDecodeError) as err:
        raise StoreError(path, f"cannot read ({err})") from err
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        rows = tuple({key: value or "" for key, value in row.items() if key} for row in reader)
    except csv.Error as err:
        raise StoreError(path, f"unreadable CSV ({err})") from err
    header = tuple(reader.fieldnames or default_header)
    return Table(header, rows)


def _write_temp(path: Path, table: Table) -> Path:
    descriptor, name = tempfile.mkstemp(
        prefix=f"{_TEMP_PREFIX}{path.name}-", suffix=_TEMP_SUFFIX, dir=path.parent
    )
    temp = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(
                handle, fieldnames=list(table.header), lineterminator="\n", extrasaction="ignore"
            )
            writer.writeheader()
            writer.writerows(table.rows)
            handle.flush()
            os.fsync(handle.fileno())
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
        os.chmod(temp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _fsync_dir(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_tables(data_dir: Path, tables: Mapping[str, Table]) -> None:
    """Replace each named file by its new table, atomically, in the order given.

    Every new file is written and flushed to disk before the first one replaces its old self, so
    a crash or a full disk leaves each file whole: old or new, never partial. Call under `locked`.
    """
    temps: list[tuple[Path, Path]] = []
    current = data_dir
    try:
        for name, table in tables.items():
            current = data_dir / name
            temps.append((_write_temp(current, table), current))
        for temp, target in temps:
            current = target
            os.replace(temp, target)
        current = data_dir
        _fsync_dir(data_dir)
    except OSError as err:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise StoreError(current, f"could not save ({err.strerror or err})") from err
