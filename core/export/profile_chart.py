"""The trajectory profile as an Altair chart at true scale, and as PNG/SVG through vl-convert."""

from __future__ import annotations

from typing import Any, Final

import altair as alt
import pandas as pd

from core.geo.ballistics import DEPRESSED, LOFTED
from core.geo.profile import REPORTED_APOGEE, FlightProfile, surface_points

WIDTH_PX: Final = 640
HEIGHT_PX: Final = 320
MIN_HEIGHT_PX: Final = 200
# Streamlit sizes a chart without its own autosize to "fit" its width and height *including* the
# axes, which squeezed a flat (depressed) profile's plot to nothing; "pad" keeps the plot at its
# size and adds the axes and titles around it, so they are never cut.
AUTOSIZE: Final = alt.AutoSizeParams(type="pad", contains="content")
ARC_COLOUR: Final = "#D55E00"
EARTH_COLOUR: Final = "#8C6D46"

# The chart is built by our own code from typed records: checking each channel against the
# Vega-Lite schema as it is made only slows the briefing down. to_dict() still validates the
# whole chart, and the tests build it.
alt.utils.schemapi.disable_debug_mode()


def _domains(profile: FlightProfile, width_px: int, height_px: int) -> tuple[Any, ...]:
    """x/y domains and pixel size with one km per pixel on both axes (true scale)."""
    xs = [x for x, _ in profile.arc]
    ys = [y for _, y in profile.arc]
    x_min, x_max = min(xs), max(xs)
    y_min, y_max = min(ys), max(ys)
    x_pad = 0.08 * (x_max - x_min) + 10.0
    y_pad = 0.12 * (y_max - y_min) + 5.0
    x_min, x_max, y_min, y_max = x_min - x_pad, x_max + x_pad, y_min - y_pad, y_max + y_pad
    km_per_px = max((x_max - x_min) / width_px, (y_max - y_min) / height_px)
    height_px = max(MIN_HEIGHT_PX, round((y_max - y_min) / km_per_px))
    x_mid = (x_min + x_max) / 2.0
    x_half = km_per_px * width_px / 2.0
    y_span = km_per_px * height_px
    # Anchor the bottom at the lower ends of the surface so the ground stays in view.
    return (x_mid - x_half, x_mid + x_half, y_min, y_min + y_span, width_px, height_px)


def kind_label(profile: FlightProfile) -> str:
    """Short words for the trajectory class, with the lofted shot's reach."""
    if profile.kind == LOFTED and profile.reach is not None:
        reach = (
            "energy enough for any point on Earth"
            if profile.reach.global_reach
            else f"~{profile.reach.range_km:,.0f} km"
        )
        return f"Lofted; same energy on a minimum-energy path: {reach}"
    if profile.kind == DEPRESSED:
        return "Depressed trajectory"
    return ""


def profile_chart(
    profile: FlightProfile,
    width_px: int = WIDTH_PX,
    height_px: int = HEIGHT_PX,
    titled: bool = True,
    font_px: int = 12,
) -> alt.LayerChart:
    """Altitude against distance at equal scale on both axes, with the surface drawn curved.

    `titled=False` leaves out the title block, for pages that already say which launch it is.
    """
    if not profile.arc:
        raise ValueError(f"{profile.launch_id}: no arc to chart ({profile.note})")
    x_lo, x_hi, y_lo, y_hi, width, height = _domains(profile, width_px, height_px)
    axis_style: dict[str, Any] = {
        "labelFontSize": font_px,
        "titleFontSize": font_px + 1,
        "labelOverlap": True,
    }
    ground = pd.DataFrame(
        surface_points(x_lo, x_hi, profile.half_chord_km), columns=["x_km", "y_km"]
    )
    ground["floor_km"] = y_lo
    basis = "reported apogee" if profile.apogee_basis == REPORTED_APOGEE else "minimum-energy arc"
    arc = pd.DataFrame(list(profile.arc), columns=["x_km", "y_km"])
    arc["what"] = basis
    x_scale = alt.Scale(domain=[x_lo, x_hi], nice=False, zero=False)
    y_scale = alt.Scale(domain=[y_lo, y_hi], nice=False, zero=False)
    x_axis = alt.X(
        "x_km:Q", scale=x_scale, title="distance (km, true scale)", axis=alt.Axis(**axis_style)
    )
    y_axis = alt.Y(
        "y_km:Q", scale=y_scale, title="height (km)", axis=alt.Axis(tickCount=4, **axis_style)
    )
    earth = (
        alt.Chart(ground)
        .mark_area(color=EARTH_COLOUR, opacity=0.35, clip=True)
        .encode(x=x_axis, y=y_axis, y2="floor_km:Q")
    )
    surface = alt.Chart(ground).mark_line(color=EARTH_COLOUR, clip=True).encode(x=x_axis, y=y_axis)
    dash = [] if profile.apogee_basis == REPORTED_APOGEE else [6, 4]
    flight = (
        alt.Chart(arc)
        .mark_line(color=ARC_COLOUR, strokeWidth=3, strokeDash=dash, clip=True)
        .encode(x=x_axis, y=y_axis, tooltip=["what:N"])
    )
    apex = max(profile.arc, key=lambda point: point[1])
    top_label = f"apogee {profile.apogee_km:,.0f} km ({basis})" if profile.apogee_km else basis
    label = (
        alt.Chart(pd.DataFrame([{"x_km": apex[0], "y_km": apex[1], "text": top_label}]))
        .mark_text(dy=-0.8 * font_px, fontSize=font_px + 1, color="#222222")
        .encode(x=x_axis, y=y_axis, text="text:N")
    )
    subtitle = [part for part in (range_line(profile), kind_label(profile)) if part]
    title = alt.TitleParams(
        profile.title,
        subtitle=subtitle,
        anchor="start",
        fontSize=font_px + 4,
        subtitleFontSize=font_px + 1,
    )
    return alt.LayerChart(
        layer=[earth, surface, flight, label],
        width=width,
        height=height,
        title=title if titled else alt.Undefined,
        autosize=AUTOSIZE,
        padding={"left": 8, "right": 16, "top": 8, "bottom": 8},
    )


def range_line(profile: FlightProfile) -> str:
    """'range 960 km; flight time 54 min' with estimates marked."""
    parts = [f"range {profile.range_km:,.0f} km"] if profile.range_km else []
    if profile.flight_time_min is not None:
        estimated = " (estimated, free flight)" if profile.flight_time_estimated else ""
        parts.append(f"flight time {profile.flight_time_min:.0f} min{estimated}")
    return "; ".join(parts)


def chart_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    """PNG bytes of an Altair chart, rendered offline by vl-convert."""
    import vl_convert  # a large native module: loaded when a file is asked for

    png: bytes = vl_convert.vegalite_to_png(chart.to_json(), scale=scale)
    return png


def chart_svg(chart: alt.TopLevelMixin) -> str:
    """SVG text of an Altair chart, rendered offline by vl-convert."""
    import vl_convert  # a large native module: loaded when a file is asked for

    svg: str = vl_convert.vegalite_to_svg(chart.to_json())
    return svg
