"""Standalone HTML map: the app's own map in one file that opens with no network."""

from __future__ import annotations

import re
from html import escape
from typing import Final

import folium
from branca.element import Element, Figure

from core.export.view import EEZ_CAVEAT, SOURCE_LINE, ExportView
from core.mapview.build import build_map
from core.mapview.centres import ring_centre_for
from core.mapview.features import html_text

# Anything the page would fetch: <script src>, <link href>, <img src>, or a CSS url(http...).
# Plain <a href> links (Leaflet's attribution) load nothing and are allowed.
REMOTE_REFERENCE: Final = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?https?://"""
    r"""|url\(\s*["']?https?://""",
    re.IGNORECASE,
)


def remote_references(html: str) -> list[str]:
    """Every place in the page that would load something from the network (should be none)."""
    return [found.group(0) for found in REMOTE_REFERENCE.finditer(html)]


def _root(fmap: folium.Map) -> Figure:
    root = fmap.get_root()
    assert isinstance(root, Figure)  # a Map's root is always its Figure
    return root


def annotate(fmap: folium.Map, view: ExportView) -> folium.Map:
    """Add the title, date span, as-of date, source line and EEZ caveat as a fixed overlay."""
    lines = [f"<b>{html_text(view.title)}</b>", html_text(view.date_span)]
    if view.as_of:
        lines.append(html_text(view.as_of))
    lines.append(f'<span style="color:#c0392b">{escape(EEZ_CAVEAT)}</span>')
    lines.append(f'<span style="font-size:11px">{escape(SOURCE_LINE)}</span>')
    lines.append(f'<span style="font-size:11px">{html_text(view.headline_rule)}</span>')
    box = (
        '<div id="atlas-export-title" style="position:fixed;top:10px;left:60px;z-index:1000;'
        "max-width:60%;background:rgba(255,255,255,.92);padding:8px 12px;border-radius:6px;"
        'font:14px/1.35 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)">'
        + "<br>".join(lines)
        + "</div>"
    )
    _root(fmap).html.add_child(Element(box), name="atlas_export_title")
    return fmap


def render_standalone(fmap: folium.Map) -> str:
    """The page of a map built with inlined assets; fails loudly if anything is still remote."""
    html: str = _root(fmap).render()
    remote = remote_references(html)
    if remote:
        raise ValueError(f"the exported map would load from the network: {remote[:3]}")
    return html


def standalone_map(view: ExportView) -> folium.Map:
    """The app's map of the view (same layers, styling, legend and controls) with every asset
    inlined, plus the title box. The app's download and `python -m core export html` both use it.
    """
    centre = ring_centre_for(view.dataset, view.selected, view.ring_site_id)
    fmap = build_map(
        view.dataset,
        view.launches,
        view.selected_launch_id,
        centre,
        view.rings,
        mode="inline",
        sea=view.sea,
    )
    return annotate(fmap, view)


def standalone_html(view: ExportView) -> str:
    """The page of `standalone_map`: opens from a file with no network."""
    return render_standalone(standalone_map(view))
