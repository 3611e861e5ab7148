"""Round 12 (extract12c): an aside that dates the launch by other news ("a day after the allies
ended their drills") is no recollection of an older launch; the launch's clause after it is read
(466's class was lost with it).

Each wording is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

SUNDAY = date(2022, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Early on Sunday, a day after the U.S. and South Korea wrapped up joint drills, North "
        "Korea fired a salvo of short-range ballistic missiles toward the East Sea.",
        "On Sunday morning, hours after the American envoy left Seoul, Pyongyang launched "
        "several short-range ballistic missiles, the military said.",
        "Early Sunday, two days before the new president takes office, the North fired "
        "short-range ballistic missiles into the sea.",
    ],
)
def test_the_launch_after_an_aside_of_other_news_is_read(sites, text):
    found = cells(text, SUNDAY, sites)
    assert found["missile_class"] == "SRBM"
    assert found["date_utc"] == "2022-06-05"


def test_an_aside_that_recalls_an_older_launch_is_still_left_out(sites):
    # Near miss: the aside tells an older firing of another class; it is not this launch's.
    text = (
        "Early on Sunday, a day after it fired an intercontinental ballistic missile, North "
        "Korea launched more missiles toward the East Sea, the military said."
    )
    assert cells(text, SUNDAY, sites)["missile_class"] == ""
