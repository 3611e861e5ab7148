"""`python -m bench.load`: N analysts open the app at once over Streamlit's websocket protocol.

Each session opens its own filtered link (no browser: the messages a browser would send), waits
for its first view (the script's first run finished), then asks for a plain rerun. Printed for
1, 10, 25 and 50 sessions, the app and the floor page (bench/floor_app.py) under the same load:
p50 / p95 first view, p50 / p95 rerun, sessions with an exception or no answer, and the app
server's memory, with the app's ratios to the floor.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from bench.browser import served_copy
from bench.server import ROOT, AppServer
from bench.synth import write_dataset

SESSIONS = (1, 10, 25, 50)
CLASSES = ("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "Cruise")
TIMEOUT_S = 300.0


def link(index: int) -> str:
    """A different filtered link per analyst: a class and a start year."""
    year = 1984 + (index // len(CLASSES)) % 40
    return f"class={CLASSES[index % len(CLASSES)]}&from={year}"


@dataclass(slots=True)
class Session:
    """One analyst's session: seconds to the first view and to a rerun, what went wrong."""

    first_view_s: float | None = None
    rerun_s: float | None = None
    exceptions: int = 0
    error: str = ""


def _rerun(query: str) -> bytes:
    message = BackMsg()
    message.rerun_script.query_string = query
    message.rerun_script.page_script_hash = ""
    return message.SerializeToString()


async def _until_finished(socket: ClientConnection, session: Session) -> None:
    """Read messages until the script run finishes, counting exceptions drawn on the page."""
    async for raw in socket:
        message = ForwardMsg()
        message.ParseFromString(raw)
        kind = message.WhichOneof("type")
        if kind == "delta" and message.delta.new_element.WhichOneof("type") == "exception":
            session.exceptions += 1
        if kind == "script_finished":
            return


async def _session(url: str, query: str, start: asyncio.Event) -> Session:
    session = Session()
    await start.wait()
    started = time.perf_counter()
    try:
        async with connect(
            url, subprotocols=[Subprotocol("streamlit")], max_size=None, open_timeout=TIMEOUT_S
        ) as socket:
            await socket.send(_rerun(query))
            await asyncio.wait_for(_until_finished(socket, session), TIMEOUT_S)
            session.first_view_s = time.perf_counter() - started
            started = time.perf_counter()
            await socket.send(_rerun(query))
            await asyncio.wait_for(_until_finished(socket, session), TIMEOUT_S)
            session.rerun_s = time.perf_counter() - started
    except Exception as error:  # a session that fails is counted, not raised
        session.error = f"{type(error).__name__}: {error}"[:200]
    return session


async def _open_all(url: str, count: int) -> list[Session]:
    start = asyncio.Event()
    tasks = [asyncio.create_task(_session(url, link(index), start)) for index in range(count)]
    start.set()
    return list(await asyncio.gather(*tasks))


def _memory_mb(pid: int) -> tuple[float, float]:
    """Resident and peak resident memory of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return (
        int(fields.get("VmRSS", "0 kB").split()[0]) / 1024,
        int(fields.get("VmHWM", "0 kB").split()[0]) / 1024,
    )


def _quantile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@dataclass(slots=True)
class LoadResult:
    """One page under N concurrent sessions."""

    page: str
    sessions: int
    first_view_p50_s: float | None = None
    first_view_p95_s: float | None = None
    rerun_p50_s: float | None = None
    rerun_p95_s: float | None = None
    failed: int = 0
    exceptions: int = 0
    rss_mb: float = 0.0
    peak_rss_mb: float = 0.0
    errors: list[str] = field(default_factory=list)


def _sessions(url: str, page: str, count: int, pid: int) -> LoadResult:
    sessions = asyncio.run(_open_all(url, count))
    firsts = [s.first_view_s for s in sessions if s.first_view_s is not None]
    reruns = [s.rerun_s for s in sessions if s.rerun_s is not None]
    rss, peak = _memory_mb(pid)
    result = LoadResult(
        page=page,
        sessions=count,
        first_view_p50_s=statistics.median(firsts) if firsts else None,
        first_view_p95_s=_quantile(firsts, 0.95),
        rerun_p50_s=statistics.median(reruns) if reruns else None,
        rerun_p95_s=_quantile(reruns, 0.95),
        failed=sum(1 for s in sessions if s.error or s.rerun_s is None),
        exceptions=sum(s.exceptions for s in sessions),
        rss_mb=rss,
        peak_rss_mb=peak,
        errors=sorted({s.error for s in sessions if s.error})[:3],
    )
    print(json.dumps(asdict(result)), file=sys.stderr)
    return result


def measure(
    pages: list[Path], data_dir: Path, work_dir: Path, counts: tuple[int, ...]
) -> dict[str, list[LoadResult]]:
    """Each count of sessions against every page, one page right after the other (so both see
    the machine about as busy), each page on its own server, warmed by one session."""
    results: dict[str, list[LoadResult]] = {page.stem: [] for page in pages}
    with ExitStack() as stack:
        servers = {}
        for page in pages:
            log_path = work_dir / f"streamlit-load-{page.stem}.log"
            served = served_copy(page, work_dir)
            servers[page.stem] = stack.enter_context(AppServer(served, data_dir, log_path))
        urls = {
            name: server.url.replace("http://", "ws://") + "/_stcore/stream"
            for name, server in servers.items()
        }
        for url in urls.values():
            asyncio.run(_open_all(url, 1))  # the data loaded and cached, as on a running server
        for count in counts:
            for name, url in urls.items():
                pid = servers[name].process.pid
                results[name].append(_sessions(url, name, count, pid))
    return results


def _s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} s"


def _x(app: float | None, floor: float | None) -> str:
    return "n/a" if not app or not floor else f"{app / floor:.1f}x"


def print_table(missiles: int, app: list[LoadResult], floor: list[LoadResult]) -> None:
    """One Markdown table: the app and the floor at each count, with the app's ratios."""
    print(f"\n### {missiles:,} missiles: concurrent sessions over the websocket (app / floor)\n")
    print(
        "| sessions | first view p50 | first view p95 (ratio) | rerun p50 | rerun p95 (ratio) "
        "| failed / exceptions | app memory now / peak |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for mine, base in zip(app, floor, strict=True):
        print(
            f"| {mine.sessions} | {_s(mine.first_view_p50_s)} / {_s(base.first_view_p50_s)} "
            f"| {_s(mine.first_view_p95_s)} / {_s(base.first_view_p95_s)} "
            f"({_x(mine.first_view_p95_s, base.first_view_p95_s)}) "
            f"| {_s(mine.rerun_p50_s)} / {_s(base.rerun_p50_s)} "
            f"| {_s(mine.rerun_p95_s)} / {_s(base.rerun_p95_s)} "
            f"({_x(mine.rerun_p95_s, base.rerun_p95_s)}) "
            f"| {mine.failed} / {mine.exceptions} "
            f"| {mine.rss_mb:,.0f} / {mine.peak_rss_mb:,.0f} MB |"
        )
        for error in mine.errors:
            print(f"|  | app: {error} | | | | | |")
    worst = app[-1] if app else None
    if worst is not None:
        base = floor[-1]
        within = (
            worst.first_view_p95_s is not None
            and base.first_view_p95_s is not None
            and worst.first_view_p95_s <= 2 * base.first_view_p95_s
        )
        print(
            f"\n- {worst.sessions} sessions: every one served with no exception: "
            f"{'met' if worst.failed == 0 and worst.exceptions == 0 else 'MISSED'}; p95 first "
            f"view within 2x the floor: {'met' if within else 'MISSED'}; memory under 1 GB: "
            f"{'met' if worst.peak_rss_mb < 1024 else 'MISSED'}"
        )


def run(missiles: int, counts: tuple[int, ...], work_dir: Path) -> dict[str, Any]:
    """Both pages at every count, printed; the figures as a dict."""
    data_dir = write_dataset(work_dir / f"synthetic-{missiles}", missiles)
    results = measure(
        [ROOT / "bench" / "floor_app.py", ROOT / "app.py"], data_dir, work_dir, counts
    )
    app, floor = results["app"], results["floor_app"]
    print_table(missiles, app, floor)
    return {"app": [asdict(item) for item in app], "floor": [asdict(item) for item in floor]}


def main(argv: list[str] | None = None) -> int:
    """Measure and print the load table."""
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--missiles", type=int, default=350)
    parser.add_argument("--sessions", default=",".join(map(str, SESSIONS)))
    args = parser.parse_args(argv)
    counts = tuple(int(part) for part in args.sessions.split(",") if part.strip())
    with tempfile.TemporaryDirectory(prefix="launch-atlas-load-") as work:
        run(args.missiles, counts, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
