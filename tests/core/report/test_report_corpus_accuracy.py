"""The paraphrased corpus of real reports: extraction stays above a floor on every part."""

from __future__ import annotations

from bench.extraction import FIELDS, ROOT, load_corpus, score
from core.records.dataset import load_dataset


def test_corpus_accuracy_stays_above_the_floor():
    sites = load_dataset(ROOT / "data").sites
    rows = load_corpus()
    assert sum(row["split"] == "seen" for row in rows) >= 1530
    tune, seen, heldout = (score(rows, sites, split) for split in ("tune", "seen", "heldout"))
    # Measured after round 6's rules: 100.0% (tune) and 99.2% (seen: 003-269, with round 5's
    # held-out parts 214-249 and round 6's first fresh part 250-269, each read after its one
    # measured run); the floors sit just below, leaving room for a field or two.
    assert tune.overall >= 0.99, list(tune.misses)
    assert seen.overall >= 0.98, list(seen.misses)  # 98.4% after round 33
    assert all(tune.field_accuracy(name) >= 0.95 for name in FIELDS)
    # Held out: 1900-1949, 92.1% when measured at 5ab1d2c (with 1800-1877 and 1950-1973, then
    # read in round 33) and 92.2% at 5f740c4, before any rule read them.
    assert heldout.reports >= 47
    # (the misses are not printed: a held-out part is read only after it is measured)
    assert heldout.overall >= 0.91, f"held out: {heldout.overall:.1%}"
