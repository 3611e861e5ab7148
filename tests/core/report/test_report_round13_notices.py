"""Round 13 (extract13c): a firing told first and a notice only as what it came after ("fired an
unidentified projectile off its west coast, hours after Pyongyang said it would launch a
satellite some time before June 4") is the launch, not the notice (507's landing).

Each wording is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

MONDAY = date(2024, 5, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul's military said North Korea fired an unidentified projectile on a southern path "
        "off its west coast on Monday, hours after Pyongyang said it would launch a satellite "
        "some time before June 4.",
        "North Korea launched a rocket toward the Yellow Sea on Monday, a day after it told "
        "Japan it planned to put a satellite into orbit before early June.",
        "The North fired a projectile into the West Sea on Monday, shortly after notifying Japan "
        "that it would launch a satellite before June 4.",
    ],
)
def test_a_firing_told_before_its_notice_is_the_launch(sites, text):
    assert cells(text, MONDAY, sites)["landing_area"] == "yellow_sea"


def test_a_notice_given_beforehand_is_still_a_notice(sites):
    # Near miss: the sentence is the notice itself, given before; its days are the notice's,
    # and its sea is where the rocket was to go, not where it went.
    text = (
        "North Korea fired a rocket on Monday. It had earlier told Japan it would launch a "
        "satellite toward the Yellow Sea between May 27 and June 4."
    )
    assert cells(text, MONDAY, sites)["landing_area"] == ""
