"""General causes of the misses of round 4's second held-out run (195-213, 92.6% at 423bb92)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.report.drafting import cells

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("wording", "minutes"),
    [
        ("It appears to have flown for over a minute and then fallen into the ocean.", "1"),
        ("The rocket broke into at least 20 pieces after only 40 seconds.", "0.7"),
        ("The rocket broke up some 60 to 90 seconds after lift-off.", "1.5"),
        ("The rocket flew about one or two minutes before it exploded mid-air.", "2"),
    ],
)
def test_the_time_to_a_failure_is_the_flight_time(sites, wording, minutes):
    text = f"North Korea launched a rocket on Friday. {wording}"
    assert cells(text, date(2012, 4, 13), sites)["flight_time_min"] == minutes


def test_a_clock_beside_a_numeric_date_is_the_page_stamp(sites):
    text = (
        "Date: 09:14, 02-03-2015.\n\n"
        "North Korea launched two short-range missiles from its east coast on March 2."
    )
    assert cells(text, date(2015, 3, 2), sites)["time_utc"] == ""


def test_what_was_carried_out_at_a_clock_is_the_launch(sites):
    text = "The Pentagon said the missile test was carried out at 0333 GMT near Kusong on Oct. 15."
    got = cells(text, date(2016, 10, 16), sites)
    assert (got["date_utc"], got["time_utc"]) == ("2016-10-15", "03:33")


def test_the_day_of_media_reports_is_not_the_launch_day(sites):
    text = (
        "According to media reports on 16 October, North Korea attempted to launch a missile at"
        " 12:33 p.m. local time on 15 October."
    )
    assert cells(text, date(2016, 10, 16), sites)["date_utc"] == "2016-10-15"


def test_a_plan_to_launch_is_no_launch_day(sites):
    text = (
        "The government announced at 3:54 a.m. on Thursday that a possible ballistic missile had"
        " been launched from North Korea. It is believed to have flown over the sea between"
        " Okinawa and Miyako Island at around 4 a.m., heading toward the Pacific Ocean.\n\n"
        "On Tuesday North Korea had told the Japan Coast Guard that it planned to launch a"
        ' "satellite rocket" sometime between Thursday and Aug. 31.'
    )
    got = cells(text, date(2023, 8, 24), sites)
    assert (got["date_utc"], got["time_utc"], got["landing_area"], got["reporters"]) == (
        "2023-08-24",
        "",
        "pacific",
        "Japan government",
    )


def test_of_figures_given_missile_by_missile_the_longest(sites):
    text = (
        "North Korea fired two missiles on Wednesday. The first missile flew 93 miles (150 km)."
        " The second travelled 249 miles (400 km), the official said."
    )
    assert cells(text, date(2016, 6, 22), sites)["range_km"] == "400"


def test_a_named_satellite_rocket_is_one_rocket(sites):
    text = "North Korea launched the Unha-3 rocket at 7:39 local time on Friday."
    got = cells(text, date(2012, 4, 13), sites)
    assert (got["count"], got["count_qualifier"], got["missile_class"]) == ("1", "exact", "SLV")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "The Unha-3 rocket was fired from the north-west of the Korean peninsula.",
            "site_id",
            "northwest-border",
        ),
        ("Launch site: Sohae Satellite Launching Station, North Korea", "site_id", "sohae"),
        (
            "North Korea fired two missiles from Nampo, which were fired to the east of the"
            " peninsula.",
            "landing_area",
            "sea_of_japan",
        ),
        (
            "South Korea's military said the North fired one missile from a submarine off its"
            " east coast on Saturday.",
            "landing_area",
            "",
        ),
        (
            "South Korea and Japan said they could not immediately confirm the launch.",
            "reporters",
            "",
        ),
    ],
)
def test_places_seas_and_sources(sites, text, field, value):
    assert cells(text, date(2016, 4, 24), sites)[field] == value
