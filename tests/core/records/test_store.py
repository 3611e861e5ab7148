"""The store: atomic replace, nothing lost under concurrent saves, intact files after a crash."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date, time
from pathlib import Path

import pytest
from geopy.distance import great_circle

from core.records.dataset import load_dataset
from core.records.store import (
    LOCK_FILE,
    PENDING_FILE,
    StoreError,
    Table,
    locked,
    read_table,
    write_tables,
)
from core.report.extract import Draft
from core.report.save import save_draft

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "tests" / "fixtures" / "reports"


@pytest.fixture
def full_data_dir(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {name: (directory / name).read_bytes() for name in ("launches.csv", "sources.csv")}


def _draft(**changes) -> Draft:
    base = Draft(
        published=date(2024, 3, 2),
        date_utc=date(2024, 3, 1),
        time_utc=time(1, 0),
        missile_class="SRBM",
        site_id="sunan",
        range_km=300.0,
        reporters=("JCS",),
    )
    return Draft(**{**base.__dict__, **changes})


def test_write_tables_replaces_files_and_keeps_their_mode(empty_data_dir):
    path = empty_data_dir / "sources.csv"
    os.chmod(path, 0o640)
    table = Table(("a", "b"), ({"a": "1", "b": 'x, "y"'},))
    with locked(empty_data_dir):
        write_tables(empty_data_dir, {"sources.csv": table})
    assert path.read_text(encoding="utf-8") == 'a,b\n1,"x, ""y"""\n'
    assert (path.stat().st_mode & 0o777) == 0o640
    assert read_table(path, ()).rows == ({"a": "1", "b": 'x, "y"'},)
    assert sorted(p.name for p in empty_data_dir.iterdir()) == sorted(
        [LOCK_FILE, "launches.csv", "sites.csv", "sources.csv"]
    )


def test_save_preserves_every_existing_row_byte_for_byte(full_data_dir):
    before = _snapshot(full_data_dir)
    result = save_draft(_draft(date_utc=date(2024, 3, 1), site_id="sohae"), full_data_dir)
    after = _snapshot(full_data_dir)
    for name in before:
        assert after[name].startswith(before[name])
    assert result.created
    dataset = load_dataset(full_data_dir)
    assert not dataset.problems


def _spread_sites(count: int) -> list[str]:
    """Facilities far enough apart that no two saves are taken for the same launch."""
    sites = load_dataset(ROOT / "data").sites
    chosen: list[str] = []
    for site in sorted(sites.values(), key=lambda s: s.site_id):
        if site.precision != "facility":
            continue
        far = all(
            great_circle((site.lat, site.lon), (sites[o].lat, sites[o].lon)).km > 80 for o in chosen
        )
        if far:
            chosen.append(site.site_id)
        if len(chosen) == count:
            return chosen
    raise AssertionError("not enough distinct sites")


# Each saver is its own interpreter (no multiprocessing: AppTest tests in the same session
# replace __main__, which spawned workers would re-import).
SAVER = textwrap.dedent(
    """
    import sys
    from datetime import date, time
    from pathlib import Path
    from core.report.extract import Draft
    from core.report.save import save_draft

    draft = Draft(published=date(2024, 3, 2), date_utc=date(2024, 3, 1), time_utc=time(1, 0),
                  missile_class="SRBM", site_id=sys.argv[2], range_km=300.0, reporters=("JCS",))
    print(" ".join(save_draft(draft, Path(sys.argv[1])).launch_ids))
    """
)


def test_eight_concurrent_saves_of_one_day_lose_nothing(empty_data_dir):
    sites = _spread_sites(8)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(empty_data_dir), site_id],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for site_id in sites
    ]
    printed: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        printed += out.split()
    ids = sorted(printed)
    # One event per save, each with its own letter of the day.
    assert ids == [f"2024-03-01{letter}-01" for letter in "abcdefgh"]
    dataset = load_dataset(empty_data_dir)
    assert sorted(launch.launch_id for launch in dataset.launches) == ids
    assert sorted(source.launch_id for source in dataset.sources) == ids
    assert sorted(launch.site_id for launch in dataset.launches) == sorted(sites)
    assert not dataset.problems


PUBLISHED = {
    "c01_wire_early_thursday": "2025-05-08",
    "c02_miles_tuesday": "2024-04-02",
    "c04_icbm_mod": "2023-07-12",
    "c05_several_launches": "2024-09-18",
    "c06_kcna_hwasong19": "2024-11-01",
    "c07_gmt_thursday": "2023-08-24",
    "c08_hypersonic_irbm": "2024-01-02",
    "c09_slbm_sinpo": "2022-05-07",
}


def test_eight_concurrent_add_commands_lose_no_record(empty_data_dir):
    commands = [
        [
            sys.executable,
            "-m",
            "core",
            "add",
            str(REPORTS / f"{name}.txt"),
            "--published",
            published,
            "--citation",
            f"corpus {name}",
            "--data-dir",
            str(empty_data_dir),
        ]
        for name, published in PUBLISHED.items()
    ]
    processes = [
        subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for command in commands
    ]
    printed: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        printed += out.split()
    dataset = load_dataset(empty_data_dir)
    assert sorted(launch.launch_id for launch in dataset.launches) == sorted(printed)
    assert len(printed) == 9  # c01 reports two missiles
    assert {source.citation for source in dataset.sources} == {
        f"corpus {name}" for name in PUBLISHED
    }
    assert not dataset.problems


KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date, time
    from pathlib import Path
    from core.report.extract import Draft
    from core.report.save import save_draft

    real_fsync = os.fsync
    def die(descriptor):
        # The new launches.csv is written to its temp file but not yet renamed: the power goes.
        os.kill(os.getpid(), signal.SIGKILL)
    os.fsync = die
    draft = Draft(published=date(2024, 3, 2), date_utc=date(2024, 3, 1), time_utc=time(1, 0),
                  missile_class="SRBM", site_id="sohae", reporters=("JCS",))
    save_draft(draft, Path(sys.argv[1]))
    """
)


def _run_killed(script: str, data_dir: Path) -> None:
    """Run a writer script on `data_dir` in a process of its own; it must die of SIGKILL."""
    process = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr


def test_killed_writer_leaves_the_previous_files_intact(full_data_dir):
    before = _snapshot(full_data_dir)
    _run_killed(KILLED_WRITER, full_data_dir)
    assert _snapshot(full_data_dir) == before
    assert [p.name for p in full_data_dir.glob(".launch_atlas-*")]  # the orphaned temp file
    assert not load_dataset(full_data_dir).problems
    # The next save takes the lock, clears the orphan and works.
    result = save_draft(_draft(site_id="sohae"), full_data_dir)
    assert result.created
    assert not list(full_data_dir.glob(".launch_atlas-*"))


WRITER_KILLED_BETWEEN_RENAMES = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date, time
    from pathlib import Path
    from core.report.extract import Draft
    from core.report.save import save_draft

    real_replace = os.replace
    def replace(source, target):
        # launches.csv is already the new file; the power goes before sources.csv is.
        if str(target).endswith("sources.csv"):
            os.kill(os.getpid(), signal.SIGKILL)
        real_replace(source, target)
    os.replace = replace
    draft = Draft(published=date(2024, 3, 2), date_utc=date(2024, 3, 1), time_utc=time(1, 0),
                  missile_class="SRBM", site_id="sohae", reporters=("JCS",))
    save_draft(draft, Path(sys.argv[1]))
    """
)


def test_a_save_cut_off_between_its_two_files_is_finished_by_the_next_reader(full_data_dir):
    before = _snapshot(full_data_dir)
    _run_killed(WRITER_KILLED_BETWEEN_RENAMES, full_data_dir)
    after = _snapshot(full_data_dir)
    # Half a save: the new launch is in launches.csv, its source row not yet in sources.csv.
    assert after["launches.csv"] != before["launches.csv"]
    assert after["sources.csv"] == before["sources.csv"]
    assert (full_data_dir / PENDING_FILE).exists()

    dataset = load_dataset(full_data_dir)
    assert not dataset.problems
    assert not (full_data_dir / PENDING_FILE).exists()
    assert not list(full_data_dir.glob(".launch_atlas-*"))
    new = next(x for x in dataset.launches if x.date_utc == date(2024, 3, 1))
    assert [source.reporter for source in dataset.sources_for(new.launch_id)] == ["JCS"]


def test_a_save_cut_off_between_its_two_files_is_finished_by_the_next_writer(full_data_dir):
    _run_killed(WRITER_KILLED_BETWEEN_RENAMES, full_data_dir)
    later = _draft(site_id="sunan", date_utc=date(2024, 3, 5), published=date(2024, 3, 6))
    assert save_draft(later, full_data_dir).created
    assert not (full_data_dir / PENDING_FILE).exists()
    dataset = load_dataset(full_data_dir)
    assert not dataset.problems
    march = [x for x in dataset.launches if (x.date_utc.year, x.date_utc.month) == (2024, 3)]
    assert {1, 5} <= {x.date_utc.day for x in march}
    assert all(dataset.sources_for(x.launch_id) for x in march)


def test_a_journal_naming_files_elsewhere_moves_nothing_and_is_named(full_data_dir):
    before = _snapshot(full_data_dir)
    (full_data_dir / PENDING_FILE).write_text('[["../launches.csv", "sources.csv"]]')
    dataset = load_dataset(full_data_dir)
    assert [str(problem) for problem in dataset.problems if problem.file == PENDING_FILE]
    assert not [problem for problem in dataset.problems if problem.skipped]
    assert _snapshot(full_data_dir) == before
    with pytest.raises(StoreError) as caught:
        save_draft(_draft(site_id="sohae"), full_data_dir)
    assert caught.value.path == full_data_dir / PENDING_FILE
    assert "left as it is" in caught.value.reason
    assert _snapshot(full_data_dir) == before


def test_full_disk_is_a_clear_error_and_nothing_changes(full_data_dir, monkeypatch):
    before = _snapshot(full_data_dir)

    def no_space(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("core.records.store.os.fsync", no_space)
    with pytest.raises(StoreError) as caught:
        save_draft(_draft(site_id="sohae"), full_data_dir)
    assert "launches.csv" in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert _snapshot(full_data_dir) == before
    assert not list(full_data_dir.glob(".launch_atlas-*"))


def test_read_only_directory_is_a_clear_error(full_data_dir, monkeypatch):
    before = _snapshot(full_data_dir)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    # Root ignores permission bits, so the file system's refusal is simulated.
    monkeypatch.setattr("core.records.store.tempfile.mkstemp", read_only)
    with pytest.raises(StoreError) as caught:
        save_draft(_draft(site_id="sohae"), full_data_dir)
    assert caught.value.path == full_data_dir / "launches.csv"
    assert "Read-only file system" in str(caught.value)
    assert _snapshot(full_data_dir) == before


def test_missing_directory_names_the_lock_path(tmp_path):
    with pytest.raises(StoreError) as caught:
        save_draft(_draft(), tmp_path / "nowhere")
    assert caught.value.path == tmp_path / "nowhere" / LOCK_FILE


def test_cli_add_reports_a_store_error_without_traceback(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "core",
            "add",
            str(REPORTS / "c02_miles_tuesday.txt"),
            "--published",
            "2024-04-02",
            "--data-dir",
            str(tmp_path / "nowhere"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "nowhere" in result.stderr
