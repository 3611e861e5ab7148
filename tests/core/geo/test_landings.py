"""Landing descriptions: compass words, landmark points, two-distance crossings, bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.geo.geodesy import distance_km, initial_bearing_deg
from core.geo.landings import (
    COMPASS,
    LANDING_COLUMNS,
    Landing,
    LandingError,
    parse_landing,
    read_landings,
)
from core.geo.places import LANDMARKS


def row(**cells: str) -> dict[str, str]:
    base = {column: "" for column in LANDING_COLUMNS}
    base.update(launch_id="2023-02-18a-01", reporter="Japan MOD", citation="https://example.org")
    base.update(cells)
    return base


def landmark(name: str) -> tuple[float, float]:
    return (LANDMARKS[name].lat, LANDMARKS[name].lon)


def test_compass_words_are_degrees_clockwise_from_north():
    assert COMPASS["north"] == 0.0
    assert COMPASS["east"] == 90.0
    assert COMPASS["west"] == 270.0
    assert COMPASS["north-northwest"] == 337.5
    assert len(COMPASS) == 16


def test_point_is_the_distance_and_direction_from_the_landmark():
    landing = parse_landing(row(landmark="oshima-oshima", direction="west", distance_km="200"), 2)
    point = landing.point
    assert point is not None
    start = landmark("oshima-oshima")
    assert distance_km(start, point) == pytest.approx(200.0, abs=0.01)
    assert initial_bearing_deg(start, point) == pytest.approx(270.0, abs=0.01)


def test_two_distances_cross_on_the_side_the_direction_names():
    landing = parse_landing(
        row(
            landmark="dogo",
            direction="north",
            distance_km="300",
            landmark_2="sado",
            distance_2_km="500",
        ),
        2,
    )
    point = landing.point
    assert point is not None
    assert distance_km(landmark("dogo"), point) == pytest.approx(300.0, abs=0.5)
    assert distance_km(landmark("sado"), point) == pytest.approx(500.0, abs=5.0)
    assert point[0] > LANDMARKS["dogo"].lat + 2  # north of Oki, not the crossing on the Kii coast


def test_ground_range_alone_gives_no_point():
    landing = parse_landing(row(ground_range_km="700", wording="under 700 km"), 2)
    assert landing.point is None
    assert landing.ground_range_km == 700.0


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        pytest.param({"landmark": "atlantis", "direction": "west", "distance_km": "9"}, "landmark",
                     id="unknown-landmark"),
        pytest.param({"landmark": "okushiri", "direction": "westish", "distance_km": "9"},
                     "compass word", id="unknown-direction"),
        pytest.param({"landmark": "okushiri", "direction": "west"}, "distance", id="no-distance"),
        pytest.param({"ground_range_km": "700 km"}, "ground_range_km: not a number", id="unit"),
        pytest.param({"ground_range_km": "-5"}, "out of range", id="negative"),
        pytest.param({}, "neither a landmark nor a ground range", id="empty"),
        pytest.param({"citation": "", "ground_range_km": "7"}, "citation", id="no-citation"),
    ],
)  # fmt: skip
def test_bad_rows_are_refused_with_their_line(cells, message):
    with pytest.raises(LandingError, match=message) as caught:
        parse_landing(row(**cells), 7)
    assert "landings.csv:7:" in str(caught.value)


def test_read_landings_keeps_good_rows_and_names_the_rest(tmp_path: Path):
    path = tmp_path / "landings.csv"
    header = ",".join(LANDING_COLUMNS)
    good = "2022-01-10a-01,Japan MOD,,https://x,,,,,,700,under 700 km"
    bad = "2022-01-10a-02,Japan MOD,,https://x,atlantis,west,10,,,,"
    path.write_text(f"{header}\n{good}\n{bad}\n{good}\n", encoding="utf-8")
    landings, problems = read_landings(path)
    assert list(landings) == ["2022-01-10a-01"]
    assert isinstance(landings["2022-01-10a-01"], Landing)
    assert len(problems) == 2
    assert problems[0].startswith("landings.csv:3: ")
    assert problems[1] == "landings.csv:4: launch_id: duplicate (2022-01-10a-01)"


def test_no_file_means_no_descriptions(tmp_path: Path):
    assert read_landings(tmp_path / "landings.csv") == ({}, ())


def test_every_landmark_cites_its_coordinates():
    for place in LANDMARKS.values():
        assert place.source.startswith(("Wikipedia", "Smithsonian", "Natural Earth")), place
        assert "https://" in place.source or "http://" in place.source
        assert 30 < place.lat < 46
        assert 130 < place.lon < 146
