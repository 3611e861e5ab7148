"""Round 15 (fix15b): launch days, clocks and counts read on 570-609's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count


# "The three were launched at about 5 pm from the Wonsan area, the same place from which the
# North fired FROG missiles in March": a number standing for the launch's missiles opens the
# launch's own clause, and the month after it is the older launch's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired three short-range projectiles into the East Sea on Thursday. The "
            "three were launched at about 5 pm from near Wonsan, the same area from which it "
            "fired Scud missiles in March.",
            ("2024-09-12", "08:00"),
        ),
        (
            "Pyongyang launched two ballistic missiles on Thursday, the JCS said. Both were fired "
            "at 6:10 a.m. from Sunan, where the North also tested an ICBM in February.",
            ("2024-09-11", "21:10"),
        ),
        (
            "The North test-fired four rockets on Thursday. All four were launched at around "
            "2:30 p.m. from the coast, as it did in July.",
            ("2024-09-12", "05:30"),
        ),
    ],
)
def test_a_number_standing_for_the_missiles_keeps_its_clause(sites, text, expected):
    assert clock(text, sites) == expected


def test_a_number_of_other_things_is_no_subject(sites):
    # Near miss: "the three" are the leaders, and the clock is a meeting's in March.
    text = (
        "North Korea fired a ballistic missile on Thursday, the JCS said. The three were meeting "
        "at 5 pm in Tokyo, as they did in March, when the launch was reported."
    )
    assert clock(text, sites) == ("2024-09-12", "")


# "was working on a submarine-launched missile capability": the article counts the capability,
# not a missile; a title's "sub-launched missile" names a kind, not one missile fired.
@pytest.mark.parametrize(
    "text",
    [
        "South Korean media say North Korea appears to have tested a missile last month.\n\nAn "
        "official said the North was still developing a submarine-launched missile capability.",
        "N.Korea seen testing sub-launched missile - media\n\nNorth Korea may have carried out "
        "an ejection test in December, a South Korean official said.",
        "A ballistic missile expert said the North launched satellites to master a solid-fuel "
        "missile technology it could deploy within years.",
        "Seoul says the North has fired tests to expand a missile arsenal that already "
        "threatens Japan.",
    ],
)
def test_a_missile_word_describing_something_else_is_no_count(sites, text):
    assert count(text, sites) == ("", "")


def test_a_missile_told_fired_is_still_counted(sites):
    # Near miss: "a submarine-launched ballistic missile" fired on the day is one missile.
    text = "North Korea fired a submarine-launched ballistic missile on Thursday, the JCS said."
    assert count(text, sites) == ("1", "exact")


# "two other rockets it fired over the past 15 years": missiles besides the launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a long-range rocket on Thursday. The North has claimed before "
        "that two other rockets it fired put satellites into orbit.",
        "Pyongyang test-fired a ballistic missile on Thursday. Analysts said three other "
        "missiles it launched fell short of their targets.",
        "North Korea fired a cruise missile on Thursday, officials said, after four other "
        "missiles were fired in the spring.",
    ],
)
def test_other_missiles_are_not_the_launchs_count(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_a_count_without_other_stands(sites):
    # Near miss: no "other": the two rockets are the launch's.
    text = "North Korea fired two rockets on Thursday, the JCS said."
    assert count(text, sites) == ("2", "exact")


# "fired three short-range rockets ..., and two others followed a short time later": five;
# "a second missile had been detected": two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired three short-range rockets into the sea on Thursday. They were "
            "fired less than an hour before the summit opened, and two others followed a short "
            "time later.",
            ("5", "exact"),
        ),
        (
            "Pyongyang launched two missiles early on Thursday; three more followed within the "
            "hour, the JCS said.",
            ("5", "exact"),
        ),
        (
            "North Korea fired a ballistic missile on Thursday morning, Seoul's military said. "
            "Citing unnamed sources, Yonhap said a second missile had been detected but may have "
            "broken up in flight.",
            ("2", "exact"),
        ),
        (
            "The North launched a short-range missile on Thursday. Japan's ministry said a second "
            "ballistic missile was also fired minutes later.",
            ("2", "exact"),
        ),
    ],
)
def test_missiles_told_after_the_count_are_added(sites, text, expected):
    assert count(text, sites) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a second launch still to come, a hedged count, a second test of a kind.
        "North Korea fired a ballistic missile on Thursday. Officials said a second launch "
        "could follow within days.",
        "North Korea fired a missile on Thursday. It was a second missile test this month.",
    ],
)
def test_no_missile_told_after_the_count_adds_none(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_a_bound_is_not_added_to(sites):
    # Near miss: "at least three" stays a bound; what followed is not added to it.
    text = (
        "North Korea fired at least three missiles on Thursday, and two others followed later, "
        "officials said."
    )
    assert count(text, sites) == ("3", "at least")


# "Japan's coast guard also reported at least two suspected ballistic missile tests": a number
# of launches a body reported, with its bound.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired unspecified ballistic missiles on Thursday. Japan's coast guard "
            "also reported at least two suspected ballistic missile tests.",
            ("2", "at least"),
        ),
        (
            "North Korea fired missiles toward the sea on Thursday. Tokyo confirmed three "
            "ballistic missile launches.",
            ("3", "exact"),
        ),
        (
            "Pyongyang fired missiles on Thursday. Japan's defence ministry detected as many as "
            "four short-range ballistic missile launches.",
            ("4", "at most"),
        ),
    ],
)
def test_a_number_of_missile_tests_reported_is_the_count(sites, text, expected):
    assert count(text, sites) == expected


def test_missile_tests_planned_are_no_count(sites):
    # Near miss: tests the North plans, no body reporting them.
    text = "North Korea fired a missile on Thursday and plans two more missile tests this year."
    assert count(text, sites) == ("1", "exact")


# "fired ... early on the morning of Monday, March 1": the date written out names the day; a
# weekday that disagrees with it only describes it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two short-range missiles toward the sea early on Monday, "
            "September 10, a South Korean official said.",
            "2024-09-10",
        ),
        (
            "Pyongyang test-fired a ballistic missile on Saturday, 8 September, according to "
            "Japan's defence ministry.",
            "2024-09-08",
        ),
        (
            "The missiles were launched on the morning of Wednesday, Sept. 10, officials said.",
            "2024-09-10",
        ),
    ],
)
def test_a_date_written_after_its_weekday_names_the_day(sites, text, expected):
    assert clock(text, sites)[0] == expected


def test_a_weekday_apart_from_a_date_stands(sites):
    # Near miss: the date is an older launch's, not written right after the weekday.
    text = "North Korea fired a ballistic missile on Monday, a week after its September 2 launch."
    assert clock(text, sites)[0] == "2024-09-09"


# "The JCS said the launch took place Thursday morning": the launch's own day, before a later
# sentence's "the weapon fired on Tuesday" (an older launch) is read. A US desk's page is dated
# the day before Korea's Thursday.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea has launched a ballistic missile toward its eastern waters, South Korea "
        "says. The JCS said the launch took place Thursday morning. Experts said the weapon "
        "fired on Tuesday was an intermediate-range missile.",
        "Seoul says North Korea fired another missile. Officials said the firing happened early "
        "Thursday. It came after North Korea launched a cruise missile on Tuesday.",
        "North Korea has fired a missile into the sea, Japan says. The test was carried out on "
        "Thursday, Tokyo said. The missile fired on Tuesday flew over Japan.",
    ],
)
def test_the_launch_told_as_taking_place_gives_its_day(sites, text):
    assert clock(text, sites, date(2024, 9, 11))[0] == "2024-09-12"


def test_the_last_launch_taking_place_is_an_older_ones_day(sites):
    # Near miss: "the last launch took place on Tuesday" tells the older launch's day.
    text = (
        "North Korea has fired a ballistic missile, South Korea says. The last launch took place "
        "on Tuesday. The missile fired on Wednesday flew 300 km."
    )
    assert clock(text, sites, date(2024, 9, 12))[0] == "2024-09-11"


# "on February 27, 2014 at 6:31 AM" over "the missiles were fired at 5:42 p.m. (4:42 CT)": a US
# desk's stamp without a zone is in its own time, and does not put the launch a day earlier.
@pytest.mark.parametrize(
    "text",
    [
        "September 12, 2024 at 6:31 AM\n\nNorth Korea has launched four short-range missiles "
        "into the sea. The missiles were fired at 5:42 p.m. (3:42 a.m. ET), an official said.",
        "12 September 2024 06:40\n\nPyongyang fired two missiles, the JCS said. The launch was "
        "detected at 5:15 p.m. in Seoul, 13 hours ahead of Eastern Time.",
        "Posted: Sep 12, 2024 7:05 AM\n\nNorth Korea fired a ballistic missile. It was launched "
        "at 4:10 p.m. local time (2:10 a.m. Central Time), Seoul said.",
    ],
)
def test_a_us_desks_stamp_bounds_no_korean_clock(sites, text):
    assert clock(text, sites)[0] == "2024-09-12"


def test_a_stamp_without_a_us_zone_still_bounds_the_clock(sites):
    # Near miss: no US zone named: the stamp is read as UTC, before that evening in Korea.
    text = (
        "September 12, 2024 at 6:31 AM\n\nNorth Korea has launched four short-range missiles "
        "into the sea. The missiles were fired at 5:42 p.m., an official said."
    )
    assert clock(text, sites) == ("2024-09-11", "08:42")


# "North Korea has tested several intermediate-range missiles in recent years": a tally of
# years, not the launch's count (the title's one missile stands).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea Says Test-Fired Missile Was New Hypersonic Weapon\n\nNorth Korea has tested "
        "several intermediate-range missiles in recent years. Kim oversaw the launch, KCNA said.",
        "North Korea launched a new missile on Thursday. The North has fired multiple ICBMs "
        "over the past few years, some able to reach the US mainland.",
        "Pyongyang test-fired a cruise missile on Thursday. It has launched dozens of missiles "
        "over the last decades, analysts said.",
    ],
)
def test_a_tally_of_recent_years_is_no_count(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_missiles_fired_in_a_recent_salvo_are_counted(sites):
    # Near miss: "recent" describes the launch's own salvo, no span of years.
    text = "North Korea fired several missiles in its most recent salvo on Thursday."
    assert count(text, sites) == ("2", "vague")
