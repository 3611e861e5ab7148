"""The timeline's Vega-Lite chart as a plain spec, built without Streamlit so tests can read it.

Written as a dict rather than with Altair: building Altair's channel objects, copying and
validating them and converting their data was most of the timeline's time on a filter change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import pandas as pd
import pyarrow as pa

from core.briefing.figure_sources import FigureSources
from core.palette import CLASS_COLOURS
from core.records.model import Launch
from core.timeline.bins import binned, histogram
from core.timeline.frames import (
    CHOSEN,
    LANE_SLOTS,
    MAX_POINTS,
    SELECTED_THEN,
    Missiles,
    missiles,
    points,
)
from core.timeline.views import Spec, histogram_view, marks_view, x_channel, y_axis

PICK: Final = "pick"
BRUSH: Final = "brush"
LAYOUTS: Final = ("range", "class")
SCHEMA: Final = "https://vega.github.io/schema/vega-lite/v6.json"
VIEW_PREFIX: Final = "timeline_"


@dataclass(frozen=True)
class Timeline:
    """A chart and what it says about itself."""

    spec: Spec  # Vega-Lite; its top-level `datasets` are Arrow tables, as Streamlit takes them
    params: tuple[str, ...]  # selection parameters the chart carries
    aggregated_note: str  # empty when every missile is its own mark
    marks: int


def _named(tables: dict[str, pa.Table], table: pa.Table) -> str:
    """Add `table` to `tables` under a name that changes with its content, and return the name.

    A new name means a new spec, so the browser draws the chart anew (new scales, new marks)
    rather than patching its data; all but the selection (the `chosen` column), which a new
    selection changes alone: the spec stays, and Streamlit updates the chart's data in place.
    """
    named = table.drop_columns([c for c in (CHOSEN, SELECTED_THEN) if c in table.column_names])
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, named.schema) as writer:
        writer.write_table(named)
    name = "data-" + hashlib.md5(sink.getvalue(), usedforsecurity=False).hexdigest()
    tables[name] = table
    return name


def _with_chosen(table: pa.Table, selected_id: str | None) -> pa.Table:
    """The missiles with a `chosen` column (true on the selected missile's row alone) and the
    selected launch's id on every row (SELECTED_THEN)."""
    ids = table["launch_id"].to_pylist()
    chosen = table.append_column(CHOSEN, pa.array([i == selected_id for i in ids], pa.bool_()))
    then = pa.array([selected_id or ""] * len(ids), pa.string()).dictionary_encode()
    return chosen.append_column(SELECTED_THEN, then)


def _time_domain(columns: Missiles) -> list[str]:
    """The shared time axis: every missile's day, with a margin either side."""
    first = pd.Timestamp(columns.day.min(), unit="D")
    last = pd.Timestamp(columns.day.max(), unit="D")
    pad = pd.Timedelta(days=max(columns.span_days * 0.02, 20.0))
    return [(first - pad).isoformat(), (last + pad + pd.Timedelta(days=1)).isoformat()]


def _params(brush_views: list[str], pick_views: list[str], pickable: bool) -> list[Spec]:
    """The brush (a dragged span of dates) and, over single missiles, the click that picks one."""
    params: list[Spec] = [
        {"name": BRUSH, "select": {"type": "interval", "encodings": ["x"]}, "views": brush_views}
    ]
    if pickable:
        click = {"type": "point", "fields": ["launch_id", SELECTED_THEN], "on": "click"}
        params.append({"name": PICK, "select": click, "views": pick_views})
    return params


def build_timeline(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    layout: str = "range",
    selected_id: str | None = None,
    sources: Mapping[str, FigureSources] | None = None,
) -> Timeline:
    """Missiles over time (range on a log axis, or lanes by class) above a yearly histogram.

    A missile's tooltip names the source of its range and apogee (`sources`, by launch id).
    """
    aggregated = len(launches) > MAX_POINTS
    columns = missiles(launches)
    domain = _time_domain(columns)
    long_span = columns.span_days > 3 * 365
    note = ""
    if aggregated:  # only dates, classes and ranges are needed: no per-missile text
        data, period = binned(columns, layout)
        note = (
            f"Aggregated: {len(launches):,} missiles are drawn as {data.num_rows:,} {period}ly "
            f"bins (circle size = missiles). Narrow the filters below {MAX_POINTS:,} missiles "
            "to see and pick single launches."
        )
    else:
        data = _with_chosen(points(launches, site_names, columns, sources), selected_id)
    tables: dict[str, pa.Table] = {}
    x_top = x_channel(domain, long_span, axis=True)
    lanes = {"domain": [-1, LANE_SLOTS]}
    if layout == "class":
        top_name = f"{VIEW_PREFIX}lanes"
        y = {
            "field": "missile_class",
            "type": "nominal",
            "title": None,
            "sort": list(CLASS_COLOURS),
        }
        encoding = {
            "x": x_top,
            "y": y | {"axis": y_axis()},
            "yOffset": {"field": "lane", "type": "quantitative", "scale": lanes},
        }
        top = marks_view(_named(tables, data), encoding, aggregated)
        rows = [top | {"height": 280, "name": top_name}]
        pick_views = [top_name]
    else:
        top_name, strip_name = f"{VIEW_PREFIX}ranged", f"{VIEW_PREFIX}no_range"
        # NaN and 0 (a failure at launch) have no log position.
        known = data["range_km"].to_numpy(zero_copy_only=False) > 0
        y = {"field": "range_km", "type": "quantitative", "title": "Range (km, log scale)"}
        ranged = {"x": x_top, "y": y | {"scale": {"type": "log"}, "axis": y_axis()}}
        stack = {"field": "lane", "type": "quantitative", "title": "no range", "scale": lanes}
        strip = {
            "x": x_channel(domain, long_span, axis=False),
            "y": stack | {"axis": y_axis(False)},
        }
        rows = [
            marks_view(_named(tables, data.filter(known)), ranged, aggregated)
            | {"height": 260, "name": top_name},
            marks_view(_named(tables, data.filter(~known)), strip, aggregated)
            | {"height": 64, "name": strip_name},
        ]
        pick_views = [top_name, strip_name]
    counts = _named(tables, histogram(columns, yearly=long_span))
    spec = {
        "$schema": SCHEMA,
        "datasets": tables,
        "params": _params([top_name], pick_views, pickable=not aggregated),
        "vconcat": [*rows, histogram_view(counts, x_top, yearly=long_span)],
        "spacing": 8,
        "resolve": {"scale": {"x": "shared"}},
    }
    return Timeline(spec, (BRUSH,) if aggregated else (PICK, BRUSH), note, data.num_rows)
