"""The deck's words: the title slide's lines, a launch's key figures with sources, its notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from core.briefing.card import LaunchCard
from core.export.view import EEZ_CAVEAT, SOURCE_LINE, ExportView
from core.geo.ballistics import DEPRESSED, LOFTED
from core.geo.profile import FlightProfile
from core.records.model import Launch, value_label
from core.view.filters import Summary
from core.view.query import View, to_query

# Launch slides in one deck at most: the latest this many of the view.
MAX_LAUNCH_SLIDES: Final = 40

MAX_FIGURES: Final = 6
GROUND_RANGE: Final = "Ground range (drawn)"
FLOWN: Final = "(the range above is the distance flown)"  # card.py's words for a flown range
SOURCES_NAMED: Final = 2


@dataclass(frozen=True, slots=True)
class Figure:
    """One key figure of a launch slide: what, the value, and who says so."""

    label: str
    value: str
    source: str


def filter_text(view: ExportView) -> str:
    """The filter's own words, other than its dates; 'none' when every launch is in."""
    params = to_query(View(view.launch_filter))
    shown = [f"{key}={value}" for key, value in params.items() if key not in ("from", "to")]
    return ", ".join(shown) if shown else "none (every recorded launch in the period)"


def _icbms(count: int) -> str:
    """'no ICBM', '1 ICBM', '3 ICBMs'."""
    return "no ICBM" if count == 0 else f"{count} ICBM" + ("s" if count > 1 else "")


def title_lines(view: ExportView, summary: Summary) -> tuple[str, list[str]]:
    """The title slide: a heading, then period, counts, filters and the data's date."""
    if not view.launches:
        return "North Korean missile launches", ["No launches match the filter.", view.as_of]
    first, last = view.launches[0].date_text, view.launches[-1].date_text
    period = first if first == last else f"{first} to {last}"
    inside = f"{summary.eez_inside}" if summary.eez_inside else "none"
    eez = (
        f"{inside} came down inside Japan's EEZ (of {summary.eez_known} with a reported verdict)"
        if summary.eez_known
        else "no EEZ verdict reported"
    )
    counts = (
        f"{summary.missiles} missiles in {summary.events} launch events; "
        f"{_icbms(summary.icbm_class)}; {eez}"
    )
    as_of = view.as_of.replace("data as of", "Data as of") if view.as_of else ""
    return "North Korean missile launches", [
        period,
        counts,
        f"Filter: {filter_text(view)}",
        as_of,
    ]


def _who(card: LaunchCard, launch: Launch, column_label: str) -> str:
    """The reporters whose figure agrees with the record's, else the record's own sources."""
    names: list[str] = []
    if column_label in card.columns:
        column = card.columns.index(column_label)
        names = [
            row.reporter for row in card.sources if row.values[column] and not row.differs[column]
        ]
    names = names or list(launch.sources)
    if not names:
        return "source not recorded"
    more = len(names) - SOURCES_NAMED
    return ", ".join(names[:SOURCES_NAMED]) + (f" +{more}" if more > 0 else "")


def _whose(card: LaunchCard, launch: Launch, name: str, column_label: str) -> str:
    """Whose headline a figure is and what the others said (headline.py), else _who."""
    if name not in card.headline_parts:
        return _who(card, launch, column_label)
    _, whose, others = card.headline_parts[name]
    return f"{whose} (others: {others})" if others else whose


def _value(card: LaunchCard, name: str, fallback: str) -> str:
    return card.headline_parts[name][0] if name in card.headline_parts else fallback


def key_figures(launch: Launch, card: LaunchCard, profile: FlightProfile) -> list[Figure]:
    """Four to six figures for the launch slide, each with its source; unknowns left out."""
    record = _who(card, launch, "")
    # The slide's title gives the (UTC) date; the clock time is the figure. The local time
    # names its own date where it is the next day in Korea and Japan, as a briefer would say it.
    clock = card.when_utc.split(" ", 1)[1] if launch.launched_at else card.when_utc
    local = ""
    if card.when_local:
        local_date, local_clock = card.when_local.split(" ", 1)
        same_day = local_date == card.when_utc.split(" ", 1)[0]
        local = f" ({local_clock})" if same_day else f" ({card.when_local})"
    figures = [Figure("Launched" + local, clock, record)]
    if launch.range_km:
        figures.append(
            Figure(
                "Range",
                _value(card, "range_km", card.range_text),
                _whose(card, launch, "range_km", "Range km"),
            )
        )
    if card.ground_range_text and card.landing_text:
        # The map draws the ground range: say so beside a range that is a distance flown (and
        # beside one as reported where there is room: "1,000 km, site to the drawn point ...").
        ground = card.ground_range_text.split(", ", 1)[0]
        figures.append(Figure(GROUND_RANGE, ground, card.landing_text.split(":", 1)[0]))
    if launch.apogee_km is not None:
        figures.append(
            Figure(
                "Apogee",
                _value(card, "apogee_km", card.apogee_text),
                _whose(card, launch, "apogee_km", "Apogee km"),
            )
        )
    elif profile.arc and profile.apogee_km:
        figures.append(
            Figure(
                "Apogee (not reported)",
                f"~{profile.apogee_km:,.0f} km",
                "estimate: minimum-energy arc",
            )
        )
    if launch.flight_time_min is not None:
        figures.append(
            Figure(
                "Flight time",
                _value(card, "flight_time_min", card.flight_time_text),
                _whose(card, launch, "flight_time_min", "Flight min"),
            )
        )
    elif profile.flight_time_min is not None:
        figures.append(
            Figure("Flight time", f"~{profile.flight_time_min:.0f} min", "estimate: free flight")
        )
    landed = value_label(launch.landing_area) if launch.landing_area != "unknown" else ""
    came_down = f"Came down: {landed}" if landed else "Came down"
    if launch.japan_eez != "unknown":
        eez = f"{launch.japan_eez} Japan's EEZ"
        figures.append(Figure(came_down, eez, _whose(card, launch, "japan_eez", "Japan EEZ")))
    elif landed:
        figures.append(Figure("Came down", landed, record))
    if profile.arc and profile.kind == LOFTED and profile.reach is not None:
        reach = (
            "any point on Earth"
            if profile.reach.global_reach
            else f"~{profile.reach.range_km:,.0f} km"
        )
        figures.append(Figure("Reach on a normal path", reach, "estimate from range and apogee"))
    elif profile.arc and profile.kind == DEPRESSED:
        figures.append(
            Figure("Trajectory (flown low)", "depressed", "estimate from range and apogee")
        )
    for extra in _fillers(launch, card, record):
        if len(figures) >= 4:
            break
        if extra.label not in {figure.label for figure in figures}:
            figures.append(extra)
    if len(figures) > MAX_FIGURES and not card.ground_range_text.endswith(FLOWN):
        figures = [figure for figure in figures if figure.label != GROUND_RANGE]
    return figures[:MAX_FIGURES]


def _fillers(launch: Launch, card: LaunchCard, record: str) -> list[Figure]:
    """Known facts that make up four figures when the flight figures are missing."""
    extras = [
        Figure(
            "Class",
            value_label(launch.missile_class),
            _whose(card, launch, "missile_class", "Class"),
        ),
        Figure("Site", card.site.split(" (")[0], record),
        Figure("Outcome", value_label(card.outcome), record),
    ]
    if not launch.range_km:
        extras.insert(0, Figure("Range", "not reported", record))
    return extras


def slide_heading(launch: Launch, card: LaunchCard) -> str:
    """'Hwasong-18 · 2023-07-12', with the salvo position when there is one."""
    name = card.heading if launch.missile_class != "unknown" else "Unidentified missile"
    name = launch.missile_name or name
    salvo = f" (missile {card.salvo})" if card.salvo else ""
    return f"{name} · {launch.date_text}{salvo}"


def launch_notes(card: LaunchCard, profile: FlightProfile) -> list[str]:
    """Speaker notes: every source's figures and link, disagreements, model notes, caveats."""
    lines = [f"{card.heading}, {card.when_utc}. Site: {card.site}. Came down: {card.impact_text}."]
    if card.landing_text:
        lines.append(f"Where it fell, as said: {card.landing_text}.")
    if card.ground_range_text:
        lines.append(f"Ground range: {card.ground_range_text}.")
    if card.eez_context:
        lines.append(f"Japan EEZ: {card.eez_context} (approximate outline).")
    if card.salvo:
        lines.append(f"Missile {card.salvo} of its launch event.")
    for row in card.sources:
        values = "; ".join(
            f"{label} {value}"
            for label, value in zip(card.columns, row.values, strict=True)
            if value
        )
        cited = f" ({row.citation})" if row.citation else ""
        lines.append(f"Source: {row.reporter} {row.published}: {values}{cited}")
    for column, label in enumerate(card.columns):
        if label in card.disagreements:
            said = "; ".join(
                f"{row.reporter} {row.values[column]}" for row in card.sources if row.values[column]
            )
            lines.append(f"Sources disagree on {label}: {said}.")
    if card.eez_disagrees:
        lines.append(
            f"Japan EEZ: reported {card.eez_reported}, computed {card.eez_computed} "
            "from the approximate outline."
        )
    lines += [text for text in (card.reach_text, profile.note) if text]
    lines += [card.rule_text, EEZ_CAVEAT, SOURCE_LINE]
    return lines
