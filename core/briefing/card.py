"""The launch card's content: UTC and KST/JST times, salvo position, every source side by side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from core.briefing.headline import (
    FIELD_LABELS,
    credited,
    headlines_of,
    others_text,
    preference_of,
    rule_text,
    value_text,
)
from core.briefing.sources import COMPARED_FIELDS, SourceRow, compare_sources, number_text
from core.geo.impact import DESCRIBED, ESTIMATED, FROM_BEARING, REPORTED
from core.geo.profile import flight_profile, reach_sentence
from core.geo.trajectory import Trajectory
from core.records.dataset import Dataset
from core.records.model import KST, Launch, Site, value_label

IMPACT_METHODS: Final = {
    REPORTED: "reported point",
    DESCRIBED: "placed from the description below",
    FROM_BEARING: "from site, bearing and range",
    ESTIMATED: "estimated: a heading that lands where the record says",
}
# A point this near the edge of the drawn (approximate) zone cannot decide a verdict: the zone's
# median lines and a source's "about 200 km" are each uncertain by tens of km.
EEZ_EDGE_MARGIN_KM: Final = 30.0


@dataclass(frozen=True, slots=True)
class LaunchCard:
    """Everything the briefing shows about one missile, as display text."""

    launch_id: str
    heading: str
    missile_class: str
    when_utc: str
    when_local: str
    site: str
    range_text: str
    apogee_text: str
    flight_time_text: str
    impact_text: str
    ground_range_text: str
    landing_text: str
    eez_context: str
    eez_reported: str
    eez_computed: str
    eez_disagrees: bool
    outcome: str
    salvo: str
    trajectory_kind: str
    reach_text: str
    columns: tuple[str, ...]
    sources: tuple[SourceRow, ...]
    disagreements: tuple[str, ...]
    # Whose each headline is (headline.py): field -> "700 km (JCS) — 450 km nk-missile-tests",
    # field -> the rule that chose it, and the whole rule as one paragraph.
    credits: dict[str, str]
    credit_rules: dict[str, str]
    rule_text: str
    # field -> (value, whose, the other values): ("700 km", "JCS", "450 km nk-missile-tests").
    headline_parts: dict[str, tuple[str, str, str]]


def times(launch: Launch) -> tuple[str, str]:
    """(UTC text, KST/JST text); local time needs a known clock time."""
    moment = launch.launched_at
    if moment is None:
        note = "time not reported" if launch.date_precision == "day" else launch.date_precision
        return f"{launch.date_text} UTC ({note})", ""
    local = moment.astimezone(KST)
    return f"{moment:%Y-%m-%d %H:%M} UTC", f"{local:%Y-%m-%d %H:%M} KST/JST"


def site_text(site: Site | None) -> str:
    """Site name with how precisely it is known."""
    if site is None:
        return "not reported"
    where = f"{site.name} ({site.lat:.2f}°N, {site.lon:.2f}°E)"
    if site.precision == "area":
        radius = f" within ~{number_text(site.radius_km)} km" if site.radius_km else ""
        return f"{where}: an area{radius}, not a pad"
    if site.precision == "town":
        return f"{where}: town centre, pad unknown"
    return f"{where}: facility"


def salvo_text(launch: Launch, dataset: Dataset) -> str:
    """'3 of 12' within the launch event; empty for a single missile."""
    members = dataset.event_members(launch.event_id)
    if len(members) < 2:
        return ""
    position = next(
        i for i, member in enumerate(members, 1) if member.launch_id == launch.launch_id
    )
    return f"{position} of {len(members)}"


def _impact_text(launch: Launch, item: Trajectory | None) -> str:
    area = value_label(launch.landing_area)
    if item is None or item.impact is None:
        return area if launch.landing_area != "unknown" else "not reported"
    method = IMPACT_METHODS.get(item.impact.method, item.impact.method)
    return f"{item.impact.lat:.2f}°N, {item.impact.lon:.2f}°E ({method}); {area}"


def _ground_range_text(item: Trajectory | None) -> str:
    """The drawn ground range when the record's range is not it; else ''."""
    if item is None or item.ground_range_km is None or not item.flown_differs:
        return ""
    ground = f"{item.ground_range_km:,.0f} km, site to the drawn point"
    if item.range_is_flown:
        return f"{ground} (the range above is the distance flown)"
    return f"{ground} (the range above is as reported)"


def _landing_text(item: Trajectory | None) -> str:
    landing = item.landing if item is not None else None
    if landing is None:
        return ""
    published = f", {landing.published}" if landing.published else ""
    return f"{landing.reporter}{published}: {landing.wording}"


def _eez_context(item: Trajectory | None) -> str:
    """Whose waters the drawn point is in, and whether it is too near the edge to decide."""
    if item is None or not item.eez_context:
        return ""
    text = f"drawn point {item.eez_context}"
    edge = item.eez_edge_km
    if item.eez_disagrees and edge is not None and abs(edge) <= EEZ_EDGE_MARGIN_KM:
        side = "inside" if edge < 0 else "outside"
        text += (
            f", {abs(edge):.0f} km {side} the approximate edge of the waters Japan claims: "
            "too close for the drawn zone to decide"
        )
    return text


def build_card(launch: Launch, dataset: Dataset, item: Trajectory | None = None) -> LaunchCard:
    """The card of one launch; `item` (core.geo.trajectory) gives the impact and computed EEZ."""
    when_utc, when_local = times(launch)
    profile = flight_profile(launch)
    headlines = headlines_of(dataset, launch)
    quoted = {name: credited(headline) for name, headline in headlines.items()}
    if quoted["flight_time_min"]:
        flight_time = quoted["flight_time_min"]
    elif profile.flight_time_min is not None and profile.arc:
        flight_time = f"~{profile.flight_time_min:.0f} min (estimated, free flight)"
    else:
        flight_time = "not reported"
    apogee = quoted["apogee_km"] or (
        f"not reported (minimum-energy arc: ~{profile.apogee_km:,.0f} km)"
        if profile.arc and profile.apogee_km
        else "not reported"
    )
    rows, disagreements = compare_sources(launch, dataset.sources_for(launch.launch_id))
    return LaunchCard(
        launch_id=launch.launch_id,
        heading=launch.missile_name or f"Unidentified {launch.missile_class}",
        missile_class=launch.missile_class,
        when_utc=when_utc,
        when_local=when_local,
        site=site_text(dataset.site_of(launch)),
        range_text=quoted["range_km"] or "not reported",
        apogee_text=apogee,
        flight_time_text=flight_time,
        impact_text=_impact_text(launch, item),
        ground_range_text=_ground_range_text(item),
        landing_text=_landing_text(item),
        eez_context=_eez_context(item),
        eez_reported=launch.japan_eez,
        eez_computed=item.computed_eez if item is not None else "unknown",
        eez_disagrees=item.eez_disagrees if item is not None else False,
        outcome=launch.outcome,
        salvo=salvo_text(launch, dataset),
        trajectory_kind=profile.kind if profile.apogee_basis else "",
        reach_text=reach_sentence(profile, dataset.site_of(launch)),
        columns=tuple(label for _, label in COMPARED_FIELDS),
        sources=rows,
        disagreements=disagreements,
        credits=quoted,
        credit_rules={
            name: f"{FIELD_LABELS[name]}: {headline.credit}, {headline.rule}"
            for name, headline in headlines.items()
            if headline.value is not None
        },
        rule_text=rule_text(preference_of(dataset)),
        headline_parts={
            name: (value_text(name, headline.value), headline.credit, others_text(headline))
            for name, headline in headlines.items()
            if headline.value is not None
        },
    )
