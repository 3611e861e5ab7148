"""A PowerPoint deck of the view: an overview, then a slide per launch (card, map, profile)."""

from __future__ import annotations

import io
from typing import Final

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.util import Inches, Length, Pt

from core.briefing.card import LaunchCard, build_card
from core.export.profile_chart import chart_png, profile_chart
from core.export.slide_png import map_png
from core.export.view import EEZ_CAVEAT, SOURCE_LINE, ExportView
from core.geo.profile import flight_profile
from core.records.model import Launch
from core.view.filters import summarise

# Each launch slide renders two images (~0.5 s); beyond this the deck is cut and says so.
MAX_LAUNCH_SLIDES: Final = 40
SLIDE_W: Final = Inches(13.333)
SLIDE_H: Final = Inches(7.5)
GREY: Final = RGBColor(0x55, 0x55, 0x55)
RED: Final = RGBColor(0xC0, 0x39, 0x2B)


def _text(
    slide: Slide,
    left: Length,
    top: Length,
    width: Length,
    height: Length,
    lines: list[tuple[str, int, bool]],
) -> None:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for index, (text, size, bold) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold


def _footer(slide: Slide) -> None:
    _text(
        slide, Inches(0.4), Inches(6.95), Inches(12.5), Inches(0.5),
        [(EEZ_CAVEAT, 10, True), (SOURCE_LINE, 8, False)],
    )  # fmt: skip


def _overview(deck: Deck, view: ExportView, cut: int) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    summary = summarise(view.launches)
    _text(
        slide, Inches(0.4), Inches(0.2), Inches(12.5), Inches(0.9),
        [(view.title, 26, True), (f"{view.date_span}; {view.as_of}", 14, False)],
    )  # fmt: skip
    image = map_png(view, (1600, 900), view.selected_launch_id)
    slide.shapes.add_picture(io.BytesIO(image), Inches(0.4), Inches(1.25), width=Inches(9.2))
    inside = (
        f"{summary.eez_inside} of {summary.eez_known} with a verdict"
        if summary.eez_known
        else "no verdicts reported"
    )
    figures = [
        ("Missiles", f"{summary.missiles}"),
        ("Launch events", f"{summary.events}"),
        ("ICBM class", f"{summary.icbm_class}"),
        ("Inside Japan's EEZ (reported)", inside),
        ("Latest", summary.latest_text or (summary.latest.isoformat() if summary.latest else "")),
    ]
    lines = [
        (f"{value}", 24, True) if i % 2 else (label, 12, False)
        for label, value in figures
        for i in (0, 1)
    ]
    if cut:
        lines.append(
            (f"Slides for the first {MAX_LAUNCH_SLIDES} launches; {cut} more not shown.", 11, False)
        )
    _text(slide, Inches(9.9), Inches(1.3), Inches(3.1), Inches(5.4), lines)
    _footer(slide)


def card_lines(card: LaunchCard) -> list[tuple[str, int, bool]]:
    """The card as (text, point size, bold) lines for a slide."""
    rows = [
        ("Launched", f"{card.when_utc}" + (f" / {card.when_local}" if card.when_local else "")),
        ("Class", ", ".join(part for part in (card.missile_class, card.trajectory_kind) if part)),
        ("Site", card.site),
        ("Range", card.range_text),
        ("Apogee", card.apogee_text),
        ("Flight time", card.flight_time_text),
        ("Came down", card.impact_text),
        ("Japan EEZ", f"reported {card.eez_reported}, computed {card.eez_computed}"
         + (" (disagree)" if card.eez_disagrees else "")),
        ("Outcome", card.outcome),
    ]  # fmt: skip
    if card.salvo:
        rows.append(("Salvo", card.salvo))
    lines = [(f"{label}: {value}", 12, False) for label, value in rows]
    if card.reach_text:
        lines.append((card.reach_text, 11, False))
    reporters = ", ".join(row.reporter for row in card.sources) or "none"
    lines.append((f"Sources: {reporters}", 11, False))
    for column, label in enumerate(card.columns):
        if label in card.disagreements:
            values = "; ".join(
                f"{row.reporter} {row.values[column]}" for row in card.sources if row.values[column]
            )
            lines.append((f"Sources disagree on {label}: {values}", 11, True))
    return lines


def _launch_slide(deck: Deck, view: ExportView, launch: Launch) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    card = build_card(launch, view.dataset, view.geometry.get(launch.launch_id))
    _text(
        slide, Inches(0.4), Inches(0.2), Inches(12.5), Inches(0.8),
        [(f"{card.heading}: {launch.date_text}", 26, True)],
    )  # fmt: skip
    _text(slide, Inches(0.4), Inches(1.0), Inches(5.6), Inches(5.9), card_lines(card))
    item = view.geometry.get(launch.launch_id)
    if item is not None and (item.origin is not None or item.impact is not None):
        inset = map_png(view, (960, 600), launch.launch_id, focus=True)
        slide.shapes.add_picture(io.BytesIO(inset), Inches(6.3), Inches(0.95), width=Inches(6.6))
    else:
        place = [("Neither launch site nor impact point is known: no map inset.", 12, False)]
        _text(slide, Inches(6.3), Inches(1.0), Inches(6.6), Inches(0.6), place)
    profile = flight_profile(launch)
    if profile.arc:
        chart = chart_png(profile_chart(profile, width_px=560, height_px=200))
        slide.shapes.add_picture(io.BytesIO(chart), Inches(6.3), Inches(5.15), height=Inches(1.75))
    else:
        _text(
            slide, Inches(6.3), Inches(5.3), Inches(6.6), Inches(1.0), [(profile.note, 12, False)]
        )
    _footer(slide)


def to_pptx(view: ExportView) -> bytes:
    """The deck as .pptx bytes: overview, then up to MAX_LAUNCH_SLIDES launch slides."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    shown = view.launches[:MAX_LAUNCH_SLIDES]
    _overview(deck, view, len(view.launches) - len(shown))
    for launch in shown:
        _launch_slide(deck, view, launch)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
