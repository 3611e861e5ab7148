"""Eight concurrent writers of 25 reports each: every report is saved once, the tables stay valid.

Writers come in pairs that report the same 25 launches, one as South Korea's JCS and one as
Japan's MOD, so for each launch one save creates it and the other must find it under the lock
and join it. In each pair one writer runs the `add` command and the other saves the extracted
draft as the app's Save button does.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.__main__ import main as core_main
from core.records.dataset import load_dataset

ROOT = Path(__file__).resolve().parents[3]
REPORTS_PER_WRITER = 25
# (place named in the report, its site id, UTC hour): far apart, so no two pairs share a launch.
PLACES = (
    ("Musudan-ri", "tonghae", 1),
    ("Sohae", "sohae", 5),
    ("Kaesong", "kaesong", 9),
    ("Kittaeryong", "kittaeryong", 13),
)
# (reporter, body named in the report, range_km of its first report): MOD says 50 km more.
REPORTERS = (
    ("JCS", "South Korea's Joint Chiefs of Staff", 300),
    ("Japan MOD", "Japan's Ministry of Defense", 350),
)
FIRST_DAY = date(2023, 1, 2)
# Four launches a day (one per place, four hours apart), so pairs also race for a day's letters.
DAYS = tuple(FIRST_DAY + timedelta(days=7 * index) for index in range(REPORTS_PER_WRITER))

# Each writer is its own interpreter (no multiprocessing: AppTest tests in the same session
# replace __main__, which spawned workers would re-import). All wait for one start signal.
WRITER = textwrap.dedent(
    """
    import subprocess, sys, time
    from datetime import date
    from pathlib import Path
    from core.__main__ import main
    from core.records.dataset import load_dataset
    from core.report.extract import extract_report
    from core.report.save import save_draft

    data_dir, mode, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    jobs = [line.split("|") for line in Path(sys.argv[4]).read_text().splitlines()]
    sites = load_dataset(data_dir).sites
    while not go.exists():
        time.sleep(0.005)
    for number, (report, published, citation) in enumerate(jobs):
        if mode == "add":
            args = ["add", report, "--published", published, "--citation", citation]
            args += ["--data-dir", str(data_dir)]
            # Every other report through a fresh `python -m core add`, the rest through the
            # same command in this interpreter (a new interpreter costs ~0.3 s of CPU).
            if number % 2 == 0:
                done = subprocess.run([sys.executable, "-m", "core", *args], check=False)
                if done.returncode != 0:
                    sys.exit(1)
            elif main(args) != 0:
                sys.exit(1)
        else:  # what the app's Save does: the extracted draft, with the form's citation
            text = Path(report).read_text(encoding="utf-8")
            draft = extract_report(text, date.fromisoformat(published), sites)
            print(" ".join(save_draft(draft, data_dir, citation=citation).launch_ids))
    """
)


def _report_text(place: str, hour: int, day: date, body: str, range_km: int) -> str:
    return (
        f"North Korea fired a short-range ballistic missile from {place} at {hour:02d}:00 GMT "
        f"on {day:%B} {day.day}, {day.year}, {body} said. The missile flew about {range_km} km.\n"
    )


def _write_jobs(tmp_path: Path, place_index: int, reporter_index: int) -> Path:
    """The writer's 25 report files, and a job list of (file, published, citation)."""
    place, _, hour = PLACES[place_index]
    reporter, body, base_km = REPORTERS[reporter_index]
    folder = tmp_path / f"reports-{place_index}-{reporter_index}"
    folder.mkdir()
    lines = []
    for index, day in enumerate(DAYS):
        path = folder / f"{index:02d}.txt"
        path.write_text(_report_text(place, hour, day, body, base_km + index), encoding="utf-8")
        published = (day + timedelta(days=1)).isoformat()
        lines.append(f"{path}|{published}|{reporter} statement {place} {day.isoformat()}")
    jobs = folder / "jobs.txt"
    jobs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return jobs


def test_eight_writers_of_25_reports_save_all_200_and_join_shared_launches(
    empty_data_dir: Path, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    writers = []
    for place_index in range(len(PLACES)):
        for reporter_index in range(len(REPORTERS)):
            # Each pair has one `add` writer and one app-style writer, alternating who is JCS.
            mode = "add" if (place_index + reporter_index) % 2 else "save"
            jobs = _write_jobs(tmp_path, place_index, reporter_index)
            command = [sys.executable, "-c", WRITER, str(empty_data_dir), mode, str(go), str(jobs)]
            writers.append(
                subprocess.Popen(
                    command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
                )
            )
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err

    dataset = load_dataset(empty_data_dir)
    assert not dataset.problems, dataset.problems[:5]
    validate = [sys.executable, "-m", "core", "validate", str(empty_data_dir)]
    assert subprocess.run(validate, cwd=ROOT, check=False).returncode == 0
    writes = len(PLACES) * len(REPORTERS) * REPORTS_PER_WRITER
    assert len(dataset.sources) == writes == 200
    assert len(dataset.launches) == writes // 2
    # Each launch is backed by exactly one report of each body, each keeping its own range.
    by_launch = {launch.launch_id: launch for launch in dataset.launches}
    for launch_id, launch in by_launch.items():
        rows = dataset.sources_for(launch_id)
        assert sorted(row.reporter for row in rows) == ["JCS", "Japan MOD"], launch_id
        assert sorted(launch.sources) == ["JCS", "Japan MOD"]
        jcs, mod = sorted(rows, key=lambda row: row.reporter != "JCS")
        assert jcs.range_km is not None
        assert mod.range_km == jcs.range_km + 50
        assert launch.range_km in (jcs.range_km, mod.range_km)
    # Every (day, place) launch is there once, and a day's four events took letters a to d.
    found = Counter(
        (launch.date_utc, launch.site_id, launch.time_utc) for launch in by_launch.values()
    )
    wanted = {(day, site_id, hour) for day in DAYS for _, site_id, hour in PLACES}
    assert {(day, site, clock.hour if clock else None) for day, site, clock in found} == wanted
    assert set(found.values()) == {1}
    for day in DAYS:
        events = sorted(launch.event_id for launch in dataset.launches if launch.date_utc == day)
        assert events == [f"{day.isoformat()}{letter}" for letter in "abcd"]
    citations = {row.citation for row in dataset.sources}
    assert len(citations) == writes
    assert not list(empty_data_dir.glob(".launch_atlas-*"))


REPORT = ROOT / "tests" / "fixtures" / "reports" / "c02_miles_tuesday.txt"
FIRST_REPORT = ROOT / "tests" / "fixtures" / "reports" / "c04_icbm_mod.txt"
# `python -m core add`, with one of the store's system calls replaced first (argv[1] says which).
FAILING_ADD = textwrap.dedent(
    """
    import errno, os, signal, sys, tempfile
    from core.__main__ import main

    def killed(descriptor):
        # The new launches.csv is written to its temp file but not yet renamed: the power goes.
        os.kill(os.getpid(), signal.SIGKILL)

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    def read_only(*args, **kwargs):
        # Root ignores permission bits, so the file system's refusal is simulated.
        raise OSError(errno.EROFS, "Read-only file system")

    failure = sys.argv[1]
    if failure == "killed":
        os.fsync = killed
    elif failure == "disk-full":
        os.fsync = disk_full
    else:
        tempfile.mkstemp = read_only
    sys.exit(main(sys.argv[2:]))
    """
)


def _add_args(report: Path, published: str, data_dir: Path) -> list[str]:
    return ["add", str(report), "--published", published, "--data-dir", str(data_dir)]


def _files(data_dir: Path) -> dict[str, bytes]:
    return {name: (data_dir / name).read_bytes() for name in ("launches.csv", "sources.csv")}


@pytest.fixture
def saved_data_dir(tmp_path: Path) -> Path:
    """The bundled data plus one report saved by `add` (what a failed save must not lose)."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    assert core_main(_add_args(FIRST_REPORT, "2023-07-12", target)) == 0
    return target


@pytest.mark.parametrize(
    ("failure", "returncode", "said"),
    [
        pytest.param("killed", -signal.SIGKILL, "", id="sigkill-before-rename"),
        pytest.param("disk-full", 1, "No space left on device", id="disk-full"),
        pytest.param("read-only", 1, "Read-only file system", id="read-only"),
    ],
)
def test_failed_add_command_keeps_every_saved_file_whole(
    saved_data_dir: Path, failure: str, returncode: int, said: str
) -> None:
    before = _files(saved_data_dir)
    saved = {launch.launch_id for launch in load_dataset(saved_data_dir).launches}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            FAILING_ADD,
            failure,
            *_add_args(REPORT, "2024-04-02", saved_data_dir),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == returncode, done.stderr
    assert "Traceback" not in done.stderr
    if said:
        assert done.stderr.startswith(f"not saved: {saved_data_dir / 'launches.csv'}: ")
        assert said in done.stderr
    assert _files(saved_data_dir) == before
    orphans = list(saved_data_dir.glob(".launch_atlas-*.tmp"))
    assert len(orphans) == (1 if failure == "killed" else 0)
    dataset = load_dataset(saved_data_dir)
    assert {launch.launch_id for launch in dataset.launches} == saved
    assert not dataset.problems
    # The next save works (a killed writer's orphaned temp file is cleared under the lock).
    assert core_main(_add_args(REPORT, "2024-04-02", saved_data_dir)) == 0
    assert not list(saved_data_dir.glob(".launch_atlas-*"))
    assert core_main(["validate", str(saved_data_dir)]) == 0
