"""Round 13 (extract13c): where the missiles were fired from, read on 490-529's misses (an older
English spelling of u as oo: "the Soonan airport area of Pyongyang", 518).

Each wording is written for these tests.
"""

from __future__ import annotations

import pytest

from core.report.romanise import spellings
from tests.core.report.drafting import THURSDAY, cells


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea launched two short-range ballistic missiles eastward from the Soonan "
            "airport area of Pyongyang on Thursday, the JCS said.",
            "pyongyang",
        ),
        (
            "The missile was fired from near Soonan on Thursday, the military said.",
            "sunan",
        ),
        (
            "North Korea fired a ballistic missile from the Soonchon airbase on Thursday, "
            "Seoul's military said.",
            "sunchon",
        ),
    ],
)
def test_u_written_oo_is_the_same_place(sites, text, site):
    assert cells(text, THURSDAY, sites)["site_id"] == site


def test_oo_is_written_for_u_only_before_n():
    # Near miss: u before another letter than n (Kusong) is not rewritten as oo.
    assert "Soonan" in spellings("Sunan")
    assert not any("oo" in spelled for spelled in spellings("Kusong"))
    assert not any("oo" in spelled for spelled in spellings("Tongchang-ri"))


@pytest.mark.parametrize(
    "guess",
    [
        "An official said its debris could have come down on North Korean territory.",
        "The JCS said the missile may have fallen on land inside the North.",
        "Analysts said it might well have crashed in North Korean territory.",
    ],
)
def test_a_fall_on_land_guessed_at_yields_to_the_sea_told(sites, guess):
    text = (
        "North Korea launched a ballistic missile toward the Sea of Japan on Thursday, the "
        "military said. " + guess
    )
    assert cells(text, THURSDAY, sites)["landing_area"] == "sea_of_japan"


def test_a_fall_on_land_told_still_outranks_the_sea_it_was_fired_toward(sites):
    # Near miss: the fall on land is stated, not guessed at.
    text = (
        "North Korea launched a ballistic missile toward the Sea of Japan on Thursday, but it "
        "crashed on land shortly after, the military said."
    )
    assert cells(text, THURSDAY, sites)["landing_area"] == "land"
