"""Round 23 (fix23d): missile class, name and site read on 950-986's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# A kind the North fired before this launch, told with "previously" (956: "It has previously
# tested a nuclear-capable underwater drone and two intercontinental ballistic missiles"), is
# not this launch's class.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a missile toward the Sea of Japan on Thursday, the South Korean "
            "military said. It has previously tested two intercontinental ballistic missiles "
            "this year.",
            "",
        ),
        (
            "Japan's Defense Ministry said North Korea launched what appeared to be a missile on "
            "Thursday. Pyongyang previously launched ICBMs from the same area.",
            "",
        ),
        (
            "The Joint Chiefs of Staff said the North fired a projectile into the East Sea on "
            "Thursday morning. The North had previously test-fired hypersonic missiles there.",
            "",
        ),
        # Near miss: "earlier" telling this launch keeps its class.
        (
            "North Korea earlier fired a short-range ballistic missile into the East Sea, the "
            "JCS said on Thursday.",
            "SRBM",
        ),
        # Near miss: this launch's kind, and an older test told with "previously" after it.
        (
            "North Korea fired an intercontinental ballistic missile on Thursday, KCNA said, a "
            "type it previously tested in March.",
            "ICBM",
        ),
    ],
)
def test_a_kind_fired_previously_is_not_this_launch_s(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# A place described by what the North fires there as a habit (964: "a satellite launch centre
# where, the international community believes, Pyongyang tries out its long-range missiles").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two ballistic missiles into the sea on Thursday, the JCS said. "
            "They were launched near a launch centre where, analysts believe, Pyongyang tries "
            "out its long-range missiles.",
            "",
        ),
        (
            "Japan's Defence Ministry said a ballistic missile was fired on Thursday from the "
            "west coast, where North Korea usually tests intercontinental ballistic missiles.",
            "",
        ),
        (
            "The missile was fired from an airfield where the North test-fires its ICBMs, 38 "
            "North said of Thursday's ballistic missile launch.",
            "",
        ),
        # Near miss: the launch told in the "where" clause in the past tense is this one.
        (
            "State media showed the site where North Korea launched an intercontinental "
            "ballistic missile on Thursday, KCNA said.",
            "ICBM",
        ),
    ],
)
def test_a_kind_fired_at_a_place_as_a_habit_is_not_this_launch_s(
    text: str, expected: str, sites
) -> None:
    assert field(text, sites, "missile_class") == expected


# The US designations of 2017 take their type's class, MRBM, whatever range word an outlet
# puts on them (972: "a land-based KN-17 intermediate ballistic missile, a kind of Scud").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US and South Korean militaries said the projectile was thought to be a KN-17 "
            "intermediate ballistic missile, a kind of Scud, fired on Thursday.",
            "MRBM",
        ),
        (
            "Seoul's Joint Chiefs of Staff said the missile fired on Thursday flew about 60 km. "
            "First assessments point to a land-launched KN-15.",
            "MRBM",
        ),
        (
            "Pacific Command said the missile launched on Thursday was a KN-17, a Scud variant.",
            "MRBM",
        ),
        # Near miss: a KN number the table gives no class keeps the wording's.
        (
            "North Korea fired a short-range ballistic missile on Thursday, a KN-02, the JCS said.",
            "SRBM",
        ),
    ],
)
def test_the_2017_us_designations_take_their_type_s_class(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# A coast word before a town's ("the east coast city of Sokcho", 969; "the east coast city of
# Wonson", 373) says where the town lies: the coast is not the site.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The JCS said the missile fell into international waters about 35 miles from the "
            "east coast city of Sokcho on Thursday.",
            "",
        ),
        (
            "North Korea fired a short-range missile on Thursday that came down about 60 km from "
            "the east coast port city of Sokcho, a South Korean military official said.",
            "",
        ),
        (
            "North Korea fired a missile on Thursday near the east coast city of Wonsan, Yonhap "
            "said.",
            "wonsan-town",
        ),
        (
            "KCNA said a missile was launched on Thursday from the west coast port of Nampo.",
            "nampo",
        ),
        # Near miss: a launch from the coast itself keeps the coast.
        (
            "Japan's Defense Ministry said North Korea fired a ballistic missile from its east "
            "coast on Thursday.",
            "east-coast",
        ),
    ],
)
def test_a_coast_word_before_a_town_names_the_town(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# A place, then the landmark its side is told from (971: "in the Kusong region, to the
# north-west of the capital, Pyongyang"): the place is the site.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Thursday. Yonhap said the launch took "
            "place in the Kusong region, to the north-west of the capital, Pyongyang.",
            "kusong-town",
        ),
        (
            "KCNA said the test took place on Thursday in the Sunchon area, south of Pyongyang.",
            "sunchon-town",
        ),
        (
            "Japan's Defense Ministry said a missile was fired on Thursday. The launch took place "
            "near Kaechon, north of the capital.",
            "kaechon-town",
        ),
        (
            "The JCS said the launch on Thursday took place in the Sunchon area, about 50 km "
            "north of Pyongyang.",
            "sunchon-town",
        ),
        # Near miss: a launch told only from a side of the capital is the capital's area.
        (
            "The missile was fired from north of the capital, Pyongyang, on Thursday, the JCS "
            "said.",
            "pyongyang-area",
        ),
    ],
)
def test_a_landmark_after_a_place_s_side_yields_to_the_place(
    text: str, expected: str, sites
) -> None:
    assert field(text, sites, "site_id") == expected


# Wonsan as some outlets spell it (373 "the east coast city of Wonson", 974 "near Wonson Air
# Base").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A missile North Korea fired on Thursday morning near Wonson Air Base blew up "
            "seconds after launch, CSIS said.",
            "wonsan",
        ),
        (
            "The attempted launch on Thursday was made near the city of Wonson, officials said.",
            "wonsan-town",
        ),
        # Near miss: the usual spelling still names the town.
        (
            "North Korea fired two missiles from Wonsan on Thursday, the JCS said.",
            "wonsan-town",
        ),
    ],
)
def test_wonsan_spelled_wonson_is_wonsan(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected
