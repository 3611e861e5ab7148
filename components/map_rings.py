"""Range-ring widgets of the map panel and the table of reference places they reach."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import pandas as pd
import pyarrow as pa
import streamlit as st

from core.geo.geodesy import LatLon
from core.geo.places import REFERENCE_PLACES
from core.geo.rings import MOD_NORMAL_REACH, Ring, RingChoice, default_rings, places_reached
from core.markdown_text import markdown_literal
from core.records.dataset import Dataset

AUTO_CENTRE: Final = ""


def ring_presets(dataset: Dataset) -> tuple[Ring, ...]:
    """Rings offered in the picker: the defaults and Japan MOD's normal-trajectory estimate."""
    return (*default_rings(dataset.launches), MOD_NORMAL_REACH)


def _options(dataset: Dataset) -> tuple[dict[str, Ring], list[str], list[str]]:
    # The rings offered, those drawn at first and the centres: once per dataset (the longest
    # range flown is a pass over every launch).
    presets = {ring.label: ring for ring in ring_presets(dataset)}
    defaults = [ring.label for ring in default_rings(dataset.launches)]
    site_ids = [AUTO_CENTRE, *sorted(dataset.sites, key=lambda s: dataset.sites[s].name)]
    return presets, defaults, site_ids


def render_ring_controls(dataset: Dataset) -> RingChoice:
    """Centre and radii pickers (keys prefixed map_)."""
    presets, defaults, site_ids = dataset.derived("ring_options", None, lambda: _options(dataset))
    centre_col, radii_col, custom_col = st.columns([2, 3, 1])
    with centre_col:
        site_id = st.selectbox(
            "Ring centre",
            site_ids,
            format_func=lambda s: (
                "Selected launch's site (else Sunan)" if s == AUTO_CENTRE else dataset.sites[s].name
            ),
            key="map_ring_centre",
        )
    with radii_col:
        labels = st.multiselect(
            "Range rings", list(presets), default=defaults, key="map_ring_radii"
        )
    with custom_col:
        custom_km = st.number_input(
            "Extra ring (km)",
            min_value=0,
            max_value=20000,
            value=0,
            step=100,
            key="map_ring_custom_km",
            help="0 = none. Any radius from 1 to 20,000 km, drawn as a geodesic ring.",
        )
    rings = [presets[label] for label in labels if label in presets]
    if custom_km:
        rings.append(Ring(float(custom_km), f"{custom_km:,} km (your ring)"))
    return RingChoice(site_id or None, tuple(rings))


def places_table(centre: LatLon, rings: Sequence[Ring]) -> pd.DataFrame:
    """One row per reference place: geodesic distance and the smallest ring that reaches it."""
    rows = []
    for item in places_reached(centre, rings):
        rows.append(
            {
                "Place": item.place.name,
                "Distance (km)": round(item.distance_km),
                "Within rings": ", ".join(f"{r.radius_km:,.0f} km" for r in item.reached_by)
                or "none shown",
            }
        )
    return pd.DataFrame(rows)


@lru_cache(maxsize=64)
def _places_arrow(centre: LatLon, rings: tuple[Ring, ...]) -> pa.Table:
    # As Arrow, which Streamlit sends as it is: it changes only with the centre or the rings, and
    # converting the DataFrame again was a third of the map panel's time on a filter change.
    return pa.Table.from_pandas(places_table(centre, rings), preserve_index=False)


def render_places(centre_name: str, centre: LatLon, rings: Sequence[Ring]) -> None:
    """The reference-place table under the map."""
    st.markdown(f"**Distances from {markdown_literal(centre_name)}** (geodesic, WGS-84)")
    st.dataframe(_places_arrow(centre, tuple(rings)), hide_index=True, key="map_places")
    sources = "; ".join(f"{place.name}: {place.source}" for place in REFERENCE_PLACES)
    st.caption(f"Coordinates: {sources}.")
