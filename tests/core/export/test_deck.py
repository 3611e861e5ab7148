"""The deck is slides: title, overview, one slide per launch, type >= 18 pt, notes with sources."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Pt

from core.export.deck import MAX_LAUNCH_SLIDES, to_pptx
from core.export.deck_text import title_lines
from core.export.slide_png import map_png
from core.export.view import export_view
from core.records.dataset import load_dataset
from core.view.filters import Summary
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset


def _launches() -> list[dict[str, str]]:
    """The small set plus a depressed SRBM and one with no apogee (minimum-energy arc)."""
    srbm = {
        **LAUNCHES[0], "missile_class": "SRBM", "missile_name": "", "flight_time_min": "",
        "sources": "JCS", "japan_eez": "outside",
    }  # fmt: skip
    return [
        *LAUNCHES,
        {**srbm, "launch_id": "2025-11-07a-01", "event_id": "2025-11-07a",
         "date_utc": "2025-11-07", "range_km": "450", "apogee_km": "50"},
        {**srbm, "launch_id": "2025-12-01a-01", "event_id": "2025-12-01a",
         "date_utc": "2025-12-01", "range_km": "300", "apogee_km": ""},
    ]  # fmt: skip


@pytest.fixture
def dataset(tmp_path):
    return load_dataset(write_dataset(tmp_path / "data", _launches(), SITES, SOURCES))


def _texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_deck_is_a_title_an_overview_and_one_slide_per_launch(dataset):
    view = export_view(dataset)
    deck = Presentation(io.BytesIO(to_pptx(view)))
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9, rel=0.01)
    slides = list(deck.slides)
    assert len(slides) == 2 + len(view.launches)
    title = _texts(slides[0])
    assert "North Korean missile launches" in title
    assert f"{len(view.launches)} missiles" in title
    assert "Data as of" in title
    assert "Filter: none" in title
    assert _texts(slides[1]).startswith("Overview")
    assert sum(shape.shape_type == 13 for shape in slides[1].shapes) == 1  # the map, alone
    for launch, slide in zip(view.launches, slides[2:], strict=True):
        assert launch.date_text in _texts(slide)
        notes = slide.notes_slide.notes_text_frame.text
        assert "EEZ outlines are approximate" in notes
        assert "Sources:" in notes


def test_no_text_on_any_slide_is_under_18_pt(dataset):
    deck = Presentation(io.BytesIO(to_pptx(export_view(dataset))))
    sizes = [
        run.font.size
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    ]
    assert sizes
    assert all(size is not None and size >= Pt(18) for size in sizes)


def test_launch_slide_has_map_profile_and_four_to_six_sourced_figures(dataset):
    view = export_view(dataset)
    deck = Presentation(io.BytesIO(to_pptx(view)))
    by_date = {
        launch.date_text: slide
        for launch, slide in zip(view.launches, list(deck.slides)[2:], strict=True)
    }
    for day in ("2017-11-28", "2025-11-07", "2025-12-01"):  # lofted, depressed, minimum-energy
        slide = by_date[day]
        pictures = [shape for shape in slide.shapes if shape.shape_type == 13]
        assert len(pictures) == 2, day  # map inset and profile
        inset, profile = sorted(pictures, key=lambda shape: shape.left)
        assert inset.width > deck.slide_width * 0.45  # a large inset
        assert profile.width > deck.slide_width * 0.4  # a profile one can read
        figures = [shape for shape in slide.shapes if shape.has_text_frame][1:]
        assert 4 <= len(figures) <= 6, day
        for shape in figures:  # label, value, source
            label, value, source = (p.text for p in shape.text_frame.paragraphs)
            assert all((label, value, source))
            assert shape.text_frame.paragraphs[1].runs[0].font.size >= Pt(20)
    lofted = _texts(by_date["2017-11-28"])
    assert "Reach on a normal path" in lofted


def test_deck_keeps_the_latest_launches_and_says_how_many_are_left_out(dataset, monkeypatch):
    monkeypatch.setattr("core.export.deck.MAX_LAUNCH_SLIDES", 2)
    view = export_view(dataset)
    deck = Presentation(io.BytesIO(to_pptx(view)))
    slides = list(deck.slides)
    assert len(slides) == 4
    assert f"{len(view.launches) - 2} earlier not shown" in _texts(slides[0])
    assert view.launches[-1].date_text in _texts(slides[-1])
    assert MAX_LAUNCH_SLIDES == 40


def test_png_fades_the_other_launches_when_one_is_selected(dataset):
    selected = "2025-11-07a-01"
    view = export_view(dataset, selected_launch_id=selected)
    plain = Image.open(io.BytesIO(map_png(view))).convert("RGB")
    marked = Image.open(io.BytesIO(map_png(view, highlight=selected))).convert("RGB")
    icbm_black = (0, 0, 0)  # the 2017 ICBM, not selected: full black only when not faded

    def count(image: Image.Image, rgb: tuple[int, int, int]) -> int:
        return sum(n for n, colour in image.getcolors(1 << 20) or [] if colour == rgb)

    assert count(plain, icbm_black) > 100
    # What stays full black is the legend's ICBM swatch; the path itself is faded.
    assert count(marked, icbm_black) < count(plain, icbm_black) / 4
    assert marked.size == (1920, 1080)


def test_a_ground_range_over_999_km_is_written_whole_and_gives_way_unless_it_is_flown():
    from dataclasses import replace

    from core.briefing.card import build_card
    from core.export.deck_text import FLOWN, GROUND_RANGE, key_figures
    from core.geo.profile import flight_profile
    from core.geo.trajectory import sea_model, trajectory
    from core.paths import DEFAULT_DATA_DIR

    bundled = load_dataset(DEFAULT_DATA_DIR)
    launch = bundled.launch("2017-11-28a-01")  # MOD's point: 1,000 km out; 950 km reported
    assert launch is not None
    item = trajectory(launch, bundled.site_of(launch), sea_model(DEFAULT_DATA_DIR))
    card = build_card(launch, bundled, item)
    profile = flight_profile(launch)
    labels = [figure.label for figure in key_figures(launch, card, profile)]
    assert GROUND_RANGE not in labels  # as reported: the lofted shot's reach keeps its place
    assert "Reach on a normal path" in labels
    flown = replace(card, ground_range_text=f"1,000 km, site to the drawn point {FLOWN}")
    ground = {f.label: f.value for f in key_figures(launch, flown, profile)}[GROUND_RANGE]
    assert ground == "1,000 km"


def test_a_local_time_on_the_next_day_names_its_date():
    # 22:10 UTC on 2024-09-11 is 07:10 on the 12th in Korea: "(07:10 KST/JST)" under a slide
    # titled with the 11th had a briefer quote the wrong day.
    from core.briefing.card import build_card
    from core.export.deck_text import key_figures
    from core.geo.profile import flight_profile
    from core.paths import DEFAULT_DATA_DIR

    bundled = load_dataset(DEFAULT_DATA_DIR)
    launch = bundled.launch("2024-09-11a-01")
    assert launch is not None
    launched = key_figures(launch, build_card(launch, bundled), flight_profile(launch))[0]
    assert (launched.label, launched.value) == ("Launched (2024-09-12 07:10 KST/JST)", "22:10 UTC")
    same_day = bundled.launch("2025-11-07a-01")
    assert same_day is not None
    label = key_figures(same_day, build_card(same_day, bundled), flight_profile(same_day))[0].label
    assert label.startswith("Launched (")
    assert "2025-" not in label


@pytest.mark.parametrize(
    ("icbms", "inside", "words"),
    [
        (0, 0, "no ICBM; none came down inside Japan's EEZ (of 2 with a reported verdict)"),
        (1, 1, "1 ICBM; 1 came down inside Japan's EEZ"),
        (3, 2, "3 ICBMs; 2 came down inside Japan's EEZ"),
    ],
)
def test_title_counts_read_as_a_briefer_says_them(dataset, icbms, inside, words):
    view = export_view(dataset)
    summary = Summary(
        missiles=5, events=2, icbm_class=icbms, eez_inside=inside, eez_known=2, latest=None
    )
    _, lines = title_lines(view, summary)
    assert lines[1].startswith(f"5 missiles in 2 launch events; {words}")
