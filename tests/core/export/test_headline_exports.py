"""Every export names each headline figure's source and the rule that chose it."""

from __future__ import annotations

import csv
import io
import json
from functools import cache

from pptx import Presentation

from core.__main__ import main
from core.briefing.card import build_card
from core.briefing.headline import with_preference
from core.export.deck import to_pptx
from core.export.deck_text import key_figures, launch_notes
from core.export.html_map import standalone_html
from core.export.tables import to_csv, to_geojson
from core.export.view import export_view
from core.geo.profile import flight_profile
from core.paths import DEFAULT_DATA_DIR
from core.records.dataset import Dataset, load_dataset
from core.records.model import find_launch
from core.view.filters import LaunchFilter
from tests.conftest import write_dataset

NOV_7 = "2025-11-07a-01"  # JCS: 700 km (twice); nk-missile-tests: 450 km
ONE_DAY = LaunchFilter(text=NOV_7)


@cache
def bundled() -> Dataset:
    return load_dataset(DEFAULT_DATA_DIR)


def csv_rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8"))))


def test_csv_names_whose_each_figure_is_and_the_rule():
    view = export_view(with_preference(bundled(), "jcs"), ONE_DAY)
    (row,) = csv_rows(to_csv(view))
    assert row["range_km"] == "700"
    assert row["range_km_source"] == "JCS"
    assert row["apogee_km_source"] == "nk-missile-tests"
    assert row["flight_time_min_source"] == ""  # nobody gave one
    assert row["japan_eez_source"] == "Japan government"
    assert row["missile_class_source"] == "JCS"
    assert row["headline_rule"].startswith("Headline figures: the first given by JCS, Japan MOD")


def test_csv_of_the_reference_preference_quotes_the_reference_table():
    (row,) = csv_rows(to_csv(export_view(with_preference(bundled(), "reference"), ONE_DAY)))
    assert (row["range_km"], row["range_km_source"]) == ("450", "nk-missile-tests")


def test_geojson_carries_the_sources_on_every_feature_and_the_rule_on_top():
    collection = json.loads(to_geojson(export_view(with_preference(bundled(), "mod"), ONE_DAY)))
    assert collection["headline_rule"].startswith("Headline figures: the first given by Japan MOD")
    assert collection["features"]
    for feature in collection["features"]:
        assert feature["properties"]["range_km"] == 700  # no MOD figure: JCS's comes next
        assert feature["properties"]["range_km_source"] == "JCS"


def test_the_html_map_states_the_rule():
    page = standalone_html(export_view(with_preference(bundled(), "jcs"), ONE_DAY))
    assert "Headline figures: the first given by JCS, Japan MOD" in page


def test_deck_figures_name_their_source_and_the_other_figure():
    preferred = with_preference(bundled(), "jcs")
    launch = find_launch(preferred.launches, NOV_7)
    assert launch is not None
    card = build_card(launch, preferred)
    figures = {figure.label: figure for figure in key_figures(launch, card, flight_profile(launch))}
    assert figures["Range"].value == "700 km"
    assert figures["Range"].source == "JCS (others: 450 km nk-missile-tests)"
    assert figures["Apogee"].source == "nk-missile-tests"
    assert any(
        line.startswith("Headline figures prefer JCS")
        for line in launch_notes(card, flight_profile(launch))
    )


def test_the_deck_title_slide_states_the_rule():
    deck = Presentation(
        io.BytesIO(to_pptx(export_view(with_preference(bundled(), "jcs"), ONE_DAY)))
    )
    title = " ".join(
        shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame
    )
    assert "Headline figures: the first given by JCS" in title


def test_cli_prefer_chooses_whose_figures_the_export_quotes(tmp_path):
    data_dir = write_dataset(tmp_path / "data")  # 2017-11-28: CNS 950 km, JCS 960 km
    out = tmp_path / "out.csv"
    base = ["export", "csv", "--out", str(out), "--data-dir", str(data_dir), "--class", "ICBM"]
    assert main(base) == 0
    (row,) = csv_rows(out.read_bytes())
    assert (row["range_km"], row["range_km_source"]) == ("960", "JCS")
    assert main([*base, "--prefer", "reference"]) == 0
    (row,) = csv_rows(out.read_bytes())
    assert (row["range_km"], row["range_km_source"]) == ("950", "CNS")
