"""Round 12 (extract12c): older and coming launches read as this one's on 450-489 (an older
launch told first with this launch's day only named after it as a thing, an opener measured from
an older launch over Japan, a launch a report says the North is getting ready to make).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

WEDNESDAY = date(2019, 7, 31)


# --- an older launch told first; this one's day named after it as a thing ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired several unidentified projectiles on Wednesday, Seoul said. Less than a "
        "week earlier, on July 25, the North fired two short-range ballistic missiles into the "
        "Sea of Japan from near Wonsan, south of the site of Wednesday's test.",
        "North Korea fired several unidentified projectiles on Wednesday, Seoul said. On July 25 "
        "it launched two short-range ballistic missiles into the East Sea, a flight longer than "
        "Wednesday's launch.",
    ],
)
def test_an_older_launch_told_before_todays_is_named_is_a_recollection(sites, text):
    found = cells(text, WEDNESDAY, sites)
    assert (found["missile_class"], found["landing_area"]) == ("", "")


def test_todays_launch_told_before_an_older_one_is_kept(sites):
    # Near miss: the launch's own day tells this launch; the older date comes after it.
    text = (
        "On Wednesday North Korea fired two short-range ballistic missiles into the East Sea, "
        "its first launch since July 25."
    )
    found = cells(text, WEDNESDAY, sites)
    assert (found["missile_class"], found["landing_area"]) == ("SRBM", "sea_of_japan")


# --- an opener measured from an older launch over Japan ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A few days after firing a ballistic missile over Japan, North Korea on Wednesday fired "
        "two more short-range ballistic missiles toward the east coast of the Korean peninsula, "
        "Seoul said.",
        "Days after a missile flew over Japan, the North on Wednesday launched two short-range "
        "ballistic missiles into the East Sea.",
    ],
)
def test_an_openers_overflight_is_the_older_launchs(sites, text):
    assert cells(text, WEDNESDAY, sites)["landing_area"] == "sea_of_japan"


def test_an_overflight_in_the_main_clause_stands(sites):
    # Near miss: the overflight is told of this launch, after the opener.
    text = (
        "Days after its last test, North Korea on Wednesday fired a ballistic missile that flew "
        "over Japan, Tokyo said."
    )
    assert cells(text, WEDNESDAY, sites)["landing_area"] == "pacific"


# --- a launch the North is getting ready to make ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile toward the East Sea on Wednesday. The launch came "
        "after reports that Pyongyang appears to be getting ready to fire a submarine-launched "
        "ballistic missile.",
        "North Korea fired a ballistic missile on Wednesday. U.S. officials said the North was "
        "readying to test an intercontinental ballistic missile.",
    ],
)
def test_a_launch_being_readied_is_not_this_ones_kind(sites, text):
    assert cells(text, WEDNESDAY, sites)["missile_class"] == ""


def test_a_submarine_launched_missile_told_as_fired_keeps_its_kind(sites):
    # Near miss: "submarine-launched" names the kind of a missile the sentence says was fired.
    text = (
        "North Korea fired a submarine-launched ballistic missile into the East Sea on Wednesday."
    )
    assert cells(text, WEDNESDAY, sites)["missile_class"] == "SLBM"
