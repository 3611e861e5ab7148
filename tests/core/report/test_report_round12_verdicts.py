"""Round 12 (extract12c): kinds, places, zones and flight times read on 450-489's misses (an
older launch told "over the weekend", "Northern Pyongan", a writer's inference of a short reach,
"not reached Japanese territory or the EEZ", a fall "into its territorial waters", a missile
"still in the air an hour after" launch).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

THURSDAY = date(2019, 5, 9)
SUNDAY = date(2019, 5, 5)


# --- "over the weekend" on a weekday's launch is an older one ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday North Korea fired an unidentified rocket, Seoul said. Over the weekend North "
        "Korea fired several short-range weapons off its east coast into the Sea of Japan.",
        "North Korea launched an unidentified projectile on Thursday. Last weekend it had tested "
        "short-range ballistic missiles into the East Sea.",
    ],
)
def test_a_weekend_launch_told_on_a_weekday_is_an_older_one(sites, text):
    found = cells(text, THURSDAY, sites)
    assert (found["missile_class"], found["landing_area"]) == ("", "")


def test_a_weekend_launch_on_a_sunday_is_the_launch(sites):
    # Near miss: the launch was made on the weekend the sentence names.
    text = (
        "Over the weekend North Korea fired several short-range ballistic missiles into the "
        "East Sea, Seoul said on Sunday."
    )
    assert cells(text, SUNDAY, sites)["missile_class"] == "SRBM"


# --- "Northern Pyongan province" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The missile flew 420 kilometers after being launched in Northern Pyongan province "
            "on Thursday.",
            "north-pyongan-province",
        ),
        (
            "North Korea fired two projectiles from Southern Hamgyong Province on Thursday.",
            "south-hamgyong-province",
        ),
        # Near miss: a word before the direction is no province's name.
        ("North Korea fired a missile from its northern areas on Thursday.", ""),
    ],
)
def test_a_northern_province_is_the_north_province(sites, text, site):
    assert cells(text, THURSDAY, sites)["site_id"] == site


# --- a writer's inference of a short reach ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea tested a new tactical guided weapon on Thursday, KCNA said. Calling the "
        "systems tactical may indicate that they have a short range.",
        "North Korea tested a new guided weapon on Thursday. The word tactical could suggest the "
        "weapon has a short range.",
    ],
)
def test_an_inferred_reach_is_no_class(sites, text):
    assert cells(text, THURSDAY, sites)["missile_class"] == ""


def test_a_short_range_missile_told_is_a_class(sites):
    # Near miss: the range word names the weapon fired.
    text = "North Korea fired a short-range ballistic missile on Thursday, Seoul said."
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"


# --- EEZ verdicts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Japan's Defense Ministry said a projectile was launched on Thursday but that it has "
            "not reached Japanese territory or the Exclusive Economic Zone.",
            "outside",
        ),
        (
            "Japan believes the missile North Korea launched on Thursday came down in its "
            "territorial waters.",
            "inside",
        ),
        (
            "Japan's prime minister said the missile fired on Thursday fell into the sea in "
            "Japan's territorial waters west of Hokkaido.",
            "inside",
        ),
        # Near misses: a denial about territorial waters says nothing of the EEZ.
        (
            "Japan's defense ministry said no North Korean projectile fired on Thursday had "
            "landed in its territorial waters.",
            "",
        ),
        (
            "Japan said the missile fired on Thursday did not fall into Japan's territorial "
            "waters.",
            "",
        ),
    ],
)
def test_eez_verdicts_of_territory_and_territorial_waters(sites, text, verdict):
    assert cells(text, THURSDAY, sites)["japan_eez"] == verdict


# --- still in the air an hour after launch -------------------------------------------------------


def test_a_missile_still_in_the_air_an_hour_on_has_no_flight_time(sites):
    text = (
        "North Korea fired an ICBM on Thursday. Japan said the missile was still in the air an "
        "hour after it was launched."
    )
    assert cells(text, THURSDAY, sites)["flight_time_min"] == ""


def test_a_missile_in_the_air_for_an_hour_has_flown_an_hour(sites):
    # Near miss: how long it flew.
    text = "North Korea fired an ICBM on Thursday that was in the air for an hour, Japan said."
    assert cells(text, THURSDAY, sites)["flight_time_min"] == "60"
