"""Download buttons for the current view: HTML map, CSV, GeoJSON, PNG figures and a slide deck."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import streamlit as st

from components import on_demand
from core.export.deck_text import MAX_LAUNCH_SLIDES
from core.export.html_map import standalone_html
from core.export.tables import to_csv, to_geojson
from core.export.view import MEDIA_TYPES, ExportView, export_view, file_name
from core.geo.profile import FlightProfile, flight_profile
from core.geo.rings import RingChoice
from core.markdown_text import markdown_literal
from core.records.dataset import Dataset
from core.records.model import Launch
from core.view.filters import LaunchFilter

KEY_PREFIX: Final = "export_"
PANEL_KEY: Final = "exports_open"


def html_export(view: ExportView) -> Callable[[], str]:
    """A deferred builder of the standalone page: the app's own map, inlined and annotated
    (the same page as `python -m core export html` with the same filters)."""
    return lambda: standalone_html(view)


# python-pptx, Pillow, Altair and vl-convert load when their file is asked for: they were a
# third of a cold start's imports, for files few sessions build.
def map_png(view: ExportView, highlight: str | None) -> bytes:
    """The map for slides (core.export.slide_png.map_png)."""
    from core.export import slide_png

    return slide_png.map_png(view, highlight=highlight)


def to_pptx(view: ExportView) -> bytes:
    """The slide deck (core.export.deck.to_pptx)."""
    from core.export import deck

    return deck.to_pptx(view)


def chart_png(profile: FlightProfile) -> bytes:
    """The profile chart as PNG (core.export.profile_chart)."""
    from core.export import profile_chart

    return profile_chart.chart_png(profile_chart.profile_chart(profile))


def chart_svg(profile: FlightProfile) -> str:
    """The profile chart as SVG (core.export.profile_chart)."""
    from core.export import profile_chart

    return profile_chart.chart_svg(profile_chart.profile_chart(profile))


def _button(label: str, data: Callable[[], bytes | str], name: str, fmt: str, note: str) -> None:
    st.download_button(
        label,
        data=data,
        file_name=name,
        mime=MEDIA_TYPES.get(fmt, "application/octet-stream"),
        key=f"{KEY_PREFIX}{fmt}_{name.rsplit('.', 1)[-1]}_{label}",
        help=note,
        on_click="ignore",
        width="stretch",
    )


@st.fragment
def render(
    dataset: Dataset,
    launches: Sequence[Launch],
    launch_filter: LaunchFilter,
    selected: Launch | None,
    ring_choice: RingChoice | None = None,
) -> None:
    """The export buttons, drawn only while their panel is open; each file is built only when
    its button is clicked. The HTML map draws the range rings chosen in the map panel."""
    panel = on_demand.panel("Export this view", PANEL_KEY)
    if panel is None:
        return
    view = export_view(
        dataset,
        launch_filter,
        selected.launch_id if selected else None,
        launches,
        ring_site_id=ring_choice.site_id if ring_choice else None,
        rings=ring_choice.rings if ring_choice else None,
    )
    with panel:
        count = len(view.launches)
        st.caption(f"Files of the {count:,} missile{'' if count == 1 else 's'} the filters show.")
        left, right = st.columns(2)
        with left:
            _button(
                "Map (HTML, works offline)",
                html_export(view),
                file_name(view, "html"),
                "html",
                "One file with the map's layers and styling; opens without a network.",
            )
            _button(
                "Missiles (CSV)", lambda: to_csv(view), file_name(view, "csv"), "csv",
                "One row per missile: every column of launches.csv, the site and the drawn impact.",
            )  # fmt: skip
            _button(
                "Paths and impacts (GeoJSON)", lambda: to_geojson(view), file_name(view, "geojson"),
                "geojson", "Path and impact-point features with every property.",
            )  # fmt: skip
        with right:
            _button(
                "Map for slides (PNG 1920×1080)",
                lambda: map_png(view, highlight=view.selected_launch_id),
                file_name(view, "png"),
                "png",
                "The range rings chosen above the map, legend, title, date span, sources and the "
                "approximate-EEZ caveat; the selected launch bold, the others faded.",
            )
            slides = min(len(view.launches), MAX_LAUNCH_SLIDES)
            _button(
                "Slide deck (PPTX)", lambda: to_pptx(view), file_name(view, "pptx"), "pptx",
                f"16:9 slides: title, overview map, then {slides} launch slides (map inset, "
                "profile, key figures with sources; sources and caveats in the speaker notes).",
            )  # fmt: skip
            _profile_buttons(view.selected)


def _profile_buttons(launch: Launch | None) -> None:
    if launch is None:
        st.caption("Select a launch to export its trajectory profile.")
        return
    profile = flight_profile(launch)
    if not profile.arc:
        st.caption(f"No profile for {markdown_literal(launch.label)}: {profile.note}")
        return
    stem = f"profile_{launch.launch_id}"
    _button(
        "Profile (PNG)", lambda: chart_png(profile), f"{stem}.png", "png",
        "The selected launch's trajectory at true scale.",
    )  # fmt: skip
    _button(
        "Profile (SVG)", lambda: chart_svg(profile), f"{stem}.svg", "svg",
        "The same chart as a vector drawing.",
    )  # fmt: skip
