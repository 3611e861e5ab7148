"""Browser-test fixtures: an app server per data directory, Debian's Chromium, no network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import NOT_LOCAL, ROOT, chromium_path

NO_BROWSER_REASON = (
    "NO BROWSER: Debian's chromium is not installed (apt-get install chromium), "
    "so the browser tests were SKIPPED"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if chromium_path():
        return
    skip = pytest.mark.skip(reason=NO_BROWSER_REASON)
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if chromium_path():
        return
    banner = "!" * 78
    terminalreporter.write_line(banner, red=True, bold=True)
    terminalreporter.write_line(NO_BROWSER_REASON, red=True, bold=True)
    terminalreporter.write_line(banner, red=True, bold=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    executable = chromium_path()
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1600, "height": 1000}}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AppServer:
    """One `streamlit run app.py` process on a free loopback port."""

    def __init__(self, data_dir: Path | None, log_dir: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if data_dir is not None:
            env["LAUNCH_ATLAS_DATA_DIR"] = str(data_dir)
        self.log_path = log_dir / f"streamlit-{self.port}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
                "--server.enableStaticServing",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self._wait_healthy()

    def _wait_healthy(self, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        log = self.log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"streamlit did not become healthy on {self.url}:\n{log}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log.close()


@pytest.fixture(scope="session")
def start_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path | None], str]]:
    """Start an app server on a data directory (None: the bundled data); returns its URL."""
    if not chromium_path():
        pytest.skip(NO_BROWSER_REASON)
    log_dir = tmp_path_factory.mktemp("server-logs")
    servers: dict[str, AppServer] = {}

    def start(data_dir: Path | None = None) -> str:
        key = str(data_dir)
        if key not in servers:
            servers[key] = AppServer(data_dir, log_dir)
        return servers[key].url

    yield start
    for server in servers.values():
        server.stop()


@pytest.fixture(scope="session")
def app_url(start_app: Callable[[Path | None], str]) -> str:
    """URL of the app on the bundled data."""
    return start_app(None)


@pytest.fixture
def blocked_requests(page) -> list[str]:
    """Abort every request that leaves the machine, and record it."""
    blocked: list[str] = []

    def abort(route) -> None:
        blocked.append(route.request.url)
        route.abort()

    page.context.route(NOT_LOCAL, abort)
    return blocked


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where screenshots go (git-ignored)."""
    path = ROOT / "test-results"
    path.mkdir(exist_ok=True)
    return path
