"""Report text: sentences with offsets, and the evidence spans that back each extracted field."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from core.report.patterns import FLAGS

# One character for one character, so offsets in the normalised copy are offsets in the report.
_STRAIGHTEN: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2011": "-",
        "\u2010": "-",
    }
)
# A full stop after these is not the end of a sentence.
_ABBREVIATIONS: Final = frozenset(
    {
        "a.m",
        "p.m",
        "u.s",
        "u.n",
        "u.k",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "no",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "vs",
        "e.g",
        "i.e",
        "adm",
        "sgt",
        "capt",
        "rep",
        "sen",
        "gov",
        "maj",
        # "N. Korea fires ...", "S. Korea says ...": a headline's short forms.
        "n",
        "s",
    }
)
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from: the matched span, its sentence, and how it was read."""

    text: str
    start: int
    end: int
    sentence: str
    note: str = ""

    def as_json(self) -> dict[str, str | int]:
        """A JSON-ready dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the report: its offsets, text, and paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int

    def evidence(self, match: re.Match[str], note: str = "", group: int | str = 0) -> Evidence:
        """Evidence for a match found in this sentence's text."""
        start, end = match.span(group)
        return Evidence(
            text=self.text[start:end],
            start=self.start + start,
            end=self.start + end,
            sentence=self.text,
            note=note,
        )


def straighten(text: str) -> str:
    """Curly quotes and dashes made ASCII, and letters stripped of diacritics (McCune-Reischauer
    "Kusŏng" is the table's "Kusong"), one character for one."""
    return "".join(_plain(char) for char in text.translate(_STRAIGHTEN))


@functools.lru_cache(maxsize=512)
def _plain(char: str) -> str:
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`; blank lines and line breaks end paragraphs."""
    flat = straighten(text)
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(re.finditer(r"[^\n]+", flat)):
        sentences += _split_block(flat, block.start(), block.end(), paragraph)
    return sentences


def _split_block(flat: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    cursor = start
    block = flat[start:end]
    for stop in _SENTENCE_END.finditer(block):
        word = re.search(r"([A-Za-z.]+)$", block[: stop.start()])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        sentence_end = start + stop.end()
        yield from _sentence(flat, cursor, sentence_end, paragraph)
        cursor = sentence_end
    yield from _sentence(flat, cursor, end, paragraph)


def _sentence(flat: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    while start < end and flat[start].isspace():
        start += 1
    while end > start and flat[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, flat[start:end], paragraph)


def first_match(patterns: tuple[str, ...], sentence: Sentence) -> re.Match[str] | None:
    """The earliest match of any pattern in the sentence."""
    found = [m for p in patterns if (m := re.search(p, sentence.text, FLAGS))]
    return min(found, key=lambda m: m.start()) if found else None


def parse_number(text: str) -> float:
    """'1,100' -> 1100.0."""
    return float(re.sub(r"[,\s]", "", text))
