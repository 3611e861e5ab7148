"""bench.dataset_load: one JSON line with the loader's time and what it loaded."""

from __future__ import annotations

import json
from pathlib import Path

from bench.dataset_load import main
from bench.report import print_size
from bench.synth import write_dataset


def test_a_load_reports_its_time_and_every_record(tmp_path: Path, capsys):
    directory = write_dataset(tmp_path / "synthetic", 200, seed=3)
    assert main([str(directory)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["launches"] == 200
    assert figures["sources"] >= 200
    assert figures["problems"] == 0
    assert figures["load_s"] > 0
    assert figures["load_cpu_s"] > 0


def test_the_size_table_shows_the_load_or_its_error(capsys):
    size = {"missiles": 10, "data_mb": 0.1, "generate_s": 0.1, "floor": {}, "app": {}}
    print_size({**size, "load": {"load_s": 2.5, "load_cpu_s": 2.25}})
    assert "| load_dataset alone (fresh process): wall / CPU | | 2.50 s / 2.25 s |" in (
        capsys.readouterr().out
    )
    print_size({**size, "load": {"error": "Traceback: boom"}})
    assert "- load_dataset: ERROR Traceback: boom" in capsys.readouterr().out
