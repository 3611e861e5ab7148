"""Which launches the user asked to see: one immutable filter, its test, and the counts it gives."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from core.records.model import Launch

# Facets a LaunchFilter narrows by, each named after the Launch attribute it tests.
FACETS: Final = (
    ("classes", "missile_class"),
    ("names", "missile_name"),
    ("sites", "site_id"),
    ("outcomes", "outcome"),
    ("landing_areas", "landing_area"),
    ("eez", "japan_eez"),
)
FACET_ATTRIBUTES: Final = dict(FACETS)


def period_end(launch: Launch) -> date:
    """The last day the launch may have happened on, given its date precision."""
    start = launch.date_utc
    if launch.date_precision == "year":
        return date(start.year, 12, 31)
    if launch.date_precision == "month":
        next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return next_month - timedelta(days=1)
    return start


def _has_words(launch: Launch, site_name: str, words: list[str]) -> bool:
    """Every word (casefolded) appears in the launch's id, name, site id, site name or sources."""
    haystack = " ".join(
        (launch.launch_id, launch.missile_name, launch.site_id, site_name, *launch.sources)
    ).casefold()
    return all(word in haystack for word in words)


@dataclass(frozen=True, slots=True)
class LaunchFilter:
    """What to show. An empty set means "any"; dates are inclusive and may be open."""

    date_from: date | None = None
    date_to: date | None = None
    classes: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    outcomes: frozenset[str] = frozenset()
    landing_areas: frozenset[str] = frozenset()
    eez: frozenset[str] = frozenset()
    text: str = ""

    @property
    def is_default(self) -> bool:
        """True when the filter lets every launch through."""
        return self == LaunchFilter()

    def matches(self, launch: Launch, site_name: str = "") -> bool:
        """True when the launch passes every part of the filter.

        A launch known only to the month or year passes a date bound when any day of its
        period lies within it, so narrowing the dates never hides a launch that may be inside.
        """
        if self.date_from is not None and period_end(launch) < self.date_from:
            return False
        if self.date_to is not None and launch.date_utc > self.date_to:
            return False
        for facet, attribute in FACETS:
            allowed: frozenset[str] = getattr(self, facet)
            if allowed and getattr(launch, attribute) not in allowed:
                return False
        return _has_words(launch, site_name, self.text.casefold().split())

    def apply(
        self, launches: Iterable[Launch], site_names: Mapping[str, str] | None = None
    ) -> list[Launch]:
        """The launches that pass, in their given order; `site_names` feeds the text search.

        Same verdicts as `matches`, with only the active parts checked: at 100,000 launches
        a rerun pays for this loop on every change.
        """
        if self.is_default:
            return list(launches)
        names = site_names or {}
        facets = [(attr, allowed) for facet, attr in FACETS if (allowed := getattr(self, facet))]
        words = self.text.casefold().split()
        kept = []
        for launch in launches:
            if self.date_from is not None and period_end(launch) < self.date_from:
                continue
            if self.date_to is not None and launch.date_utc > self.date_to:
                continue
            if any(getattr(launch, attr) not in allowed for attr, allowed in facets):
                continue
            if words and not _has_words(launch, names.get(launch.site_id, ""), words):
                continue
            kept.append(launch)
        return kept

    def without(self, facet: str) -> LaunchFilter:
        """This filter with one facet ("classes", "names", ...) opened to any value."""
        if facet not in FACET_ATTRIBUTES:
            raise ValueError(f"no facet {facet!r}; one of {' '.join(FACET_ATTRIBUTES)}")
        opened: dict[str, frozenset[str]] = {facet: frozenset()}
        return replace(self, **opened)  # type: ignore[arg-type]  # the check above keeps it a set


def facet_counts(
    launches: Iterable[Launch],
    launch_filter: LaunchFilter,
    facet: str,
    site_names: Mapping[str, str] | None = None,
) -> Counter[str]:
    """Per value of one facet, how many launches pass every OTHER part of the filter.

    These are the counts to print beside a facet's options: what choosing that value would show.
    """
    attribute = FACET_ATTRIBUTES[facet]
    opened = launch_filter.without(facet)
    return Counter(getattr(launch, attribute) for launch in opened.apply(launches, site_names))


@dataclass(frozen=True, slots=True)
class Summary:
    """Headline figures of a set of launches."""

    missiles: int
    events: int
    icbm_class: int
    eez_inside: int
    eez_known: int
    latest: date | None
    latest_text: str = ""

    @property
    def eez_inside_share(self) -> float | None:
        """Share inside Japan's EEZ among launches with a reported verdict (None if none)."""
        return self.eez_inside / self.eez_known if self.eez_known else None


def launch_event_key(launch: Launch) -> tuple[str, str]:
    """What makes two missiles one launch event here: the same recorded day and the same site.

    A missile whose site is unknown cannot be matched to another site's salvo, so it keeps
    its own event_id as the key instead of merging with every other unknown-site launch.
    """
    return (launch.date_text, launch.site_id or f"event:{launch.event_id}")


def summarise(launches: Iterable[Launch]) -> Summary:
    """Missiles, launch events (distinct day x site), ICBM-class count, EEZ verdicts, latest."""
    missiles = icbm = inside = known = 0
    events: set[tuple[str, str]] = set()
    latest: Launch | None = None
    for launch in launches:
        missiles += 1
        events.add(launch_event_key(launch))
        icbm += launch.missile_class == "ICBM"
        if launch.japan_eez != "unknown":
            known += 1
            inside += launch.japan_eez == "inside"
        if latest is None or launch.date_utc > latest.date_utc:
            latest = launch
    if latest is None:
        return Summary(missiles, len(events), icbm, inside, known, None)
    return Summary(missiles, len(events), icbm, inside, known, latest.date_utc, latest.date_text)
