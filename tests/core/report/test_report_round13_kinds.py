"""Round 13 (extract13c): kinds offered as choices ("a short-range ballistic missile (SRBM) or a
600mm rocket launcher") and another country's launch told beside the North's ("South Korea
test-fired a ballistic missile of its own from a submarine") give the launch no class (508's
and 524's).

Each wording is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells

LEAD = "North Korea fired an unidentified projectile into the sea on Thursday, Seoul said. "


@pytest.mark.parametrize(
    "guess",
    [
        "Analysts said the short flight pointed to a short-range ballistic missile (SRBM) or "
        "a 600mm multiple rocket launcher.",
        "It was either a short-range ballistic missile or a large-calibre rocket, experts said.",
        "The weapon may have been a cruise missile or an artillery rocket system.",
        "Officials said it could be an intermediate-range ballistic missile (IRBM), or a "
        "space launch vehicle.",
    ],
)
def test_kinds_offered_as_choices_give_no_class(sites, guess):
    assert cells(LEAD + guess, THURSDAY, sites)["missile_class"] == ""


def test_one_kind_with_its_count_left_open_is_still_its_class(sites):
    # Near miss: "or missiles" leaves the number open, not the kind.
    text = LEAD + "The military said it was a short-range ballistic missile or missiles."
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"


@pytest.mark.parametrize(
    "other",
    [
        "Separately, South Korea today test-fired a ballistic missile of its own from a submarine.",
        "Hours later the United States launched a Minuteman III intercontinental ballistic "
        "missile from California.",
        "Seoul also successfully fired a submarine-launched ballistic missile in a test.",
    ],
)
def test_another_countrys_launch_gives_no_class(sites, other):
    assert cells(LEAD + other, THURSDAY, sites)["missile_class"] == ""


def test_the_norths_launch_said_by_seoul_still_gives_its_class(sites):
    # Near miss: South Korea is who said it; the North fired.
    text = (
        "South Korea said North Korea fired a submarine-launched ballistic missile off its "
        "east coast on Thursday."
    )
    assert cells(text, THURSDAY, sites)["missile_class"] == "SLBM"


def test_a_kinds_abbreviation_after_or_is_a_gloss(sites):
    # Near miss: "or SRBMs," glosses the kind, it offers no choice.
    text = "North Korea fired short-range ballistic missiles, or SRBMs, into the sea on Thursday."
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"
