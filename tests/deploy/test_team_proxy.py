"""deploy/run-team.sh: two app processes behind Debian's nginx, with session affinity."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from websockets.sync.client import connect
from websockets.typing import Subprotocol

from bench.server import free_port

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
UPSTREAM = "X-Launch-Atlas-Upstream"

pytestmark = pytest.mark.skipif(
    not os.access(NGINX, os.X_OK),
    reason="!!! NO NGINX: the team proxy test is SKIPPED (apt-get install nginx) !!!",
)


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def _wait_ok(url: str, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if _get(url)[2].strip() == b"ok":
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer ok within {timeout_s:.0f} s")


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[int]]]:
    run_dir = tmp_path_factory.mktemp("team")
    port, base = free_port(), free_port()
    env = {**os.environ, "LAUNCH_ATLAS_RUN_DIR": str(run_dir)}
    log = (run_dir / "run-team.log").open("wb")
    process = subprocess.Popen(
        ["bash", str(ROOT / "deploy" / "run-team.sh"), "2", str(port), str(base)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped as one below
    )
    apps = [base + 1, base + 2]
    try:
        for app_port in apps:
            _wait_ok(f"http://127.0.0.1:{app_port}/_stcore/health")
        _wait_ok(f"http://127.0.0.1:{port}/_stcore/health", 30)
        yield f"http://127.0.0.1:{port}", apps
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def test_one_address_is_always_served_by_the_same_app_process(team):
    url, apps = team
    served = set()
    for _ in range(12):
        status, headers, _ = _get(f"{url}/_stcore/health")
        assert status == 200
        served.add(headers[UPSTREAM])
    assert len(served) == 1
    assert served.pop() in {f"127.0.0.1:{port}" for port in apps}


def test_the_page_its_static_files_and_the_websocket_pass_through(team):
    url, _ = team
    status, _, page = _get(url + "/")
    assert status == 200
    assert b"<!doctype html>" in page.lower()
    status, _, script = _get(url + "/app/static/js/launch_layer.js")
    assert status == 200
    assert b"L.atlasLaunchLayer" in script

    stream_url = url.replace("http://", "ws://") + "/_stcore/stream"
    with connect(
        stream_url, subprotocols=[Subprotocol("streamlit")], open_timeout=30
    ) as connection:
        assert connection.response is not None
        assert connection.response.status_code == 101  # upgraded through nginx
