"""Round 17 (fix17a): reporters and japan_eez, read on 650-689's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field, reporters

LEAD = "South Korea's Joint Chiefs of Staff said North Korea fired a ballistic missile on Thursday."


# --- Japan's EEZ denied in wordings the table missed (670, 671, 678, 683) -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # "neither ... nor" after the verb (670)
        "Japan's defence ministry said the missiles came down neither in Japanese territory "
        "nor inside its exclusive economic zone.",
        "Tokyo said the projectile fell neither on Japan's land nor in its EEZ.",
        # "outside the waters of" the zone (671)
        "Japan's coast guard said the missile fell outside the waters of Japan's exclusive "
        "economic zone.",
        "The Japanese government said it landed beyond the limits of Japan's EEZ.",
        # "his country's" zone, said by Japan's minister (678)
        "Japanese Defense Minister Takeshi Iwaya said the missiles did not come down in his "
        "country's exclusive economic zone.",
        # "no missiles had entered" the land and zone (683)
        "Japan's defense ministry said no missiles had entered Japanese territory or its "
        "exclusive economic zone.",
        "Tokyo said no projectile reached Japan's territory or its EEZ.",
    ],
)
def test_japans_zone_denied_in_other_wordings_is_outside(sites, sentence):
    assert field(f"{LEAD} {sentence}", sites, "japan_eez") == "outside"


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: a landing in the zone, and another country's minister's zone.
        "Japan's defence ministry said the missile came down inside Japan's exclusive "
        "economic zone.",
        "South Korean Defense Minister Lee Jong-sup said the missile did not come down in his "
        "country's exclusive economic zone.",
    ],
)
def test_a_landing_in_the_zone_or_another_countrys_zone_is_not_outside(sites, sentence):
    assert field(f"{LEAD} {sentence}", sites, "japan_eez") != "outside"


# --- A picture's caption naming its source (658, 669) ----------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Image released on March 3 by North Korea's Korean Central News Agency, showing a "
        "missile launch at an undisclosed location.",
        "Photo distributed by KCNA shows an earlier test of a Hwasong-15.",
        "A missile lifts off, in an undated file photo the Korean Central News Agency released.",
        "Kim Jong Un watches a drill in this file picture which state media distributed.",
    ],
)
def test_state_media_as_a_pictures_source_is_not_cited(sites, caption):
    assert reporters(f"{LEAD} {caption}", sites) == "JCS"


def test_state_media_reporting_the_launch_beside_a_picture_is_cited(sites):
    # Near miss: the agency released the picture and also reported this launch.
    text = (
        f"{LEAD} The Korean Central News Agency released photos on Friday and said the "
        "missile test was a success."
    )
    assert reporters(text, sites) == "JCS;KCNA"


# --- A body named for what it did not report (684) ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launches were not reported by North Korean state media.",
        "The test has not yet been confirmed by the Korean Central News Agency.",
        "The firing was never acknowledged by state media.",
    ],
)
def test_a_body_named_for_what_it_did_not_report_is_not_cited(sites, sentence):
    assert reporters(f"{LEAD} {sentence}", sites) == "JCS"


def test_a_launch_reported_by_state_media_is_cited(sites):
    # Near miss: "was reported by" is a report.
    text = f"{LEAD} The launch was reported by North Korean state media on Friday."
    assert reporters(text, sites) == "JCS;KCNA"


# --- A headline closing on "say South Korea and Japan", its verb first (657) -------------------


@pytest.mark.parametrize(
    "headline",
    [
        "North Korea fires two ballistic missiles, say South Korea and Japan",
        "Pyongyang launches suspected ICBM, says Japan",
        "North Korea test-fires missile toward sea, say Tokyo and Seoul",
    ],
)
def test_a_headlines_closing_say_japan_cites_its_government_first(sites, headline):
    text = f"{headline}\n\n{LEAD} Japan's defence ministry also said a missile was fired."
    assert reporters(text, sites) == "Japan government;JCS;Japan MOD"


def test_say_japan_inside_a_sentence_is_no_source(sites):
    # Near miss: "analysts say Japan must ..." names Japan as what is spoken of.
    text = f"{LEAD} Analysts say Japan must now bolster its missile defences."
    assert reporters(text, sites) == "JCS"
