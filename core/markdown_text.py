"""Record text made literal for Streamlit's Markdown elements (subheaders, captions, notices)."""

from __future__ import annotations

import re
from typing import Final

# Every ASCII punctuation character may be backslash-escaped in CommonMark, and escaping all of
# them leaves no link, image, emphasis, heading, HTML, entity, autolink or LaTeX to start.
_PUNCTUATION: Final = re.compile(r"([!-/:-@\[-`{-~])")
_LINE_BREAKS: Final = re.compile(r"[\r\n\t\f\v\u2028\u2029]+")


def markdown_literal(text: str) -> str:
    """`text` shown as written inside Markdown, on one line.

    A missile or site name such as "[x](https://host)" or "![x](http://host/x.png)" would
    otherwise become a link, or make the page fetch an image from that host.
    """
    return _PUNCTUATION.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))
