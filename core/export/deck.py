"""A 16:9 PowerPoint deck of the view: title, overview map, then one slide per launch."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from typing import Final

from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.util import Emu, Inches, Length, Pt

from core.briefing.card import build_card
from core.export.deck_text import (
    MAX_LAUNCH_SLIDES,
    Figure,
    key_figures,
    launch_notes,
    slide_heading,
    title_lines,
)
from core.export.profile_png import profile_png
from core.export.slide_png import map_png
from core.export.view import EEZ_CAVEAT, SOURCE_LINE, ExportView
from core.geo.profile import flight_profile
from core.records.model import Launch
from core.view.filters import summarise

# Each launch slide renders two images; beyond this the deck keeps the latest and says so.
SLIDE_W: Final = Inches(13.333)
SLIDE_H: Final = Inches(7.5)
GREY: Final = RGBColor(0x44, 0x44, 0x44)
INK: Final = RGBColor(0x1B, 0x1B, 0x1B)
# Nothing on a slide is under 18 pt: the back row reads it.
BODY_PT: Final = 18
FIGURE_PT: Final = 24
TITLE_PT: Final = 32
# The overview map fills the slide below its title band; the inset and the profile share the left.
TITLE_BAND: Final = Inches(0.95)
OVERVIEW_PX: Final = (1920, round(1920 * (7.5 - 0.95) / 13.333))
# Launch slide: map inset and profile side by side on top, the key figures in a 3 x 2 grid below.
INSET_PX: Final = (1120, 630)
INSET_W: Final = Inches(6.4)
INSET_TYPE_PX: Final = round(BODY_PT / 72 * 1920 / 6.4)  # 18 pt once the inset is 6.4 in wide
PROFILE_BOX: Final = (Inches(7.0), Inches(1.0), Inches(6.0), Inches(3.6))
PROFILE_PX: Final = (1200, 720)  # the box at 200 px an inch: 50 px type is 18 pt
FIGURES_TOP: Final = Inches(4.7)
FIGURE_W: Final = Inches(4.15)

Line = tuple[str, int, bool, RGBColor]


def _text(slide: Slide, box: tuple[Length, Length, Length, Length], lines: list[Line]) -> None:
    frame = slide.shapes.add_textbox(*box).text_frame
    frame.word_wrap = True
    for index, (text, size, bold, colour) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = colour


def _notes(slide: Slide, lines: list[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    if frame is not None:  # the default template always has a notes placeholder
        frame.text = "\n".join(lines)


def _title_slide(deck: Deck, view: ExportView, cut: int) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    heading, rest = title_lines(view, summarise(view.launches))
    lines: list[Line] = [(heading, 44, True, INK)]
    lines += [
        (line, 26 if i == 0 else 24, i == 0, GREY if i else INK) for i, line in enumerate(rest)
    ]
    if cut:
        lines.append(
            (f"Slides for the latest {MAX_LAUNCH_SLIDES} launches; {cut} earlier not shown.",
             BODY_PT + 2, False, GREY)
        )  # fmt: skip
    lines.append((view.headline_rule, BODY_PT, False, GREY))
    _text(slide, (Inches(0.8), Inches(1.6), Inches(11.7), Inches(5.0)), lines)
    _notes(slide, [SOURCE_LINE, view.headline_rule, EEZ_CAVEAT])


def _overview_slide(deck: Deck, view: ExportView, image: bytes) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    summary = summarise(view.launches)
    first = view.launches[0].date_text if view.launches else ""
    last = view.launches[-1].date_text if view.launches else ""
    span = first if first == last else f"{first} to {last}"
    title = f"Overview: {summary.missiles} missiles, {span}" if view.launches else "Overview"
    _text(slide, (Inches(0.4), Inches(0.12), Inches(12.5), TITLE_BAND), [(title, 30, True, INK)])
    slide.shapes.add_picture(io.BytesIO(image), 0, TITLE_BAND, width=SLIDE_W)
    _notes(
        slide,
        [
            f"{view.date_span}; {view.as_of}".strip("; "),
            view.title,
            SOURCE_LINE,
            view.headline_rule,
            EEZ_CAVEAT,
        ],
    )


def _figures(slide: Slide, figures: list[Figure]) -> None:
    """Label, value and source of each figure, three to a row."""
    for index, figure in enumerate(figures):
        row, column = divmod(index, 3)
        box = (
            Emu(Inches(0.4) + column * FIGURE_W), Emu(FIGURES_TOP + row * Inches(1.38)),
            Emu(FIGURE_W - Inches(0.15)), Inches(1.3),
        )  # fmt: skip
        lines: list[Line] = [
            (figure.label, BODY_PT, False, GREY),
            (figure.value, FIGURE_PT, True, INK),
            (figure.source, BODY_PT, False, GREY),
        ]
        _text(slide, box, lines)


def _picture_fitting(
    slide: Slide, image: bytes, box: tuple[Length, Length, Length, Length]
) -> None:
    """Place the image as large as fits in the box, keeping its shape, top left."""
    left, top, width, height = box
    with Image.open(io.BytesIO(image)) as opened:
        ratio = opened.width / opened.height
    if width / height > ratio:
        slide.shapes.add_picture(io.BytesIO(image), left, top, height=height)
    else:
        slide.shapes.add_picture(io.BytesIO(image), left, top, width=Emu(int(width)))


def _launch_slide(
    deck: Deck, view: ExportView, launch: Launch, inset: bytes | None, chart: bytes | None
) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    item = view.geometry.get(launch.launch_id)
    card = build_card(launch, view.dataset, item)
    profile = flight_profile(launch)
    heading = slide_heading(launch, card)
    size = TITLE_PT if len(heading) <= 44 else TITLE_PT - 6  # one line, always
    _text(
        slide, (Inches(0.4), Inches(0.12), Inches(12.5), TITLE_BAND), [(heading, size, True, INK)]
    )
    if inset is not None:
        slide.shapes.add_picture(io.BytesIO(inset), Inches(0.4), Inches(1.0), width=INSET_W)
    else:
        where = "Neither launch site nor impact point is known: no map."
        _text(
            slide, (Inches(0.4), Inches(1.0), INSET_W, Inches(1.0)), [(where, BODY_PT, False, GREY)]
        )
    if chart is not None:
        _picture_fitting(slide, chart, PROFILE_BOX)
    else:
        _text(slide, PROFILE_BOX, [(profile.note, BODY_PT, False, GREY)])
    _figures(slide, key_figures(launch, card, profile))
    _notes(slide, launch_notes(card, profile))


def _inset(view: ExportView, launch: Launch) -> bytes | None:
    item = view.geometry.get(launch.launch_id)
    if item is None or (item.origin is None and item.impact is None):
        return None
    return map_png(view, INSET_PX, launch.launch_id, focus=True, bands=False,
                   type_px=INSET_TYPE_PX, fmt="JPEG")  # fmt: skip


def _chart(launch: Launch) -> bytes | None:
    profile = flight_profile(launch)
    if not profile.arc:
        return None
    return profile_png(profile, PROFILE_PX, type_px=50, fmt="JPEG")


def to_pptx(view: ExportView) -> bytes:
    """The deck as .pptx bytes: title, overview, then the latest MAX_LAUNCH_SLIDES launches."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    shown = view.launches[-MAX_LAUNCH_SLIDES:]
    _ = view.geometry  # computed once, before the threads share it
    # The images are independent; Pillow and vl-convert release the GIL while they draw.
    with ThreadPoolExecutor(max_workers=2) as pool:
        overview = pool.submit(map_png, view, OVERVIEW_PX, view.selected_launch_id, bands=False,
                               type_px=36, fmt="JPEG")  # fmt: skip
        insets = list(pool.map(lambda launch: _inset(view, launch), shown))
        charts = list(pool.map(_chart, shown))
        _title_slide(deck, view, len(view.launches) - len(shown))
        _overview_slide(deck, view, overview.result())
    for launch, inset, chart in zip(shown, insets, charts, strict=True):
        _launch_slide(deck, view, launch, inset, chart)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
