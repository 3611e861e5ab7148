"""Where Chromium's main thread spends one selection: a CDP trace and a JavaScript profile.

One selection of each kind (a map path, a timeline mark, a list row, the → key) on the app at N
missiles, each recorded twice over the same click-to-idle window:
- a trace (Chromium's `devtools.timeline` categories) of the renderer's main thread, summed as
  self time per event kind (script, style, layout, paint, GC, ...), scripts named by their file;
- a V8 CPU profile (the `Profiler` domain: the page and its same-origin frames share one V8),
  its self time summed per script file and, within it, per function.

Files are grouped as a reader knows them: Streamlit's page bundle (React and its widgets), Vega,
the grid (glide-data-grid), Leaflet, streamlit-folium's frame and the app's own static/js.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from bench import clicks
from bench.server import AppServer, chromium_path

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CATEGORIES: Final = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8",
    "v8.execute",
    "blink",
    "loading",
]
# Event names whose self time is script (JavaScript run or compiled), as DevTools counts them.
SCRIPT_EVENTS: Final = {
    "FunctionCall",
    "EvaluateScript",
    "v8.compile",
    "v8.compileModule",
    "v8.evaluateModule",
    "EventDispatch",
    "TimerFire",
    "FireAnimationFrame",
    "RunMicrotasks",
    "v8.run",
    "V8.Execute",
}


def group_of(url: str) -> str:
    """The part of the page a script file belongs to."""
    name = url.rsplit("/", 1)[-1].split("?")[0]
    lowered = url.lower()
    if "/app/static/js/" in lowered or name in {
        "launch_layer.js",
        "map_controls.js",
        "map_page.js",
        "playback.js",
        "present.js",
    }:
        return f"app static/js/{name}"
    if "leaflet" in lowered:
        return "Leaflet"
    if "streamlit_folium" in lowered or "component" in lowered:
        return "streamlit-folium frame"
    if any(part in name for part in ("vega", "embed.", "ArrowVegaLiteChart")):
        return "Vega (timeline, profile)"
    if any(part in name for part in ("DataFrame.", "glide", "pandasStyler")):
        return "grid (st.dataframe)"
    if any(part in name for part in ("recordbatch", "Quiver", "arrow")):
        return "Arrow decoding"
    if any(part in name for part in ("react-dom", "emotion", "index.", "Markdown", "rehype")):
        return "React / Streamlit page"
    if lowered.endswith(".js") and "/static/js/" in lowered:
        return f"Streamlit bundle {name}"
    if not url:
        return "(native / no script)"
    return name or url


def _main_thread(events: list[dict[str, Any]]) -> tuple[int, int] | None:
    """(pid, tid) of the busiest renderer main thread (CrRendererMain) in the trace."""
    names = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("ph") == "M"
        and e.get("name") == "thread_name"
        and e.get("args", {}).get("name") == "CrRendererMain"
    }
    busy: dict[tuple[int, int], float] = defaultdict(float)
    for e in events:
        key = (e.get("pid"), e.get("tid"))
        if key in names and e.get("ph") == "X" and e.get("name") == "RunTask":
            busy[key] += e.get("dur", 0)
    return max(busy, key=busy.__getitem__) if busy else None


def _url_of(event: dict[str, Any]) -> str:
    data = event.get("args", {}).get("data") or event.get("args", {}).get("beginData") or {}
    for key in ("url", "scriptName", "fileName"):
        if data.get(key):
            return str(data[key])
    frames = data.get("stackTrace") or []
    return str(frames[0].get("url", "")) if frames else ""


def summarise_trace(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Self time (ms) per event kind on the main thread, and script self time per file group."""
    thread = _main_thread(events)
    if thread is None:
        return {"error": "no renderer main thread in the trace"}
    spans = sorted(
        (
            e
            for e in events
            if (e.get("pid"), e.get("tid")) == thread and e.get("ph") == "X" and "dur" in e
        ),
        key=lambda e: (e["ts"], -e["dur"]),
    )
    by_kind: dict[str, float] = defaultdict(float)
    by_script: dict[str, float] = defaultdict(float)
    stack: list[tuple[dict[str, Any], list[float], str]] = []  # event, [child time], url
    busy = 0.0

    def close(entry: tuple[dict[str, Any], list[float], str]) -> None:
        event, children, url = entry
        own = max(event["dur"] - children[0], 0.0) / 1000
        name = event["name"]
        by_kind[name] += own
        if name in SCRIPT_EVENTS or name.startswith("v8."):
            by_script[group_of(url)] += own

    for event in spans:
        while stack and stack[-1][0]["ts"] + stack[-1][0]["dur"] <= event["ts"]:
            close(stack.pop())
        if stack:
            stack[-1][1][0] += event["dur"]
            url = _url_of(event) or stack[-1][2]
        else:
            url = _url_of(event)
            if event["name"] == "RunTask":
                busy += event["dur"] / 1000
        stack.append((event, [0.0], url))
    while stack:
        close(stack.pop())
    return {
        "main_thread_busy_ms": round(busy, 1),
        "self_ms_by_event": _top(by_kind, 16),
        "script_self_ms_by_file": _top(by_script, 16),
    }


def summarise_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """JavaScript self time (ms) per file group and per function, from a V8 CPU profile."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    self_us: dict[int, float] = defaultdict(float)
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        self_us[node_id] += delta
    by_group: dict[str, float] = defaultdict(float)
    by_function: dict[str, float] = defaultdict(float)
    for node_id, micros in self_us.items():
        frame = nodes[node_id]["callFrame"]
        name, url = frame.get("functionName") or "(anonymous)", frame.get("url", "")
        if name in ("(idle)", "(program)", "(garbage collector)", "(root)"):
            by_group[name] += micros / 1000
            continue
        group = group_of(url)
        by_group[group] += micros / 1000
        where = f"{url.rsplit('/', 1)[-1][:40]}:{frame.get('lineNumber', 0) + 1}"
        by_function[f"{group} | {name} ({where})"] += micros / 1000
    return {
        "js_self_ms_by_file": _top(by_group, 16),
        "js_self_ms_by_function": _top(by_function, 25),
    }


def _top(values: dict[str, float], count: int) -> dict[str, float]:
    ranked = sorted(values.items(), key=lambda item: -item[1])[:count]
    return {name: round(ms, 1) for name, ms in ranked}


INPUTS: Final = {"pointerdown", "mousedown", "keydown"}


def _input_time(events: list[dict[str, Any]]) -> float | None:
    """The input event's time (seconds, the clock the network events use), from the trace."""
    times = [
        e["ts"] / 1e6
        for e in events
        if e.get("name") == "EventDispatch"
        and (e.get("args", {}).get("data") or {}).get("type") in INPUTS
    ]
    return min(times) if times else None


def summarise_frames(frames: list[tuple[str, float, int]], input_s: float | None) -> dict[str, Any]:
    """The websocket's messages over a selection, as the network stack saw them (not delayed by
    a busy main thread): from the first message sent (the rerun request) to each received."""
    sent = [time for way, time, _ in frames if way == "sent"]
    received = [(time, size) for way, time, size in frames if way == "received"]
    if not sent or not received:
        return {"error": "no websocket messages seen"}
    start = sent[0]
    return {
        "input_to_sent_ms": None if input_s is None else round((start - input_s) * 1000, 1),
        "sent": len(sent),
        "received": len(received),
        "received_kb": round(sum(size for _, size in received) * 3 / 4 / 1024, 1),
        "first_received_ms": round((received[0][0] - start) * 1000, 1),
        "last_received_ms": round((received[-1][0] - start) * 1000, 1),
        "largest_kb": round(max(size for _, size in received) * 3 / 4 / 1024, 1),
    }


def _profiled(browser: Browser, page: Page, act: Callable[[], clicks.Selection]) -> dict[str, Any]:
    session = page.context.new_cdp_session(page)
    frames: list[tuple[str, float, int]] = []

    def frame(way: str) -> Callable[[dict[str, Any]], None]:
        def seen(event: dict[str, Any]) -> None:
            frames.append((way, event["timestamp"], len(event["response"]["payloadData"])))

        return seen

    session.on("Network.webSocketFrameSent", frame("sent"))
    session.on("Network.webSocketFrameReceived", frame("received"))
    session.send("Network.enable")
    session.send("Profiler.enable")
    session.send("Profiler.setSamplingInterval", {"interval": 200})
    session.send("Profiler.start")
    browser.start_tracing(page=page, categories=CATEGORIES)
    selection = act()
    trace = json.loads(browser.stop_tracing())
    profile = session.send("Profiler.stop")["profile"]
    session.detach()
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    return {
        "selection": {
            key: round(value, 1) if isinstance(value, float) else value
            for key, value in clicks.asdict(selection).items()
        },
        "websocket": summarise_frames(frames, _input_time(events)),
        "trace": summarise_trace(events),
        "profile": summarise_profile(profile),
    }


def measure(data_dir: Path, log_dir: Path, ways: tuple[str, ...]) -> dict[str, Any]:
    """One traced selection of each of `ways` on the app at `data_dir`."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        return {"error": "no Chromium (apt-get install chromium)"}
    out: dict[str, Any] = {}
    log_path = log_dir / f"streamlit-trace-{data_dir.name}.log"
    with AppServer(clicks.ROOT / "app.py", data_dir, log_path) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=clicks.LAUNCH_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1600, "height": 1000}).new_page()
            page.goto(server.url)
            page.wait_for_function(clicks.APP_IDLE_JS, polling="raf", timeout=120_000)
            clicks.map_frame(page)
            page.wait_for_timeout(1500)
            picker = clicks.Ways(page, data_dir)
            for way in ways:
                # A warm-up selection of the same kind first: the one traced is a repeat.
                for traced in (False, True):
                    chosen = picker.next(way)
                    if chosen is None:
                        out[way] = {"error": "nothing to select"}
                        break
                    if traced:
                        out[way] = _profiled(browser, page, chosen)
                    else:
                        chosen()
                print(json.dumps({way: out.get(way)}), file=sys.stderr)
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Trace one selection of each kind on a synthetic dataset of N missiles; print JSON."""
    import argparse
    import tempfile

    from bench.synth import write_dataset

    parser = argparse.ArgumentParser(prog="python -m bench.trace", description=__doc__)
    parser.add_argument("--missiles", type=int, default=350)
    parser.add_argument("--ways", default=",".join(clicks.WAYS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="launch-atlas-trace-") as work:
        data_dir = write_dataset(Path(work) / f"synthetic-{args.missiles}", args.missiles)
        result = measure(data_dir, Path(work), tuple(args.ways.split(",")))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
