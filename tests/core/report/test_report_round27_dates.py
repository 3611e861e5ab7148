"""Round 27 (fix27b): dates, clocks and counts read on 1250-1329's misses (a span closed by its
minutes alone, a statement's clock dated after it, an alert's clock given in two zones, an open
question on how far the missile had flown, a statement's day opened by its medium; a clause of
its own after a number, the North's own record of launches, the missiles already down, missiles
shown lifting off, a title's number hedged further down the story).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
The leads' Thursday is 12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count

# The Friday after the leads' Thursday: the day a statement on Thursday's launch is made.
FRIDAY = date(2024, 9, 13)

# --- "between 8:48 and 57 pm": the closing minutes share the opening clock's pm (1251) ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the JCS, as relayed
        (
            "The JCS said North Korea fired two short-range ballistic missiles between 8:48 and "
            "57 pm on Thursday.",
            ("2024-09-12", "11:48"),
        ),
        # a wire
        (
            "North Korea fired two missiles on Thursday between 9:05 and 15 p.m., Yonhap said.",
            ("2024-09-12", "12:05"),
        ),
        # Japan's defence ministry
        (
            "The Ministry of Defense said North Korea launched ballistic missiles from 7:10 to "
            "25 a.m. on Thursday.",
            ("2024-09-11", "22:10"),
        ),
        # near miss: "and" followed by no am/pm leaves a 24-hour clock as it is
        (
            "North Korea fired a missile at 9:20 on Thursday and a second 40 minutes later, the "
            "JCS said.",
            ("2024-09-12", "00:20"),
        ),
    ],
)
def test_a_span_closed_by_its_minutes_shares_the_am_pm(sites, text, expected):
    assert clock(text, sites) == expected


# --- "At 4:06 p.m. on March 24, the coast guard announced that ...": the statement's (1256) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's defence ministry
        (
            "At 7:30 a.m. on September 12, the Ministry of Defense announced that North Korea had "
            "fired a ballistic missile.",
            ("2024-09-12", ""),
        ),
        # the JCS
        (
            "At 10:15 a.m. on 12 September, the Joint Chiefs of Staff said that the North had "
            "launched a missile.",
            ("2024-09-12", ""),
        ),
        # near miss: the sentence goes on to the launch, not a statement
        (
            "At 6:10 a.m. on September 12, North Korea fired a missile, the JCS said.",
            ("2024-09-11", "21:10"),
        ),
    ],
)
def test_a_statement_clock_with_its_date_is_not_the_launch(sites, text, expected):
    assert clock(text, sites) == expected


# --- "sirens at around 5:30 p.m. Eastern time, or 6:30 a.m. local time": one alert (1311) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US outlet
        (
            "The launch set off air raid sirens in Seoul at around 5:30 p.m. Eastern time, or "
            "6:30 a.m. local time, on Thursday.",
            ("2024-09-12", ""),
        ),
        # a wire, Japan's alert
        (
            "North Korea fired a missile on Thursday. The launch triggered alerts in Okinawa at "
            "6:30 p.m. ET, or 7:30 a.m. local time.",
            ("2024-09-12", ""),
        ),
        # near miss: the launch's own clock in two zones
        (
            "North Korea fired a missile at 5:30 p.m. Eastern time, or 6:30 a.m. local time, on "
            "Thursday.",
            ("2024-09-11", "21:30"),
        ),
    ],
)
def test_an_alert_clock_in_two_zones_is_not_the_launch(sites, text, expected):
    assert clock(text, sites) == expected


# --- "did not say how far, if at all, it had flown": a question on this launch (1278) ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US command, as a Japanese wire relays it
        (
            "North Korea made a failed missile launch on Thursday, the United States said.\n\n"
            "According to US Strategic Command, the missile, thought to be a Musudan, was launched "
            "at 6:33 a.m.; the command did not say how far, if at all, it had flown.",
            ("2024-09-11", "21:33"),
        ),
        # the JCS
        (
            "North Korea made a failed missile launch on Thursday, the United States said.\n\n"
            "The JCS said the missile, believed to be a Hwasong-12, was fired at 6:33 a.m. but did "
            "not say how high it had flown.",
            ("2024-09-11", "21:33"),
        ),
        # Japan's defence ministry
        (
            "North Korea made a failed missile launch on Thursday, the United States said.\n\n"
            "Japan's defence ministry said the missile, possibly a Nodong, went up at 6:33 a.m.; "
            "it gave no word on how far the missile had flown.",
            ("2024-09-11", "21:33"),
        ),
        # near miss: an older flight told in the past perfect stays recalled
        (
            "North Korea fired a missile on Thursday. In May it had flown a missile 900 km at "
            "6:33 a.m.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_how_far_it_had_flown_recalls_nothing(sites, text, expected):
    assert clock(text, sites) == expected


# --- "On Friday morning North Korean state media said ...": the statement's day (1316) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state media, as a Korean broadcaster relays them
        (
            "On Friday morning North Korean state media said a missile had been fired on Thursday.",
            ("2024-09-12", ""),
        ),
        # KCNA named
        ("On Friday KCNA said the launch on Thursday had been a success.", ("2024-09-12", "")),
        # state television
        (
            "On Friday evening North Korean state television reported that six missiles were "
            "fired on Thursday.",
            ("2024-09-12", ""),
        ),
        # near miss: the day opens a launch, not a statement
        ("On Friday North Korea fired a missile into the sea.", ("2024-09-13", "")),
    ],
)
def test_a_statement_day_opened_by_its_medium(sites, text, expected):
    assert clock(text, sites, FRIDAY) == expected


# --- "The two agree that the missile ...": a clause of its own, no count (1276) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "North Korea launched a missile on Thursday, the US and South Korea said. The two "
            "agree that the missile blew up.",
            ("1", "exact"),
        ),
        # Japan and the JCS
        (
            "Japan and South Korea said North Korea fired a ballistic missile. The two said that "
            "the missile flew 300 km.",
            ("1", "exact"),
        ),
        # near miss: "that" after the missiles counted
        ("North Korea fired two missiles that flew 300 km, the JCS said.", ("2", "exact")),
    ],
)
def test_a_number_before_a_that_clause_counts_nothing(sites, text, expected):
    assert count(text, sites) == expected


# --- "its repeated launches of ballistic missiles": the North's record, not a count (1250) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's Chief Cabinet Secretary
        (
            "North Korea launched a ballistic missile on Thursday. Its repeated launches of "
            "ballistic missiles threaten the region, Tokyo said.",
            ("1", "exact"),
        ),
        # a wire
        (
            "North Korea fired a missile on Thursday, the latest in Pyongyang's repeated launches "
            "of ballistic missiles.",
            ("1", "exact"),
        ),
        # Japan's defence ministry
        (
            "North Korea fired a missile on Thursday. Their repeated launches of missiles are a "
            "threat, the ministry said.",
            ("1", "exact"),
        ),
        # near miss: repeated launches told of this day
        (
            "North Korea carried out repeated launches of short-range missiles on Thursday.",
            ("2", "vague"),
        ),
    ],
)
def test_the_norths_own_record_of_launches_counts_nothing(sites, text, expected):
    assert count(text, sites) == expected


# --- "one missile had already splashed down": the first down of a salvo (1304) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire, Japan's coast guard
        (
            "The JCS said it had detected several short-range ballistic missiles. Japan's coast "
            "guard said one missile had already splashed down.",
            ("2", "vague"),
        ),
        # Japan's government
        (
            "North Korea fired a salvo of ballistic missiles on Thursday; Tokyo said two missiles "
            "had already fallen into the sea.",
            ("2", "vague"),
        ),
        # Japan's defence ministry
        (
            "Multiple missiles were launched on Thursday, the JCS said. One missile has already "
            "landed outside Japan's EEZ, the ministry said.",
            ("2", "vague"),
        ),
        # near miss: the missiles that fell, with no "already", are counted
        (
            "North Korea fired several missiles on Thursday, and Japan said two missiles fell "
            "into the sea.",
            ("2", "exact"),
        ),
    ],
)
def test_missiles_already_down_are_not_the_count(sites, text, expected):
    assert count(text, sites) == expected


# --- "photos showed six ballistic missiles lifting off together": a count (1316) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean broadcaster, the paper's photos
        (
            "Several missiles were fired on Thursday, the JCS said. The paper's photos showed six "
            "ballistic missiles lifting off together.",
            ("6", "exact"),
        ),
        # KCNA
        (
            "KCNA said several rockets were launched. Pictures showed four rockets blasting off "
            "from launchers.",
            ("4", "exact"),
        ),
        # state TV, as a wire relays it
        (
            "The JCS said several missiles were fired. State TV footage showed three missiles "
            "taking off at once.",
            ("3", "exact"),
        ),
        # near miss: launchers shown are no missiles fired
        (
            "Several missiles were fired on Thursday, the JCS said. Photos showed six launchers "
            "parked in a row.",
            ("2", "vague"),
        ),
    ],
)
def test_missiles_shown_lifting_off_are_counted(sites, text, expected):
    assert count(text, sites) == expected


# --- "Fires 10 Ballistic Missiles" ... "About 10 ballistic missiles were launched" (1292) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aggregator's titles, then the JCS
        (
            "North Korea Fires 10 Ballistic Missiles\n\nNorth Korea launches 10 ballistic missiles "
            "during drills\n\nAbout 10 ballistic missiles were launched by North Korea on "
            "Thursday, the JCS said.",
            ("10", "approximately"),
        ),
        # a wire's titles, then Japan's defence ministry
        (
            "N. Korea fires 5 missiles\n\nNorth Korea fires 5 missiles into sea\n\nSome five "
            "missiles were fired on Thursday, Japan's defence ministry said.",
            ("5", "approximately"),
        ),
        # near miss: the story gives the number plainly too
        (
            "North Korea Fires 10 Ballistic Missiles\n\nNorth Korea launches 10 ballistic missiles "
            "during drills\n\n10 ballistic missiles were launched by North Korea on Thursday, the "
            "JCS said.",
            ("10", "exact"),
        ),
    ],
)
def test_a_titles_number_hedged_further_down_is_hedged(sites, text, expected):
    assert count(text, sites) == expected
