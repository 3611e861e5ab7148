"""Fixtures the report tests share: the bundled site table the extractor matches names against."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.records.dataset import load_dataset
from core.records.model import Site

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def sites() -> dict[str, Site]:
    return load_dataset(ROOT / "data").sites
