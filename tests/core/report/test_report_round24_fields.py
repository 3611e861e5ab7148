"""Round 24 (fix24d): missile class, name and site read on 987-1047's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# A correction of the launch place told as reported speech (1022: "It later clarified that the
# projectiles had been launched from the town of Kusong") is this launch's, not a recollection.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two missiles on Thursday from the northwest of North Korea, the "
            "JCS said. It later clarified that the missiles had been launched from the town of "
            "Kusong.",
            "kusong-town",
        ),
        (
            "Japan's Defense Ministry said a ballistic missile was fired on Thursday from a "
            "northwestern region. Seoul's military later corrected that the missile had been "
            "launched from Kusong.",
            "kusong-town",
        ),
        (
            "The North fired a projectile from its northwestern region on Thursday, Yonhap "
            "reported, and the JCS later specified that it had been fired from Kusong.",
            "kusong-town",
        ),
        # Near miss: a launch the North had made before, told without a correction, stays out.
        (
            "North Korea fired a missile from its northwestern region on Thursday, the JCS said. "
            "In 2017 the North had launched missiles from Kusong.",
            "northwest-border",
        ),
    ],
)
def test_a_corrected_launch_place_is_this_launch_s(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "from an area that includes Pyongyang Sunan International Airport" (995): the place the launch
# area takes in names the site.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul, May 25 (Jiji Press)--North Korea on Thursday fired three ballistic missiles "
            "from an area that includes Pyongyang Sunan International Airport, the JCS said.",
            "pyongyang",
        ),
        (
            "The Joint Chiefs of Staff said the missile was launched from an area which "
            "encompasses Sunan airport on Thursday.",
            "pyongyang",
        ),
        (
            "KCNA said the rockets were fired on Thursday from a region including Kusong.",
            "kusong-town",
        ),
        # Near miss: "an area" with no place it takes in names none.
        (
            "North Korea fired a missile from an area that includes several air bases, the JCS "
            "said on Thursday.",
            "",
        ),
    ],
)
def test_an_area_that_includes_a_place_is_that_place(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "from a site in North Pyongan Province, a northwestern region that borders China" (1006): the
# appositive describes the province named; it is not a launch place of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The JCS said the North launched the projectiles on Thursday from a site in North "
            "Pyongan Province, a northwestern region that borders China.",
            "north-pyongan-province",
        ),
        (
            "Japan's Defense Ministry said the missile was fired on Thursday from North Pyongan "
            "Province, the northwestern region near the border with China.",
            "north-pyongan-province",
        ),
        (
            "The missiles were fired from Chagang Province, a northwestern region, on Thursday, "
            "38 North said.",
            "chagang-province",
        ),
        # Near miss: the region named alone is the site.
        (
            "North Korea fired two missiles from a northwestern region that borders China on "
            "Thursday, the JCS said.",
            "northwest-border",
        ),
    ],
)
def test_an_appositive_region_describes_the_place_named(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "It is the North's second weapons test in a matter of days, coming after it launched a new
# long-range cruise missile" (1012): what this launch comes after is an earlier launch.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two short-range missiles on Thursday, the JCS said. It is the "
            "North's second weapons test in days, coming after it launched a new long-range "
            "cruise missile.",
            "SRBM",
        ),
        (
            "Japan's Defense Ministry said the North fired a short-range missile on Thursday. "
            "The launch came just after North Korea tested a hypersonic missile.",
            "SRBM",
        ),
        (
            "KCNA said the short-range projectile was fired on Thursday, a test coming after "
            "Pyongyang launched a cruise missile.",
            "SRBM",
        ),
        # Near miss: a reaction that "came after" the launch names this launch's kind.
        (
            "Japan's protest came after North Korea launched a cruise missile on Thursday.",
            "cruise",
        ),
    ],
)
def test_what_this_launch_comes_after_is_an_earlier_one(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# "part of a reconnaissance satellite project", "a test to check the satellite's data
# transmission and control systems" (1002): a ballistic missile test serving a satellite still
# being built, not a satellite launch.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea says its launch on Thursday was part of a reconnaissance satellite "
            "project, KCNA reported. The JCS said it fired a suspected ballistic missile.",
            "",
        ),
        (
            "KCNA said Thursday's test served to check the satellite's data transmission and "
            "control systems. The JCS said a ballistic missile was fired.",
            "",
        ),
        (
            "Japan's Defense Ministry said the ballistic missile fired on Thursday was tied to "
            "the North's spy satellite project, and tested the satellite's camera systems.",
            "",
        ),
        # Near miss: a satellite put into orbit is a carrier rocket's launch.
        (
            "North Korea launched a rocket on Thursday and said it put a reconnaissance "
            "satellite into orbit, KCNA reported.",
            "SLV",
        ),
    ],
)
def test_a_satellite_project_s_test_is_no_satellite_launch(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# "may have tested a medium or long-range ballistic missile" (1004): two reaches offered; the
# class is the one a body states.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea may have tested a medium or long-range ballistic missile on Thursday. "
            "The JCS described it as intermediate-range.",
            "IRBM",
        ),
        (
            "Japan's Defense Ministry said the missile fired on Thursday was short- or "
            "medium-range. The JCS later called it a short-range ballistic missile.",
            "SRBM",
        ),
        (
            "The projectile was a short-range or mid-range missile, 38 North said on Thursday. "
            "KCNA called it a new medium-range ballistic missile.",
            "MRBM",
        ),
        # Near miss: "medium range or longer" is a bound, read as its range (836).
        (
            "North Korea fired a ballistic missile on Thursday. The South Korean military "
            "assumes that it could be a solid-fuel ballistic missile of medium range or longer.",
            "MRBM",
        ),
    ],
)
def test_two_reaches_offered_give_no_class(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# "amid concern that Pyongyang was testing a long-range ballistic missile" of a rocket the North
# said carried a satellite (1044): a suspicion of what the launch served, not its kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Security Council met on Thursday amid concern that Pyongyang was testing a "
            "long-range ballistic missile. North Korea insists its satellite was put into orbit.",
            "SLV",
        ),
        (
            "Japan's government voiced suspicion that the North was testing an ICBM with its "
            "rocket launch on Thursday. KCNA said a satellite reached orbit.",
            "SLV",
        ),
        (
            "Washington fears that North Korea is developing a long-range missile, though KCNA "
            "said Thursday's rocket carried a satellite.",
            "SLV",
        ),
        # Near miss: a concern that the launch itself may have been an ICBM is an assessment.
        (
            "The JCS said on Thursday there were concerns that it could have been an ICBM fired "
            "into the East Sea.",
            "ICBM",
        ),
    ],
)
def test_a_suspected_missile_test_is_not_the_rocket_s_kind(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# "two medium-range missiles ... the SCUD-class missiles were fired on Sunday" (1034): the Scud
# family told as fired takes its class, SRBM, as a named type does; a family only guessed at
# ("appeared to be of Scud missiles", 423) leaves the report's range word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea test-fired two medium-range missiles on Thursday. The defense ministry "
            "said the SCUD-class missiles were fired from the east coast.",
            "SRBM",
        ),
        (
            "The JCS said the North fired a mid-range ballistic missile on Thursday, a "
            "Scud-type missile launched from near Wonsan.",
            "SRBM",
        ),
        (
            "Japan's Defense Ministry said the medium-range missiles launched on Thursday were "
            "Scuds fired from mobile launchers.",
            "SRBM",
        ),
        # Near miss: a family only guessed at.
        (
            "North Korea has fired two mid-range missiles on Thursday. Yonhap reports that the "
            "launches appeared to be of Scud missiles.",
            "MRBM",
        ),
    ],
)
def test_a_scud_family_told_as_fired_beats_the_range_word(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# "think North Korea has been testing its new Musudan missiles, which in theory could reach the
# United States" (983): the relative clause tells what the type can do; the clause tells the
# tests, so the type is named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said two North Korean midrange missile tests failed on Thursday. Defense "
            "officials think North Korea has been testing its new Musudan missiles, which in "
            "theory could reach the United States.",
            "Musudan",
        ),
        (
            "The JCS said the North fired a Musudan missile, which can reach Guam, on Thursday.",
            "Musudan",
        ),
        (
            "North Korea has been testing the KN-23, which can fly on a low path, the Japanese "
            "Defense Ministry said of Thursday's launch.",
            "KN-23",
        ),
        # Near miss: the type's reach in a clause telling no test stays background.
        (
            "North Korea fired a missile on Thursday, the JCS said. The Musudan, which can "
            "target Japan, has a range of about 3,000 km.",
            "",
        ),
    ],
)
def test_a_type_s_reach_in_a_relative_clause_leaves_its_tests(
    text: str, expected: str, sites
) -> None:
    assert field(text, sites, "missile_name") == expected


# "midrange" written as one word (983) is the medium range.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired a midrange missile on Thursday, the JCS said.", "MRBM"),
        ("Japan said the North launched two midrange ballistic missiles on Thursday.", "MRBM"),
        ("KCNA said Thursday's test was of a new midrange rocket.", "MRBM"),
        # Near miss: a midrange hypersonic missile is an HGV.
        ("The North fired a midrange hypersonic missile on Thursday, the JCS said.", "HGV"),
    ],
)
def test_midrange_in_one_word_is_medium_range(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected


# "The satellite rode on a Taep'o-dong rocket ... the Taep'o-dong's successor, the
# Taep'o-dong-2" (1046): McCune-Reischauer's apostrophe, and a bare family told apart from its
# later member is the first member.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea tried to put a satellite into orbit on Thursday. The satellite rode on "
            "a Taep'o-dong rocket. Work goes on toward the Taep'o-dong's successor, the "
            "Taep'o-dong-2.",
            "Taepodong-1",
        ),
        (
            "Japan's Defense Agency said the North fired a Taepodong missile on Thursday. The "
            "launch shows progress toward the Taepodong's successor, the Taepodong-2.",
            "Taepodong-1",
        ),
        (
            "North Korea launched a Taep'o-dong-2 on Thursday, US officials said.",
            "Taepodong-2",
        ),
        # Near miss: a bare family with no later member named stays the family.
        ("North Korea fired a Taepodong missile on Thursday, the JCS said.", "Taepodong"),
    ],
)
def test_a_bare_taepodong_told_apart_from_its_successor(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_name") == expected
