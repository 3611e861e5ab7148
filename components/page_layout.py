"""The normal view's page style: a compact title line so the map starts in the first screen."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import streamlit as st

from core.mapview.assets import STATIC_DIR

PAGE_CSS: Final = STATIC_DIR / "css" / "page.css"


@lru_cache(maxsize=1)
def _page_css() -> str:
    return PAGE_CSS.read_text(encoding="utf-8")


def render() -> None:
    """Apply static/css/page.css to the page (the project's own file: no record text in it)."""
    # In a hidden container of its own: a style sheet applies wherever it sits.
    st.container(key="page_style").markdown(f"<style>{_page_css()}</style>", unsafe_allow_html=True)
