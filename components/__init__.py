"""Streamlit panels of Launch Atlas: one module per panel, each with render(...)."""
