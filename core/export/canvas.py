"""Drawing geography with Pillow: a Web Mercator frame, polygons, dashed lines and fonts."""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from core.geo.layers import read_layer

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
FONT_DIRS: Final = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
MAX_LAT: Final = 80.0


@lru_cache(maxsize=32)
def font(size_px: int, bold: bool = False) -> Font:
    """DejaVu Sans when the system has it, else Pillow's bundled font at the same size."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return ImageFont.truetype(str(folder / name), size_px)
    return ImageFont.load_default(size=size_px)


def _mercator_y(lat: float) -> float:
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return math.log(math.tan(math.pi / 4.0 + math.radians(lat) / 2.0))


@lru_cache(maxsize=64)
def _mercator_bounds(lat_min: float, lat_max: float) -> tuple[float, float]:
    return _mercator_y(lat_min), _mercator_y(lat_max)


@dataclass(frozen=True, slots=True)
class Frame:
    """Maps (lat, lon) to pixels of a box on the image, Web Mercator, north up."""

    lon_min: float
    lon_max: float
    lat_min: float
    lat_max: float
    left: float
    top: float
    width: float
    height: float

    @classmethod
    def fitting(
        cls, points: Sequence[tuple[float, float]], box: tuple[float, float, float, float]
    ) -> Frame:
        """The frame showing every (lat, lon) point with a margin, at the box's aspect ratio."""
        left, top, width, height = box
        lats = [lat for lat, _ in points] or [33.0, 44.0]
        lons = [lon for _, lon in points] or [122.0, 142.0]
        lon_min, lon_max = min(lons), max(lons)
        y_min, y_max = _mercator_y(min(lats)), _mercator_y(max(lats))
        x_min, x_max = math.radians(lon_min), math.radians(lon_max)
        # At least ~6 degrees across, so a single short shot still shows its coastline.
        span_x = max(x_max - x_min, math.radians(6.0)) * 1.2
        span_y = max(y_max - y_min, math.radians(4.0)) * 1.25
        per_px = max(span_x / width, span_y / height)
        centre_x, centre_y = (x_min + x_max) / 2.0, (y_min + y_max) / 2.0
        half_x, half_y = per_px * width / 2.0, per_px * height / 2.0
        y_lo = max(centre_y - half_y, _mercator_y(-MAX_LAT))
        y_hi = min(y_lo + 2.0 * half_y, _mercator_y(MAX_LAT))
        return cls(
            math.degrees(centre_x - half_x),
            math.degrees(centre_x + half_x),
            math.degrees(2.0 * math.atan(math.exp(y_lo)) - math.pi / 2.0),
            math.degrees(2.0 * math.atan(math.exp(y_hi)) - math.pi / 2.0),
            left,
            top,
            width,
            height,
        )

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        """Pixel position of a point."""
        x = self.left + (lon - self.lon_min) / (self.lon_max - self.lon_min) * self.width
        y_lo, y_hi = _mercator_bounds(self.lat_min, self.lat_max)
        y = self.top + (y_hi - _mercator_y(lat)) / (y_hi - y_lo) * self.height
        return (x, y)

    def xy_array(
        self, lats: NDArray[np.float64], lons: NDArray[np.float64]
    ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Vectorised `xy` for whole rings."""
        x = self.left + (lons - self.lon_min) / (self.lon_max - self.lon_min) * self.width
        y_lo, y_hi = _mercator_bounds(self.lat_min, self.lat_max)
        clipped = np.radians(np.clip(lats, -MAX_LAT, MAX_LAT))
        mercator = np.log(np.tan(np.pi / 4.0 + clipped / 2.0))
        y = self.top + (y_hi - mercator) / (y_hi - y_lo) * self.height
        return x, y

    def shifts(self) -> tuple[float, ...]:
        """Longitude offsets (multiples of 360) under which [-180, 180] data overlaps the frame."""
        return tuple(
            shift
            for shift in (-360.0, 0.0, 360.0)
            if self.lon_min <= 180.0 + shift and self.lon_max >= -180.0 + shift
        )


def rings_of(geometry: dict[str, Any]) -> Iterable[list[list[float]]]:
    """Every ring (lon, lat lists) of a Polygon or MultiPolygon; the holes are drawn over."""
    if geometry["type"] == "Polygon":
        yield from geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon


@dataclass(frozen=True)
class PolygonRing:
    """One ring of a layer as arrays, with its bounding box and its feature's properties."""

    lons: NDArray[np.float64]
    lats: NDArray[np.float64]
    box: tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max
    properties: dict[str, Any]


@lru_cache(maxsize=8)
def layer_rings(path: Path) -> tuple[PolygonRing, ...]:
    """The rings of a GeoJSON polygon layer, read once per file."""
    rings = []
    for feature in read_layer(path).get("features", []):
        geometry = feature.get("geometry")
        if not geometry:
            continue
        for ring in rings_of(geometry):
            if len(ring) < 3:
                continue
            coords = np.asarray(ring, dtype=float)[:, :2]
            lons, lats = coords[:, 0], coords[:, 1]
            box = (float(lons.min()), float(lats.min()), float(lons.max()), float(lats.max()))
            rings.append(PolygonRing(lons, lats, box, feature.get("properties") or {}))
    return tuple(rings)


def draw_polygons(
    draw: ImageDraw.ImageDraw,
    frame: Frame,
    rings: Sequence[PolygonRing],
    fill: str | None,
    outline: str,
    width: int,
    keep: Callable[[dict[str, Any]], bool] | None = None,
) -> None:
    """Fill and outline the rings that reach into the frame (only where keep(properties))."""
    for shift in frame.shifts():
        for ring in rings:
            if keep is not None and not keep(ring.properties):
                continue
            lon_min, lat_min, lon_max, lat_max = ring.box
            if lon_max + shift < frame.lon_min or lon_min + shift > frame.lon_max:
                continue
            if lat_max < frame.lat_min or lat_min > frame.lat_max:
                continue
            xs, ys = frame.xy_array(ring.lats, ring.lons + shift)
            pixels = list(zip(xs.tolist(), ys.tolist(), strict=True))
            draw.polygon(pixels, fill=fill)
            draw.line([*pixels, pixels[0]], fill=outline, width=width)


def dashed_line(
    draw: ImageDraw.ImageDraw,
    pixels: Sequence[tuple[float, float]],
    colour: str,
    width: int,
    dash_px: float,
    gap_px: float,
) -> None:
    """A polyline drawn as dashes of dash_px separated by gap_px, continuing across vertices."""
    drawing, left = True, dash_px
    for (x0, y0), (x1, y1) in itertools.pairwise(pixels):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while done < length:
            step = min(left, length - done)
            if drawing:
                start, end = done / length, (done + step) / length
                draw.line(
                    [(x0 + (x1 - x0) * start, y0 + (y1 - y0) * start),
                     (x0 + (x1 - x0) * end, y0 + (y1 - y0) * end)],
                    fill=colour,
                    width=width,
                )  # fmt: skip
            done += step
            left -= step
            if left <= 0:
                drawing = not drawing
                left = dash_px if drawing else gap_px


def encoded(image: Image.Image, fmt: str = "PNG") -> bytes:
    """PNG (fast zlib level), or JPEG at full chroma for slides: ten times quicker to write."""
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, format="JPEG", quality=90, subsampling=0)
    else:
        image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
