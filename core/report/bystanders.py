"""Bodies a report names without citing them for the launch (round 14, read on 530-569).

A caption's picture source, a leader named as a party to a summit, a government's words that
speak of no launch, and the North's state media vowing launches still to come are named in a
report, but say nothing of this launch. fields.find_reporters skips them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Final

from core.report.patterns import FLAGS
from core.report.text import Sentence

# "Photo caption: KCNA photo of an underwater test-fire", "[Photo caption: In this photo ...",
# "Caption: One of the missiles ... (KCNA)": a paragraph the page labels as its picture's
# caption tells what the picture shows and who took it, not who said what of the launch.
# ("[Photo caption] Prime Minister Fumio Kishida talks to reporters": the label in its own
# brackets, the caption running on to the paragraph's end)
_CAPTION_LABEL: Final = r"^\W*(?:(?:photo|picture|image|video)\s+)?caption\s*(?::|\])"
_BRACKETED_LABEL: Final = r"^\W*(?:(?:photo|picture|image|video)\s+)?caption\s*\]"


def labelled_captions(full: Sequence[Sentence]) -> set[int]:
    """The paragraphs that open with a caption label."""
    return {
        sentence.paragraph for sentence in full if re.match(_CAPTION_LABEL, sentence.text, FLAGS)
    }


# "Japanese Senior Vice Defense Minister Toshiro Ino talks to reporters at the Defense Ministry
# in Tokyo on Oct. 9, 2022. (Kyodo)": a short paragraph closed by a picture agency's credit in
# brackets, which dates its scene with the year, is a picture's caption though no label says so.
_CREDIT_CLOSES: Final = (
    r"[(\[]\s*[A-Z][\w.&'-]*(?:\s*(?:\s|/|via\s)\s*[A-Z][\w.&'-]*){0,3}\s*[)\]]\s*$"
)
_SCENE_DATED: Final = (
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
    r"(?:19|20)\d\d\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?:19|20)\d\d\b"
)


def _credited_captions(full: Sequence[Sentence]) -> set[int]:
    """The paragraphs of one or two sentences closed by a bracketed credit and dated with the
    year: a picture's caption with no label."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in full:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    return {
        paragraph
        for paragraph, texts in paragraphs.items()
        if len(texts) <= 2
        and re.search(_CREDIT_CLOSES, texts[-1])
        and re.search(_SCENE_DATED, " ".join(texts))
    }


def caption_ends(full: Sequence[Sentence]) -> dict[int, int]:
    """Each labelled caption's paragraph, and where its caption ends.

    "[Caption: ... a news report on the launch on Jan. 11. (c) AP] SEOUL -- The missile ...":
    a caption set in brackets ends at its closing bracket, and the story that a page runs on in
    the same paragraph is the story's; a caption without brackets runs to its paragraph's end, as
    does an unlabelled one closed by its picture's credit.
    """
    ends: dict[int, int] = {}
    opened: set[int] = set()
    for sentence in full:
        paragraph = sentence.paragraph
        if paragraph not in ends and re.match(_CAPTION_LABEL, sentence.text, FLAGS):
            ends[paragraph] = sys.maxsize
            if sentence.text.lstrip().startswith("[") and not re.match(
                _BRACKETED_LABEL, sentence.text, FLAGS
            ):
                opened.add(paragraph)
        if paragraph in opened and ends[paragraph] == sys.maxsize and "]" in sentence.text:
            ends[paragraph] = sentence.start + sentence.text.index("]") + 1
    for paragraph in _credited_captions(full):
        ends.setdefault(paragraph, sys.maxsize)
    return ends


# "timed to follow the first summit between Japanese Prime Minister Shinzo Abe and U.S.
# President Donald Trump", "after Trump met with Japan's Prime Minister", "during talks with the
# Japanese prime minister": a leader named as a party to a meeting, not as a speaker. (Not "after
# the summit with Trump, Japanese Prime Minister Abe said ...": a speaker all the same.)
_PARTY_BEFORE: Final = (
    r"\b(?:summit|talks|meeting|(?:tele)?phone (?:call|talks)|call|conversation|"
    r"consultations|dinner|visit)\s+(?:[\w-]+\s+){0,2}?(?:between|with)\s+(?:the\s+)?"
    r"(?:[^.;,]{1,60}?\s+and\s+(?:the\s+)?)?$|"
    r"\b(?:met|meets|meeting|hosted|hosts|hosting|welcomed|greeted)\s+(?:with\s+)?(?:the\s+)?$"
)
# "while Japan's Prime Minister held talks with the Chinese premier", "as Japanese Prime
# Minister Kishida met Biden": the same party, told as the subject of the meeting.
# ("South Korean President Yoon, Japanese Prime Minister Kishida and Chinese Premier Li met for
# a trilateral summit" (818), "officials had met Obama": the leader one of a list of parties, the
# meeting told in the pluperfect.)
# ("Park and Japanese Prime Minister Shinzo Abe met on the sidelines of the G20 summit and agreed
# to work together, a Japanese statement said": the meeting told by a statement, not by them.)
_PARTY_AFTER: Final = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s+[^.;,]{1,60}?)?(?:,?\s+and\s+[^.;,]{1,60}?)?,?\s+"
    r"(?:(?:was|is|were|are|had|have|has)\s+)?(?:met|meets|meeting|visited|visiting|"
    r"(?:held|holds|holding|had|has)\s+(?:talks|a summit|a meeting|an? (?:(?:tele)?phone|video) "
    r"call))\b(?![^.;]*\b(?<!statement )(?<!release )(?<!readout )"
    r"(?:said|says|told|stated|confirmed|announced)\b)"
)
_SPEAKS_AFTER: Final = (
    r"^(?:\s+[A-Z][\w.'-]*){0,3},?\s+(?:who\s+|(?:also\s+|later\s+)?)(?:said|says|told|stated|"
    r"confirmed|announced)\b"
)


def party_to_a_meeting(text: str, start: int, end: int) -> bool:
    """The body at text[start:end] is named as a party to a summit or talks, not a speaker."""
    after = text[end:]
    named_with = re.search(_PARTY_BEFORE, text[:start], FLAGS) is not None
    spoke = re.match(_SPEAKS_AFTER, after, FLAGS) is not None
    return (named_with and not spoke) or re.match(_PARTY_AFTER, after, FLAGS) is not None


# "Earlier on Sunday, North Korea's state-run media said the country would keep launching
# 'weapons capable of striking' the United States": a vow of launches to come, which tells
# nothing of this one. ("state media said the missile had flown 800 km and that the country
# would keep testing" tells of it.)
_VOWED: Final = (
    r"^\s+(?:also\s+|earlier\s+)?(?:said|says|reported|warned|stated|declared|quoted\s+"
    r"[^.;]{1,40}?\s+as\s+saying)\s+(?:that\s+)?(?:[\w'-]+\s+){1,3}?"
    r"(?:would|will|was going to|is going to|vowed to|pledged to|threatened to)\s+"
    r"(?P<said>[^.;]*)"
)
# ("state media said the North would test a new missile, then launched one": the launch told
# after the vow.)
_TOLD_DONE: Final = (
    r"\b(?:fired|launched|tested|test-fired|conducted|flown|flew|fell|landed|splashed|"
    r"succeeded|successful\w*|success)\b"
)


def vows_more(text: str, end: int) -> bool:
    """The state media named at text[:end] vow launches to come, and tell none made."""
    vowed = re.match(_VOWED, text[end:], FLAGS)
    return vowed is not None and not re.search(_TOLD_DONE, vowed.group("said"), FLAGS)
