"""Which bodies a report cites for its launch, as learned from the labelled report corpus.

The rules of `fields.find_reporters` are right on about 95% of the reports they were written
from and on 72-81% of reports they had never seen: each rule fits the wordings it was read
from. This module reads the same mentions the rules find (the table's names of the JCS, Japan's
defence ministry and government, and KCNA or North Korea speaking) and weighs the words around
each one with a logistic model trained on the corpus's labels, so that a wording no rule was
written for is judged by what the words near it usually mean.

The model is a file of weights (`attribution_model.json`), written by
`python -m bench.train_attribution` from the corpus rows that are not held out. A body the
table never names (the rules' "the Defense Ministry" of a report told from Japan, "the
military" of a Seoul report, an official cited by name alone) is left to the rules.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

import numpy as np

from core.report.found import Found
from core.report.patterns import FLAGS
from core.report.tables import JAPAN_AS_A_WHOLE, REPORTER_PATTERNS
from core.report.text import Evidence, Sentence

MODEL_FILE: Final = Path(__file__).with_name("attribution_model.json")
BODIES: Final = ("JCS", "Japan MOD", "Japan government", "KCNA")

# Each body's names: the table's patterns, and Japan named as a whole for its government.
_NAMES: Final = {
    body: tuple(
        [re.compile(pattern, FLAGS) for pattern, value in REPORTER_PATTERNS if value == body]
        + ([re.compile(JAPAN_AS_A_WHOLE, FLAGS)] if body == "Japan government" else [])
    )
    for body in BODIES
}
_WORD: Final = re.compile(r"[a-z0-9']+")
# How much of each mention is read: the first mentions, and the words either side.
_MENTIONS_READ: Final = 8
_LEFT_WORDS: Final = 6
_RIGHT_WORDS: Final = 8
# Training: a feature must occur in this many examples; L2 weight, steps and step size of the
# gradient descent (fixed, so a retrain on the same rows gives the same weights).
MIN_EXAMPLES: Final = 3
# Log-odds the model must reach to overrule the rules: a chance above 99.3% or below 0.7%.
CONFIDENT: Final = 5.0
_L2: Final = 2.0
_STEPS: Final = 1000
_STEP: Final = 5.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One naming of a body in one sentence."""

    body: str
    sentence: Sentence
    index: int  # the sentence's place in the report
    pattern: int  # which of the body's names matched
    start: int  # offsets in the sentence's text
    end: int

    @property
    def at(self) -> int:
        """Where the mention starts in the report."""
        return self.sentence.start + self.start


def mentions(sentences: Sequence[Sentence]) -> dict[str, list[Mention]]:
    """Every naming of each body, in the report's order."""
    found: dict[str, list[Mention]] = {}
    for body in BODIES:
        named = [
            Mention(body, sentence, index, number, match.start(), match.end())
            for number, pattern in enumerate(_NAMES[body])
            for index, sentence in enumerate(sentences)
            for match in pattern.finditer(sentence.text)
        ]
        found[body] = sorted(named, key=lambda mention: (mention.at, mention.pattern))
    return found


def features(body: str, named: Mapping[str, Sequence[Mention]], length: int) -> dict[str, float]:
    """What the model reads of one body's mentions: how often and where it is named, which
    other bodies are named, and the words of and around its first mentions."""
    own = named[body]
    if not own:
        return {}
    found: dict[str, float] = {
        "bias": 1.0,
        "mentions": math.log1p(len(own)),
        "first": own[0].at / max(length, 1),
    }
    for other in BODIES:
        if other != body and named[other]:
            found[f"named:{other}"] = 1.0
    for mention in own[:_MENTIONS_READ]:
        text = mention.sentence.text
        left = _WORD.findall(text[: mention.start].lower())[-_LEFT_WORDS:]
        right = _WORD.findall(text[mention.end :].lower())[:_RIGHT_WORDS]
        found[f"name:{mention.pattern}"] = 1.0
        found[f"sentence:{min(mention.index, 5)}"] = 1.0
        found[f"paragraph:{min(mention.sentence.paragraph, 4)}"] = 1.0
        for word in left:
            found[f"left:{word}"] = 1.0
        for word in right:
            found[f"right:{word}"] = 1.0
        for word in _WORD.findall(text.lower()):
            found[f"in:{word}"] = 1.0
        for first, second in itertools.pairwise(left):
            found[f"left2:{first}_{second}"] = 1.0
        for first, second in itertools.pairwise(right):
            found[f"right2:{first}_{second}"] = 1.0
    return found


@dataclass(frozen=True, slots=True)
class Model:
    """Each body's feature weights, and the corpus rows they were learned from."""

    weights: Mapping[str, Mapping[str, float]]
    trained_on: tuple[str, ...] = ()

    def score(self, body: str, found: Mapping[str, float]) -> float:
        """The log-odds that the report cites `body` for its launch."""
        weights = self.weights.get(body, {})
        return sum(weights.get(name, 0.0) * value for name, value in found.items())

    def to_json(self) -> str:
        """The model as the weights file writes it."""
        weights = {
            body: {name: round(value, 4) for name, value in sorted(table.items())}
            for body, table in self.weights.items()
        }
        return json.dumps(
            {"trained_on": list(self.trained_on), "weights": weights}, indent=0, sort_keys=True
        )

    @classmethod
    def from_json(cls, text: str) -> Model:
        """The model a weights file holds."""
        data = json.loads(text)
        return cls(weights=data["weights"], trained_on=tuple(data["trained_on"]))


@cache
def load_model(path: Path = MODEL_FILE) -> Model | None:
    """The shipped model, or None where no weights file is there (the rules alone decide)."""
    if not path.exists():
        return None
    return Model.from_json(path.read_text(encoding="utf-8"))


def train(examples: Iterable[tuple[str, Mapping[str, float], bool]]) -> dict[str, dict[str, float]]:
    """Weights per body from (body, features, cited) examples: L2-regularised logistic
    regression by plain gradient descent from zero, over the features that occur in at least
    MIN_EXAMPLES of the body's examples."""
    by_body: dict[str, list[tuple[Mapping[str, float], bool]]] = {}
    for body, found, cited in examples:
        if found:
            by_body.setdefault(body, []).append((found, cited))
    weights: dict[str, dict[str, float]] = {}
    for body, rows in by_body.items():
        seen = Counter(name for found, _ in rows for name in found)
        names = sorted(name for name, times in seen.items() if times >= MIN_EXAMPLES)
        column = {name: number for number, name in enumerate(names)}
        x = np.zeros((len(rows), len(names)))
        for row, (found, _) in enumerate(rows):
            for name, value in found.items():
                if name in column:
                    x[row, column[name]] = value
        y = np.array([cited for _, cited in rows], dtype=float)
        w = np.zeros(len(names))
        for _ in range(_STEPS):
            p = 1.0 / (1.0 + np.exp(-(x @ w)))
            w -= _STEP * (x.T @ (p - y) + _L2 * w) / len(rows)
        weights[body] = {name: float(w[column[name]]) for name in names}
    return weights


def decide(
    ruled: Sequence[Found],
    sentences: Sequence[Sentence],
    model: Model,
    confident: float = CONFIDENT,
) -> list[Found]:
    """The bodies the report cites: the rules' verdict, overruled for a body the table names
    where the model is at least `confident` sure of the other verdict. In the order of each
    body's evidence: where the rules cite it, or its first mention where only the model does."""
    named = mentions(sentences)
    length = sentences[-1].end if sentences else 0
    kept = {str(item.value): item for item in ruled}
    for body in BODIES:
        own = named[body]
        if not own:
            continue  # a body the table never names: the rules alone judge it
        odds = model.score(body, features(body, named, length))
        if odds <= -confident:
            kept.pop(body, None)
        elif odds >= confident and body not in kept:
            kept[body] = _found_at(own[0], odds)
    return sorted(kept.values(), key=lambda item: item.evidence.start)


def _found_at(mention: Mention, odds: float) -> Found:
    """The body at its first mention, noted as the model's reading."""
    sentence = mention.sentence
    chance = 1.0 / (1.0 + math.exp(-odds))
    note = f"-> {mention.body} (read from the words around its mentions: {chance:.0%} sure)"
    evidence = Evidence(
        text=sentence.text[mention.start : mention.end],
        start=mention.at,
        end=sentence.start + mention.end,
        sentence=sentence.text,
        note=note,
    )
    return Found(mention.body, evidence)
