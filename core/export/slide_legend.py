"""The slide map's legend: the classes in view, the path kinds, the zones; sized by its type."""

from __future__ import annotations

import math
from typing import Final

from PIL import ImageDraw

from core.export.canvas import dashed_line, font
from core.export.view import ExportView
from core.mapview.ring_layer import RING_COLOUR
from core.palette import class_colour
from core.records.model import MISSILE_CLASSES

JAPAN_EEZ: Final = "#c0392b"
JOINT_REGIME: Final = "#7d3c98"
DISPUTED_WATERS: Final = "#d35400"
INK: Final = "#1b1b1b"
LEGEND_WIDTH_PX: Final = 380
LEGEND_MARGIN_PX: Final = 30
LEGEND_FONT_PX: Final = 22
KEY_ROWS: Final = [
    ("#333333", "line", "reported path"),
    ("#333333", "dash", "estimated path"),
    ("#333333", "dot", "failure"),
    (JAPAN_EEZ, "box", "Japan's EEZ (approximate)"),
    (JOINT_REGIME, "box", "Japan-Korea joint regime"),
    (DISPUTED_WATERS, "box", "disputed waters Japan claims"),
    ("#333333", "site", "launch site"),
]
RING_ROW: Final = (RING_COLOUR, "ring", "range ring (km)")


def draw_legend(
    draw: ImageDraw.ImageDraw,
    view: ExportView,
    right: int,
    top: int,
    k: int,
    rings: bool,
    font_px: int = LEGEND_FONT_PX,
) -> None:
    """The legend box, its top right corner at (right, top): classes present, line kinds, zones."""
    classes = {launch.missile_class for launch in view.launches}
    present = [name for name in MISSILE_CLASSES if name in classes]
    rows: list[tuple[str, str, str]] = [(class_colour(name), "line", name) for name in present]
    rows += KEY_ROWS
    if rings:
        rows.append(RING_ROW)
    u = font_px / LEGEND_FONT_PX  # every size follows the type
    label_font, line_h = font(font_px * k), round(34 * u) * k
    width = legend_width_px(font_px) * k
    height = line_h * len(rows) + round(60 * u) * k
    left = right - width
    draw.rectangle((left, top, right, top + height), fill="#ffffffe6", outline="#999999", width=k)
    title_font = font(round(24 * u) * k, bold=True)
    draw.text((left + 18 * k, top + round(12 * u) * k), "Legend", font=title_font, fill=INK)
    y = top + round(50 * u) * k
    for colour, symbol, text in rows:
        x0, x1, mid = left + 18 * k, left + round(70 * u) * k, y + line_h // 2
        if symbol == "line":
            draw.line((x0, mid, x1, mid), fill=colour, width=5 * k)
        elif symbol == "dash":
            dashed_line(draw, [(x0, mid), (x1, mid)], colour, 4 * k, 12 * k, 7 * k)
        elif symbol == "dot":
            dashed_line(draw, [(x0, mid), (x1, mid)], colour, 2 * k, 3 * k, 6 * k)
        elif symbol == "ring":
            dashed_line(draw, [(x0, mid), (x1, mid)], colour, 2 * k, 12 * k, 8 * k)
        elif symbol == "box":
            draw.rectangle((x0, mid - 9 * k, x1, mid + 9 * k), outline=colour, width=3 * k)
        else:
            draw.rectangle((x0 + 20 * k, mid - 5 * k, x0 + 30 * k, mid + 5 * k), fill=colour)
        draw.text((x1 + 16 * k, y + round(4 * u) * k), text, font=label_font, fill=INK)
        y += line_h


def legend_width_px(font_px: int) -> int:
    """The legend box's width for its type size: at least LEGEND_WIDTH_PX scaled, and wide
    enough for its longest label (symbol column, gaps and both margins included)."""
    u = font_px / LEGEND_FONT_PX
    labels = [text for _, _, text in (*KEY_ROWS, RING_ROW)] + list(MISSILE_CLASSES)
    longest = max(font(font_px).getlength(text) for text in labels)
    return max(round(LEGEND_WIDTH_PX * u), math.ceil(round(70 * u) + 16 + longest + 18))
