"""Whose each figure a list or chart shows is: '700 km (JCS)', as the card credits it.

The launches a panel lists carry their headline figures (headline.with_preference); this names
the source of each one shown, so a briefer reading a row or a tooltip can say whose it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from core.briefing.headline import RECORD, given, headlines_of, value_text
from core.records.dataset import Dataset
from core.records.model import Launch

SOURCED_FIELDS: Final = ("range_km", "apogee_km", "japan_eez")


@dataclass(frozen=True, slots=True)
class FigureSources:
    """Who gave the range, apogee and EEZ verdict a launch shows ("" where it shows none)."""

    range_km: str = ""
    apogee_km: str = ""
    japan_eez: str = ""


NONE_KNOWN: Final = FigureSources()


def sources_of(dataset: Dataset, launch: Launch) -> FigureSources:
    """The source of each figure `launch` shows: the headline's credit where the figure is the
    headline's, else the launch record (a drawn apogee kept beside no range)."""
    headlines = headlines_of(dataset, launch)
    whose: list[str] = []
    for name in SOURCED_FIELDS:
        shown, headline = given(launch, name), headlines[name]
        if shown is None:
            whose.append("")
        elif headline.value is not None and given_equal(shown, headline.value):
            whose.append(headline.credit)
        else:
            whose.append(RECORD)
    return FigureSources(*whose)


def given_equal(first: float | str, second: float | str) -> bool:
    """The same value as written on the card (a float, or a code compared without case)."""
    if isinstance(first, float) and isinstance(second, float):
        return first == second
    return str(first).casefold() == str(second).casefold()


def sources_by_id(dataset: Dataset, launches: Iterable[Launch]) -> dict[str, FigureSources]:
    """sources_of for each launch, by launch id (the dataset's own launches looked up in a table
    made once per dataset: the list and the timeline ask on every run)."""
    every = dataset.derived(
        "figure_sources",
        None,
        lambda: {launch.launch_id: sources_of(dataset, launch) for launch in dataset.launches},
    )
    found = {}
    for launch in launches:
        own = dataset.launch(launch.launch_id) is launch
        found[launch.launch_id] = every[launch.launch_id] if own else sources_of(dataset, launch)
    return found


def sourced(value: float | None, source: str, name: str = "range_km") -> str:
    """'700 km (JCS)'; the figure alone when its source is unknown; "" when it is unknown."""
    if value is None:
        return ""
    text = value_text(name, float(value))
    return f"{text} ({source})" if source else text
