"""The timeline's class legend as HTML beside the chart: it wraps to the column's width.

Vega-Lite's own legend lays its entries out in fixed columns over the plot, and Streamlit cuts
the chart at the column's edge: at 1366x768 "SLBM" went and "unknown" read "unknow".
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from core.palette import CLASS_COLOURS

LEGEND_CLASS = "atlas-timeline-legend"


def legend_html(colours: Mapping[str, str] = CLASS_COLOURS) -> str:
    """Each class with its colour's dot, in the palette's order, under the title "Class"."""
    entries = "".join(
        f'<span class="atlas-timeline-class"><span class="atlas-timeline-dot" '
        f'style="background:{escape(colour)}"></span>{escape(name)}</span>'
        for name, colour in colours.items()
    )
    return (
        f'<div class="{LEGEND_CLASS}">'
        f'<span class="atlas-timeline-legend-title">Class</span>{entries}</div>'
    )
