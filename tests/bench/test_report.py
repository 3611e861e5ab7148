"""bench/report.py: the targets summary names every target with its figure and verdict."""

from __future__ import annotations

from bench.report import print_summary


def _size_350() -> dict:
    return {
        "missiles": 350,
        "floor": {"fresh_median_s": 0.010},
        "app": {"fresh_median_s": 0.035},
        # bench.dataset_load's figures share the key "load" with the concurrent-sessions entry
        "load": {"wall_s": 0.02},
        "floor_browser": {"first_map_s": 2.0},
        "app_browser": {"first_map_s": 2.5, "settled_median_s": 0.4},
        "clicks": {"map": {"card_ms": 160.0, "count": 5}, "list": {"card_ms": 273.0, "count": 1}},
    }


def test_every_target_of_a_size_is_printed_with_its_figure(capsys):
    print_summary([_size_350(), {"missiles": 350, "load": [{"sessions": 1}]}])
    out = capsys.readouterr().out
    assert "350 missiles: filter change on the server within 2x the floor: 3.5x: MISSED" in out
    assert "filter change to every panel in Chromium under 250 ms: 400 ms: MISSED" in out
    assert "page open to the first drawn map within 1.5x the floor: 1.2x: met" in out
    assert "selection: click to card under 300 ms (slowest way): 273 ms: met" in out


def test_a_figure_not_taken_is_said_to_be_not_measured(capsys):
    figures = _size_350()
    del figures["app_browser"], figures["floor_browser"]
    print_summary([figures])
    out = capsys.readouterr().out
    assert "page open to the first drawn map within 1.5x the floor: not measured" in out
