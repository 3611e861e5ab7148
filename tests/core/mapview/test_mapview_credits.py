"""The map tooltip's rows name whose range, apogee and EEZ verdict each missile shows."""

from __future__ import annotations

import json

import pytest

from core.briefing.headline import with_preference
from core.geo.rings import default_rings
from core.geo.trajectory import sea_model
from core.mapview.build import layer_parts
from core.mapview.centres import ring_centre_for
from core.mapview.features import ROW_FIELDS
from core.paths import GEO_DATA_DIR
from core.records.dataset import Dataset, load_dataset
from tests.conftest import write_dataset

LOFTED = "2017-11-28a-01"  # CNS: 950 km, 4,475 km up; JCS: 960 km, 4,500 km, inside


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return load_dataset(write_dataset(tmp_path_factory.mktemp("credits") / "data"))


def row_of(dataset: Dataset, launch_id: str) -> dict[str, object]:
    parts = layer_parts(
        dataset,
        dataset.launches,
        None,
        ring_centre_for(dataset, None),
        default_rings(dataset.launches),
        sea_model(GEO_DATA_DIR),
    )
    rows = json.loads(parts.launch_rows_json)
    row = next(row for row in rows if row[0] == launch_id)
    return dict(zip(ROW_FIELDS, row, strict=True))


def test_a_row_names_jcs_when_its_figures_lead(records):
    row = row_of(with_preference(records, "jcs"), LOFTED)
    assert (row["range_km"], row["apogee_km"]) == (960, 4500)
    assert row["whose"] == ["JCS", "JCS", "JCS", "JCS (South Korea)"]


def test_a_row_names_cns_when_the_reference_tables_lead(records):
    row = row_of(with_preference(records, "reference"), LOFTED)
    assert (row["range_km"], row["apogee_km"]) == (950, 4475)
    # No Japanese body gave a verdict: JCS's relayed one is still named.
    assert row["whose"] == ["CNS", "CNS", "JCS", "Reference tables (CNS, nk-missile-tests)"]
