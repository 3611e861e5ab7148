"""Round 10: reporters, read on 370-409's misses.

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import reporters

# --- "the Sea of Japan" names a sea, not Japan's ministry ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Three projectiles were fired into the East Sea (Sea of Japan)," a spokesman for the '
        "defence ministry said.",
        "The defense ministry said the missiles came down in the Sea of Japan.",
        "According to the Defence Ministry, both rockets flew toward the Sea of Japan.",
    ],
)
def test_the_sea_of_japan_does_not_make_a_ministry_japans(sites, sentence):
    text = f"SEOUL - North Korea fired three short-range projectiles on Thursday.\n\n{sentence}"
    assert reporters(text, sites) == ""


def test_a_ministry_beside_japan_itself_is_japans(sites):
    # Near miss: the paragraph names Japan the country, so its ministry is Japan's.
    text = (
        "North Korea fired a missile on Thursday.\n\nThe defense ministry said the missile "
        "fell outside Japan's exclusive economic zone."
    )
    assert reporters(text, sites) == "Japan MOD"
