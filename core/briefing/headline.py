"""Each field's headline figure: whose it is, the rule that chose it, and what the others said.

Where reporters disagree, every source keeps its value (sources.csv) and the card lists them all;
the headline is the one figure a briefer quotes. The rule (data/SCHEMA.md, "Headline figures"):

- range, apogee and flight time: the first reporter in the preference's order that gives one
  (order.figure_order: the preferred government's official reporting, then the other
  government's, then the reference tables), then other outlets, then North Korean state media;
- Japan's EEZ verdict: Japan's own bodies first, then as for figures (a relayed verdict);
- missile name and class: the launch record's, one consistent naming for all years, credited
  to the first reporter (in the reference order) who gives the same;
- within one reporter the latest published row that gives the field; with no source row giving
  it, the launch record's own value, credited to the record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Final

from core.briefing.order import JAPAN, OTHERS, eez_order, figure_order, order_text, rank
from core.briefing.preferred import DEFAULT_PREFERENCE, PREFERENCE_LABELS, REFERENCE
from core.briefing.sources import NUMBER_TOLERANCE, number_text
from core.records.dataset import Dataset
from core.records.model import Launch, Source, value_label

FIGURE_FIELDS: Final = ("range_km", "apogee_km", "flight_time_min")
NAMING_FIELDS: Final = ("missile_name", "missile_class")
HEADLINE_FIELDS: Final = (*NAMING_FIELDS, *FIGURE_FIELDS, "japan_eez")
FIELD_LABELS: Final = {
    "missile_name": "missile",
    "missile_class": "class",
    "range_km": "range",
    "apogee_km": "apogee",
    "flight_time_min": "flight time",
    "japan_eez": "Japan EEZ verdict",
}
RECORD: Final = "launch record"
UNDRAWN_CLASSES: Final = ("SLV", "unknown")
NAMING_RULE: Final = "the records' one naming for all years (nk-missile-tests' missile table)"
Value = float | str


@dataclass(frozen=True, slots=True)
class Headline:
    """One field's headline value, whose it is and why; `others`: every other value given."""

    field: str
    value: Value | None
    reporter: str  # "" when no source row gives it: the launch record's own value
    rule: str
    others: tuple[tuple[str, Value], ...] = ()

    @property
    def credit(self) -> str:
        """Who the headline is: a reporter, or the launch record."""
        return self.reporter or RECORD

    def disagreeing(self) -> tuple[tuple[Value, tuple[str, ...]], ...]:
        """The other values beyond rounding (5%), each with the reporters who gave it."""
        grouped: dict[Value, list[str]] = {}
        for reporter, value in self.others:
            if self.value is not None and not _differs(value, self.value):
                continue
            key = next((seen for seen in grouped if not _differs(seen, value)), value)
            if reporter not in grouped.setdefault(key, []):
                grouped[key].append(reporter)
        return tuple((value, tuple(reporters)) for value, reporters in grouped.items())


def _differs(first: Value, second: Value) -> bool:
    if isinstance(first, float | int) and isinstance(second, float | int):
        return abs(first - second) > NUMBER_TOLERANCE * max(abs(first), abs(second))
    return str(first).casefold() != str(second).casefold()


def _same_value(first: Value | None, second: Value | None) -> bool:
    return first is not None and second is not None and not _differs(first, second)


def given(record: Source | Launch, name: str) -> Value | None:
    """The record's value of a field; None when it gives none ('' and 'unknown' are none)."""
    value = getattr(record, name, None)
    if isinstance(value, float | int):
        return float(value)
    text = str(value or "").strip()
    return text if text and text != "unknown" else None


def _ranked(sources: Sequence[Source], order: tuple[str, ...]) -> list[Source]:
    first_seen: dict[str, int] = {}
    for index, source in enumerate(sources):
        first_seen.setdefault(source.reporter, index)

    def key(item: tuple[int, Source]) -> tuple[int, int, int, int]:
        index, source = item
        published = source.published or date.min  # an undated row counts as the oldest
        return (
            rank(order, source.reporter),
            first_seen[source.reporter],
            -published.toordinal(),
            index,
        )

    return [source for _, source in sorted(enumerate(sources), key=key)]


def _others(
    sources: Sequence[Source], name: str, chosen: Source | None
) -> tuple[tuple[str, Value], ...]:
    found: list[tuple[str, Value]] = []
    for source in sources:
        value = given(source, name)
        if source is not chosen and value is not None and (source.reporter, value) not in found:
            found.append((source.reporter, value))
    return tuple(found)


def _passed(order: tuple[str, ...], reporter: str, sources: Sequence[Source]) -> str:
    """' (JCS gave none)': the reporters ranked above the chosen one that have no figure."""
    skipped = [name for name in order[: rank(order, reporter)] if name != reporter]
    if not skipped:
        return ""
    present = {source.reporter for source in sources}
    said = [name for name in skipped if name in present]
    return f" ({', '.join(said)} gave none)" if said else ""


def choose(launch: Launch, sources: Sequence[Source], name: str, preference: str) -> Headline:
    """The headline of one field of one missile (module docstring: the rule)."""
    if name in NAMING_FIELDS:
        value = given(launch, name)
        ranked = _ranked(sources, figure_order(REFERENCE))
        match = next((s for s in ranked if _same_value(given(s, name), value)), None)
        return Headline(
            name, value, match.reporter if match else "", NAMING_RULE, _others(sources, name, match)
        )
    order = eez_order(preference) if name == "japan_eez" else figure_order(preference)
    rule = f"first that gives one of: {order_text(order)}"
    for source in _ranked(sources, order):
        value = given(source, name)
        if value is not None:
            why = rule + _passed(order, source.reporter, sources)
            if name == "japan_eez" and source.reporter not in JAPAN:
                why = "relayed: no Japanese body's verdict is on record; " + why
            return Headline(name, value, source.reporter, why, _others(sources, name, source))
    value = given(launch, name)
    why = "no source row gives it: the launch record's own value" if value is not None else ""
    return Headline(name, value, "", why, ())


def choose_all(launch: Launch, sources: Sequence[Source], preference: str) -> dict[str, Headline]:
    """Every headline field of one missile."""
    return {name: choose(launch, sources, name, preference) for name in HEADLINE_FIELDS}


def headline_launch(launch: Launch, headlines: dict[str, Headline]) -> Launch:
    """The launch with its headline figures and EEZ verdict, so map, card and exports agree."""
    figures = {name: headlines[name].value for name in FIGURE_FIELDS}
    if figures["range_km"] is None and launch.missile_class not in UNDRAWN_CLASSES:
        # As the records are built: an apogee with no range cannot be drawn, so the launch keeps
        # its own (the card still quotes the headline, credited).
        figures["apogee_km"] = launch.apogee_km
    verdict = headlines["japan_eez"].value
    return replace(launch, **figures, japan_eez=str(verdict) if verdict else "unknown")  # type: ignore[arg-type]


@dataclass(frozen=True)
class HeadlineDataset(Dataset):
    """The records with each missile's headline figures, the preference and the credits."""

    preference: str = DEFAULT_PREFERENCE
    headlines: dict[str, dict[str, Headline]] = field(default_factory=dict, repr=False)

    @cached_property
    def credits(self) -> dict[str, tuple[str, str, str, str]]:
        """figure_credits of every missile, by launch id: worked out once per dataset, since the
        map's rows ask for each drawn missile's on every filter change."""
        label = PREFERENCE_LABELS[self.preference]
        return {launch_id: _credits(found, label) for launch_id, found in self.headlines.items()}


def with_preference(dataset: Dataset, preference: str = DEFAULT_PREFERENCE) -> HeadlineDataset:
    """The dataset whose launches carry the headline figures a preference chooses."""
    chosen = {
        launch.launch_id: choose_all(launch, dataset.sources_for(launch.launch_id), preference)
        for launch in dataset.launches
    }
    launches = tuple(
        headline_launch(launch, chosen[launch.launch_id]) for launch in dataset.launches
    )
    return HeadlineDataset(
        launches=launches,
        sites=dataset.sites,
        sources=dataset.sources,
        problems=dataset.problems,
        _sources_by_launch=dataset._sources_by_launch,
        preference=preference,
        headlines=chosen,
    )


def headlines_of(dataset: Dataset, launch: Launch) -> dict[str, Headline]:
    """The launch's headlines: as the dataset's preference chose them, else the reference's."""
    if isinstance(dataset, HeadlineDataset) and launch.launch_id in dataset.headlines:
        return dataset.headlines[launch.launch_id]
    return choose_all(launch, dataset.sources_for(launch.launch_id), REFERENCE)


def preference_of(dataset: Dataset) -> str:
    """The preference the dataset's headlines follow (a plain dataset: the reference order)."""
    return dataset.preference if isinstance(dataset, HeadlineDataset) else REFERENCE


def rule_text(preference: str) -> str:
    """The rule as a short paragraph a briefer can read aloud."""
    order = ", ".join((*figure_order(preference), OTHERS, "North Korean state media"))
    return (
        f"Headline figures prefer {PREFERENCE_LABELS[preference]}: each is the first given by "
        f"{order}. Japan's EEZ verdict: {' or '.join(JAPAN)} first. Missile and class: "
        "the records' one naming for all years."
    )


def rule_line(preference: str) -> str:
    """The rule in one line, for an export's footer."""
    order = ", ".join(figure_order(preference))
    return (
        f"Headline figures: the first given by {order}, other outlets, North Korean state media; "
        "Japan's EEZ verdict: Japan's first (data/SCHEMA.md)."
    )


def value_text(name: str, value: Value) -> str:
    """A headline value as the card writes it: '700 km', '12.5 min', 'Outside Japan's EEZ'."""
    if isinstance(value, float):
        return f"{number_text(value)} {'min' if name == 'flight_time_min' else 'km'}"
    return value_label(value) if name == "japan_eez" else value


def credited(headline: Headline, render: Callable[[str, Value], str] = value_text) -> str:
    """'700 km (JCS) — 450 km nk-missile-tests'; empty when nothing is known."""
    if headline.value is None:
        return ""
    text = f"{render(headline.field, headline.value)} ({headline.credit})"
    others = others_text(headline, render)
    return f"{text} — {others}" if others else text


def others_text(headline: Headline, render: Callable[[str, Value], str] = value_text) -> str:
    """The other values beyond rounding, each with who gave it: '450 km nk-missile-tests'."""
    return " — ".join(
        f"{render(headline.field, value)} {', '.join(reporters)}"
        for value, reporters in headline.disagreeing()
    )


def _credits(headlines: dict[str, Headline], label: str) -> tuple[str, str, str, str]:
    def whose(name: str) -> str:
        return headlines[name].credit if headlines[name].value is not None else ""

    return whose("range_km"), whose("apogee_km"), whose("japan_eez"), label


def figure_credits(dataset: Dataset, launch: Launch) -> tuple[str, str, str, str]:
    """Whose range, apogee and EEZ verdict lead ("" when none is known), and the preference's
    label: what a map tooltip names beside each figure."""
    if isinstance(dataset, HeadlineDataset) and launch.launch_id in dataset.headlines:
        return dataset.credits[launch.launch_id]
    return _credits(headlines_of(dataset, launch), PREFERENCE_LABELS[preference_of(dataset)])
