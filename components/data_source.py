"""The data directory, loaded once per change of its files, and the notice of skipped rows."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import streamlit as st

from core.briefing.headline import with_preference
from core.paths import DEFAULT_DATA_DIR
from core.records.dataset import LAUNCHES_FILE, SITES_FILE, SOURCES_FILE, Dataset, load_dataset

DATA_DIR_ENV = "LAUNCH_ATLAS_DATA_DIR"


def data_dir() -> Path:
    """The data directory: $LAUNCH_ATLAS_DATA_DIR, else the bundled data/."""
    return _resolved(os.environ.get(DATA_DIR_ENV, "").strip())


@lru_cache(maxsize=8)
def _resolved(configured: str) -> Path:
    # Resolved once per setting (several lstat() calls each time, on every run otherwise).
    return Path(configured).expanduser().resolve() if configured else DEFAULT_DATA_DIR


def _fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for name in (LAUNCHES_FILE, SITES_FILE, SOURCES_FILE):
        path = directory / name
        try:
            stat = path.stat()
        except OSError:
            stamps.append((name, 0, 0))
        else:
            stamps.append((name, stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


# cache_resource, not cache_data: the records are frozen and never mutated, and cache_data would
# unpickle every record on every rerun. The file fingerprint makes a saved report show at once.
@st.cache_resource(show_spinner="Loading launch records…", max_entries=4)
def _cached_dataset(directory: str, fingerprint: tuple[tuple[str, int, int], ...]) -> Dataset:
    del fingerprint  # only part of the cache key
    return load_dataset(Path(directory))


@st.cache_resource(max_entries=6)
def _cached_headlines(
    directory: str, fingerprint: tuple[tuple[str, int, int], ...], prefer: str
) -> Dataset:
    return with_preference(_cached_dataset(directory, fingerprint), prefer)


# Looked up here first: Streamlit's cache hashes its arguments on every call (some 0.5 ms each,
# twice a run), a dict lookup does not. Its key is Streamlit's (the fingerprint included), so a
# saved file still makes a new dataset at once; a miss goes through Streamlit's cache, with its
# spinner on the first load. Four keys: a run asks for two (the records, and their headlines);
# more would keep old datasets alive after a save.
@lru_cache(maxsize=4)
def _loaded(
    directory: str, fingerprint: tuple[tuple[str, int, int], ...], prefer: str | None
) -> Dataset:
    if prefer is not None:
        return _cached_headlines(directory, fingerprint, prefer)
    return _cached_dataset(directory, fingerprint)


def load(directory: Path | None = None, prefer: str | None = None) -> Dataset:
    """The dataset of `directory` (default: the configured data directory); with `prefer`, its
    launches carry the headline figures that preference chooses (core/briefing/headline.py)."""
    directory = directory or data_dir()
    return _loaded(str(directory), _fingerprint(directory), prefer)


def render_header(dataset: Dataset) -> None:
    """The page title, how many missiles the records hold and how recent they are, and any
    problems of the data files."""
    st.title("Launch Atlas")
    as_of = f", as of {dataset.as_of.isoformat()}" if dataset.as_of else ""
    st.caption(f"{len(dataset.launches)} missiles in the records{as_of}")
    _render_problems(dataset)


def _render_problems(dataset: Dataset) -> None:
    """Say how many rows were skipped and why, without a traceback."""
    if not dataset.problems:
        return
    skipped = dataset.skipped_rows
    kept = len(dataset.problems) - sum(1 for problem in dataset.problems if problem.skipped)
    headline = f"{skipped} data rows skipped" if skipped else "Data loaded with warnings"
    with st.expander(f"⚠️ {headline} ({len(dataset.problems)} problems, {kept} warnings)"):
        st.caption("Each line: file:line: field: what is wrong (value). Fix the file and reload.")
        st.code("\n".join(str(problem) for problem in dataset.problems[:500]), language=None)
        if len(dataset.problems) > 500:
            st.caption(f"… and {len(dataset.problems) - 500} more (run `python -m core validate`).")
