"""`--part` picks the reports of one numbered part of the corpus."""

from __future__ import annotations

from bench.extraction import in_part


def test_a_part_is_the_numbered_files_between_its_bounds():
    rows = [{"file": name} for name in ("124_a.txt", "125_b.txt", "145_c.txt", "146_d.txt")]
    rows.append({"file": "c01_wire.txt"})
    assert [row["file"] for row in in_part(rows, "125-145")] == ["125_b.txt", "145_c.txt"]
    assert [row["file"] for row in in_part(rows, "146")] == ["146_d.txt"]


def test_a_part_past_999_reads_the_whole_number():
    rows = [{"file": name} for name in ("998_a.txt", "1004_b.txt", "1010_c.txt", "100_d.txt")]
    assert [row["file"] for row in in_part(rows, "990-1005")] == ["998_a.txt", "1004_b.txt"]
    assert [row["file"] for row in in_part(rows, "100")] == ["100_d.txt"]
