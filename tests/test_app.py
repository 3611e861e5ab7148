"""AppTest of the app: it loads the bundled data; bad data gives a summary, not a traceback."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.records.dataset import load_dataset
from tests.conftest import LAUNCHES, write_dataset

APP = str(Path(__file__).resolve().parent.parent / "app.py")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def run_app(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path | None = None, opened: Sequence[str] = ()
) -> AppTest:
    """The app run once; `opened` names the keys of on-demand panels to open first."""
    if data_dir is not None:
        monkeypatch.setenv("LAUNCH_ATLAS_DATA_DIR", str(data_dir))
    else:
        monkeypatch.delenv("LAUNCH_ATLAS_DATA_DIR", raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    for key in opened:
        at.session_state[key] = True
    at.run()
    return at


def page_text(at: AppTest) -> str:
    parts = [element.value for element in at.caption] + [element.value for element in at.markdown]
    parts += [element.value for element in at.code]
    parts += [element.label for element in at.expander]
    return "\n".join(str(part) for part in parts)


def test_app_shows_the_bundled_launch_count(monkeypatch):
    at = run_app(monkeypatch)
    assert not at.exception
    count = len(load_dataset(DATA_DIR).launches)
    assert f"{count} missiles in the records" in page_text(at)


def test_bad_rows_are_summarised_not_raised(monkeypatch, tmp_path):
    bad = {**LAUNCHES[0], "launch_id": "bad-1", "range_km": "700km"}
    data_dir = write_dataset(tmp_path / "data", launches=[*LAUNCHES, bad])
    at = run_app(monkeypatch, data_dir)
    assert not at.exception
    text = page_text(at)
    assert "3 missiles in the records" in text
    assert "1 data rows skipped" in text
    assert "launches.csv:5: range_km: not a plain number ('700km')" in text


def test_missing_data_directory_is_a_message_not_a_traceback(monkeypatch, tmp_path):
    at = run_app(monkeypatch, tmp_path / "nowhere")
    assert not at.exception
    text = page_text(at)
    assert "0 missiles in the records" in text
    assert "launches.csv:0: file: missing" in text
