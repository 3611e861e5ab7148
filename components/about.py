"""About panel: what the data is, where it comes from, and its caveats."""

from __future__ import annotations

from typing import Final

import streamlit as st

from components import on_demand
from core.records.dataset import Dataset

PANEL_KEY: Final = "about_open"

ATTRIBUTION = """
**Sources.** Launch records are derived from the
[CNS North Korea Missile Test Database](https://www.nti.org/analysis/articles/cns-north-korea-missile-test-database/)
(James Martin Center for Nonproliferation Studies, for NTI) and the
[nk-missile-tests](https://github.com/nagix/nk-missile-tests) project
(Akihiko Kusanagi, Apache-2.0), checked and extended against published reports
(South Korea's JCS, Japan's Ministry of Defense, KCNA, news outlets), each cited per missile.
Basemap: [Natural Earth](https://www.naturalearthdata.com/) (public domain).
Town centres: [GeoNames](https://www.geonames.org/) (CC BY 4.0).
EEZ outlines are approximate and are not legal boundaries (see `data/geo/README.md`).
"""


@st.fragment
def render(dataset: Dataset) -> None:
    """An expander with attribution and the size of the loaded data, drawn only while open."""
    panel = on_demand.panel("About the data", PANEL_KEY)
    if panel is None:
        return
    with panel:
        st.markdown(ATTRIBUTION)
        st.caption(
            f"{len(dataset.launches)} missiles, {len(dataset.sites)} sites and areas, "
            f"{len(dataset.sources)} source rows from {len(dataset.reporters)} reporters."
        )
