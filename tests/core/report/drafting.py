"""Helpers the report rule tests share: a report's draft as the benchmark's CSV cells."""

from __future__ import annotations

from datetime import date

from bench.extraction import draft_cells
from core.records.model import Site
from core.report.extract import extract_report

# A Thursday: the day the reporters tests' leads say the missile was fired.
THURSDAY = date(2023, 4, 13)

# The reporters tests' leads: the launch told with no body cited, and told by the JCS.
LEAD = "North Korea fired a missile on Thursday. "
JCS_LEAD = "North Korea fired a missile on Thursday, South Korea's Joint Chiefs of Staff said. "


def cells(text: str, published: date, sites: dict[str, Site]) -> dict[str, str]:
    """Every drafted field of one report, as expected.csv writes it."""
    return draft_cells(extract_report(text, published, sites))


def reporters(text: str, sites: dict[str, Site], published: date = THURSDAY) -> str:
    """The bodies one report cites, as expected.csv writes them."""
    return cells(text, published, sites)["reporters"]


# A Thursday too: the day the clock and count tests' leads name, 12 September 2024.
CLOCK_THURSDAY = date(2024, 9, 12)


def clock(text: str, sites: dict[str, Site], published: date = CLOCK_THURSDAY) -> tuple[str, str]:
    """The launch's UTC date and time one report drafts, as expected.csv writes them."""
    found = cells(text, published, sites)
    return found["date_utc"], found["time_utc"]


def count(text: str, sites: dict[str, Site], published: date = CLOCK_THURSDAY) -> tuple[str, str]:
    """The count and its qualifier one report drafts, as expected.csv writes them."""
    found = cells(text, published, sites)
    return found["count"], found["count_qualifier"]


def field(text: str, sites: dict[str, Site], name: str, published: date = THURSDAY) -> str:
    """One drafted field of one report, as expected.csv writes it."""
    return cells(text, published, sites)[name]
