"""A slide-ready PNG of the map, drawn without a browser: land, EEZ, paths, legend, caveat."""

from __future__ import annotations

from typing import Final

from PIL import Image, ImageDraw

from core.export.canvas import (
    Font,
    Frame,
    dashed_line,
    draw_polygons,
    encoded,
    font,
    layer_rings,
)
from core.export.slide_labels import draw_labels, path_mask
from core.export.slide_legend import (
    DISPUTED_WATERS,
    INK,
    JAPAN_EEZ,
    JOINT_REGIME,
    LEGEND_FONT_PX,
    LEGEND_MARGIN_PX,
    draw_legend,
    legend_width_px,
)
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
from core.records.model import Launch

SLIDE_SIZE: Final = (1920, 1080)
SUPERSAMPLE: Final = 2  # draw at twice the size and shrink: Pillow's lines are not antialiased
SEA: Final = "#dbe9f4"
LAND: Final = "#f3efe6"
LAND_EDGE: Final = "#9c9385"
OTHER_EEZ: Final = "#8a99a8"
BAND: Final = "#ffffff"
# With a launch selected the others fade to a third, as on the map, so the selected one stands out.
FADED_ALPHA: Final = 0x55


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
    regional = layer_rings(geo_path(geo, EAST_ASIA_FILE))
    # The world layer only fills in what the regional one leaves out: skip it inside the region.
    lon_min = min((ring.box[0] for ring in regional), default=0.0)
    lat_min = min((ring.box[1] for ring in regional), default=0.0)
    lon_max = max((ring.box[2] for ring in regional), default=0.0)
    lat_max = max((ring.box[3] for ring in regional), default=0.0)
    inside = (
        lon_min <= frame.lon_min and frame.lon_max <= lon_max
        and lat_min <= frame.lat_min and frame.lat_max <= lat_max
    )  # fmt: skip
    # The zones' median lines run on across the land: draw the zones first and the land over them.
    zones = layer_rings(geo_path(geo, EEZ_FILE))
    draw_polygons(draw, frame, zones, None, OTHER_EEZ, k, lambda p: p.get("zone") != "JPN")
    if not inside:
        draw_polygons(draw, frame, layer_rings(geo_path(geo, WORLD_FILE)), LAND, LAND_EDGE, k)
    draw_polygons(draw, frame, regional, LAND, LAND_EDGE, k)
    draw_polygons(
        draw, frame, zones, None, JOINT_REGIME, 2 * k, lambda p: p.get("kind") == "joint_regime"
    )
    draw_polygons(draw, frame, zones, None, JAPAN_EEZ, 2 * k, lambda p: p.get("zone") == "JPN")
    draw_polygons(
        draw, frame, zones, None, DISPUTED_WATERS, 2 * k, lambda p: p.get("kind") == "disputed"
    )


def _draw_rings(
    draw: ImageDraw.ImageDraw, frame: Frame, view: ExportView, k: int, label_px: int = 20
) -> bool:
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
    label_font = font(label_px * k)
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
    paths: dict[str, list[tuple[float, float]]],
) -> None:
    """Sites, paths (`paths`: each launch's path in image pixels) and impact points."""
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
        strong = highlight is None or launch.launch_id == highlight
        colour = class_colour(launch.missile_class) + ("" if strong else f"{FADED_ALPHA:02x}")
        width = (6 if launch.launch_id == highlight else 3) * k
        pixels = paths[launch.launch_id]
        if launch.launch_id == highlight and len(pixels) >= 2:
            draw.line(pixels, fill="#ffffff", width=width + 6 * k, joint="curve")
        if len(pixels) >= 2:
            if launch.outcome == "failure":
                dashed_line(draw, pixels, colour, max(k, width // 2), 3 * k, 6 * k)
            elif item.estimated:
                dashed_line(draw, pixels, colour, width, 14 * k, 9 * k)
            else:
                draw.line(pixels, fill=colour, width=width, joint="curve")
        x, y = frame.xy(item.impact.lat, item.impact.lon)
        radius = (9 if launch.launch_id == highlight else 6) * k
        inner = ("#ffffff" if strong else "#ffffff55") if item.estimated else colour
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=inner,
            outline=colour,
            width=2 * k,
        )


def _fitted_font(text: str, width_px: float, size_px: int, bold: bool = False) -> Font:
    """The largest font up to `size_px` at which `text` fits in `width_px`."""
    size = size_px
    while size > 8 and font(size, bold).getlength(text) > width_px:
        size -= 1
    return font(size, bold)


def _draw_bands(
    draw: ImageDraw.ImageDraw, view: ExportView, size: tuple[int, int], highlight: str | None,
    focus: bool, k: int, bands: tuple[int, int],
) -> None:  # fmt: skip
    width, height = size[0] * k, size[1] * k
    band_top, band_bottom = bands
    draw.rectangle((0, 0, width, band_top), fill=BAND)
    draw.rectangle((0, height - band_bottom, width, height), fill=BAND)
    sk = round(k * size[0] / SLIDE_SIZE[0]) or 1
    room = width - 80 * sk
    focused = view.selected if focus and highlight == view.selected_launch_id else None
    title = focused.label if focused is not None else view.title
    span = f"{view.date_span}; {view.as_of}" if view.as_of else view.date_span
    chosen = view.selected if highlight == view.selected_launch_id else None
    if focus:
        span = "Trajectory as drawn on the map; dashed = estimated"
    elif chosen is not None:
        span = f"Selected: {chosen.label} (bold; the others faded). {span}"
    draw.text((40 * sk, 18 * sk), title, font=_fitted_font(title, room, 46 * sk, True), fill=INK)
    draw.text((40 * sk, 78 * sk), span, font=_fitted_font(span, room, 28 * sk), fill="#333333")
    bottom = height - band_bottom
    source_font = _fitted_font(SOURCE_LINE, room, 17 * sk)
    draw.text((40 * sk, bottom + 10 * sk), SOURCE_LINE, font=source_font, fill="#333333")
    caveat_font = _fitted_font(EEZ_CAVEAT, room, 19 * sk, True)
    draw.text((40 * sk, bottom + 40 * sk), EEZ_CAVEAT, font=caveat_font, fill=JAPAN_EEZ)
    rule_font = _fitted_font(view.headline_rule, room, 17 * sk)
    draw.text((40 * sk, bottom + 68 * sk), view.headline_rule, font=rule_font, fill="#333333")


def map_png(
    view: ExportView,
    size: tuple[int, int] = SLIDE_SIZE,
    highlight: str | None = None,
    focus: bool = False,
    *,
    bands: bool = True,
    type_px: int = LEGEND_FONT_PX,
    fmt: str = "PNG",
) -> bytes:
    """The view as a PNG of exactly `size` pixels; `focus` draws only the highlighted launch.

    With `highlight` the other launches fade, as on the map. `bands=False` leaves out the title
    and source bands, for a slide that says those itself; `type_px` sizes the legend and the ring
    labels and the place names (22 px: 11 pt on a 1920-pixel slide; 36 px: 18 pt).
    """
    k = SUPERSAMPLE
    width, height = size[0] * k, size[1] * k
    scale = size[0] / SLIDE_SIZE[0]
    band_top, band_bottom = (round(128 * scale) * k, round(100 * scale) * k) if bands else (0, 0)
    image = Image.new("RGB", (width, height), SEA)
    draw = ImageDraw.Draw(image, "RGBA")
    shown = tuple(launch for launch in view.launches if not focus or launch.launch_id == highlight)
    # The overview keeps its data clear of the legend; the geography still runs beneath it.
    legend_px = round(type_px * scale)
    reserved = 0 if focus else (legend_width_px(legend_px) + 2 * LEGEND_MARGIN_PX) * k
    frame = Frame.fitting(
        _points(view, shown), (0, band_top, width - reserved, height - band_top - band_bottom)
    )
    _draw_geography(draw, frame, view, k)
    # The overview shows the rings the map panel draws; a one-launch inset stays uncluttered.
    rings = not focus and _draw_rings(draw, frame, view, k, round(type_px * 0.9 * scale))
    # Each path in pixels once: the place names give way to them, then they are drawn.
    drawn = {
        launch.launch_id: view.geometry[launch.launch_id]
        for launch in shown
        if launch.launch_id in view.geometry
    }
    paths = {key: [frame.xy(lat, lon) for lat, lon in item.path] for key, item in drawn.items()}
    dots = [frame.xy(*item.impact.point) for item in drawn.values() if item.impact is not None]
    # A name must not hide under a path: the selected one is drawn wide, with its halo.
    mask = path_mask((width, height), list(paths.values()), (12 if focus else 4) * k, dots, 8 * k)
    draw_labels(draw, frame, k, legend_px, view.geo_data_dir, mask)
    _draw_launches(draw, frame, view, shown, highlight, k, paths)
    if not focus:
        right, top = width - LEGEND_MARGIN_PX * k, band_top + LEGEND_MARGIN_PX * k
        draw_legend(draw, view, right, top, k, rings, legend_px)
    if bands:
        _draw_bands(draw, view, size, highlight, focus, k, (band_top, band_bottom))
    # A box filter: as smooth here as Lanczos, at a fifth of the time.
    return encoded(image.reduce(k), fmt)
