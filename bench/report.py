"""The printed figures: one Markdown table per dataset size, then the targets met or missed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Figures = dict[str, Any]


def _ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:,.0f} ms"


def _s(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:,.2f} s"


def _kb(count: int | None) -> str:
    return "n/a" if count is None else f"{count / 1024:,.1f} KB"


def _payload(page: Figures) -> Figures:
    payloads = page.get("payloads") or [{}]
    # The changed state (second payload) is what a filter change sends; the first is the load.
    return dict(payloads[1] if len(payloads) > 1 else payloads[0])


def bytes_per_path(page: Figures) -> float | None:
    """Map bytes per drawn line, in the state a filter change shows (None without lines)."""
    payload = _payload(page)
    paths = payload.get("line_paths", 0)
    return payload.get("map_bytes", 0) / paths if paths else None


def ratio(figures: Figures, key: str = "fresh_median_s") -> float | None:
    """App median over floor median: filter changes to new views (or `key`'s)."""
    app, floor = figures["app"].get(key), figures["floor"].get(key)
    return app / floor if app and floor else None


def print_size(figures: Figures) -> None:
    """A Markdown table for one size (ready to paste into README.md)."""
    floor, app = figures["floor"], figures["app"]
    floor_web, app_web = figures.get("floor_browser", {}), figures.get("app_browser", {})
    print(
        f"\n### {figures['missiles']:,} missiles "
        f"({figures['data_mb']:.1f} MB of CSV, generated in {figures['generate_s']:.1f} s)\n"
    )
    for page in (floor, app, floor_web, app_web):
        if page.get("error"):
            print(f"- {page.get('page', 'browser')}: ERROR {page['error']}")
        for message in page.get("exceptions", [])[:3]:
            print(f"- {page['page']}: exception in the page: {message[:300]}")
    load = figures.get("load", {})
    if load.get("error"):
        print(f"- load_dataset: ERROR {load['error']}")
    reruns = len(app.get("reruns_s") or [])
    fresh = len(app.get("fresh_reruns_s") or [])
    new_view = f"filter change to a new view, server (AppTest, median of {fresh})"
    rows = [
        (new_view, _ms, "fresh_median_s"),
        ("filter change to a new view, server CPU (median)", _ms, "fresh_cpu_median_s"),
        (f"filter change back to a seen view, server (median of {reruns})", _ms, "rerun_median_s"),
        ("filter change back to a seen view, server CPU (median)", _ms, "rerun_cpu_median_s"),
        ("first run: load + draw (AppTest)", _s, "first_run_s"),
        ("first run: CPU time of the process", _s, "first_run_cpu_s"),
    ]
    print("| figure | floor | app |")
    print("| --- | ---: | ---: |")
    for label, show, key in rows:
        print(f"| {label} | {show(floor.get(key))} | {show(app.get(key))} |")
    print(
        f"| load_dataset alone (fresh process): wall / CPU | "
        f"| {_s(load.get('load_s'))} / {_s(load.get('load_cpu_s'))} |"
    )
    print(
        f"| app / floor (filter change: new view / seen view) | | {_ratio_text(ratio(figures))} "
        f"/ {_ratio_text(ratio(figures, 'rerun_median_s'))} |"
    )
    print(
        f"| peak memory (RSS of the process) | {floor.get('maxrss_mb', 0):,.0f} MB "
        f"| {app.get('maxrss_mb', 0):,.0f} MB |"
    )
    floor_payload, app_payload = _payload(floor), _payload(app)
    print(
        f"| bytes per rerun: whole page | {_kb(floor_payload.get('page_bytes'))} "
        f"| {_kb(app_payload.get('page_bytes'))} |"
    )
    print(
        f"| bytes per rerun: map component | {_kb(floor_payload.get('map_bytes'))} "
        f"| {_kb(app_payload.get('map_bytes'))} |"
    )
    per_path = bytes_per_path(app)
    print(
        f"| drawn paths (after the change) / map bytes per path | "
        f"| {app_payload.get('line_paths', 0):,} / "
        f"{'n/a' if per_path is None else f'{per_path:,.0f} B'} |"
    )
    if floor_web or app_web:
        print(
            f"| browser: open to first drawn map | {_s(floor_web.get('first_map_s'))} "
            f"| {_s(app_web.get('first_map_s'))} |"
        )
        print(
            f"| browser: filter change to new set drawn (median) "
            f"| {_ms(floor_web.get('change_median_s'))} | {_ms(app_web.get('change_median_s'))} |"
        )
        print(
            f"| browser: filter change to every panel updated (median) "
            f"| {_ms(floor_web.get('settled_median_s'))} "
            f"| {_ms(app_web.get('settled_median_s'))} |"
        )
        print(
            f"| browser: map redraw, zoom step / pan (median; app drawn as "
            f"{app_web.get('renderer') or 'n/a'}) "
            f"| {_ms(floor_web.get('zoom_median_s'))} / {_ms(floor_web.get('pan_median_s'))} "
            f"| {_ms(app_web.get('zoom_median_s'))} / {_ms(app_web.get('pan_median_s'))} |"
        )
    _print_clicks(figures.get("clicks") or {})
    print(f"\nfilter toggled: {app.get('filter_widget', 'n/a')}")


def _print_clicks(clicks: Figures) -> None:
    """Selections in Chromium (bench/clicks.py): medians per way, and where the time went."""
    ways = [way for way in ("map", "timeline", "list", "arrow key") if way in clicks]
    if not ways and not clicks.get("error") and not clicks.get("short"):
        return
    print(
        "\n| selection in Chromium (median) | timed | click to card | to run start | to run end "
        "| to map redrawn | Chromium main thread (JS / layout) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for way in ways:
        item = clicks[way]
        seconds = {
            key: (value / 1000 if value is not None else None)
            for key, value in item.items()
            if key != "count"
        }
        print(
            f"| {way} | {item.get('count', 'n/a')} | {_ms(seconds['card_ms'])} "
            f"| {_ms(seconds['run_start_ms'])} "
            f"| {_ms(seconds['run_end_ms'])} | {_ms(seconds['map_ms'])} "
            f"| {_ms(seconds['busy_ms'])} ({_ms(seconds['script_ms'])} / "
            f"{_ms(seconds['layout_ms'])}) |"
        )
    if clicks.get("short"):
        print(f"\n- selections: fewer than asked: {clicks['short']}")
    if clicks.get("error"):
        print(f"\n- selections: ERROR {clicks['error']}")


def _ratio_text(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}x"


Target = tuple[str, Callable[[Figures], float | None], float, Callable[[float], str]]


def _browser_settled(figures: Figures) -> float | None:
    """Chromium: a filter change to every panel updated (median), in seconds."""
    value = figures.get("app_browser", {}).get("settled_median_s")
    return float(value) if value is not None else None


def _open_ratio(figures: Figures) -> float | None:
    """Chromium: page open to the first drawn map, app over floor."""
    app = figures.get("app_browser", {}).get("first_map_s")
    floor = figures.get("floor_browser", {}).get("first_map_s")
    return app / floor if app and floor else None


def _click_to_card(figures: Figures) -> float | None:
    """The slowest way's median click-to-card time, in seconds."""
    clicks = figures.get("clicks") or {}
    values = [item["card_ms"] for item in clicks.values() if isinstance(item, dict)]
    values = [value for value in values if value is not None]
    return max(values) / 1000 if values else None


def _times(value: float) -> str:
    return f"{value:.1f}x"


def _millis(value: float) -> str:
    return f"{value * 1000:,.0f} ms"


# Per size: (target, the measured figure, its limit, how to print it).
TARGETS: dict[int, list[Target]] = {
    350: [
        ("filter change on the server within 2x the floor", ratio, 2.0, _times),
        ("filter change to every panel in Chromium under 250 ms", _browser_settled, 0.25, _millis),
        ("page open to the first drawn map within 1.5x the floor", _open_ratio, 1.5, _times),
        ("selection: click to card under 300 ms (slowest way)", _click_to_card, 0.3, _millis),
    ],
    10_000: [
        ("filter change on the server within 10x the floor", ratio, 10.0, _times),
        ("filter change to every panel in Chromium under 1 s", _browser_settled, 1.0, _millis),
        (
            "under 300 bytes per drawn path",
            lambda f: bytes_per_path(f["app"]),
            300,
            lambda value: f"{value:,.0f} B",
        ),
        ("selection: click to card under 600 ms (slowest way)", _click_to_card, 0.6, _millis),
    ],
    100_000: [
        ("loads under 5 s", lambda f: f["app"].get("first_run_s"), 5.0, lambda v: f"{v:.1f} s"),
        (
            "filters under 5 s",
            lambda f: f["app"].get("fresh_median_s"),
            5.0,
            lambda v: f"{v:.1f} s",
        ),
        (
            "peak memory under 1.5 GB",
            lambda f: f["app"].get("maxrss_mb"),
            1536,
            lambda v: f"{v:,.0f} MB",
        ),
    ],
}


def print_summary(results: list[Figures]) -> None:
    """Each target of the sizes measured: met, MISSED, or not measured."""
    print("\n## Targets")
    for figures in results:
        if "app" not in figures:  # concurrent sessions: bench/load.py printed its verdicts
            continue
        for label, measured, limit, shown in TARGETS.get(figures["missiles"], []):
            value = measured(figures)
            verdict = "not measured" if value is None else ("met" if value < limit else "MISSED")
            figure = "" if value is None else f"{shown(value)}: "
            print(f"- {figures['missiles']:,} missiles: {label}: {figure}{verdict}")
