"""`python -m bench.train_attribution`: learn the attribution model from the report corpus.

Trains on every corpus row that is not held out (`tune` and `seen`), writes the weights to
core/report/attribution_model.json, and prints the model's cross-validated accuracy on the
reporters field: the rows are cut into five folds of consecutive file numbers (a part's texts
were written together), each fold judged by a model trained on the other four, with the rules'
verdict kept for a body the table never names, as the extractor does. The rules' own figure on
the same rows is printed beside it; they were written from these rows, so it overstates what
they do on a new report (72-81% on the fresh parts of rounds 10-30).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bench.extraction import CORPUS, ROOT, load_corpus
from core.records.dataset import load_dataset
from core.report.attribution import (
    BODIES,
    CONFIDENT,
    MODEL_FILE,
    Model,
    decide,
    features,
    mentions,
    train,
)
from core.report.extract import extract_report, report_sentences
from core.report.found import Found
from core.report.text import Sentence

FOLDS = 5


@dataclass(frozen=True, slots=True)
class Report:
    """One corpus report as the model reads it."""

    file: str
    sentences: list[Sentence]
    cited: tuple[str, ...]  # the labelled reporters, in order
    ruled: list[Found]  # what the rules alone find


def examples(reports: Sequence[Report]) -> list[tuple[str, dict[str, float], bool]]:
    """One (body, features, cited) example per body the report names."""
    found = []
    for report in reports:
        named = mentions(report.sentences)
        length = report.sentences[-1].end if report.sentences else 0
        for body in BODIES:
            found.append((body, features(body, named, length), body in report.cited))
    return found


def cited(report: Report, model: Model, confident: float = CONFIDENT) -> tuple[str, ...]:
    """The reporters the extractor drafts with `model` overruling the rules at `confident`."""
    found = decide(report.ruled, report.sentences, model, confident)
    return tuple(str(item.value) for item in found)


def load_reports() -> list[Report]:
    """Every corpus report that is not held out, with its rules' reporters."""
    sites = load_dataset(ROOT / "data").sites
    reports = []
    for row in load_corpus():
        if row["split"] == "heldout":
            continue
        text = (CORPUS / row["file"]).read_text(encoding="utf-8")
        draft = extract_report(text, date.fromisoformat(row["published"]), sites, learned=False)
        ruled = [
            Found(value, evidence)
            for value, evidence in zip(
                draft.reporters, draft.evidence.get("sources", ()), strict=True
            )
        ]
        labels = tuple(value for value in row["reporters"].split(";") if value)
        reports.append(Report(row["file"], report_sentences(text), labels, ruled))
    return sorted(reports, key=lambda report: _number(report.file))


def _number(name: str) -> int:
    return int(name.partition("_")[0])


def main() -> None:
    """Cross-validate, then train on every row that is not held out and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-write", action="store_true", help="cross-validate only")
    args = parser.parse_args()
    reports = load_reports()
    size = -(-len(reports) // FOLDS)
    alone = shipped = ruled = 0
    for fold in range(FOLDS):
        test = reports[fold * size : (fold + 1) * size]
        rest = reports[: fold * size] + reports[(fold + 1) * size :]
        model = Model(train(examples(rest)))
        fold_right = sum(cited(report, model, 0.0) == report.cited for report in test)
        alone += fold_right
        shipped += sum(cited(report, model) == report.cited for report in test)
        ruled += sum(
            tuple(str(item.value) for item in report.ruled) == report.cited for report in test
        )
        print(
            f"fold {fold + 1}: {test[0].file.partition('_')[0]}-"
            f"{test[-1].file.partition('_')[0]}: the model alone {fold_right}/{len(test)}"
            " reporters right"
        )
    total = len(reports)
    print(f"reporters right, cross-validated over {total} reports:")
    print(f"  the model alone (each body the table names judged at even odds): {alone / total:.1%}")
    print(
        f"  the rules, overruled where the model is {CONFIDENT:g} log-odds sure (as shipped):"
        f" {shipped / total:.1%}; the rules alone: {ruled / total:.1%}. Both rest on rules"
        " written from these reports: `python -m bench.attribution_history` compares them on"
        " reports the rules had not seen."
    )
    if args.no_write:
        return
    model = Model(train(examples(reports)), trained_on=tuple(report.file for report in reports))
    MODEL_FILE.write_text(model.to_json() + "\n", encoding="utf-8")
    size_kb = MODEL_FILE.stat().st_size / 1024
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} ({size_kb:.0f} KB)")


if __name__ == "__main__":
    main()
