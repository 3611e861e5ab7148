"""The README's commands run as written: the two set-up commands and every `python -m core` line."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
REPORT = ROOT / "tests" / "fixtures" / "reports" / "c02_miles_tuesday.txt"
CORE_COMMAND = re.compile(r"`(\.venv/bin/python -m core [^`]+)`")


def two_commands() -> list[str]:
    """The shell lines of the fenced block under '## Two commands', comments dropped."""
    section = README.split("## Two commands", 1)[1]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.strip().splitlines()]


def test_readme_has_two_commands_and_ci_runs_the_test_one():
    run_app, run_tests = two_commands()
    assert run_app == "bash scripts/run-app.sh"
    assert run_tests == "bash scripts/run-tests.sh"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"exec {run_tests}" in ci


def core_commands() -> list[str]:
    return sorted(set(CORE_COMMAND.findall(README)))


def test_readme_names_each_core_command():
    verbs = {shlex.split(command)[3] for command in core_commands()}
    assert verbs >= {"validate", "extract", "add", "export"}


@pytest.mark.parametrize("command", core_commands())
def test_readme_core_command_runs(command: str, tmp_path: Path):
    """Run in a scratch folder holding a copy of data/ and the report, so nothing real changes."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copy(REPORT, tmp_path / "REPORT.txt")
    argv = [sys.executable, *shlex.split(command)[1:]]
    argv = ["https://example.org/report" if arg == "URL" else arg for arg in argv]
    if argv[3] != "validate" and "--data-dir" not in argv:
        argv += ["--data-dir", "data"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    if "--out" in argv:
        written = tmp_path / argv[argv.index("--out") + 1]
        assert written.stat().st_size > 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_run_app_command_serves_the_app(tmp_path: Path):
    """The README's app command, with this test run's virtual environment, answers on its port."""
    port = free_port()
    if sys.prefix == sys.base_prefix:
        pytest.skip("the tests are not running in a virtual environment run-app.sh could use")
    env = {**os.environ, "LAUNCH_ATLAS_VENV": sys.prefix}
    argv = [*shlex.split(two_commands()[0]), "--server.port", str(port)]
    argv += ["--server.headless", "true", "--browser.gatherUsageStats", "false"]
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180  # a first call may install the lock into the venv
        while time.monotonic() < deadline:
            assert app.poll() is None, (tmp_path / "app.log").read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as reply:
                    assert reply.read() == b"ok"
                    return
            except OSError:
                time.sleep(0.5)
        pytest.fail("run-app.sh did not serve the app within 180 s")
    finally:
        app.terminate()
        app.wait(timeout=30)
