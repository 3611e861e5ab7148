"""Where the bundled data lives, and the data-directory check of the command-line tools."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DEFAULT_DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"
# The land and EEZ layers (data/geo/) ship with the app; another data directory holds only the
# three record tables.
GEO_DATA_DIR: Final = DEFAULT_DATA_DIR


def is_data_dir(data_dir: Path) -> bool:
    """True if `data_dir` is a directory; else say so on stderr (the caller exits 2)."""
    if data_dir.is_dir():
        return True
    print(f"{data_dir}: not a directory", file=sys.stderr)
    return False
