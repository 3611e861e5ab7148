"""markdown_literal: record text in Streamlit's Markdown elements starts no markup."""

from __future__ import annotations

import re

from core.markdown_text import markdown_literal
from tests.hostile_data import HOSTILE, MD_IMAGE, MD_LINK


def test_markup_characters_are_escaped_and_the_text_stays_on_one_line() -> None:
    for text in (*HOSTILE, f"Pad\n\n# heading\r\n{MD_LINK}", "www.example.org :red[x] $x^2$"):
        out = markdown_literal(text)
        assert "\n" not in out
        assert "\r" not in out
        # Unescaping gives the text back (line breaks as spaces): nothing is lost or added.
        assert re.sub(r"\\(.)", r"\1", out) == re.sub(r"[\r\n]+", " ", text)
        assert re.search(r"(?<!\\)[\[\]()!<>*_`#&:$]", out.replace("\\\\", "")) is None


def test_a_link_or_image_in_a_name_becomes_text() -> None:
    assert markdown_literal(MD_LINK) == r"\[click me\]\(javascript\:window.\_\_pwned=1\)"
    assert markdown_literal(MD_IMAGE) == r"\!\[pixel\]\(http\://198.51.100.7/x.png\)"
    assert markdown_literal("see www.example.org") == r"see www\.example.org"


def test_names_keep_their_hyphens_and_a_line_start_starts_no_list() -> None:
    assert markdown_literal("Hwasong-15") == "Hwasong-15"
    assert markdown_literal("- KN-23") == r"\- KN-23"
    assert markdown_literal("1. Scud") == r"1\. Scud"
    assert markdown_literal("+ x\n= y") == r"\+ x = y"
