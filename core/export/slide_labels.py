"""Place names on the slide maps: the map panel's labels, thinned to the picture's scale."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PIL import Image, ImageDraw, ImageStat

from core.export.canvas import Frame, font
from core.geo.place_labels import PlaceLabel, place_labels

# The map panel shows a label from its `min_zoom` on; a slide shows those of its own scale and
# one step more (a slide is read at a glance, from across a room, and has no zoom of its own).
EXTRA_ZOOM: Final = 1.0
# Drawn in this order, so that when two names would touch the more useful one stays.
KIND_ORDER: Final = ("country", "capital", "sea", "city", "island")
# Every name is set at the legend's size (on a deck, 18 pt); kinds differ by weight, ink and case.
STYLE: Final = {  # (bold, ink, upper case)
    "country": (True, "#6b6256", True),
    "sea": (False, "#3f6b8f", False),
    "capital": (True, "#1b1b1b", False),
    "city": (False, "#1b1b1b", False),
    "island": (False, "#5b5348", False),
}
HALO: Final = "#ffffffcc"
# A name under the paths is left out when they would cover more than this share of its box.
MOST_COVERED: Final = 0.12
MASK_SCALE: Final = 4  # the paths' mask is drawn at a quarter of the image's size: enough to judge
DOT_KINDS: Final = ("capital", "city")


def web_zoom(frame: Frame, k: int) -> float:
    """The web map zoom whose scale the frame has (256 px span 360 degrees at zoom 0)."""
    degrees = frame.lon_max - frame.lon_min
    return math.log2(frame.width / k / degrees * 360.0 / 256.0) if degrees > 0 else 0.0


def shown_labels(frame: Frame, k: int, data_dir: Path) -> list[PlaceLabel]:
    """The labels inside the frame at its scale, most useful kind first."""
    zoom = web_zoom(frame, k) + EXTRA_ZOOM
    inside = [
        label
        for label in place_labels(data_dir)
        if label.kind in STYLE
        and label.min_zoom <= zoom
        and frame.lat_min <= label.lat <= frame.lat_max
        and frame.lon_min <= label.lon <= frame.lon_max
    ]
    return sorted(inside, key=lambda label: (KIND_ORDER.index(label.kind), label.min_zoom))


def path_mask(
    size: tuple[int, int],
    paths: list[list[tuple[float, float]]],
    width_px: float,
    dots: Sequence[tuple[float, float]] = (),
    dot_px: float = 0.0,
) -> Image.Image:
    """A grey mask of where the paths and impact dots lie (255 on one), at 1/MASK_SCALE."""
    mask = Image.new("L", (size[0] // MASK_SCALE + 1, size[1] // MASK_SCALE + 1), 0)
    draw = ImageDraw.Draw(mask)
    width = max(1, round(width_px / MASK_SCALE))
    for path in paths:
        if len(path) >= 2:
            draw.line([(x / MASK_SCALE, y / MASK_SCALE) for x, y in path], fill=255, width=width)
    radius = dot_px / MASK_SCALE
    for x, y in dots:
        x, y = x / MASK_SCALE, y / MASK_SCALE
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)
    return mask


def _covered(mask: Image.Image | None, box: tuple[float, float, float, float]) -> float:
    if mask is None:
        return 0.0
    left, top, right, bottom = (round(edge / MASK_SCALE) for edge in box)
    if right <= left or bottom <= top:
        return 0.0
    return float(ImageStat.Stat(mask.crop((left, top, right, bottom))).mean[0]) / 255.0


def _overlaps(box: tuple[float, float, float, float], boxes: list[tuple[float, ...]]) -> bool:
    left, top, right, bottom = box
    return any(
        left < other[2] and other[0] < right and top < other[3] and other[1] < bottom
        for other in boxes
    )


def draw_labels(
    draw: ImageDraw.ImageDraw,
    frame: Frame,
    k: int,
    type_px: int,
    data_dir: Path,
    paths: Image.Image | None = None,
) -> list[str]:
    """Draw the place names that fit inside the frame's box without touching; their names.

    `paths` (from `path_mask`) leaves out a name the launches' paths would mostly hide.
    """
    taken: list[tuple[float, ...]] = []
    drawn: list[str] = []
    bounds = (frame.left, frame.top, frame.left + frame.width, frame.top + frame.height)
    for label in shown_labels(frame, k, data_dir):
        bold, ink, upper = STYLE[label.kind]
        text = label.name.upper() if upper else label.name
        face = font(type_px * k, bold)
        x, y = frame.xy(label.lat, label.lon)
        dot = label.kind in DOT_KINDS
        if dot:  # the name sits to the right of its dot
            left, top, right, bottom = draw.textbbox((x + 8 * k, y), text, font=face, anchor="lm")
            box = (x - 5 * k, top, right, bottom)
        else:  # a region's name is centred on its point
            left, top, right, bottom = draw.textbbox((x, y), text, font=face, anchor="mm")
            box = (left, top, right, bottom)
        pad = 4 * k
        padded = (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)
        outside = (
            padded[0] < bounds[0] or padded[1] < bounds[1]
            or padded[2] > bounds[2] or padded[3] > bounds[3]
        )  # fmt: skip
        if outside or _overlaps(padded, taken) or _covered(paths, box) > MOST_COVERED:
            continue
        taken.append(padded)
        drawn.append(label.name)
        if dot:
            radius = 4 * k
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=ink)
            anchor, at = "lm", (x + 8 * k, y)
        else:
            anchor, at = "mm", (x, y)
        draw.text(
            at, text, font=face, fill=ink, anchor=anchor, stroke_width=2 * k, stroke_fill=HALO
        )
    return drawn
