"""Round 16 (fix16b): launch days, counts and distances read on 610-649's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells, clock, count


# "TOKYO, September 18. /TASS/." on a page dated September 17 (622): a desk west of Asia
# dates its page a day behind the dateline's local day, which is still this year's.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "TOKYO, September 18. /TASS/. North Korea launched a suspected ballistic missile, "
            "Japan's coast guard said.",
            date(2024, 9, 17),
            "2024-09-18",
        ),
        (
            "SEOUL, March 5 (Interfax) - North Korea fired a ballistic missile into the sea off "
            "its east coast, the JCS said.",
            date(2025, 3, 4),
            "2025-03-05",
        ),
        (
            "Tokyo, Nov. 2 (EFE).- North Korea has launched a ballistic missile, according to "
            "Japan's Defence Ministry.",
            date(2023, 11, 1),
            "2023-11-02",
        ),
    ],
)
def test_a_dateline_a_day_ahead_of_the_page_keeps_its_year(sites, text, published, expected):
    assert clock(text, sites, published)[0] == expected


def test_a_dateline_two_days_ahead_is_last_years(sites):
    # Near miss: two days past the page's date is no desk's lag; the dateline is last year's.
    text = (
        "TOKYO, September 19. /TASS/. North Korea launched a suspected ballistic missile, the "
        "coast guard said."
    )
    assert clock(text, sites, date(2024, 9, 17))[0] == "2023-09-19"


# "South Korea's military had said on Jan 4 that the North fired ballistic missiles" (612): the
# day of a date written before a launch clause is no count of its missiles.
@pytest.mark.parametrize(
    "text",
    [
        "The JCS had said on Jan 4 that the North fired ballistic missiles into the sea.",
        "Japan's defence ministry reported on Sept. 12 that Pyongyang launched short-range "
        "missiles toward its east coast.",
        "Officials told reporters on March 9 the North fired what appeared to be ballistic "
        "missiles from near Pyongyang.",
    ],
)
def test_a_dates_day_is_no_count(sites, text):
    assert count(text, sites) == ("", "")


def test_a_number_after_a_date_still_counts(sites):
    # Near miss: the number after the date's day counts the missiles.
    text = "On Sept. 12 two ballistic missiles were fired into the East Sea, the JCS said."
    assert count(text, sites) == ("2", "exact")


# 'fired at least one unidentified "projectile"' (647): the noun set in quotes is still counted.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'North Korea fired at least one unidentified "projectile" from its east coast, the '
            "South Korean military said Thursday.",
            ("1", "at least"),
        ),
        (
            "Pyongyang launched two 'projectiles' into the sea, Seoul's Joint Chiefs of Staff "
            "said on Thursday.",
            ("2", "exact"),
        ),
        (
            "The North fired three so-called \u201crockets\u201d toward the Sea of Japan on "
            "Thursday, Japan's defence ministry said.",
            ("3", "exact"),
        ),
    ],
)
def test_a_quoted_noun_is_counted(sites, text, expected):
    assert count(text, sites) == expected


def test_a_quoted_word_without_a_number_is_no_count(sites):
    # Near miss: a quoted "projectile" with no number or article before it counts nothing.
    text = 'Officials said the launch involved what they called "projectiles" of an unknown type.'
    assert count(text, sites) == ("", "")


# "KCNA said the targets the missiles hit lay some 1,000km away" (612): where the target lies,
# told with its verb, is the range flown.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired missiles on Thursday. KCNA said the targets the missiles hit lay "
            "some 1,000km away over the waters to its east.",
            "1000",
        ),
        (
            "Pyongyang launched two rockets on Thursday; state media said the target area was "
            "about 600 kilometres away.",
            "600",
        ),
        (
            "The North test-fired a ballistic missile on Thursday. The target point it struck "
            "lies roughly 300 miles away, the agency said.",
            "483",
        ),
    ],
)
def test_where_the_target_lies_is_the_range(sites, text, expected):
    assert cells(text, date(2024, 9, 12), sites)["range_km"] == expected


def test_a_target_away_from_a_place_is_no_range(sites):
    # Near miss: a distance measured from somewhere else is not the flight's.
    text = (
        "North Korea fired a ballistic missile on Thursday. The target area lies about 200 km "
        "away from Japan's coast, officials said."
    )
    assert cells(text, date(2024, 9, 12), sites)["range_km"] == ""


# "It is the country's second launch this week: on Wednesday another projectile was fired" (633):
# after a count of the week's launches, the colon tells the older one it counts.
@pytest.mark.parametrize(
    "text",
    [
        "It is the country's second launch this week: on Monday another missile was fired toward "
        "the East Sea. North Korea fired a ballistic missile on Thursday, Yonhap reported.",
        "This is Pyongyang's third missile test this month: the first, on Sept. 2, sent two "
        "rockets into the sea. The North fired a short-range missile on Thursday, Seoul said.",
        "It marks the 5th launch in a month: on Tuesday an earlier projectile flew toward Japan. "
        "The North launched a missile on Thursday, Japan's defence ministry said.",
    ],
)
def test_a_count_of_the_weeks_launches_recalls_after_its_colon(sites, text):
    assert clock(text, sites)[0] == "2024-09-12"


def test_a_count_whose_colon_tells_this_launch_keeps_its_day(sites):
    # Near miss: after the colon the sentence tells this launch, with no other launch named.
    text = (
        "It was the North's second launch this week: the missile was fired on Wednesday from "
        "near Sunan, the JCS said."
    )
    assert clock(text, sites)[0] == "2024-09-11"


# "coming only three days after the North fired the same type of missiles last Friday. ... last
# Friday's missiles flew about 430 kilometers" (642): a day an "after" clause gave an older launch
# stays that launch's in the sentences that follow, with its figures.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched two short-range ballistic missiles, South Korea's military said. It "
        "came only days after the North fired the same type of missiles last Friday. Seoul said "
        "last Friday's missiles flew about 430 km.",
        "Pyongyang fired a ballistic missile into the sea, Japan said. The launch follows a test "
        "in which the North launched two rockets on Monday. Monday's rockets flew 300 km, the "
        "JCS said.",
        "The North test-fired a missile, the JCS said, a week after it launched cruise missiles "
        "last Friday. Officials said the missiles fired last Friday travelled 1,500 km.",
    ],
)
def test_a_day_an_after_clause_gave_a_launch_stays_older(sites, text):
    found = cells(text, date(2024, 9, 12), sites)
    assert (found["date_utc"], found["range_km"]) == ("2024-09-12", "")


def test_a_day_an_after_clause_gave_no_launch_is_free(sites):
    # Near miss: the "after" clause tells a visit, not a launch; its day is the launch's.
    text = (
        "North Korea fired a ballistic missile, the JCS said. It came a day after Kim Jong Un "
        "inspected a munitions factory on Wednesday. The JCS said the missile was launched on "
        "Wednesday evening from near Pyongyang."
    )
    assert clock(text, sites)[0] == "2024-09-11"


# "The North also fired missiles last Tuesday and on January 5th" (642): another launch told as an
# addition, on a day of last week.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles, the JCS said. The North also fired missiles last Tuesday "
        "and on Sept. 2.",
        "Pyongyang launched a ballistic missile into the sea, Japan's ministry said. It also "
        "test-fired a cruise missile last Friday, state media reported.",
        "The North launched a short-range missile, Seoul's military said. North Korea also "
        "launched rockets from a train last Monday, KCNA said.",
    ],
)
def test_a_launch_also_told_last_week_is_older(sites, text):
    assert clock(text, sites)[0] == "2024-09-12"


def test_a_launch_also_told_without_last_keeps_its_day(sites):
    # Near miss: "also fired ... on Wednesday" with no "last": the day may be this launch's.
    text = "North Korea also fired a ballistic missile on Wednesday, the JCS said."
    assert clock(text, sites)[0] == "2024-09-11"


# "This photo, taken from the KCNA homepage on March 22, 2020, shows the launch ... the day
# before. (Yonhap)" (649): a caption that dates its picture long before the page is a file photo,
# and its "the day before" counts from the picture's day, not the page's.
@pytest.mark.parametrize(
    "caption",
    [
        "This photo, taken from KCNA's website on Oct. 5, 2022, shows a missile launch at an "
        "undisclosed location the day before. (Yonhap)",
        "This file photo, released by the Korean Central News Agency on May 1, 2023, shows the "
        "launch of a new tactical weapon a day earlier. (For Use Only in the Republic of Korea) "
        "(Yonhap)",
    ],
)
def test_a_file_photos_day_before_is_no_launch_day(sites, caption):
    text = (
        "SEOUL, Sept. 12 (Yonhap) -- North Korea fired at least one unidentified projectile into "
        "the East Sea, the Joint Chiefs of Staff said Thursday.\n\n" + caption
    )
    assert clock(text, sites)[0] == "2024-09-12"


def test_a_caption_dated_near_the_page_keeps_its_day(sites):
    # Near miss: a caption dated the day before the page is no file photo; its day stands.
    text = (
        "North Korea fired a missile into the sea, the JCS said.\n\nThis photo, released by KCNA "
        "on Sept. 11, 2024, shows the launch of the missile a day earlier. (Yonhap)"
    )
    assert clock(text, sites)[0] == "2024-09-11"


# "North Korea fired 7 missiles in one month" over "fired at least one ballistic missile" (640):
# a title's tally of a month's (or a week's) launches is no count of this launch.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired 7 missiles in one month\n\nNorth Korea fired at least one ballistic "
        "missile into the sea on Thursday, the JCS said.",
        "Pyongyang launches 12 missiles in a single week\n\nThe North launched at least one "
        "ballistic missile on Thursday, Japan's defence ministry said.",
        "DPRK test-fires nine rockets in just a month\n\nNorth Korea test-fired at least one "
        "short-range ballistic missile on Thursday, Seoul's military said.",
    ],
)
def test_a_months_tally_is_no_count(sites, text):
    assert count(text, sites) == ("1", "at least")


def test_a_title_count_without_a_period_still_counts(sites):
    # Near miss: "in a month" is not said; the title's number counts the launch.
    text = (
        "North Korea fires 3 missiles into sea\n\nNorth Korea fired at least three ballistic "
        "missiles on Thursday, the JCS said."
    )
    assert count(text, sites) == ("3", "at least")


# "Hypersonic missiles are considered a game-changer: they are easier to maneuver" (642): how easy
# a kind is to steer is no profile this launch flew.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday. Hypersonic missiles are considered a "
        "game-changer: they are easier to maneuver and harder to intercept.",
        "Pyongyang launched a missile on Thursday. Analysts say such warheads are hard to "
        "manoeuvre at low altitude.",
        "The North test-fired a ballistic missile on Thursday. Experts say the new design is "
        "harder to maneuver than older Scuds.",
    ],
)
def test_ease_of_maneuvering_is_no_maneuver(sites, text):
    assert cells(text, date(2024, 9, 12), sites)["maneuver"] == ""


def test_a_maneuver_flown_is_still_read(sites):
    # Near miss: the missile is told making the pull-up on this flight.
    text = (
        "North Korea fired a missile on Thursday. The JCS said it performed a pull-up maneuver "
        "in its terminal phase, which is hard to track."
    )
    assert cells(text, date(2024, 9, 12), sites)["maneuver"] == "pullup"
