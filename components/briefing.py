"""The briefing panel: the selected launch's card and its trajectory profile."""

from __future__ import annotations

import re
from html import escape
from typing import Final

import streamlit as st

from core.briefing.card import LaunchCard, build_card
from core.geo.profile import flight_profile
from core.geo.trajectory import Trajectory, sea_model, trajectory
from core.markdown_text import markdown_literal
from core.paths import GEO_DATA_DIR
from core.records.dataset import Dataset
from core.records.model import Launch

# Only web addresses become links; anything else in a citation stays text.
URL: Final = re.compile(r"https?://[^\s<>\"';]+", re.IGNORECASE)
CARD_CSS: Final = """
<style>
.atlas-card table {border-collapse: collapse; font-size: 0.9em; width: 100%;}
.atlas-card th, .atlas-card td {border: 1px solid #ddd; padding: 2px 6px; text-align: left;
  vertical-align: top;}
.atlas-card td.differs {background: #ffe3dc; font-weight: 600;}
.atlas-card .cite {font-size: 0.8em; color: #555; word-break: break-word;}
.atlas-card dl {display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0;}
.atlas-card dt {color: #555;}
.atlas-card dd {margin: 0;}
.atlas-card .warn {color: #b03a2e; font-weight: 600;}
.atlas-card .rule {font-size: 0.8em; color: #555; margin: 4px 0 0 0;}
</style>
"""


def linked_citation(citation: str) -> str:
    """The citation HTML-escaped, with each http(s) address turned into a link."""
    parts: list[str] = []
    position = 0
    for found in URL.finditer(citation):
        parts.append(escape(citation[position : found.start()]))
        url = escape(found.group(0), quote=True)
        parts.append(f'<a href="{url}" target="_blank" rel="noopener noreferrer">{url}</a>')
        position = found.end()
    parts.append(escape(citation[position:]))
    return "".join(parts)


def one_block(html: str) -> str:
    """The markup on one line: st.markdown reads it as one HTML block, which a blank line (from a
    note or citation) would end, handing the rest to Markdown (links, emphasis) unescaped."""
    return html.replace("\r\n", "&#10;").replace("\r", "&#10;").replace("\n", "&#10;")


def _credited(card: LaunchCard, name: str, text: str) -> str:
    """The text of a headline field, with the rule that chose its source as a hover title."""
    rule = card.credit_rules.get(name)
    if not rule:
        return escape(text)
    return f'<span title="{escape(rule, quote=True)}">{escape(text)}</span>'


def _eez_line(card: LaunchCard) -> str:
    reported = _credited(card, "japan_eez", card.credits["japan_eez"] or card.eez_reported)
    line = f"reported: {reported}; computed: {escape(card.eez_computed)}"
    if card.eez_disagrees:
        line += ' <span class="warn">(they disagree)</span>'
    where = f"<br>{escape(card.eez_context)}" if card.eez_context else ""
    return line + " <small>(approximate EEZ)</small>" + where


def _kind(card: LaunchCard) -> str:
    if not card.trajectory_kind or card.trajectory_kind == "unclassified":
        return ""
    return f" ({escape(card.trajectory_kind)} trajectory)"


def facts_html(card: LaunchCard) -> str:
    """The card's facts (when, what, where, how far, EEZ, outcome, salvo), escaped."""
    when = escape(card.when_utc) + (f"<br>{escape(card.when_local)}" if card.when_local else "")
    name, kind = card.credits["missile_name"], card.credits["missile_class"]
    facts = [
        ("When", when),
        ("Missile", _credited(card, "missile_name", name or "unidentified")),
        ("Class", _credited(card, "missile_class", kind or card.missile_class) + _kind(card)),
        ("Site", escape(card.site)),
        ("Range", _credited(card, "range_km", card.range_text)),
        ("Apogee", _credited(card, "apogee_km", card.apogee_text)),
        ("Flight time", _credited(card, "flight_time_min", card.flight_time_text)),
        ("Came down", escape(card.impact_text)),
        ("Ground range", escape(card.ground_range_text)),
        ("Source said", escape(card.landing_text)),
        ("Japan EEZ", _eez_line(card)),
        ("Outcome", escape(card.outcome)),
    ]  # fmt: skip
    facts = [(label, value) for label, value in facts if value]
    if card.salvo:
        facts.append(("Salvo", f"missile {escape(card.salvo)}"))
    if card.reach_text:
        facts.append(("Reach", escape(card.reach_text)))
    facts_html = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in facts)
    disagreement = (
        f'<p class="warn">Sources disagree on: {escape(", ".join(card.disagreements))}</p>'
        if card.disagreements
        else ""
    )
    rule = f'<p class="rule">{escape(card.rule_text)}</p>'
    return one_block(f'<div class="atlas-card"><dl>{facts_html}</dl>{disagreement}{rule}</div>')


def sources_html(card: LaunchCard) -> str:
    """Every source's values side by side, disagreeing cells marked, citations linked."""
    header = "".join(f"<th>{escape(column)}</th>" for column in ("Source", *card.columns))
    rows = []
    for row in card.sources:
        cells = "".join(
            f'<td class="differs" title="differs from the adopted value">{escape(value)}</td>'
            if differs
            else f"<td>{escape(value)}</td>"
            for value, differs in zip(row.values, row.differs, strict=True)
        )
        published = f" ({escape(row.published)})" if row.published else ""
        cite = f'<div class="cite">{linked_citation(row.citation)}</div>' if row.citation else ""
        rows.append(f"<tr><td><b>{escape(row.reporter)}</b>{published}{cite}</td>{cells}</tr>")
    if not rows:
        return '<div class="atlas-card"><p>No source rows.</p></div>'
    return one_block(
        f'<div class="atlas-card"><table><tr>{header}</tr>{"".join(rows)}</table></div>'
    )


def card_html(card: LaunchCard) -> str:
    """The whole card as HTML; every value from the records is escaped."""
    return facts_html(card) + sources_html(card)


def _geometry(dataset: Dataset, launch: Launch) -> Trajectory | None:
    try:
        return trajectory(launch, dataset.site_of(launch), sea_model(GEO_DATA_DIR))
    except (OSError, ValueError):  # geo layers missing or unreadable: the card still shows
        return None


def render_profile(launch: Launch, key: str = "briefing_profile", large_type: bool = False) -> None:
    """The side view at true scale, or why none is drawn; `large_type` for a projector."""
    profile = flight_profile(launch)
    if not profile.arc:
        st.caption(profile.note)
        return
    # Altair loads with the first chart, not with the page: a first view selects nothing.
    from core.export.profile_chart import profile_chart, range_line

    # theme=None: Streamlit's theme restyles titles and axes, and the true-scale sizing needs ours.
    chart = (
        profile_chart(profile, width_px=600, height_px=200, titled=False, font_px=18)
        if large_type
        else profile_chart(profile, titled=False)
    )
    st.altair_chart(chart, key=key, width="content", theme=None)
    notes = [note for note in (range_line(profile) + ".", profile.note) if note]
    if notes:
        st.caption(" ".join(notes))


def render(
    dataset: Dataset, launch: Launch | None, key_prefix: str = "briefing", compact: bool = False
) -> None:
    """The card and the profile of `launch`; a hint when nothing is selected.

    `compact` (presentation mode) puts the profile right under the facts and folds the sources.
    """
    if launch is None:
        st.info("Select a launch (map, timeline or list) to brief it.")
        return
    card = build_card(launch, dataset, _geometry(dataset, launch))
    st.subheader(f"{markdown_literal(card.heading)}: {launch.date_text}")
    st.markdown(CARD_CSS + facts_html(card), unsafe_allow_html=True)
    if compact:
        render_profile(launch, key=f"{key_prefix}_profile", large_type=True)
        with st.expander(f"Sources ({len(card.sources)})"):
            st.markdown(sources_html(card), unsafe_allow_html=True)
        return
    st.markdown(sources_html(card), unsafe_allow_html=True)
    render_profile(launch, key=f"{key_prefix}_profile")
