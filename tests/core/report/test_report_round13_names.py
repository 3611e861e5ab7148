"""Round 13 (extract13c): two types told as one launch's ("believed to have involved the KN-25
super-large rocket launcher and the KN-23") give it no name, as two offered as choices do
(495's).

Each wording is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells

LEAD = "North Korea fired several short-range ballistic missiles on Thursday, the JCS said. "


@pytest.mark.parametrize(
    "types",
    [
        "The salvo is believed to have included the KN-25 super-large rocket launcher and the "
        "KN-23, which resembles Russia's Iskander.",
        "Analysts said the launch likely involved a KN-23 and a KN-24.",
        "The barrage used the Hwasong-11 as well as the KN-25 launcher, officials said.",
    ],
)
def test_two_types_told_as_the_launchs_give_no_name(sites, types):
    assert cells(LEAD + types, THURSDAY, sites)["missile_name"] == ""


def test_one_type_told_twice_is_still_its_name(sites):
    # Near miss: the same name twice, joined by "and", is one type.
    text = LEAD + "The KN-23 flew 600 km, and the KN-23 has been tested before."
    assert cells(text, THURSDAY, sites)["missile_name"] == "KN-23"
