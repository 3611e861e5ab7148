"""The map (land, EEZ zones, rings, sites, paths, controls) as folium objects, no Streamlit."""
