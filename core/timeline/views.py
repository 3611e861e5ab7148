"""The timeline's Vega-Lite views: the missiles (or bins) as circles, and the histogram."""

from __future__ import annotations

from typing import Any, Final

from core.palette import CLASS_COLOURS

Y_AXIS_PX: Final = 56

Spec = dict[str, Any]  # a piece of a Vega-Lite specification


def colour() -> Spec:
    return {
        "field": "missile_class",
        "type": "nominal",
        "title": "Class",
        "scale": {"domain": list(CLASS_COLOURS), "range": list(CLASS_COLOURS.values())},
        "legend": None,  # drawn beside the chart in HTML (legend.py): it wraps, Vega's was cut
    }


def x_channel(domain: list[str], long_span: bool, axis: bool) -> Spec:
    # "%Y" alone repeats the year on every tick of a short span.
    shown = {"format": "%Y" if long_span else "%b %Y", "labelFlush": False}
    return {
        "field": "x",
        "type": "temporal",
        "title": None,
        "scale": {"domain": domain},
        "axis": shown if axis else None,
    }


def y_axis(labels: bool = True) -> Spec:
    # One label width for the stacked charts, so their plotting areas line up under each other.
    return {
        "minExtent": Y_AXIS_PX,
        "maxExtent": Y_AXIS_PX,
        "labels": labels,
        "ticks": labels,
        "grid": labels,
    }


def tip(field: str, kind: str, title: str, number_format: str | None = None) -> Spec:
    """A tooltip line: Vega-Lite renders the field's value as text."""
    line = {"field": field, "type": kind, "title": title}
    return line | {"format": number_format} if number_format else line


def tooltip(aggregated: bool) -> list[Spec]:
    if aggregated:
        return [
            tip("x", "temporal", "From", "%Y-%m"),
            tip("missile_class", "nominal", "Class"),
            tip("missiles", "quantitative", "Missiles", ","),
        ]
    return [
        tip("date_text", "nominal", "Date (UTC)"),
        tip("time_utc", "nominal", "Time (UTC)"),
        tip("missile", "nominal", "Missile"),
        tip("missile_class", "nominal", "Class"),
        tip("site", "nominal", "Site"),
        tip("range_text", "nominal", "Range"),  # '700 km (JCS)': the figure and its source
        tip("apogee_text", "nominal", "Apogee"),
        tip("salvo", "quantitative", "Missiles in the event"),
        tip("launch_id", "nominal", "Launch id"),
    ]


# The selected missile is the row whose `chosen` column is true (frames.CHOSEN): in the data, not
# in the spec, so a new selection leaves the spec as it was and Streamlit updates the chart's data
# in place instead of embedding the chart anew.
CHOSEN_TEST: Final = "datum.chosen"


def marks_view(data: str, encoding: Spec, aggregated: bool) -> Spec:
    """A view of the missiles (or bins) in dataset `data` as circles, the selected one ringed.

    Each view is a single one (no layers): Streamlit fits only such a vconcat to the column's
    width. Each missile's SVG path is labelled `launch <id>` for screen readers and tests.
    """
    encoding = encoding | {"color": colour(), "tooltip": tooltip(aggregated)}
    if aggregated:
        size = {"field": "missiles", "type": "quantitative", "legend": None}
        encoding["size"] = size | {"scale": {"range": [12, 260]}}
        return {
            "data": {"name": data},
            "mark": {"type": "circle", "opacity": 0.8},
            "encoding": encoding,
        }
    chosen = CHOSEN_TEST
    encoding["size"] = {"value": 55, "condition": {"test": chosen, "value": 170}}
    encoding["stroke"] = {"value": "#ffffff", "condition": {"test": chosen, "value": "#000000"}}
    encoding["strokeWidth"] = {"value": 0.5, "condition": {"test": chosen, "value": 3}}
    encoding["description"] = {"field": "aria", "type": "nominal"}
    return {
        "data": {"name": data},
        "mark": {"type": "circle", "opacity": 0.9},
        "encoding": encoding,
    }


def histogram_view(data: str, x: Spec, yearly: bool) -> Spec:
    """Missiles per year (per month over short spans), stacked by class.

    Stacked in the data rather than by Vega-Lite: a bar with both x and x2 would lie on its side.
    """
    unit = "year" if yearly else "month"
    return {
        "data": {"name": data},
        "mark": {"type": "rect"},
        "height": 110,
        "encoding": {
            "x": x,
            "x2": {"field": "x_end"},
            "y": {
                "field": "top",
                "type": "quantitative",
                "title": f"Missiles per {unit}",
                "axis": y_axis(),
            },
            "y2": {"field": "bottom"},
            "color": colour(),
            "tooltip": [
                tip("x", "temporal", unit.capitalize(), "%Y" if yearly else "%Y-%m"),
                tip("missile_class", "nominal", "Class"),
                tip("missiles", "quantitative", "Missiles", ","),
            ],
        },
    }
