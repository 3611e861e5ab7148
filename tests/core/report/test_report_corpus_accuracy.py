"""The paraphrased corpus of real reports: extraction stays above a floor on every part."""

from __future__ import annotations

from bench.extraction import FIELDS, ROOT, in_part, load_corpus, score
from core.records.dataset import load_dataset


def test_corpus_accuracy_stays_above_the_floor():
    sites = load_dataset(ROOT / "data").sites
    rows = load_corpus()
    assert sum(row["split"] == "heldout" for row in rows) >= 35
    # 231-249 is held out and not yet measured: its one run is the bench's, at the end of the
    # round, so no test drafts it before then.
    unmeasured = {row["file"] for row in in_part(rows, "231-250")}
    rows = [row for row in rows if row["file"] not in unmeasured]
    assert sum(row["split"] == "seen" for row in rows) >= 120
    tune, seen, heldout = (score(rows, sites, split) for split in ("tune", "seen", "heldout"))
    # Measured 100.0% (tune), 98.8% (seen: 003-213 after their fixes) and 87.1% (held-out
    # 214-230, its one run at 0bc5cdf before any rule saw it); the floors sit just below,
    # leaving room for a field or two.
    assert tune.overall >= 0.99, list(tune.misses)
    assert seen.overall >= 0.98, list(seen.misses)
    assert heldout.overall >= 0.86
    assert all(tune.field_accuracy(name) >= 0.95 for name in FIELDS)
