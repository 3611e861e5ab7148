"""The profile chart draws an arc for every ballistic flight, with axes and titles that fit."""

from __future__ import annotations

from datetime import date

import pytest

from core.export.profile_chart import chart_svg, profile_chart
from core.geo.ballistics import DEPRESSED, LOFTED, UNCLASSIFIED
from core.geo.profile import flight_profile
from core.records.model import Launch


def _launch(range_km: float, apogee_km: float | None) -> Launch:
    return Launch(
        "2025-11-07a-01", "2025-11-07a", date(2025, 11, 7), "2025-11-07", "day", None,
        "", "SRBM", "", range_km, apogee_km, None, None, None, None,
        "sea_of_japan", "outside", "success", "ballistic", (),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("range_km", "apogee_km", "kind"),
    [(450.0, 50.0, DEPRESSED), (1001.0, 7687.0, LOFTED), (800.0, None, UNCLASSIFIED)],
    ids=["depressed", "lofted", "minimum-energy"],
)
def test_every_ballistic_flight_draws_an_arc_inside_the_chart(range_km, apogee_km, kind):
    profile = flight_profile(_launch(range_km, apogee_km))
    assert profile.kind == kind
    top = max(y for _, y in profile.arc)
    assert top > 0.9 * (apogee_km or profile.apogee_km)
    spec = profile_chart(profile, titled=False).to_dict()
    # "pad": the app may not squeeze the plot to fit axes into the chart's own height.
    assert spec["autosize"]["type"] == "pad"
    assert spec["height"] >= 200
    y_domain = spec["layer"][2]["encoding"]["y"]["scale"]["domain"]
    assert y_domain[0] < 0 < top < y_domain[1]
    y_axis = spec["layer"][2]["encoding"]["y"]
    assert y_axis["title"] == "height (km)"  # short enough for the chart's least height
    assert y_axis["axis"]["tickCount"] >= 3


def test_depressed_profile_svg_carries_its_axis_title_and_apogee():
    svg = chart_svg(profile_chart(flight_profile(_launch(450.0, 50.0))))
    assert "height (km)" in svg
    assert "apogee 50 km" in svg
