"""A slide-ready PNG of the map, drawn without a browser: land, EEZ, paths, legend, caveat."""

from __future__ import annotations

import io
from typing import Final

from PIL import Image, ImageDraw

from core.export.canvas import Frame, dashed_line, draw_polygons, font, layer_rings
from core.export.view import EEZ_CAVEAT, SOURCE_LINE, ExportView
from core.geo.geodesy import range_ring
from core.geo.layers import EAST_ASIA_FILE, EEZ_FILE, WORLD_FILE, geo_path
from core.geo.rings import default_rings
from core.mapview.centres import reach_ring_for, ring_centre_for
from core.mapview.controls import REACH_COLOUR
from core.mapview.ring_layer import (
    REACH_LABEL_BEARING_DEG,
    RING_COLOUR,
    RING_LABEL_BEARING_DEG,
    label_point,
    reach_label,
)
from core.palette import class_colour
from core.records.model import MISSILE_CLASSES, Launch

SLIDE_SIZE: Final = (1920, 1080)
SUPERSAMPLE: Final = 2  # draw at twice the size and shrink: Pillow's lines are not antialiased
SEA: Final = "#dbe9f4"
LAND: Final = "#f3efe6"
LAND_EDGE: Final = "#9c9385"
JAPAN_EEZ: Final = "#c0392b"
JOINT_REGIME: Final = "#7d3c98"
OTHER_EEZ: Final = "#8a99a8"
INK: Final = "#1b1b1b"
BAND: Final = "#ffffff"
LEGEND_WIDTH_PX: Final = 380
LEGEND_MARGIN_PX: Final = 30


def _points(view: ExportView, launches: tuple[Launch, ...]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for launch in launches:
        item = view.geometry.get(launch.launch_id)
        if item is None:
            continue
        points += list(item.path)
        if item.origin is not None:
            points.append(item.origin)
        if item.impact is not None:
            points.append(item.impact.point)
    return points


def _draw_geography(draw: ImageDraw.ImageDraw, frame: Frame, view: ExportView, k: int) -> None:
    geo = view.geo_data_dir
    for name in (WORLD_FILE, EAST_ASIA_FILE):
        draw_polygons(draw, frame, layer_rings(geo_path(geo, name)), LAND, LAND_EDGE, k)
    zones = layer_rings(geo_path(geo, EEZ_FILE))
    draw_polygons(draw, frame, zones, None, OTHER_EEZ, k, lambda p: p.get("zone") != "JPN")
    draw_polygons(
        draw, frame, zones, None, JOINT_REGIME, 2 * k, lambda p: p.get("kind") == "joint_regime"
    )
    draw_polygons(draw, frame, zones, None, JAPAN_EEZ, 2 * k, lambda p: p.get("zone") == "JPN")


def _draw_rings(draw: ImageDraw.ImageDraw, frame: Frame, view: ExportView, k: int) -> bool:
    """The map panel's range rings (and a lofted selection's reach), dashed and labelled in km as
    on the map; False when there are none."""
    centre = ring_centre_for(view.dataset, view.selected, view.ring_site_id)
    rings = view.rings if view.rings is not None else default_rings(view.dataset.launches)
    point = (centre.lat, centre.lon)
    # (centre, radius, label, colour, bearing of the label)
    drawn = [
        (point, ring.radius_km, f"{ring.radius_km:,.0f} km", RING_COLOUR, RING_LABEL_BEARING_DEG)
        for ring in rings
    ]
    reach = reach_ring_for(view.dataset, view.selected)
    if reach is not None:
        site, radius_km = (reach.centre.lat, reach.centre.lon), reach.ring.radius_km
        label = reach_label(reach)
        drawn.append((site, radius_km, label, REACH_COLOUR, REACH_LABEL_BEARING_DEG))
    label_font = font(20 * k)
    for at, radius_km, label, colour, bearing in drawn:
        pixels = [frame.xy(lat, lon) for lat, lon in range_ring(at, radius_km)]
        dashed_line(draw, pixels, colour, 2 * k, 12 * k, 8 * k)
        x, y = frame.xy(*label_point(at, bearing, radius_km))
        draw.text((x + 6 * k, y - 12 * k), label, font=label_font, fill=colour)
    if drawn:
        x, y = frame.xy(*point)
        draw.ellipse((x - 5 * k, y - 5 * k, x + 5 * k, y + 5 * k), outline=RING_COLOUR, width=2 * k)
    return bool(drawn)


def _draw_launches(
    draw: ImageDraw.ImageDraw,
    frame: Frame,
    view: ExportView,
    launches: tuple[Launch, ...],
    highlight: str | None,
    k: int,
) -> None:
    items = [view.geometry[launch.launch_id] for launch in launches]
    sites = {item.origin for item in items if item.origin is not None}
    for lat, lon in sites:
        x, y = frame.xy(lat, lon)
        draw.rectangle((x - 4 * k, y - 4 * k, x + 4 * k, y + 4 * k), fill="#333333")
    ordered = sorted(launches, key=lambda launch: launch.launch_id == highlight)
    for launch in ordered:
        item = view.geometry.get(launch.launch_id)
        if item is None or item.impact is None:
            continue
        colour = class_colour(launch.missile_class)
        width = (6 if launch.launch_id == highlight else 3) * k
        pixels = [frame.xy(lat, lon) for lat, lon in item.path]
        if len(pixels) >= 2:
            if launch.outcome == "failure":
                dashed_line(draw, pixels, colour, max(k, width // 2), 3 * k, 6 * k)
            elif item.estimated:
                dashed_line(draw, pixels, colour, width, 14 * k, 9 * k)
            else:
                draw.line(pixels, fill=colour, width=width, joint="curve")
        x, y = frame.xy(item.impact.lat, item.impact.lon)
        radius = (9 if launch.launch_id == highlight else 6) * k
        inner = "#ffffff" if item.estimated else colour
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=inner,
            outline=colour,
            width=2 * k,
        )


def _draw_legend(
    draw: ImageDraw.ImageDraw, view: ExportView, right: int, top: int, k: int, rings: bool
) -> None:
    classes = {launch.missile_class for launch in view.launches}
    present = [name for name in MISSILE_CLASSES if name in classes]
    rows: list[tuple[str, str, str]] = [(class_colour(name), "line", name) for name in present]
    rows += [
        ("#333333", "line", "reported path"),
        ("#333333", "dash", "estimated path"),
        ("#333333", "dot", "failure"),
        (JAPAN_EEZ, "box", "Japan's EEZ (approximate)"),
        (JOINT_REGIME, "box", "Japan-Korea joint regime"),
        ("#333333", "site", "launch site"),
    ]
    if rings:
        rows.append((RING_COLOUR, "ring", "range ring (km)"))
    label_font, line_h = font(22 * k), 34 * k
    width = LEGEND_WIDTH_PX * k
    height = line_h * len(rows) + 60 * k
    left = right - width
    draw.rectangle((left, top, right, top + height), fill="#ffffffe6", outline="#999999", width=k)
    draw.text((left + 18 * k, top + 12 * k), "Legend", font=font(24 * k, bold=True), fill=INK)
    y = top + 50 * k
    for colour, symbol, text in rows:
        x0, x1, mid = left + 18 * k, left + 70 * k, y + line_h // 2
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
        draw.text((x1 + 16 * k, y + 4 * k), text, font=label_font, fill=INK)
        y += line_h


def map_png(
    view: ExportView,
    size: tuple[int, int] = SLIDE_SIZE,
    highlight: str | None = None,
    focus: bool = False,
) -> bytes:
    """The view as a PNG of exactly `size` pixels; `focus` draws only the highlighted launch."""
    k = SUPERSAMPLE
    width, height = size[0] * k, size[1] * k
    scale = size[0] / SLIDE_SIZE[0]
    band_top, band_bottom = round(128 * scale) * k, round(78 * scale) * k
    image = Image.new("RGB", (width, height), SEA)
    draw = ImageDraw.Draw(image, "RGBA")
    shown = tuple(launch for launch in view.launches if not focus or launch.launch_id == highlight)
    # The overview keeps its data clear of the legend; the geography still runs beneath it.
    reserved = 0 if focus else (LEGEND_WIDTH_PX + 2 * LEGEND_MARGIN_PX) * k
    frame = Frame.fitting(
        _points(view, shown), (0, band_top, width - reserved, height - band_top - band_bottom)
    )
    _draw_geography(draw, frame, view, k)
    # The overview shows the rings the map panel draws; a one-launch inset stays uncluttered.
    rings = not focus and _draw_rings(draw, frame, view, k)
    _draw_launches(draw, frame, view, shown, highlight, k)
    if not focus:
        right, top = width - LEGEND_MARGIN_PX * k, band_top + LEGEND_MARGIN_PX * k
        _draw_legend(draw, view, right, top, k, rings)
    draw.rectangle((0, 0, width, band_top), fill=BAND)
    draw.rectangle((0, height - band_bottom, width, height), fill=BAND)
    sk = round(k * scale) or 1
    focused = view.selected if focus and highlight == view.selected_launch_id else None
    title = focused.label if focused is not None else view.title
    span = f"{view.date_span}; {view.as_of}" if view.as_of else view.date_span
    if focus:
        span = "Trajectory as drawn on the map; dashed = estimated"
    draw.text((40 * sk, 18 * sk), title, font=font(46 * sk, bold=True), fill=INK)
    draw.text((40 * sk, 78 * sk), span, font=font(28 * sk), fill="#333333")
    draw.text(
        (40 * sk, height - band_bottom + 10 * sk), SOURCE_LINE, font=font(17 * sk), fill="#333333"
    )
    draw.text(
        (40 * sk, height - band_bottom + 40 * sk),
        EEZ_CAVEAT,
        font=font(19 * sk, bold=True),
        fill=JAPAN_EEZ,
    )
    final = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    final.save(buffer, format="PNG")
    return buffer.getvalue()
