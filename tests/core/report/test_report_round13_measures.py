"""Round 13 (extract13c): a flight time told in words after "flight time" ("the brief flight
time, likely under ten minutes") is read as one (508's, a bound kept as the range rule keeps
one).

Each wording is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells

LEAD = "North Korea fired a ballistic missile into the East Sea on Thursday. "


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            'Analysts said the "brief flight time, likely under ten minutes," pointed to a '
            "short-range weapon.",
            "10",
        ),
        ("Japan's ministry gave a flight time of about six minutes.", "6"),
        ("Its flight time was probably twelve minutes, officials said.", "12"),
    ],
)
def test_a_flight_time_told_in_words(sites, said, minutes):
    assert cells(LEAD + said, THURSDAY, sites)["flight_time_min"] == minutes


def test_a_time_of_day_near_flight_time_is_no_flight(sites):
    # Near miss: "flight time" not followed by a duration in words.
    text = LEAD + "The flight time was not disclosed; ten minutes later Tokyo issued a warning."
    assert cells(text, THURSDAY, sites)["flight_time_min"] == ""
