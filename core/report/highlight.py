"""The report as HTML with each field's evidence marked: text escaped, only <mark> added."""

from __future__ import annotations

import html
from collections.abc import Mapping

from core.report.text import Evidence


def highlight_html(text: str, evidence: Mapping[str, tuple[Evidence, ...]]) -> str:
    """Escaped report text with each evidence span in a <mark> titled by its field.

    Spans that overlap an earlier one are left unmarked rather than nested.
    """
    spans = sorted(
        (item.start, item.end, field)
        for field, items in evidence.items()
        for item in items
        if 0 <= item.start < item.end <= len(text)
    )
    parts: list[str] = []
    cursor = 0
    for start, end, field in spans:
        if start < cursor:
            continue
        parts.append(html.escape(text[cursor:start]))
        label = html.escape(field, quote=True)
        parts.append(f'<mark title="{label}">{html.escape(text[start:end])}</mark>')
        cursor = end
    parts.append(html.escape(text[cursor:]))
    # Newlines as character references: the markup stays one line, so Markdown (st.markdown)
    # keeps it one HTML block; a blank line would hand the rest of the report to Markdown.
    marked = "".join(parts).replace("\r\n", "\n").replace("\r", "\n")
    return marked.replace("\n", "&#10;")
