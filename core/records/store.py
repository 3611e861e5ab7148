"""Atomic, locked writes of the data directory's CSV tables: a crash never leaves half a file,
nor half a save (a save that replaces two files finishes both, on the next lock if it must)."""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

LOCK_FILE: Final = ".launch_atlas.lock"
# The renames a save of several files still has to make, written once every new file is on disk:
# a crash between two renames is finished by whoever takes the lock next (a writer or a reader).
PENDING_FILE: Final = ".launch_atlas.pending.json"
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
        _finish_pending(data_dir)
        _remove_stale_temps(data_dir)
        yield
    finally:
        os.close(descriptor)


def _finish_pending(data_dir: Path) -> None:
    """Make the renames a cut-off save left in PENDING_FILE (called under the lock).

    The journal is written only when every new file is complete on disk, so rolling forward is
    always right; a rename already made has no temp file left and is skipped.
    """
    journal = data_dir / PENDING_FILE
    try:
        renames = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError) as err:
        raise StoreError(journal, f"cannot read the interrupted save's journal ({err})") from err
    if not _well_formed(renames):
        raise StoreError(journal, "not a journal of renames inside this directory; left as it is")
    try:
        for temp_name, target_name in renames:
            temp = data_dir / temp_name
            if temp.exists():
                os.replace(temp, data_dir / target_name)
        _fsync_dir(data_dir)
        journal.unlink()
        _fsync_dir(data_dir)
    except OSError as err:
        raise StoreError(journal, f"cannot finish the interrupted save ({err})") from err


def _well_formed(renames: object) -> bool:
    # Plain names in this directory only, from our own temp files: a journal never moves a file
    # from or to anywhere else.
    return isinstance(renames, list) and all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(name, str) and name and Path(name).name == name for name in pair)
        and pair[0].startswith(_TEMP_PREFIX)
        and pair[0].endswith(_TEMP_SUFFIX)
        for pair in renames
    )


def _write_journal(data_dir: Path, temps: Sequence[tuple[Path, Path]]) -> None:
    journal = data_dir / PENDING_FILE
    text = json.dumps([[temp.name, target.name] for temp, target in temps])
    staged = data_dir / f"{_TEMP_PREFIX}{PENDING_FILE}{_TEMP_SUFFIX}"
    with open(staged, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(staged, journal)
    _fsync_dir(data_dir)


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
    a crash or a full disk leaves each file whole: old or new, never partial. With more than one
    file, the renames are journalled first (PENDING_FILE): a crash between two of them is
    finished under the next lock, so the files never stay half old, half new. Call under `locked`.
    """
    temps: list[tuple[Path, Path]] = []
    current = data_dir
    try:
        for name, table in tables.items():
            current = data_dir / name
            temps.append((_write_temp(current, table), current))
        current = data_dir / PENDING_FILE
        if len(temps) > 1:
            _write_journal(data_dir, temps)
    except OSError as err:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise StoreError(current, f"could not save ({err.strerror or err})") from err
    try:
        for temp, target in temps:
            current = target
            os.replace(temp, target)
        current = data_dir
        _fsync_dir(data_dir)
        if len(temps) > 1:
            current = data_dir / PENDING_FILE
            current.unlink()
            _fsync_dir(data_dir)
    except OSError as err:
        # The journal (if any) stays: the next lock finishes these renames.
        raise StoreError(current, f"could not finish saving ({err.strerror or err})") from err
