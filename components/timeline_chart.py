"""The timeline's Altair chart, built without Streamlit so tests can read its spec."""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import altair as alt
import pandas as pd

from components.timeline_frames import (
    CLASS_RANK,
    MAX_POINTS,
    binned,
    class_frame,
    jittered,
    launch_frame,
)
from core.palette import CLASS_COLOURS
from core.records import Launch

PICK: Final = "pick"
BRUSH: Final = "brush"
LAYOUTS: Final = ("range", "class")
Y_AXIS_PX: Final = 56
# Named views: unnamed ones that carry a selection are named by Altair from a hash of their whole
# specification, recomputed on every filter change.
VIEW_PREFIX: Final = "timeline_"
LANE_SLOTS: Final = 9  # salvo members stack in this many rows of a lane before wrapping
COLOUR = alt.Color(
    "missile_class:N",
    title="Class",
    scale=alt.Scale(domain=list(CLASS_COLOURS), range=list(CLASS_COLOURS.values())),
    legend=alt.Legend(orient="top", columns=5, symbolType="circle"),
)


@dataclass(frozen=True)
class Timeline:
    """A chart and what it says about itself."""

    chart: alt.VConcatChart
    params: tuple[str, ...]  # selection parameters the chart carries
    aggregated_note: str  # empty when every missile is its own mark
    marks: int


def _x(domain: list[pd.Timestamp], axis: bool) -> alt.X:
    # "%Y" alone repeats the year on every tick of a short span.
    long_span = (domain[1] - domain[0]).days > 3 * 365
    return alt.X(
        "x:T",
        title=None,
        scale=alt.Scale(domain=[ts.isoformat() for ts in domain]),
        axis=alt.Axis(format="%Y" if long_span else "%b %Y", labelFlush=False) if axis else None,
    )


def _tooltip(aggregated: bool) -> list[alt.Tooltip]:
    if aggregated:
        return [
            alt.Tooltip("x:T", title="From", format="%Y-%m"),
            alt.Tooltip("missile_class:N", title="Class"),
            alt.Tooltip("missiles:Q", title="Missiles", format=","),
        ]
    return [
        alt.Tooltip("date_text:N", title="Date (UTC)"),
        alt.Tooltip("time_utc:N", title="Time (UTC)"),
        alt.Tooltip("missile:N", title="Missile"),
        alt.Tooltip("missile_class:N", title="Class"),
        alt.Tooltip("site:N", title="Site"),
        alt.Tooltip("range_km:Q", title="Range (km)", format=",.0f"),
        alt.Tooltip("salvo:Q", title="Missiles in the event"),
        alt.Tooltip("launch_id:N", title="Launch id"),
    ]


def _marks(
    data: pd.DataFrame,
    x: alt.X,
    y: alt.Y,
    aggregated: bool,
    selected_id: str | None,
    extra: Mapping[str, object],
) -> alt.Chart:
    """The missiles (or bins) as circles, the selected one ringed in black.

    Each chart is a single view (no layers): Streamlit fits only such a vconcat to the
    column's width. Each missile's SVG path is labelled `launch <id>` for screen readers and tests.
    """
    encoding: dict[str, object] = {"x": x, "y": y, "color": COLOUR, **extra}
    encoding["tooltip"] = _tooltip(aggregated)
    if aggregated:
        encoding["size"] = alt.Size("missiles:Q", legend=None, scale=alt.Scale(range=[12, 260]))
        return alt.Chart(data).mark_circle(opacity=0.8).encode(**encoding)
    chosen = f"datum.launch_id === {json.dumps(selected_id or '')}"
    # Channel objects, not alt.condition(...) dicts or "field:T" strings: Altair finds the schema
    # of a plain dict or string by trying each candidate against the Vega-Lite schema, which was
    # most of the time spent building this chart on every filter change.
    encoding["size"] = alt.SizeValue(55, condition={"test": chosen, "value": 170})
    encoding["stroke"] = alt.StrokeValue("#ffffff", condition={"test": chosen, "value": "#000000"})
    encoding["strokeWidth"] = alt.StrokeWidthValue(0.5, condition={"test": chosen, "value": 3})
    encoding["description"] = alt.Description("aria:N")
    return alt.Chart(data).mark_circle(opacity=0.9).encode(**encoding)


def _histogram(frame: pd.DataFrame, x: alt.X, yearly: bool) -> alt.Chart:
    """Missiles per year (per month over short spans), stacked by class.

    Stacked here rather than by Vega-Lite: a bar with both x and x2 would lie on its side.
    """
    period = "Y" if yearly else "M"
    counts = (
        frame.assign(x=frame["date"].dt.to_period(period).dt.start_time)
        .groupby(["x", "missile_class"])
        .size()
        .rename("missiles")
        .reset_index()
    )
    counts["rank"] = counts["missile_class"].map(CLASS_RANK).fillna(len(CLASS_RANK))
    counts = counts.sort_values(["x", "rank"])
    counts["top"] = counts.groupby("x")["missiles"].cumsum()
    counts["bottom"] = counts["top"] - counts["missiles"]
    gap = pd.Timedelta(days=20 if yearly else 2)
    counts["x_end"] = (
        counts["x"] + pd.DateOffset(years=1 if yearly else 0, months=0 if yearly else 1) - gap
    )
    unit = "year" if yearly else "month"
    return (
        alt.Chart(counts)
        .mark_rect()
        .encode(
            x=x,
            x2=alt.X2("x_end:T"),
            y=alt.Y("top:Q", title=f"Missiles per {unit}", axis=_y_axis()),
            y2=alt.Y2("bottom:Q"),
            color=COLOUR,
            tooltip=[
                alt.Tooltip("x:T", title=unit.capitalize(), format="%Y" if yearly else "%Y-%m"),
                alt.Tooltip("missile_class:N", title="Class"),
                alt.Tooltip("missiles:Q", title="Missiles", format=","),
            ],
        )
        .properties(height=110)
    )


def _y_axis(labels: bool = True) -> alt.Axis:
    # One label width for the stacked charts, so their plotting areas line up under each other.
    return alt.Axis(
        minExtent=Y_AXIS_PX, maxExtent=Y_AXIS_PX, labels=labels, ticks=labels, grid=labels
    )


def build_timeline(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    layout: str = "range",
    selected_id: str | None = None,
) -> Timeline:
    """Missiles over time (range on a log axis, or lanes by class) above a yearly histogram."""
    aggregated = len(launches) > MAX_POINTS
    # Above the budget only dates, classes and ranges are needed: skip the per-missile text.
    frame = class_frame(launches) if aggregated else launch_frame(launches, site_names)
    first, last = frame["date"].min(), frame["date"].max()
    span_days = float((last - first).days)
    pad = pd.Timedelta(days=max(span_days * 0.02, 20.0))
    domain = [first - pad, last + pad + pd.Timedelta(days=1)]
    note = ""
    if aggregated:
        data, period = binned(frame, layout)
        data["lane"] = 0
        note = (
            f"Aggregated: {len(frame):,} missiles are drawn as {len(data):,} {period}ly bins "
            f"(circle size = missiles). Narrow the filters below {MAX_POINTS:,} missiles "
            "to see and pick single launches."
        )
    else:
        data = jittered(frame, span_days)
        data["lane"] = data["member"] % LANE_SLOTS
        data["aria"] = "launch " + data["launch_id"]
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    picks: tuple[alt.Parameter, ...] = ()
    if not aggregated:
        picks = (alt.selection_point(name=PICK, fields=["launch_id"], on="click", empty=False),)
    x_top = _x(domain, axis=True)
    lane_scale = alt.Scale(domain=[-1, LANE_SLOTS])

    if layout == "class":
        y = alt.Y("missile_class:N", title=None, sort=list(CLASS_COLOURS), axis=_y_axis())
        lane = {"yOffset": alt.YOffset("lane:Q", scale=lane_scale)}
        top = _marks(data, x_top, y, aggregated, selected_id, lane).add_params(brush, *picks)
        rows = [top.properties(height=280, name=f"{VIEW_PREFIX}lanes")]
    else:
        has_range = data["range_km"] > 0  # NaN and 0 (a failure at launch) have no log position
        y = alt.Y(
            "range_km:Q",
            title="Range (km, log scale)",
            scale=alt.Scale(type="log"),
            axis=_y_axis(),
        )
        top = _marks(data[has_range], x_top, y, aggregated, selected_id, {})
        stack = alt.Y(
            "lane:Q",
            title="no range",
            axis=_y_axis(labels=False),
            scale=lane_scale,
        )
        strip = _marks(data[~has_range], _x(domain, False), stack, aggregated, selected_id, {})
        rows = [
            top.add_params(brush, *picks).properties(height=260, name=f"{VIEW_PREFIX}ranged"),
            strip.add_params(*picks).properties(height=64, name=f"{VIEW_PREFIX}no_range"),
        ]
    with warnings.catch_warnings():
        # The click selection is deliberately shared by the ranged and the no-range marks.
        warnings.filterwarnings("ignore", "Automatically deduplicated selection parameter")
        histogram = _histogram(frame, x_top, yearly=span_days > 3 * 365)
        chart = alt.vconcat(*rows, histogram, spacing=8).resolve_scale(x="shared")
    return Timeline(chart, (BRUSH,) if aggregated else (PICK, BRUSH), note, len(data))
