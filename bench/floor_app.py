"""The floor page: only Streamlit, one filter widget and an empty st_folium map (no data at all)."""

from __future__ import annotations

import folium
import streamlit as st
from streamlit_folium import st_folium

from core.mapview.assets import JQUERY_JS, LEAFLET_CSS, LEAFLET_JS, ensure_served
from core.records.model import MISSILE_CLASSES

FLOOR_FILTER_KEY = "floor_classes"

st.set_page_config(page_title="Launch Atlas floor", layout="wide")
ensure_served()
with st.sidebar:
    chosen = st.multiselect("Class", MISSILE_CLASSES, key=FLOOR_FILTER_KEY)
st.caption(f"{len(chosen)} classes chosen")
# tiles=None and Leaflet from our own server, as in the app: nothing leaves the machine.
fmap = folium.Map(location=(39.0, 130.0), zoom_start=5, tiles=None)
fmap.default_js = [(asset.name, asset.url) for asset in (LEAFLET_JS, JQUERY_JS)]
fmap.default_css = [(LEAFLET_CSS.name, LEAFLET_CSS.url)]
st_folium(fmap, key="floor_map", height=600, returned_objects=[])
