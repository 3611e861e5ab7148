"""Record text made literal for Streamlit's Markdown elements (subheaders, captions, notices)."""

from __future__ import annotations

import re
from typing import Final

# The characters that open Markdown (links, images, emphasis, code, HTML, entities, headings,
# tables, strikethrough, LaTeX, Streamlit's :colour[...] and :emoji:) or close it, and ":" so no
# "http://" autolink starts; a backslash before any of them is a CommonMark escape.
_MARKUP: Final = re.compile(r"([\\`*_\[\]()!<>#&$~|{}:])")
_LINE_START: Final = re.compile(r"^(\s*)([-+=]|\d+\.)")  # a list item or a setext underline
_WWW_DOT: Final = re.compile(r"(?i)(?<=www)\.")  # GFM's www. autolink
_LINE_BREAKS: Final = re.compile(r"[\r\n\t\f\v\u2028\u2029]+")


def markdown_literal(text: str) -> str:
    """`text` shown as written inside Markdown, on one line.

    A missile or site name such as "[x](https://host)" or "![x](http://host/x.png)" would
    otherwise become a link, or make the page fetch an image from that host. Hyphens and dots
    inside names ("Hwasong-15") stay as they are: only a line's start can make them markup.
    """
    escaped = _MARKUP.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))
    escaped = _WWW_DOT.sub(r"\\.", escaped)
    return _LINE_START.sub(lambda found: found.group(1) + _escape_start(found.group(2)), escaped)


def _escape_start(marker: str) -> str:
    # "1." starts a list unless its dot is escaped; "-", "+" and "=" unless they are.
    return marker[:-1] + "\\." if marker[0].isdigit() else "\\" + marker
