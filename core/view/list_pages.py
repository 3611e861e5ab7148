"""The launch list's orders and pages: which launches a page shows and where a launch falls."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from core.records.model import CHRONOLOGICAL, Launch

# A page the browser draws at once: 500 rows are ~60 KB; all 100,000 were 12 MB per rerun.
PAGE_ROWS: Final = 500
NEWEST: Final = "Newest first"
ORDERS: Final = (NEWEST, "Oldest first", "Longest range", "Highest apogee")


def _longest_range(launch: Launch) -> float:
    return -launch.range_km if launch.range_km is not None else math.inf


def _highest_apogee(launch: Launch) -> float:
    return -launch.apogee_km if launch.apogee_km is not None else math.inf


def ordered(launches: Sequence[Launch], order: str = NEWEST) -> list[Launch]:
    """The launches in one of ORDERS; ties (and unknown figures, last) stay newest first."""
    newest = sorted(launches, key=CHRONOLOGICAL, reverse=True)
    if order == "Oldest first":
        return newest[::-1]
    if order == "Longest range":
        return sorted(newest, key=_longest_range)
    if order == "Highest apogee":
        return sorted(newest, key=_highest_apogee)
    return newest


def page_count(total: int) -> int:
    """Pages needed for `total` rows (at least one)."""
    return max(1, math.ceil(total / PAGE_ROWS))


def page_of(launches: Sequence[Launch], launch_id: str | None) -> int | None:
    """The 1-based page that holds the launch, or None when it is not listed."""
    if launch_id is None:
        return None
    for index, launch in enumerate(launches):
        if launch.launch_id == launch_id:
            return index // PAGE_ROWS + 1
    return None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of an ordered list of launches."""

    launches: Sequence[Launch]
    number: int
    first_row: int  # 1-based position of the page's first launch in the whole list
    total: int

    @property
    def caption(self) -> str:
        """'Showing 501-1,000 of 100,000'."""
        last_row = self.first_row + len(self.launches) - 1
        return f"Showing {self.first_row:,}–{last_row:,} of {self.total:,}"


def page(launches: Sequence[Launch], number: int) -> Page:
    """Page `number` (1-based, clamped to the pages there are)."""
    number = min(max(1, number), page_count(len(launches)))
    start = (number - 1) * PAGE_ROWS
    return Page(launches[start : start + PAGE_ROWS], number, start + 1, len(launches))
