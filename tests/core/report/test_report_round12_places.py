"""Round 12 (extract12c): where the missiles fell and where they were fired from, read on
450-489's misses (an overflight a trajectory only could have made, a fall on "the east coast of
the Korean Peninsula", a province spelt Hamkyong).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

DAY = date(2024, 9, 12)


# --- an overflight the trajectory only could have made -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday on a trajectory that could have taken "
        "it over Japan, but it vanished from radar over the Sea of Japan, Tokyo said.",
        "The missile flew on a path that would have carried it over Japanese territory before it "
        "came down in the Sea of Japan, the defence ministry said on Thursday.",
        "Officials said the rocket, fired on Thursday, might have passed over Japan had it not "
        "broken up; its pieces fell into the East Sea.",
    ],
)
def test_an_overflight_it_could_have_made_is_not_a_fall_in_the_pacific(sites, text):
    assert cells(text, DAY, sites)["landing_area"] == "sea_of_japan"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a flight over Japan it made, or may have made, ends in the Pacific.
        "North Korea fired a ballistic missile on Thursday that flew over Japan, Tokyo said.",
        "The missile may have flown over Japan before falling into the sea, officials said on "
        "Thursday.",
    ],
)
def test_an_overflight_told_as_made_is_still_the_pacific(sites, text):
    assert cells(text, DAY, sites)["landing_area"] == "pacific"


# --- a fall on the east coast of the Korean Peninsula ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Both missiles fell in the area of the east coast of the Korean Peninsula, outside "
        "Japan's exclusive economic zone, the minister said on Thursday.",
        "The projectile landed in waters along the eastern coast of North Korea, Seoul said on "
        "Thursday.",
        "North Korea fired two missiles on Thursday toward the east coast of the peninsula, the "
        "Joint Chiefs of Staff said.",
    ],
)
def test_a_fall_off_the_peninsulas_east_coast_is_the_sea_of_japan(sites, text):
    assert cells(text, DAY, sites)["landing_area"] == "sea_of_japan"


def test_a_launch_from_the_east_coast_of_north_korea_is_no_fall(sites):
    # Near miss: where it was fired from, not where it came down.
    text = "North Korea fired a missile from the east coast of North Korea on Thursday, Seoul said."
    assert cells(text, DAY, sites)["landing_area"] == ""


# --- Hamkyong, the older spelling of Hamgyong --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "According to South Korea's military, the North fired two projectiles from South "
            "Hamkyong Province on Thursday.",
            "south-hamgyong-province",
        ),
        (
            "The missile was launched on Thursday from South Hamgyong Province, Seoul said.",
            "south-hamgyong-province",
        ),
    ],
)
def test_hamkyong_is_hamgyong(sites, text, site):
    assert cells(text, DAY, sites)["site_id"] == site


# --- "the X region" is the table's "X area" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Convention C6 (round 17): the Tongchon area and region are the town, as Hungnam's are.
        (
            "The launch, from the Tongchon region of Kangwon Province, came on Thursday.",
            "tongchon-town",
        ),
        ("North Korea fired two projectiles from the Tongchon area on Thursday.", "tongchon-town"),
        ("The missiles were fired on Thursday from the Sunan region, Seoul said.", "sunan"),
        # The table makes "the Hungnam area" the town; its region is the town as well.
        ("The missile was fired on Thursday from the Hungnam region, Seoul said.", "hungnam-town"),
        # Near miss: the town's own name after "from" is the town.
        ("North Korea fired two projectiles from Tongchon on Thursday.", "tongchon-town"),
    ],
)
def test_a_places_region_is_its_area(sites, text, site):
    assert cells(text, DAY, sites)["site_id"] == site


# --- "Pyongyang's main airport" is the airport ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Eight ballistic missiles were launched on Thursday from somewhere near Pyongyang's "
            "main airport, the military said.",
            "pyongyang",
        ),
        (
            "The missile was fired on Thursday from near Pyongyang's international airport.",
            "pyongyang",
        ),
        ("North Korea fired two missiles from Kaechon's air base on Thursday.", "kaechon"),
    ],
)
def test_a_places_own_airfield_is_the_field(sites, text, site):
    assert cells(text, DAY, sites)["site_id"] == site


def test_an_airport_told_of_no_launch_is_no_site(sites):
    # Near miss: the airport is the subject of other news, not where the missile was fired from.
    text = "Pyongyang's main airport was closed on Thursday after North Korea fired a missile."
    assert cells(text, DAY, sites)["site_id"] == ""
