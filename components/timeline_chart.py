"""The timeline's Altair chart, built without Streamlit so tests can read its spec."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import altair as alt
import numpy as np
import pandas as pd

from core.palette import CLASS_COLOURS
from core.records import Launch

MAX_POINTS: Final = 5_000  # above this, marks are binned; counts still cover every missile
PICK: Final = "pick"
BRUSH: Final = "brush"
LAYOUTS: Final = ("range", "class")
# Bin sizes of the aggregated chart, finest first, with their length in days.
BIN_PERIODS: Final = {"month": 30, "quarter": 91, "year": 365, "decade": 3652}
CLASS_RANK: Final = {name: index for index, name in enumerate(CLASS_COLOURS)}
LANE_SLOTS: Final = 9  # salvo members stack in this many rows of a lane before wrapping
WIDTH_PX: Final = 760
COLOUR = alt.Color(
    "missile_class:N",
    title="Class",
    scale=alt.Scale(domain=list(CLASS_COLOURS), range=list(CLASS_COLOURS.values())),
    legend=alt.Legend(orient="top", columns=9, symbolType="circle"),
)


@dataclass(frozen=True)
class Timeline:
    """A chart and what it says about itself."""

    chart: alt.VConcatChart
    params: tuple[str, ...]  # selection parameters the chart carries
    aggregated_note: str  # empty when every missile is its own mark
    marks: int


def launch_frame(launches: Sequence[Launch], site_names: Mapping[str, str]) -> pd.DataFrame:
    """One row per missile, with the salvo (event) position of each member."""
    frame = pd.DataFrame(
        {
            "launch_id": [launch.launch_id for launch in launches],
            "event_id": [launch.event_id for launch in launches],
            "date": pd.to_datetime([launch.date_utc for launch in launches]),
            "date_text": [launch.date_text for launch in launches],
            "time_utc": [
                launch.time_utc.strftime("%H:%M") if launch.time_utc else "" for launch in launches
            ],
            "missile": [launch.missile_name or "unidentified" for launch in launches],
            "missile_class": [launch.missile_class for launch in launches],
            "site": [site_names.get(launch.site_id, "unknown") for launch in launches],
            "range_km": pd.array([launch.range_km for launch in launches], dtype="Float64"),
        }
    )
    grouped = frame.groupby("event_id", sort=False)
    frame["member"] = grouped.cumcount()
    frame["salvo"] = grouped["launch_id"].transform("size")
    return frame


def _jittered(frame: pd.DataFrame, span_days: float) -> pd.DataFrame:
    """Spread a salvo's members side by side in time so each stays visible and clickable."""
    step_days = max(span_days, 30.0) / (WIDTH_PX * 0.8)
    offset = (frame["member"] - (frame["salvo"] - 1) / 2) * step_days
    return frame.assign(x=frame["date"] + pd.to_timedelta(offset, unit="D"))


def _period_starts(dates: pd.Series, period: str) -> pd.Series:
    if period == "decade":
        return pd.to_datetime((dates.dt.year // 10 * 10).astype(str) + "-01-01")
    return dates.dt.to_period({"month": "M", "quarter": "Q", "year": "Y"}[period]).dt.start_time


def _binned(frame: pd.DataFrame, layout: str) -> tuple[pd.DataFrame, str]:
    """Counts per period, class and (in the range layout) log-range band, coarsening to fit."""
    has_range = frame["range_km"].notna()
    band = np.floor(np.log10(frame["range_km"].where(has_range & (frame["range_km"] > 0), 1.0)) * 4)
    for period in BIN_PERIODS:
        keys = {"x": _period_starts(frame["date"], period), "missile_class": frame["missile_class"]}
        if layout == "range":
            keys |= {"band": band.where(has_range, np.nan), "known": has_range}
        binned = pd.DataFrame(keys).groupby(list(keys), dropna=False).size()
        if len(binned) <= MAX_POINTS:
            break
    out = binned.rename("missiles").reset_index()
    # Classes of one bin sit side by side across the period instead of hiding each other.
    rank = out["missile_class"].map(CLASS_RANK).fillna(len(CLASS_RANK))
    step_days = BIN_PERIODS[period] / (len(CLASS_RANK) + 1)
    out["x"] = out["x"] + pd.to_timedelta(rank * step_days, unit="D")
    if layout == "range":
        out["range_km"] = (10 ** ((out["band"] + 0.5) / 4)).where(out["known"].astype(bool))
        out = out.drop(columns=["band", "known"])
    return out, period


def _x(domain: list[pd.Timestamp], axis: bool) -> alt.X:
    return alt.X(
        "x:T",
        title=None,
        scale=alt.Scale(domain=[ts.isoformat() for ts in domain]),
        axis=alt.Axis(format="%Y", labelFlush=False) if axis else None,
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
    data: pd.DataFrame, x: alt.X, y: alt.Y, aggregated: bool, extra: Mapping[str, object]
) -> alt.Chart:
    """The missiles (or bins) as circles; each missile's SVG path is labelled `launch <id>`."""
    size: object = (
        alt.Size("missiles:Q", title="Missiles", legend=None) if aggregated else alt.value(55)
    )
    chart = alt.Chart(data).mark_circle(opacity=0.85, stroke="white", strokeWidth=0.5)
    encoding: dict[str, object] = {"x": x, "y": y, "color": COLOUR, "size": size}
    encoding["tooltip"] = _tooltip(aggregated)
    if not aggregated:
        encoding["description"] = alt.Description("aria:N")
    return chart.encode(**encoding, **extra)


def _ring(selected: pd.DataFrame, y: alt.Y, extra: Mapping[str, object]) -> alt.Chart:
    """A black ring around the selected missile."""
    ring = alt.Chart(selected).mark_point(
        shape="circle", size=260, filled=False, stroke="#000000", strokeWidth=2.5, aria=False
    )
    return ring.encode(x="x:T", y=y, **extra)


def _histogram(frame: pd.DataFrame, x: alt.X) -> alt.Chart:
    """Missiles per year, stacked by class (stacked here: ranged bars would lie on their side)."""
    years = frame.assign(x=frame["date"].dt.to_period("Y").dt.start_time)
    counts = years.groupby(["x", "missile_class"]).size().rename("missiles").reset_index()
    order = {name: index for index, name in enumerate(CLASS_COLOURS)}
    counts = counts.sort_values(
        ["x", "missile_class"], key=lambda c: c.map(order) if c.name == "missile_class" else c
    )
    counts["top"] = counts.groupby("x")["missiles"].cumsum()
    counts["bottom"] = counts["top"] - counts["missiles"]
    counts["x_end"] = counts["x"] + pd.DateOffset(years=1) - pd.Timedelta(days=20)
    return (
        alt.Chart(counts)
        .mark_rect()
        .encode(
            x=x,
            x2="x_end:T",
            y=alt.Y("top:Q", title="Missiles per year"),
            y2="bottom:Q",
            color=COLOUR,
            tooltip=[
                alt.Tooltip("year(x):T", title="Year"),
                alt.Tooltip("missile_class:N", title="Class"),
                alt.Tooltip("missiles:Q", title="Missiles", format=","),
            ],
        )
        .properties(width=WIDTH_PX, height=110)
    )


def build_timeline(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    layout: str = "range",
    selected_id: str | None = None,
) -> Timeline:
    """Missiles over time (range on a log axis, or lanes by class) above a yearly histogram."""
    frame = launch_frame(launches, site_names)
    first, last = frame["date"].min(), frame["date"].max()
    span_days = float((last - first).days)
    pad = pd.Timedelta(days=max(span_days * 0.02, 20.0))
    domain = [first - pad, last + pad + pd.Timedelta(days=1)]
    aggregated = len(frame) > MAX_POINTS
    jittered = _jittered(frame, span_days)
    jittered["lane"] = jittered["member"] % LANE_SLOTS
    note = ""
    if aggregated:
        data, period = _binned(frame, layout)
        data["member"] = data["lane"] = 0
        note = (
            f"Aggregated: {len(frame):,} missiles are drawn as {len(data):,} {period}ly bins "
            f"(circle size = missiles). Narrow the filters below {MAX_POINTS:,} missiles "
            "to see and pick single launches."
        )
    else:
        data = jittered.assign(aria="launch " + jittered["launch_id"])
    selected = jittered[jittered["launch_id"] == (selected_id or "")]
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    picks: tuple[alt.Parameter, ...] = ()
    if not aggregated:
        picks = (alt.selection_point(name=PICK, fields=["launch_id"], on="click", empty=False),)
    x_top = _x(domain, axis=True)

    if layout == "class":
        y = alt.Y("missile_class:N", title=None, sort=list(CLASS_COLOURS))
        lane = {"yOffset": alt.YOffset("lane:Q", scale=alt.Scale(domain=[-1, LANE_SLOTS]))}
        points = _marks(data, x_top, y, aggregated, lane).add_params(brush, *picks)
        top = alt.layer(points, _ring(selected, y, lane)).properties(width=WIDTH_PX, height=260)
        rows: list[alt.LayerChart | alt.FacetChart] = [top]
    else:
        has_range = data["range_km"].notna()
        known, unknown = data[has_range], data[~has_range]
        y = alt.Y("range_km:Q", title="Range (km, log scale)", scale=alt.Scale(type="log"))
        layers = [_marks(known, x_top, y, aggregated, {}).add_params(brush, *picks)]
        if not aggregated:
            salvos = known[known["salvo"] > 1]
            line = alt.Chart(salvos).mark_line(color="#555555", strokeWidth=1, aria=False)
            layers.insert(0, line.encode(x="x:T", y=y, detail="event_id:N", order="member:Q"))
        layers.append(_ring(selected[selected["range_km"].notna()], y, {}))
        top = alt.layer(*layers).properties(width=WIDTH_PX, height=260)
        stack = alt.Y(
            "lane:Q",
            title="no range",
            axis=alt.Axis(labels=False, ticks=False, grid=False, titleAngle=0, titleAlign="right"),
            scale=alt.Scale(domain=[-1, LANE_SLOTS]),
        )
        strip = alt.layer(
            _marks(unknown, _x(domain, axis=False), stack, aggregated, {}).add_params(*picks),
            _ring(selected[selected["range_km"].isna()], stack, {}),
        ).properties(width=WIDTH_PX, height=50)
        rows = [top, strip]
    with warnings.catch_warnings():
        # The click selection is deliberately shared by the ranged and the no-range marks.
        warnings.filterwarnings("ignore", "Automatically deduplicated selection parameter")
        chart = alt.vconcat(*rows, _histogram(frame, x_top), spacing=8).resolve_scale(x="shared")

    return Timeline(chart, (BRUSH,) if aggregated else (PICK, BRUSH), note, len(data))
