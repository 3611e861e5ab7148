"""The timeline chart as plain Vega-Lite specs and Arrow tables (no Streamlit)."""
