"""Round 9: general causes of the misses of 330-369 in site, class, name, figures and landing.

Each cause is tested in several outlets' phrasings (wires, Japanese and Korean outlets, state
media relays, analysis sites), written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.report.test_report_round6_fields import draft


# Japan's zone reached or not, in verbs that stop short and in waters Japan counts as its own.
@pytest.mark.parametrize(
    ("text", "eez"),
    [
        (
            "Tokyo said the missile splashed down in the sea before reaching Japan's exclusive "
            "economic zone.",
            "outside",
        ),
        (
            "Japan's Defense Ministry said the missile did not fly over its territory nor enter "
            "the exclusive economic area of the country.",
            "outside",
        ),
        (
            "According to Japanese officials, the projectile failed to reach Japan's EEZ and "
            "fell into the sea about 400 km off the Noto Peninsula.",
            "outside",
        ),
        (
            "One of the two missiles entered Japan's exclusive economic zone, the Japanese "
            "government said.",
            "inside",
        ),
        (
            "Japan's Coast Guard said the missile landed in waters that Tokyo considers part of "
            "its exclusive economic zone, some 250 km west of Akita.",
            "inside",
        ),
        (
            "The warhead came down into what Japan regards as its EEZ, Chief Cabinet Secretary "
            "said.",
            "inside",
        ),
        (
            "Japanese officials warned the new missile could reach Japan's EEZ from anywhere in "
            "the North.",
            "unknown",
        ),
    ],
)
def test_japans_zone_reached_or_stopped_short(sites, text, eez):
    assert draft(text, sites).japan_eez == eez
