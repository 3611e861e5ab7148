"""Round 13 (extract13c): a file picture's caption ("[Photo: ... a test fire of tactical ballistic
missile ... File. | Photo Credit: AP]") tells of the older launch it shows; it gives this launch
no class (502's).

Each wording is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells

STORY = (
    "Japan's defence ministry said on Thursday it had detected North Korea firing at least one "
    "ballistic missile.\n\n"
    "The coast guard urged ships to watch for falling objects."
)


@pytest.mark.parametrize(
    "caption",
    [
        "[Photo: This picture released by the North Korean government shows a tactical ballistic "
        "missile being test-fired. File. | Photo Credit: AP]",
        "A short-range ballistic missile is launched in this file photo from 2022. "
        "(Photo: Reuters)",
        "An intercontinental ballistic missile lifts off. Archive picture. (KCNA via AFP)",
    ],
)
def test_a_file_pictures_caption_gives_no_class(sites, caption):
    text = STORY.replace("\n\n", "\n\n" + caption + "\n\n", 1)
    assert cells(text, THURSDAY, sites)["missile_class"] == ""


def test_a_caption_of_this_launch_still_gives_its_class(sites):
    # Near miss: a caption not marked as a file picture may show this launch.
    caption = (
        "[Photo: People watch a news report of the short-range ballistic missile launch. "
        "| Photo Credit: AP]"
    )
    text = STORY.replace("\n\n", "\n\n" + caption + "\n\n", 1)
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"
