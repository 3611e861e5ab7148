"""The paraphrased corpus of real reports: extraction stays above a floor on every part."""

from __future__ import annotations

from bench.extraction import FIELDS, ROOT, load_corpus, score
from core.records.dataset import load_dataset


def test_corpus_accuracy_stays_above_the_floor():
    sites = load_dataset(ROOT / "data").sites
    rows = load_corpus()
    assert sum(row["split"] == "heldout" for row in rows) >= 35
    assert sum(row["split"] == "seen" for row in rows) >= 120
    tune, seen, heldout = (score(rows, sites, split) for split in ("tune", "seen", "heldout"))
    # Measured at a013cd6: 100.0% (tune), 99.2% (seen: 003-213 after their fixes) and 89.5%
    # (held-out 214-230 and 231-249, 525 fields, each measured without a rule written from
    # it); the floors sit just below, leaving room for a field or two.
    assert tune.overall >= 0.99, list(tune.misses)
    assert seen.overall >= 0.985, list(seen.misses)
    assert heldout.overall >= 0.88
    assert all(tune.field_accuracy(name) >= 0.95 for name in FIELDS)
