"""`--part` picks the reports of one numbered part of the corpus."""

from __future__ import annotations

from bench.extraction import in_part


def test_a_part_is_the_numbered_files_between_its_bounds():
    rows = [{"file": name} for name in ("124_a.txt", "125_b.txt", "145_c.txt", "146_d.txt")]
    rows.append({"file": "c01_wire.txt"})
    assert [row["file"] for row in in_part(rows, "125-145")] == ["125_b.txt", "145_c.txt"]
    assert [row["file"] for row in in_part(rows, "146")] == ["146_d.txt"]
