"""The bundled launches' drawn impact points against what was reported (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.__main__ import main
from core.briefing.card import build_card
from core.export.tables import feature_collection
from core.export.view import export_view
from core.geo.geodesy import distance_km
from core.geo.impact import DESCRIBED, ESTIMATED
from core.geo.places import LANDMARKS
from core.geo.trajectory import Trajectory, sea_model, trajectory
from core.records.dataset import Dataset, load_dataset
from tests.conftest import LAUNCHES, write_dataset

DATA = Path(__file__).resolve().parents[3] / "data"
SEAS = ("sea_of_japan", "yellow_sea", "pacific")

# Issue 14: recorded as landing in the Sea of Japan, drawn on North Korean soil (site + a
# reference bearing, some of them placeholders, + a short range).
SEA_LANDINGS_DRAWN_ON_LAND = [
    "2020-03-28a-01",
    "2020-03-28a-02",
    "2021-09-27a-01",
    "2022-06-05a-01",
    "2022-06-05d-01",
    "2022-09-28b-01",
    "2022-09-29b-01",
    "2022-12-23a-01",
    "2024-04-22a-01",
    "2024-04-22a-02",
    "2024-04-22a-03",
    "2024-04-22a-04",
]
# ... and three with no sea stated, one of them labelled China's by the zone file.
LAND_WITH_NO_SEA = ("2024-06-30b-01", "2025-10-21a-01", "2025-10-21a-02")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(DATA)


def drawn(dataset: Dataset, launch_id: str) -> Trajectory:
    launch = next(launch for launch in dataset.launches if launch.launch_id == launch_id)
    return trajectory(launch, dataset.site_of(launch), sea_model(DATA))


def card_of(dataset: Dataset, launch_id: str):
    launch = next(launch for launch in dataset.launches if launch.launch_id == launch_id)
    return build_card(launch, dataset, drawn(dataset, launch_id))


@pytest.mark.parametrize("launch_id", SEA_LANDINGS_DRAWN_ON_LAND)
def test_issue_sea_landings_are_drawn_at_sea_and_marked_estimated(dataset, launch_id):
    item = drawn(dataset, launch_id)
    assert item.impact is not None
    assert sea_model(DATA).is_at_sea(*item.impact.point)
    assert item.impact.method == ESTIMATED
    assert item.eez_context.startswith("in ")
    # Drawn at the reported range, so no separate distance flown.
    assert item.ground_range_km == pytest.approx(item.flown_km, abs=0.5)


@pytest.mark.parametrize("launch_id", LAND_WITH_NO_SEA)
def test_issue_land_points_say_on_land_not_a_neighbours_waters(dataset, launch_id):
    item = drawn(dataset, launch_id)
    assert item.impact is not None
    assert not sea_model(DATA).is_at_sea(*item.impact.point)
    assert item.eez_context == "on land"
    assert "China" not in card_of(dataset, launch_id).eez_context


def test_placeholder_bearings_are_not_in_the_record(dataset):
    # nk-missile-tests draws 90 and 70 where no bearing was known (scripts/data_nagix.py).
    assert not [launch.launch_id for launch in dataset.launches if launch.bearing_deg in (70, 90)]
    assert any(launch.bearing_deg is not None for launch in dataset.launches)


def test_2023_02_18_is_placed_from_the_description_and_inside(dataset):
    item = drawn(dataset, "2023-02-18a-01")
    assert item.impact is not None
    assert item.impact.method == DESCRIBED
    island = LANDMARKS["oshima-oshima"]
    assert distance_km((island.lat, island.lon), item.impact.point) == pytest.approx(200, abs=1)
    assert item.computed_eez == "inside"
    assert not item.eez_disagrees
    assert item.eez_context == "in Japan's EEZ"
    card = card_of(dataset, "2023-02-18a-01")
    assert "about 200 km west of Oshima-Oshima" in card.landing_text
    assert card.landing_text.startswith("Japan government, 2023-02-18: ")


@pytest.mark.parametrize("launch_id", ["2017-05-28a-01", "2019-10-01a-01"])
def test_takeshima_waters_are_claimed_by_japan_and_disputed(dataset, launch_id):
    item = drawn(dataset, launch_id)
    assert item.reported_eez == item.computed_eez == "inside"
    assert item.eez_context == "in waters Japan claims (disputed with South Korea)"
    # The described point is not at the reported range; that range is not called distance flown.
    assert not item.range_is_flown
    ground = card_of(dataset, launch_id).ground_range_text
    assert ground.endswith("(the range above is as reported)")


def test_glide_missile_is_drawn_to_the_ground_range_not_the_distance_flown(dataset):
    item = drawn(dataset, "2022-01-10a-01")
    assert item.flown_km == 1000
    assert item.ground_range_km == pytest.approx(700, abs=0.5)
    assert item.flown_differs
    assert item.computed_eez == item.reported_eez == "outside"
    card = card_of(dataset, "2022-01-10a-01")
    assert item.range_is_flown
    assert card.ground_range_text == (
        "700 km, site to the drawn point (the range above is the distance flown)"
    )
    assert "under 700 km" in card.landing_text


def test_a_disagreement_at_the_edge_says_the_zone_cannot_decide(dataset):
    # MOD: "about 200 km west of Okushiri Island", outside; that point is ~13 km inside the
    # approximate zone's median line with Russia.
    item = drawn(dataset, "2024-10-30a-01")
    assert item.eez_disagrees
    card = card_of(dataset, "2024-10-30a-01")
    assert "too close for the drawn zone to decide" in card.eez_context
    assert card.eez_context.startswith("drawn point in Japan's EEZ, ")


def test_geojson_export_of_every_launch_agrees_with_the_land_model(dataset):
    sea = sea_model(DATA)
    collection = feature_collection(export_view(dataset))
    impacts = [f for f in collection["features"] if f["properties"]["kind"] == "impact"]
    assert len(impacts) > 250
    checked = 0
    for feature in impacts:
        lon, lat = feature["geometry"]["coordinates"]
        props = feature["properties"]
        at_sea = sea.is_at_sea(lat, lon)
        if props["landing_area"] in SEAS:
            assert at_sea, props["launch_id"]
            checked += 1
        elif props["landing_area"] == "land":
            assert not at_sea, props["launch_id"]
        if props["distance_flown_km"] is not None:
            assert props["ground_range_km"] != pytest.approx(props["distance_flown_km"], abs=25)
    assert checked > 200


def test_validate_reports_none_on_the_bundled_data(capsys):
    assert main(["validate", str(DATA)]) == 0
    assert capsys.readouterr().out.strip().endswith("; 0 problems, 0 rows skipped")


def test_validate_reports_a_sea_landing_whose_point_is_on_land(tmp_path: Path, capsys):
    # A reported point in Pyongyang for a missile recorded as falling in the Sea of Japan.
    on_land = {**LAUNCHES[0], "impact_lat": "39.02", "impact_lon": "125.75"}
    data_dir = write_dataset(tmp_path, launches=[on_land, *LAUNCHES[1:]])
    assert main(["validate", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert (
        "launches.csv:2: landing_area: recorded at sea but its reported impact point is on land "
        f"('{on_land['launch_id']}')"
    ) in out
    assert out.splitlines()[-1].endswith("; 1 problem, 0 rows skipped")


@pytest.mark.parametrize(
    ("launch_id", "landmark", "distance", "words"),
    [
        ("2017-11-28a-01", "tappi", 250, "about 250 km west of Aomori Prefecture"),
        ("2022-03-24a-01", "oshima-peninsula", 150, "about 150 km west of the Oshima Peninsula"),
    ],
)
def test_icbms_japan_placed_by_a_landmark_are_drawn_from_it(
    dataset, launch_id, landmark, distance, words
):
    item = drawn(dataset, launch_id)
    assert item.impact is not None
    assert item.impact.method == DESCRIBED
    place = LANDMARKS[landmark]
    here = (place.lat, place.lon)
    assert distance_km(here, item.impact.point) == pytest.approx(distance, abs=1)
    assert item.impact.point[1] < place.lon  # west of it
    assert sea_model(DATA).is_at_sea(*item.impact.point)
    assert item.computed_eez == item.reported_eez == "inside"
    card = card_of(dataset, launch_id)
    assert words in card.landing_text
    assert card.landing_text.startswith("Japan MOD, ")


def test_the_2022_03_24_point_agrees_with_the_coast_guards_cape_tappi_figure(dataset):
    # The coast guard: about 170 km west of Cape Tappi; MOD's description, drawn, is within 5 km.
    tappi = LANDMARKS["tappi"]
    point = drawn(dataset, "2022-03-24a-01").impact
    assert point is not None
    assert distance_km((tappi.lat, tappi.lon), point.point) == pytest.approx(170, abs=5)
