"""Round 11: general causes of the misses of 410-449 in class and site.

Each cause is tested in several outlets' phrasings (wires, Japanese and Korean outlets, state
media relays, analysis sites), written for these tests, not copied from the corpus, with a
near-miss wording the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.report.test_report_round6_fields import draft


# A submarine armed with cruise missiles is a boat, not the launch's weapon.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired a missile on Monday. Pyongyang had protested the port call of a "
            "US cruise missile submarine in Busan.",
            "unknown",
        ),
        (
            "North Korea launched a missile, days after an American cruise-missile submarine "
            "docked in South Korea, the JCS said.",
            "unknown",
        ),
        # near miss: cruise missiles fired from a submarine are cruise missiles
        (
            "North Korea fired two cruise missiles from a submarine off its east coast, the "
            "JCS said.",
            "cruise",
        ),
    ],
)
def test_a_cruise_missile_submarine_is_a_boat(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# A kind of launch the report says is banned is not the launch made.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired a missile on Monday, the JCS said. UN resolutions bar Pyongyang "
            "from satellite launches and ballistic missile tests.",
            "unknown",
        ),
        (
            "North Korea launched a missile toward the sea, Kyodo said. The Security Council "
            "has banned the country from any satellite launches.",
            "unknown",
        ),
        (
            "The North launched a missile. It is prohibited from carrying out satellite "
            "launches by UN resolutions.",
            "unknown",
        ),
        # near miss: a satellite launch the report tells, though banned
        (
            "North Korea launched a rocket carrying a satellite on Tuesday. The UN bans it from "
            "such launches.",
            "SLV",
        ),
    ],
)
def test_a_banned_kind_is_not_the_launch(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# A kind as the subject of a general statement, or a satellite's pictures, is not the launch's.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired a missile on Wednesday night. A spy satellite is a long-held "
            "goal of Kim Jong Un.",
            "unknown",
        ),
        (
            "North Korea launched a missile, the JCS said. Cruise missiles are harder to detect "
            "than ballistic ones.",
            "unknown",
        ),
        (
            "North Korea fired a missile on Friday. Commercial satellite imagery shows work at "
            "the launch site.",
            "unknown",
        ),
        (
            "North Korea fired a missile, the JCS said. Satellite photos showed a parade being "
            "rehearsed.",
            "unknown",
        ),
        # near misses: the launch's own kind
        (
            "North Korea fired a missile carrying a reconnaissance satellite on Tuesday.",
            "SLV",
        ),
        (
            "A cruise missile was fired toward the Yellow Sea, the JCS said.",
            "cruise",
        ),
    ],
)
def test_general_statements_and_pictures_give_no_kind(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# "This year North Korea test-fired ...": the year's older launches in the simple past.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired a ballistic missile of an unknown type on Wednesday, the JCS "
            "said. This year North Korea test-fired a solid-fuel ICBM and tried to put a "
            "satellite in orbit.",
            "unknown",
        ),
        (
            "The North launched a missile on Monday. This year, Pyongyang launched a rocket "
            "carrying a spy satellite that crashed.",
            "unknown",
        ),
        # near miss: the launch reported, told with this year's count
        (
            "North Korea fired a cruise missile on Monday, its fifth launch this year.",
            "cruise",
        ),
    ],
)
def test_this_years_launches_are_older(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# A roll of the North's kinds of weapon names none as this launch's.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "The JCS said it detected a mid-range ballistic missile launched from near "
            "Pyongyang. This year the North has run drills with hypersonic missiles, cruise "
            "missiles and submarine-launched ballistic missiles.",
            "MRBM",
        ),
        (
            "North Korea fired a short-range ballistic missile on Friday. Its tests of late "
            "have included cruise missiles, ICBMs and SLBMs, analysts say.",
            "SRBM",
        ),
        # near miss: one sentence with a range word and the submarine launcher
        (
            "North Korea fired a short-range ballistic missile on Friday. It is believed to be a "
            "submarine-launched ballistic missile.",
            "SLBM",
        ),
    ],
)
def test_a_roll_of_kinds_names_none(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# Sites: the place an area was named by, said again, is no finer place; "-ri" said as "-ni";
# the country's main launch center is Sohae.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The JCS detected a missile launched from an area near Pyongyang on Tuesday. NHK "
            "said the missile from Pyongyang fell outside Japan's zone.",
            "pyongyang-area",
        ),
        (
            "A missile was fired from the vicinity of Pyongyang, the JCS said. The missile "
            "launched from Pyongyang flew 600 km.",
            "pyongyang-area",
        ),
        # near miss: a finer place inside the area
        (
            "A missile was fired from near Pyongyang, the JCS said. It was launched from the "
            "Sunan airfield.",
            "pyongyang",
        ),
        (
            "North Korea fired a missile from the Dongchangni missile range on Sunday, Yonhap "
            "said.",
            "sohae",
        ),
        (
            "The rocket was launched from Tongchangni in North Phyongan Province, the JCS said.",
            "sohae",
        ),
        (
            "The rocket lifted off from the country's main launch center on Tuesday night, "
            "state media said.",
            "sohae",
        ),
        (
            "North Korea launched a satellite from its main launching station, KCNA said.",
            "sohae",
        ),
        # near miss: a launch center not called the main one names no site
        (
            "North Korea fired a missile from a new launch center, the JCS said.",
            "",
        ),
    ],
)
def test_sites_said_again_spelled_as_said_or_main(sites, text, site):
    assert draft(text, sites).site_id == site


# "a long-range rocket" with no satellite and no missile named: the report does not say which.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea has launched a long-range rocket, but it blew apart soon after lift-off.",
            "unknown",
        ),
        (
            "Pyongyang fired a long-range rocket on Friday morning, Japan's government said.",
            "unknown",
        ),
        # near misses: a satellite named, or a missile
        (
            "North Korea launched a long-range rocket on Wednesday. It said the rocket put a "
            "weather satellite into orbit.",
            "SLV",
        ),
        (
            "North Korea fired a long-range missile on Friday, the JCS said.",
            "ICBM",
        ),
    ],
)
def test_a_long_range_rocket_alone_has_no_class(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# A name given with its reach ("the Taepodong-1, with a range of 2,000 km") is weighed with care:
# its class stands over a looser range word elsewhere.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea launched a new long-range ballistic missile on Monday. Seoul believes "
            "it was the Taepodong-1, with a range of 2,000 km.",
            "MRBM",
        ),
        (
            "The North fired a long-range missile on Monday. Analysts think it was a Musudan, "
            "with a range of about 3,500 km.",
            "IRBM",
        ),
        # near miss: a name given without its reach, in another sentence, leaves the class
        (
            "North Korea launched a short-range ballistic missile on Monday. Its base also "
            "holds Nodong missiles.",
            "SRBM",
        ),
    ],
)
def test_a_name_with_its_reach_gives_the_class(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


# Projectiles the report leaves open as "missiles or rockets" take the class of their range word
# (convention of 2026-12-04, round 14: until then they had none); "missiles or artillery shells"
# still leaves open whether they were missiles at all, unless it calls them short-range missiles.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired three short-range projectiles on Thursday. A ministry spokesman "
            "said they could be missiles or rockets.",
            "SRBM",
        ),
        (
            "The North fired short-range projectiles for a third day. Seoul is trying to "
            "establish whether they were guided missiles or rockets.",
            "SRBM",
        ),
        (
            "North Korea fired two short-range projectiles, either rockets or missiles, into the "
            "sea, the JCS said.",
            "SRBM",
        ),
        # near misses: shells left open as the other choice, with no missiles given the range
        (
            "North Korea fired three short-range projectiles on Thursday. A ministry spokesman "
            "said they could be missiles or artillery shells.",
            "unknown",
        ),
        (
            "North Korea fires short-range missiles\n\nThe projectiles, either shells or "
            "missiles, flew 200 km, the JCS said.",
            "SRBM",
        ),
        (
            "North Korea fired two short-range ballistic projectiles, possibly missiles or "
            "rockets, the JCS said.",
            "SRBM",
        ),
    ],
)
def test_missiles_or_rockets_left_open(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class
