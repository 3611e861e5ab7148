"""Round 14 (fix14c): site, class, name, range and landing wordings the 530-569 part showed.

Each wording is written for these tests, in several outlets' styles; each cause has a near
miss that must not trigger.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells, clock

LEAD = "North Korea fired an unidentified ballistic missile into the sea on Thursday, Seoul said. "


# A picture's caption labelled as one ("Photo caption: ...", "[Photo caption: ...]") tells of
# the picture, often an older launch (531's, 554's, 566's).
@pytest.mark.parametrize(
    "caption",
    [
        "Photo caption: Kim Jong Un watches the launch of a Hwasong-17 intercontinental "
        "ballistic missile on March 2, 2023.",
        "[Photo caption: A satellite carrier rocket lifts off from the Sohae station on "
        "March 2, 2023.]",
        "Caption: An undated picture of a submarine-launched ballistic missile test, March 2, "
        "2023.",
    ],
)
def test_a_labelled_caption_gives_neither_class_nor_day(sites, caption):
    text = "North Korea fires missile\n\n" + caption + "\n\n" + LEAD
    found = cells(text, THURSDAY, sites)
    assert (found["missile_class"], found["missile_name"]) == ("", "")
    assert clock(text, sites, THURSDAY)[0] == "2023-04-13"


def test_a_caption_word_in_the_story_is_still_read(sites):
    # Near miss: "caption" inside the story's prose does not make it a caption.
    text = (
        "North Korea fires missile\n\nThe state media caption said the Hwasong-17 "
        "intercontinental ballistic missile flew on Thursday.\n\n" + LEAD
    )
    assert cells(text, THURSDAY, sites)["missile_class"] == "ICBM"


# "fired a ballistic missile ..., hours after Seoul acted in response to the North's launch of a
# spy satellite": the kind named after "hours after" is the earlier launch's (554's).
@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea fired a ballistic missile toward the sea on Thursday, hours after Seoul "
        "suspended a military pact in response to the North's launch of a spy satellite.",
        "Pyongyang launched a ballistic missile on Thursday, days after its test of a "
        "hypersonic glide vehicle drew condemnation.",
        "The North test-fired a ballistic missile on Thursday. Seoul had acted in response to "
        "the North's satellite launch the previous day.",
        "North Korea fired a ballistic missile on Thursday. Japan protested its ICBM launch "
        "two days earlier.",
    ],
)
def test_a_kind_told_of_an_earlier_launch_gives_no_class(sites, sentence):
    assert cells(sentence, THURSDAY, sites)["missile_class"] == ""


def test_the_kind_fired_before_hours_after_is_still_its_class(sites):
    # Near miss: the kind is named before "hours after", in the launch's own clause.
    text = (
        "North Korea fired a submarine-launched ballistic missile on Thursday, hours after "
        "the allies began their drills."
    )
    assert cells(text, THURSDAY, sites)["missile_class"] == "SLBM"
