"""One value found in a report, with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass

from core.report.text import Evidence


@dataclass(frozen=True, slots=True)
class Found:
    """One extracted value and its evidence."""

    value: str | float | int
    evidence: Evidence
