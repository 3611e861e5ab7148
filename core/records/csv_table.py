"""Reading one data file into numbered rows of cells, naming what cannot be read as a Problem."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 200 * 1024 * 1024
# A cell can hold pasted report text; the csv module's default limit (128 KiB) would abort the file.
csv.field_size_limit(64 * 1024 * 1024)


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


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header and its non-blank rows, each padded to the header, with line numbers."""

    header: list[str]
    lines: list[int]
    rows: list[list[str]]


def _decode(name: str, raw: bytes, problems: list[Problem]) -> str:
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
    return text


def read_table(path: Path) -> tuple[Table, list[Problem]]:
    """Read one CSV file; rows with more cells than the header are problems, blank rows ignored."""
    name = path.name
    problems: list[Problem] = []
    table = Table([], [], [])
    if not path.is_file():
        return table, [Problem(name, 0, "file", "missing", str(path), skipped=False)]
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        problems.append(
            Problem(name, 0, "file", f"larger than {MAX_FILE_BYTES} bytes", str(len(raw)))
        )
        return table, problems
    text = _decode(name, raw, problems)
    if not text.strip():
        problems.append(Problem(name, 1, "header", "the file is empty", skipped=False))
        return table, problems
    reader = csv.reader(io.StringIO(text, newline=""))
    header, add_line, add_row = table.header, table.lines.append, table.rows.append
    width = 0
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            # The usual row first, with no more work than the checks that keep it.
            if width and len(cells) == width and cells[0] and not cells[0].isspace():
                add_line(start)
                add_row(cells)
                continue
            if not "".join(cells).strip():
                continue
            if not header:
                header.extend(cell.strip() for cell in cells)
                width = len(header)
                continue
            if len(cells) > width:
                message = f"{len(cells)} cells for {width} columns"
                problems.append(Problem(name, start, "row", message, ",".join(cells[width:])))
                continue
            add_line(start)
            add_row(cells + [""] * (width - len(cells)))
    except csv.Error as err:
        problems.append(Problem(name, line, "row", f"unreadable CSV: {err}"))
    return table, problems


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
