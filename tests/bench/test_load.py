"""bench.load: concurrent sessions over the websocket, each with its own link, timed and counted."""

from __future__ import annotations

from pathlib import Path

from bench.load import link, measure
from bench.server import ROOT
from bench.synth import write_dataset


def test_each_analyst_opens_a_different_link():
    links = {link(index) for index in range(50)}
    assert len(links) == 50
    assert all(text.startswith("class=") and "&from=" in text for text in links)


def test_two_sessions_of_the_app_are_served_and_timed(tmp_path: Path):
    data_dir = write_dataset(tmp_path / "synthetic", 60, seed=3)
    (result,) = measure([ROOT / "app.py"], data_dir, tmp_path, (2,))["app"]
    assert result.sessions == 2
    assert result.failed == 0
    assert result.exceptions == 0
    assert result.first_view_p50_s is not None
    assert result.first_view_p50_s > 0
    assert result.rerun_p95_s is not None
    assert result.rerun_p95_s > 0
    assert result.peak_rss_mb >= result.rss_mb > 0
