"""The paraphrased corpus of real reports: extraction stays above a floor on both parts."""

from __future__ import annotations

from bench.extraction import FIELDS, ROOT, load_corpus, score
from core.records.dataset import load_dataset


def test_corpus_accuracy_stays_above_the_floor():
    sites = load_dataset(ROOT / "data").sites
    rows = load_corpus()
    assert sum(row["split"] == "heldout" for row in rows) >= 12
    tune, heldout = score(rows, sites, "tune"), score(rows, sites, "heldout")
    # Measured 99.8% (tune) and 95.0% (held-out); the floors leave room for one or two fields.
    assert tune.overall >= 0.98, [m for m in tune.misses]
    assert heldout.overall >= 0.93
    assert all(tune.field_accuracy(name) >= 0.9 for name in FIELDS)
