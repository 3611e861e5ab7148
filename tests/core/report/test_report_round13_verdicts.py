"""Round 13 (extract13c): verdicts told in a denial of the land and the zone together, and a
kind of weapon told in the present, which is not this flight's profile (529's EEZ, 520's
manoeuvre).

Each wording is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells

LEAD = "North Korea fired a ballistic missile toward the Sea of Japan on Thursday. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Tokyo said no missile came down in its territory or exclusive economic zone.",
        LEAD + "Japan said no projectiles fell in Japanese territory or the EEZ.",
        LEAD + "Japan's government said none of the missiles landed in its territorial waters "
        "or its exclusive economic zone.",
        LEAD + "Tokyo said neither missile fell in Japan's territory nor in its EEZ.",
    ],
)
def test_a_denial_of_land_and_zone_together_is_outside(sites, text):
    assert cells(text, THURSDAY, sites)["japan_eez"] == "outside"


def test_the_zone_of_another_country_is_still_no_verdict(sites):
    # Near miss: "its" territory and zone are South Korea's, the sentence names no Japan.
    text = LEAD + "Seoul said no missile came down in its territory or exclusive economic zone."
    assert cells(text, THURSDAY, sites)["japan_eez"] == ""


@pytest.mark.parametrize(
    "aside",
    [
        "Hypersonic missiles travel at more than five times the speed of sound along irregular "
        "paths, which makes them hard to intercept, analysts said.",
        "Such weapons typically fly on an irregular trajectory to evade missile defences.",
        "Missiles of this kind follow a pull-up manoeuvre late in flight, experts say.",
    ],
)
def test_a_kind_of_weapon_told_in_the_present_is_no_profile(sites, aside):
    text = "North Korea fired a hypersonic missile into the Sea of Japan on Thursday. " + aside
    assert cells(text, THURSDAY, sites)["maneuver"] == ""


@pytest.mark.parametrize(
    "told",
    [
        "The missiles travelled along irregular paths, the military said.",
        "Both missiles flew on an irregular trajectory before falling into the sea.",
    ],
)
def test_this_flight_told_in_the_past_is_still_its_profile(sites, told):
    # Near miss: the launch's own missiles, in the past, flew the profile.
    text = "North Korea fired two missiles into the Sea of Japan on Thursday. " + told
    assert cells(text, THURSDAY, sites)["maneuver"] == "pullup"
