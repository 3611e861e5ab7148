"""The trajectory profile drawn with Pillow for slides: true scale, type sized for a room.

vl-convert takes ~0.5 s to rasterise one chart; a deck of twenty launches cannot wait for that,
so the deck draws the same picture (arc, curved ground, axes in km) itself in a few ms.
"""

from __future__ import annotations

import math
from typing import Final

from PIL import Image, ImageDraw

from core.export.canvas import dashed_line, encoded, font
from core.export.profile_chart import ARC_COLOUR, EARTH_COLOUR
from core.geo.profile import REPORTED_APOGEE, FlightProfile, surface_points

SIZE_PX: Final = (1420, 440)
SUPERSAMPLE: Final = 2
GRID: Final = "#d9d9d9"
INK: Final = "#1b1b1b"
EARTH_FILL: Final = "#dcd0c0"


def nice_step(span: float, most: int) -> float:
    """A 1/2/5 x 10^n step giving at most `most` intervals over `span`."""
    raw = span / max(most, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _ticks(low: float, high: float, most: int) -> list[float]:
    step = nice_step(high - low, most)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def _spaced(ticks: list[float], at_px: list[float], gap_px: float) -> list[float]:
    """The ticks whose labels keep `gap_px` apart, from the first (the launch point) on."""
    kept: list[float] = []
    last = -math.inf
    for tick, x in zip(ticks, at_px, strict=True):
        if x - last >= gap_px:
            kept.append(tick)
            last = x
    return kept


def profile_png(
    profile: FlightProfile, size: tuple[int, int] = SIZE_PX, type_px: int = 48, fmt: str = "PNG"
) -> bytes:
    """PNG of the profile at true scale; `type_px` sizes every label (48 px: 18 pt at 190 dpi)."""
    if not profile.arc:
        raise ValueError(f"{profile.launch_id}: no arc to draw ({profile.note})")
    k = SUPERSAMPLE
    width, height = size[0] * k, size[1] * k
    label = font(type_px * k)
    xs, ys = [x for x, _ in profile.arc], [y for _, y in profile.arc]
    # Room on the left for the widest height label ("5,000 km") and a gap.
    left = round(label.getlength(f"{max(ys):,.0f} km")) + 24 * k
    right = width - type_px * k
    top, bottom = round(type_px * 1.5) * k, height - round(type_px * 1.5) * k
    x_pad = 0.06 * (max(xs) - min(xs)) + 10.0
    y_lo, y_hi = min(ys) - 0.05 * (max(ys) - min(ys)) - 5.0, max(ys) * 1.02 + 2.0
    km_per_px = max(
        (max(xs) - min(xs) + 2 * x_pad) / (right - left), (y_hi - y_lo) / (bottom - top)
    )
    # A flat flight needs less than the whole height: the picture ends a little under the ground.
    plot_px = min(bottom - top, (y_hi - y_lo) / km_per_px + type_px * k)
    bottom = round(top + plot_px)
    height = bottom + round(type_px * 1.5) * k
    x_mid = (min(xs) + max(xs)) / 2.0
    x_lo = x_mid - km_per_px * (right - left) / 2.0
    y_lo = y_hi - km_per_px * (bottom - top)

    def px(x_km: float, y_km: float) -> tuple[float, float]:
        return (left + (x_km - x_lo) / km_per_px, top + (y_hi - y_km) / km_per_px)

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    x_hi = x_lo + km_per_px * (right - left)
    # Ticks over the flight itself: heights from the ground up, distances from launch to impact.
    y_ticks = [tick for tick in _ticks(y_lo, y_hi, 3) if tick >= 0]
    x_ticks = _ticks(0.0, max(xs), 4)
    for tick in y_ticks:
        y = px(0.0, tick)[1]
        draw.line((left, y, right, y), fill=GRID, width=k)
    for tick in x_ticks:
        x = px(tick, 0.0)[0]
        draw.line((x, top, x, bottom), fill=GRID, width=k)
    ground = [px(x, y) for x, y in surface_points(x_lo, x_hi, profile.half_chord_km)]
    draw.polygon([*ground, (right, bottom), (left, bottom)], fill=EARTH_FILL)
    draw.line(ground, fill=EARTH_COLOUR, width=3 * k)
    arc = [px(x, y) for x, y in profile.arc]
    if profile.apogee_basis == REPORTED_APOGEE:
        draw.line(arc, fill=ARC_COLOUR, width=6 * k, joint="curve")
    else:
        dashed_line(draw, arc, ARC_COLOUR, 6 * k, 18 * k, 12 * k)
    # The ground runs off the plot; the margins stay clear for the labels.
    draw.rectangle((0, bottom, width, height), fill="white")
    draw.rectangle((0, 0, left, height), fill="white")
    draw.rectangle((right, 0, width, height), fill="white")
    draw.rectangle((0, 0, width, top), fill="white")
    for index, tick in enumerate(y_ticks):
        y = px(0.0, tick)[1]
        unit = " km" if index == len(y_ticks) - 1 else ""
        draw.text((left - 12 * k, y), f"{tick:,.0f}{unit}", font=label, fill=INK, anchor="rm")
    x_ticks = _spaced(x_ticks, [px(tick, 0.0)[0] for tick in x_ticks], 4.5 * type_px * k)
    for index, tick in enumerate(x_ticks):
        x = px(tick, 0.0)[0]
        unit = " km" if index == len(x_ticks) - 1 else ""
        anchor = "rt" if unit else "mt"
        at = min(x + label.getlength(unit) / 2, width - 4 * k) if unit else x
        draw.text((at, bottom + 8 * k), f"{tick:,.0f}{unit}", font=label, fill=INK, anchor=anchor)
    apex = max(profile.arc, key=lambda point: point[1])
    basis = "" if profile.apogee_basis == REPORTED_APOGEE else " (minimum-energy arc)"
    apex_x, apex_y = px(*apex)
    text = f"apogee {profile.apogee_km:,.0f} km{basis}"
    half = label.getlength(text) / 2.0
    text_x = min(max(apex_x, left + half), right - half)
    draw.text((text_x, apex_y - 10 * k), text, font=label, fill=INK, anchor="md")
    # A box filter: as smooth here as Lanczos, at a fifth of the time.
    return encoded(image.reduce(k), fmt)
