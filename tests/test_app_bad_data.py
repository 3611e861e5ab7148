"""AppTest over malformed data files: the app names each problem instead of raising.

The cases are the loader tests' own (imported, not copied): each whole-file case, and every bad
row of test_dataset.py in one dataset. Also a report save the disk refuses, and one killed.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from components import report_panel
from core.records.dataset import load_dataset
from core.records.model import SOURCE_COLUMNS
from core.records.store import LOCK_FILE
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset
from tests.core.records.test_dataset import BAD_LAUNCH_ROWS, BAD_SITE_ROWS, BAD_SOURCE_ROWS
from tests.core.records.test_dataset_robustness import GOOD_ROW, HEADER, WHOLE_FILE_CASES
from tests.test_app import APP, page_text, run_app

ROOT = Path(__file__).resolve().parent.parent
GOOD_LINES = f"{HEADER}\n{GOOD_ROW}\n"
BIG_CELL_CHARS = 10 * 1024 * 1024


def _sources_text(*rows: dict[str, str]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(SOURCE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows({column: row.get(column, "") for column in SOURCE_COLUMNS} for row in rows)
    return out.getvalue().encode()


def _cases() -> list[Any]:
    """(file, bytes, problems named as (file, row, field), missiles kept) for each case."""
    cases = [pytest.param("launches.csv", *case.values, id=case.id) for case in WHOLE_FILE_CASES]
    return [
        *cases,
        pytest.param(
            "launches.csv", b"\xef\xbb\xbf" + GOOD_LINES.encode(), set(), 1, id="utf-8-bom"
        ),
        pytest.param(
            "launches.csv",
            GOOD_LINES.replace("Hwasong-15", "Hwasong–15 “Mars”").encode("cp1252"),
            {("launches.csv", 0, "encoding")},
            1,
            id="windows-1252",
        ),
        pytest.param(
            "launches.csv",
            GOOD_LINES.replace(",950,", "," + "9" * BIG_CELL_CHARS + ",").encode(),
            {("launches.csv", 2, "range_km")},
            0,
            id="10-mb-number",
        ),
        pytest.param(
            "sources.csv",
            _sources_text({**SOURCES[0], "note": "x" * BIG_CELL_CHARS}, *SOURCES[1:]),
            set(),
            3,
            id="10-mb-note",
        ),
    ]


@pytest.mark.parametrize(("name", "content", "named", "kept"), _cases())
def test_a_malformed_file_is_summarised_not_raised(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    content: bytes,
    named: set[tuple[str, int, str]],
    kept: int,
) -> None:
    data_dir = write_dataset(tmp_path / "data")
    (data_dir / name).write_bytes(content)
    at = run_app(monkeypatch, data_dir)
    assert not at.exception
    text = page_text(at)
    assert f"{kept} missiles in the records" in text
    for file, row, field in named:
        assert f"{file}:{row}: {field}: " in text
    # Whatever else the loader found is on the page too, one line each.
    for problem in load_dataset(data_dir).problems:
        assert str(problem)[:300] in text


def _one_in_the_future(row: dict[str, str], case_id: str) -> dict[str, str]:
    """The loader tests pin today; the app's today moves, so a future date stays ahead of it."""
    if "future" not in case_id:
        return row
    ahead = (date.today() + timedelta(days=400)).isoformat()
    return {key: ahead if key in ("date_utc", "published") else value for key, value in row.items()}


def _every_bad_row(data_dir: Path) -> list[tuple[str, str]]:
    """Write the good rows and then every bad row of test_dataset.py; the lines to expect.

    Each expected line is its `FILE:ROW: field: ` start and a part of its message.
    """
    launches, sites, sources = list(LAUNCHES), list(SITES), list(SOURCES)
    wanted: list[tuple[str, str]] = []
    for index, case in enumerate(BAD_LAUNCH_ROWS):
        row, field, message = cast(tuple[dict[str, str], str, str], case.values)
        row = _one_in_the_future(dict(row), str(case.id))
        if field != "launch_id":  # distinct ids, so each row is wrong only where meant
            row["launch_id"] = f"2017-11-28a-{index + 10:02d}"
        launches.append(row)
        wanted.append((f"launches.csv:{len(launches) + 1}: {field}: ", message))
    for index, case in enumerate(BAD_SITE_ROWS):
        row, field = cast(tuple[dict[str, str], str], case.values)
        sites.append({**row, "site_id": f"bad-site-{index}"})
        wanted.append((f"sites.csv:{len(sites) + 1}: {field}: ", ""))
    for case in BAD_SOURCE_ROWS:
        row, field = cast(tuple[dict[str, str], str], case.values)
        sources.append(_one_in_the_future(dict(row), str(case.id)))
        wanted.append((f"sources.csv:{len(sources) + 1}: {field}: ", ""))
    write_dataset(data_dir, launches=launches, sites=sites, sources=sources)
    return wanted


def test_every_bad_row_at_once_is_named_and_the_good_rows_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wanted = _every_bad_row(tmp_path / "data")
    bad_rows = len(BAD_LAUNCH_ROWS) + len(BAD_SITE_ROWS) + len(BAD_SOURCE_ROWS)
    assert len(wanted) == bad_rows
    at = run_app(monkeypatch, tmp_path / "data")
    assert not at.exception
    text = page_text(at)
    assert "3 missiles in the records" in text
    assert f"⚠️ {bad_rows} data rows skipped ({bad_rows} problems, 0 warnings)" in text
    lines = text.splitlines()
    for start, message in wanted:
        shown = [line for line in lines if line.startswith(start)]
        assert len(shown) == 1, start
        assert message in shown[0]


REPORT = ROOT / "tests" / "fixtures" / "reports" / "c02_miles_tuesday.txt"


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EROFS, "Read-only file system"), (errno.ENOSPC, "No space left on device")],
    ids=["read-only", "disk-full"],
)
def test_a_save_the_disk_refuses_is_a_message_and_loses_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: int, reason: str
) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(ROOT / "data", data_dir)
    before = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    at = run_app(monkeypatch, data_dir, opened=[report_panel.PANEL_KEY])
    at.text_area(key="report_text").set_value(REPORT.read_text(encoding="utf-8"))
    at.date_input(key="report_published").set_value(date(2024, 4, 2))
    at.run()
    at.text_input(key="report_citation").set_value("Example Wire, 2024-04-02")

    def refused(*args: object, **kwargs: object) -> object:
        # Root ignores permission bits, so the file system's refusal is simulated.
        raise OSError(code, reason)

    monkeypatch.setattr("core.records.store._write_temp", refused)
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    assert not at.exception
    errors = [element.value for element in at.error]
    assert errors == [f"Not saved: {data_dir / 'launches.csv'}: could not save ({reason})"]
    after = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    assert after == before | {LOCK_FILE: b""}
    # The checked draft is still in the form: once the disk takes writes, Save works.
    assert at.text_input(key="report_citation").value == "Example Wire, 2024-04-02"
    monkeypatch.undo()
    monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(data_dir))
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    assert not at.exception
    assert not at.error
    assert [s.value for s in at.success if "saved" in s.value]
    saved = load_dataset(data_dir)
    assert [s.citation for s in saved.sources].count("Example Wire, 2024-04-02") >= 1
    assert not saved.problems


# The app's Save in a process that dies (SIGKILL) once the new launches.csv is written to its
# temp file and before any rename: the server killed, or the power gone, mid-save.
KILLED_APP = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from streamlit.testing.v1 import AppTest

    app, report = sys.argv[1], Path(sys.argv[2])
    at = AppTest.from_file(app, default_timeout=120)
    at.session_state["report_open"] = True  # report_panel.PANEL_KEY
    at.run()
    at.text_area(key="report_text").set_value(report.read_text(encoding="utf-8"))
    at.date_input(key="report_published").set_value(date(2024, 4, 2))
    at.run()
    os.fsync = lambda descriptor: os.kill(os.getpid(), signal.SIGKILL)
    at.button(key="FormSubmitter:report_form-Save").click()
    at.run()
    """
)


def test_an_app_killed_while_saving_leaves_every_file_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(ROOT / "data", data_dir)
    before = {path.name: path.read_bytes() for path in data_dir.glob("*.csv")}
    done = subprocess.run(
        [sys.executable, "-c", KILLED_APP, APP, str(REPORT)],
        cwd=ROOT,
        env={**os.environ, "LAUNCH_ATLAS_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert len(list(data_dir.glob(".launch_atlas-*.tmp"))) == 1  # it died mid-save
    assert {path.name: path.read_bytes() for path in data_dir.glob("*.csv")} == before
    at = run_app(monkeypatch, data_dir)
    assert not at.exception
    count = len(load_dataset(ROOT / "data").launches)
    assert f"{count} missiles in the records" in page_text(at)
    assert "skipped" not in page_text(at)
