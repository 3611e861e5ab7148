"""Browser-test fixtures: an app server per data directory, Debian's Chromium, no network."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.server import AppServer, chromium_path
from tests.e2e.helpers import NOT_LOCAL, ROOT

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
            log_path = log_dir / f"streamlit-{len(servers)}.log"
            servers[key] = AppServer(ROOT / "app.py", data_dir or ROOT / "data", log_path)
            servers[key].wait_healthy()
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
