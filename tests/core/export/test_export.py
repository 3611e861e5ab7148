"""Exports of the view: CSV and GeoJSON read back, PNG size and content, PPTX slides, the CLI."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from PIL import Image, ImageChops

from core.__main__ import main
from core.export.cli import export_bytes
from core.export.html_map import remote_references, standalone_html
from core.export.slide_png import map_png
from core.export.tables import to_csv, to_geojson
from core.export.view import export_view
from core.geo.rings import Ring
from core.records.dataset import load_dataset
from core.records.model import LAUNCH_COLUMNS
from core.view.filters import LaunchFilter
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset

ICBM_ONLY = LaunchFilter(classes=frozenset({"ICBM"}))


def more_launches() -> list[dict[str, str]]:
    """The small set plus two later SRBMs, one with a reported impact point."""
    srbm = {
        **LAUNCHES[0], "missile_class": "SRBM", "missile_name": "KN-23 <b>", "apogee_km": "50",
        "range_km": "600", "flight_time_min": "", "sources": "CNS",
    }  # fmt: skip
    return [
        *LAUNCHES,
        {**srbm, "launch_id": "2019-07-25a-01", "event_id": "2019-07-25a",
         "date_utc": "2019-07-25"},
        {
            **srbm, "launch_id": "2019-07-25a-02", "event_id": "2019-07-25a",
            "date_utc": "2019-07-25", "impact_lat": "39.9", "impact_lon": "132.1",
            "bearing_deg": "",
        },
    ]  # fmt: skip


@pytest.fixture
def dataset(tmp_path):
    extra = [
        {"launch_id": "2019-07-25a-01", "reporter": "CNS", "citation": "=cmd|' /C calc'!A0"},
        {"launch_id": "2019-07-25a-02", "reporter": "CNS", "citation": "https://example.org/a"},
    ]
    return load_dataset(write_dataset(tmp_path / "data", more_launches(), SITES, SOURCES + extra))


def test_csv_reads_back_with_every_column_and_only_the_filtered_missiles(dataset):
    view = export_view(
        dataset, LaunchFilter(classes=frozenset({"SRBM"}), date_from=date(2000, 1, 1))
    )
    rows = list(csv.DictReader(io.StringIO(to_csv(view).decode("utf-8"))))
    assert [row["launch_id"] for row in rows] == ["2019-07-25a-01", "2019-07-25a-02"]
    assert set(LAUNCH_COLUMNS) <= set(rows[0])
    assert rows[0]["missile_name"] == "KN-23 <b>"  # data, not HTML: kept as recorded
    assert rows[0]["site_name"] == "Sunan (Pyongyang airport)"
    assert rows[1]["impact_method"] == "reported"
    assert rows[1]["drawn_impact_lat"] == "39.9"
    assert rows[0]["impact_method"] == "bearing"


def test_csv_of_everything_parses_with_the_project_loader(dataset, tmp_path):
    folder = write_dataset(tmp_path / "again", launches=[], sites=SITES, sources=[])
    (folder / "launches.csv").write_bytes(to_csv(export_view(dataset)))
    reloaded = load_dataset(folder)
    assert [launch.launch_id for launch in reloaded.launches] == [
        launch.launch_id for launch in dataset.launches
    ]
    assert reloaded.launches == dataset.launches


def test_csv_text_a_spreadsheet_would_run_is_written_as_text(tmp_path):
    formula = '=HYPERLINK("http://198.51.100.7/","open")'
    launch = {**more_launches()[3], "missile_name": formula}
    sites = [{**SITES[0], "name": "@SUM(1+1)*cmd|' /C calc'!A0"}, *SITES[1:]]
    view = export_view(load_dataset(write_dataset(tmp_path / "data", [launch], sites, [])))
    row = next(csv.DictReader(io.StringIO(to_csv(view).decode("utf-8"))))
    assert row["missile_name"] == "'" + formula
    assert row["site_name"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["range_km"] == "600"  # numbers stay numbers


def test_geojson_has_path_and_impact_features_matching_the_filter(dataset):
    collection = json.loads(to_geojson(export_view(dataset, ICBM_ONLY)))
    assert collection["type"] == "FeatureCollection"
    kinds = {
        (f["properties"]["launch_id"], f["properties"]["kind"]) for f in collection["features"]
    }
    assert kinds == {("2017-11-28a-01", "path"), ("2017-11-28a-01", "impact")}
    path = next(f for f in collection["features"] if f["properties"]["kind"] == "path")
    lon, lat = path["geometry"]["coordinates"][0]
    assert (lat, lon) == pytest.approx((39.2, 125.67), abs=1e-3)
    assert path["properties"]["apogee_km"] == 4475
    assert path["properties"]["sources"] == "CNS;JCS"


def test_geojson_keeps_undrawable_missiles_as_records(dataset):
    collection = json.loads(to_geojson(export_view(dataset)))
    ids = {f["properties"]["launch_id"] for f in collection["features"]}
    assert ids == {launch.launch_id for launch in dataset.launches}
    record = next(
        f for f in collection["features"] if f["properties"]["launch_id"] == "1984-09a-01"
    )
    assert record["geometry"] is None
    assert record["properties"]["kind"] == "record"


def test_png_is_1920_by_1080_and_not_blank(dataset):
    image = Image.open(io.BytesIO(map_png(export_view(dataset))))
    assert image.size == (1920, 1080)
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    assert len(colours) > 50  # land, sea, EEZ lines, paths, text
    path_colour = (0, 0, 0)  # ICBM is drawn black
    assert any(rgb == path_colour and count > 100 for count, rgb in colours)


def test_standalone_html_loads_nothing_from_the_network(dataset):
    html = standalone_html(export_view(dataset))
    assert remote_references(html) == []
    assert "L.map(" in html
    # JSON-encoded for the script; the browser shows it as text (textContent), never as markup.
    assert "KN-23 \\u003cb\\u003e" in html
    assert "KN-23 <b>" not in html


@pytest.mark.parametrize("fmt", ["html", "csv", "geojson", "png", "pptx"])
def test_an_empty_view_still_exports(dataset, fmt):
    view = export_view(dataset, LaunchFilter(date_from=date(2030, 1, 1)))
    assert view.launches == ()
    assert export_bytes(fmt, view)


def test_remote_references_spots_a_cdn_script():
    assert remote_references('<script src="https://cdn.example/leaflet.js"></script>')
    assert not remote_references('<a href="https://leafletjs.com">Leaflet</a>')


@pytest.mark.parametrize("fmt", ["csv", "geojson", "png", "pptx", "html"])
def test_cli_writes_each_format_with_filter_options(dataset, tmp_path, fmt):
    data_dir = tmp_path / "data"
    out = tmp_path / "out" / f"view.{fmt}"
    code = main(
        [
            "export",
            fmt,
            "--out",
            str(out),
            "--data-dir",
            str(data_dir),
            "--class",
            "SRBM",
            "--from",
            "2019",
        ]
    )
    assert code == 0
    assert out.stat().st_size > 0
    if fmt == "csv":
        ids = [row["launch_id"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8")))]
        assert ids == ["2019-07-25a-01", "2019-07-25a-02"]
    if fmt == "geojson":
        ids = {f["properties"]["launch_id"] for f in json.loads(out.read_text("utf-8"))["features"]}
        assert ids == {"2019-07-25a-01", "2019-07-25a-02"}


def test_cli_reports_a_missing_data_dir(tmp_path, capsys):
    code = main(
        ["export", "csv", "--out", str(tmp_path / "x.csv"), "--data-dir", str(tmp_path / "none")]
    )
    assert code == 2
    assert "not a directory" in capsys.readouterr().err


def test_cli_names_ignored_options(dataset, tmp_path, capsys):
    code = main(
        [
            "export",
            "csv",
            "--out",
            str(tmp_path / "x.csv"),
            "--data-dir",
            str(tmp_path / "data"),
            "--class",
            "ICBM,bogus",
        ]
    )
    assert code == 0
    assert "'bogus' not in the records" in capsys.readouterr().err


def _changed_pixels(png: bytes, reference: bytes) -> int:
    """How many pixels of `png` differ visibly from `reference`."""
    images = [Image.open(io.BytesIO(data)).convert("L") for data in (png, reference)]
    difference = ImageChops.difference(*images).point(lambda value: 255 if value > 24 else 0)
    histogram = difference.histogram()
    return histogram[255]


def test_png_draws_the_range_rings_chosen_in_the_map_panel(dataset):
    without = map_png(export_view(dataset, rings=[]))
    one = _changed_pixels(map_png(export_view(dataset, rings=[Ring(800.0, "800 km")])), without)
    # The class rings and the longest flown, as on the map: several rings, each labelled.
    default = _changed_pixels(map_png(export_view(dataset)), without)
    assert one > 1000  # a dashed circle across the slide, its label and the centre
    assert default > 1000
