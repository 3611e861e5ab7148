"""Round 23 (fix23c): landing and flight time read on 950-986's misses (a fall in Japan's zone, a
sea the missile never reached, a submarine launch "in" or "off" a sea, a salvo into both seas, a
flight time told before the distance).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "three of them came down in Japan's exclusive economic zone", no sea named (975) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Shinzo Abe said North Korea launched four ballistic missiles on "
        "Thursday and that three of them came down in Japan's exclusive economic zone.",
        "Japan's defence ministry said the missile fell within Japan's EEZ on Thursday.",
        "North Korea fired a ballistic missile on Thursday, the JCS said. Chief Cabinet "
        "Secretary Suga said it landed inside Japan's exclusive economic zone.",
        "KCNA said the test on Thursday succeeded; Tokyo said the missile splashed down in "
        "waters within Japan's EEZ.",
    ],
)
def test_a_fall_in_japans_zone_is_in_the_sea_of_japan(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        # outside the zone names no fall
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. Japan's defence "
            "ministry said it fell outside Japan's exclusive economic zone.",
            "",
        ),
        # a flight over Japan into the zone off its Pacific coast is still the Pacific
        (
            "North Korea fired a missile on Thursday that flew over Japan and came down in "
            "Japan's exclusive economic zone in the Pacific Ocean, Tokyo said.",
            "pacific",
        ),
    ],
)
def test_near_miss_outside_the_zone_or_over_japan(sites, text, landing):
    assert field(text, sites, "landing_area") == landing


# --- "It never reached the Sea of Japan"; "breaking apart over land" (972) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's ballistic missile test failed on Thursday, the projectile breaking "
        "apart over land minutes after lift-off. It never reached the Sea of Japan.",
        "The JCS said the missile North Korea fired on Thursday blew up over land. It did not "
        "reach the East Sea, officials said.",
        "Pacific Command said the missile fired on Thursday had not left North Korean "
        "territory and never made it to the Sea of Japan.",
    ],
)
def test_a_sea_never_reached_yields_to_a_fall_on_land(sites, text):
    assert field(text, sites, "landing_area") == "land"


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        # the sea it was fired into and reached stands
        (
            "North Korea fired a ballistic missile into the Sea of Japan on Thursday, the JCS "
            "said; it reached the Sea of Japan some 10 minutes later.",
            "sea_of_japan",
        ),
        # a sea never reached, with no fall told: no landing
        (
            "North Korea fired a ballistic missile on Thursday that failed shortly after "
            "launch and never reached the East Sea, Yonhap said.",
            "",
        ),
    ],
)
def test_near_miss_a_sea_reached_or_no_fall(sites, text, landing):
    assert field(text, sites, "landing_area") == landing


# --- a submarine launch "off the east coast" in every sentence, its fall told after (978, 984) -


@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "The KN-11 missile was fired from a submarine on Thursday. It was launched off the "
            "North's eastern coast and travelled about 300 miles before coming down in the Sea "
            "of Japan.",
            "sea_of_japan",
        ),
        (
            "[Caption: North Korea test-fires a submarine-launched ballistic missile off the "
            "eastern coast on Thursday]\n\nThe JCS said North Korea had fired a "
            "submarine-launched ballistic missile off the east coast of the Korean peninsula "
            "on Thursday. It flew about 30 km.",
            "",
        ),
        (
            "KCNA said a strategic submarine ballistic missile was fired underwater on Thursday. "
            "The South's military said the SLBM was launched off its east coast and flew 500 "
            "km, splashing down in the East Sea.",
            "sea_of_japan",
        ),
    ],
)
def test_a_submarine_launch_off_the_coast_and_its_fall(sites, text, landing):
    assert field(text, sites, "landing_area") == landing


# --- a submarine launch "in the Sea of Japan": where it was fired from (986) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea apparently test-fired a submarine-launched ballistic missile in the Sea "
        "of Japan on Thursday, but the test failed, Yonhap said.",
        "The JCS said the North fired an SLBM in the East Sea on Thursday; it was not seen in "
        "flight.",
        "Japan's defence ministry said North Korea launched a missile from a submarine "
        "on Thursday, the launch made underwater in the Sea of Japan.",
    ],
)
def test_a_submarine_launch_in_a_sea_names_no_fall(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    "text",
    [
        # a fall told after the launch verb stands
        "North Korea fired a submarine-launched ballistic missile on Thursday that landed in "
        "the Sea of Japan, the JCS said.",
        # a missile fired from land "in the East Sea" fell there
        "North Korea fired a short-range ballistic missile that came down in the East Sea on "
        "Thursday, the JCS said.",
    ],
)
def test_near_miss_a_fall_told_stands(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- a salvo "into the waters around the Korean Peninsula", "off both coasts" (969, 890) --------


@pytest.mark.parametrize(
    "text",
    [
        "The JCS said Pyongyang had fired at least 17 missiles into the waters around the "
        "Korean Peninsula on Thursday, among them one that came down in the East Sea.",
        "North Korea fired no fewer than 23 missiles off both its eastern and western coasts "
        "on Thursday, toward the Yellow Sea and the Sea of Japan.",
        "KCNA said the army launched missiles into the seas surrounding the peninsula on "
        "Thursday; Japan said one fell in the Sea of Japan.",
    ],
)
def test_a_salvo_into_both_seas_has_no_one_landing(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    "text",
    [
        # ships or tension in the waters around the peninsula are no salvo's seas
        "North Korea fired a ballistic missile into the East Sea on Thursday, the JCS said, as "
        "US carriers sailed in the waters around the Korean Peninsula.",
        "Tension in the waters around the Korean Peninsula rose after the North launched a "
        "missile into the Sea of Japan on Thursday, Japan's defence ministry said.",
    ],
)
def test_near_miss_the_waters_around_the_peninsula_without_a_salvo(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "Over 30 minutes it covered 700 km": a time told before the distance (971) -----------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "North Korea launched a ballistic missile on Thursday. Over 30 minutes it covered "
            "700 km, rising to about 2,000 km.",
            "30",
        ),
        ("The JCS said that in about 40 minutes, the missile flew 1,000 km on Thursday.", "40"),
        (
            "Japan's defence ministry said that within 12 minutes the missiles travelled 600 km "
            "before falling into the sea on Thursday.",
            "12",
        ),
    ],
)
def test_a_time_told_before_the_distance_flown(sites, text, minutes):
    assert field(text, sites, "flight_time_min") == minutes


@pytest.mark.parametrize(
    "text",
    [
        # a time before another act, not a flight
        "North Korea launched a ballistic missile on Thursday. Within 30 minutes it had "
        "issued a statement, KCNA said; the missile flew 700 km.",
        "In 10 minutes the JCS convened a meeting after North Korea fired a missile 500 km "
        "on Thursday.",
    ],
)
def test_near_miss_a_time_of_something_else(sites, text):
    assert field(text, sites, "flight_time_min") == ""
