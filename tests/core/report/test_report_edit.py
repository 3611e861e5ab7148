"""Form cells of a draft: a round trip keeps every field; a bad cell names its field."""

from __future__ import annotations

from datetime import date, time

import pytest

from core.report.edit import apply_cells, draft_cells
from core.report.extract import Draft
from core.report.save import DraftError

DRAFT = Draft(
    published=date(2025, 11, 7),
    date_utc=date(2025, 11, 7),
    time_utc=time(1, 0),
    count=2,
    count_qualifier="at least",
    missile_name="KN-23",
    missile_class="SRBM",
    site_id="northwest-border",
    range_km=700.0,
    apogee_km=None,
    flight_time_min=8.5,
    landing_area="sea_of_japan",
    japan_eez="outside",
    maneuver="pullup",
    reporters=("JCS", "Japan MOD"),
    bearing_deg=85.0,
    impact_lat=40.12345,
    impact_lon=131.5,
)


def test_cells_round_trip_keeps_every_field():
    cells = draft_cells(DRAFT)
    assert cells["range_km"] == "700"
    assert cells["apogee_km"] == ""
    assert cells["time_utc"] == "01:00"
    assert apply_cells(DRAFT, cells) == DRAFT


def test_edited_cells_are_parsed():
    cells = draft_cells(DRAFT) | {"range_km": "1,100", "time_utc": "", "reporters": "KCNA; "}
    edited = apply_cells(DRAFT, cells)
    assert (edited.range_km, edited.time_utc, edited.reporters) == (1100, None, ("KCNA",))


@pytest.mark.parametrize(
    ("field", "cell"),
    [("range_km", "about 700"), ("time_utc", "10 a.m."), ("count", "two"), ("date_utc", "")],
)
def test_a_cell_that_does_not_parse_names_its_field(field, cell):
    with pytest.raises(DraftError) as caught:
        apply_cells(DRAFT, draft_cells(DRAFT) | {field: cell})
    assert caught.value.field == field
