"""Round 31 (fix31b): the launch's day, clock and count, read as a reader takes them.

A first word "at first" or "initially" is since replaced; a clock opening a clause whose missile
then lands is a fall's; a span of counts gives its upper end as "at most"; a caption closed by a
bracketed photographer's credit dates its picture, not the launch; an event's possessive day
("yesterday's parade") is not the launch's; a launch verb gives a later day across what was fired
and where; missiles told in the writer's past perfect on a day of their own are an older
launch's; "two of the new munitions were tested" counts them; a clock North Korea's state media
give is Pyongyang's; militaries that only detected North Korea firing cite nothing. Each cause is
tried in several outlets' phrasings, written for these tests, with a near miss. The leads'
Thursday is 12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count, reporters

# --- a count said "at first" or "initially" is since replaced (1652) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US network: "At first ... had reported"
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. At first South "
            "Korea had reported that Pyongyang launched two unidentified projectiles.",
            ("1", "exact"),
        ),
        # a wire: "initially said", before the ministry's count
        (
            "The South Korean military initially said the North fired three missiles on "
            "Thursday. Japan's defence ministry later said it launched one ballistic missile.",
            ("1", "exact"),
        ),
        # an analysis site: "Initially, ... reported"
        (
            "Initially, Japanese media reported that North Korea fired four missiles on "
            "Thursday. The North test-fired one cruise missile, officials later said.",
            ("1", "exact"),
        ),
        # near miss: who reported first is no word since replaced
        (
            "Yonhap first reported that North Korea fired two short-range ballistic missiles "
            "on Thursday.",
            ("2", "exact"),
        ),
    ],
)
def test_a_count_said_at_first_is_since_replaced(text, expected, sites):
    assert count(text, sites) == expected


# --- a clock opening a clause whose missile then lands is a fall's (1635) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's state minister, quoted
        (
            'North Korea fired an ICBM on Thursday. "The ballistic missile flew for 71 minutes '
            'and at around 3:44 p.m. it landed in waters inside our EEZ," the minister said.',
            ("2024-09-12", ""),
        ),
        # a wire, after a semicolon
        (
            "North Korea launched a missile on Thursday; at 8:37 a.m. the missile fell outside "
            "Japan's exclusive economic zone.",
            ("2024-09-12", ""),
        ),
        # the JCS, after a comma
        (
            "The missile fired on Thursday flew about 600 km, and shortly after 7:20 a.m. it "
            "came down in the East Sea, the JCS said.",
            ("2024-09-12", ""),
        ),
        # near miss: a clause opened by a launch clock tells the launch
        (
            "The JCS was on alert, and at 7:10 a.m. North Korea fired a missile that landed in "
            "the East Sea on Thursday.",
            ("2024-09-11", "22:10"),
        ),
    ],
)
def test_a_clock_opening_a_clause_of_the_fall_is_a_falls(text, expected, sites):
    assert clock(text, sites) == expected


# --- a span of counts gives its upper end, at most (1601) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean daily
        (
            "North Korea fired two to three short-range ballistic missiles on Thursday.",
            ("3", "at most"),
        ),
        # a wire: "one or two"
        (
            "The North launched one or two missiles into the East Sea on Thursday, the JCS said.",
            ("2", "at most"),
        ),
        # an analysis site: "between two and four"
        (
            "Pyongyang test-fired between two and four cruise missiles on Thursday.",
            ("4", "at most"),
        ),
        # near miss: a change told, not a span
        (
            "North Korea fired three missiles on Thursday, up from two to three missiles a "
            "launch last year.",
            ("3", "exact"),
        ),
    ],
)
def test_a_span_of_counts_is_at_most_its_upper_end(text, expected, sites):
    assert count(text, sites) == expected


# --- a caption closed by a bracketed photographer's credit dates its picture (1618) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US paper, the wire photo of a station's screen
        (
            "People in Seoul watch a television screen airing file footage of a North Korean "
            "missile test on Oct. 28, 2022. (Jung Yeon-je/AFP via Getty Images)\n\n"
            "North Korea fired two short-range missiles on Thursday, the JCS said.",
            ("2024-09-12", ""),
        ),
        # a Japanese paper's picture of a briefing
        (
            "Defense Minister Minoru Kihara speaks to reporters in Tokyo on March 3, 2024. "
            "(Kim Hong-Ji/Reuters via Getty Images)\n\n"
            "North Korea launched a ballistic missile on Thursday, Japan's ministry said.",
            ("2024-09-12", ""),
        ),
        # near miss: a story's own bracketed aside is no credit
        (
            "North Korea fired a missile on Thursday (the JCS/Japan both confirmed it).",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_credited_caption_dates_its_picture(text, expected, sites):
    assert clock(text, sites) == expected


# --- an event's possessive day is not the launch's (1666) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign ministry's statement, quoted
        (
            "Seoul said: \"Showing off missiles at yesterday's military parade and daring to fire "
            'a ballistic missile today is a threat to the world."',
            ("2024-09-12", ""),
        ),
        # a wire: a weekday's summit
        (
            "North Korea fired a missile today and mocked Monday's summit in Beijing.",
            ("2024-09-12", ""),
        ),
        # near miss: a launch's possessive day is the launch's
        (
            "Officials studied Tuesday's launch, in which North Korea fired a ballistic missile.",
            ("2024-09-10", ""),
        ),
    ],
)
def test_an_events_possessive_day_is_not_the_launchs(text, expected, sites):
    assert clock(text, sites) == expected


# --- a launch verb gives a later day across what was fired and where (1620) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP: the leader's praise on one day, the firing on another
        (
            "On Wednesday the North's leader praised the crews firing a ballistic missile into "
            "the waters off its eastern coast on Tuesday.",
            ("2024-09-10", ""),
        ),
        # KCNA relayed: photos on one day, the launch on another
        (
            "On Wednesday state media released photos of the missile it launched from a "
            "mobile launcher near Pyongyang on Tuesday.",
            ("2024-09-10", ""),
        ),
        # near miss: the later day is another event's, after "after"
        (
            "On Thursday North Korea fired a missile into the sea a week after Wednesday's talks.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_launch_verb_gives_a_later_day_across_its_object(text, expected, sites):
    assert clock(text, sites) == expected


# --- missiles told in the writer's past perfect on a day of their own are older (1676, 1406) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aggregator: "the first three"
        (
            "North Korea has launched a fourth short-range missile, Yonhap said. On Wednesday "
            "the North had sent the first three missiles into the East Sea.",
            ("1", "exact"),
        ),
        # a wire: passive past perfect
        (
            "North Korea test-fired another short-range missile, its fourth in two days. A day "
            "earlier, on Wednesday, two short-range missiles had been launched off its coast.",
            ("1", "exact"),
        ),
        # an Indian wire: the launch followed a firing
        (
            "North Korea fired a short-range missile on Thursday. The launch followed by one "
            "day Pyongyang's firing of three guided missiles.",
            ("1", "exact"),
        ),
        # near miss: a statement's past perfect tells the launch itself
        (
            "North Korea fired a missile on Thursday. The JCS said on Thursday the North had "
            "fired two missiles in all.",
            ("2", "exact"),
        ),
    ],
)
def test_missiles_fired_before_in_the_past_perfect_are_older(text, expected, sites):
    assert count(text, sites) == expected


# --- "two of the new munitions were put to the test" counts them (1451) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian outlet
        (
            "North Korea said the weapon it test-fired on Thursday was a new guided missile. "
            "Two of the new munitions were put to the test.",
            ("2", "exact"),
        ),
        # KCNA relayed
        (
            "KCNA said an upgraded rocket was tested on Thursday; three of the weapons were "
            "fired at an island target.",
            ("3", "exact"),
        ),
        # near miss: two of the weapons told for another act
        (
            "North Korea fired a missile on Thursday. Two of the weapons were shown at a parade.",
            ("1", "exact"),
        ),
    ],
)
def test_n_of_the_weapons_tested_counts_them(text, expected, sites):
    assert count(text, sites) == expected


# --- a clock North Korea's state media give is Pyongyang's (1486, 1658) --------------------------

# A Sunday in the years the North's clock ran half an hour behind Seoul's (2015-2018).
HALF_HOUR_SUNDAY = date(2016, 2, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aggregator relaying KCNA
        (
            "KCNA announced that a carrier rocket lifted off from Sohae at 9 a.m. local time on "
            "Sunday.",
            ("2016-02-07", "00:30"),
        ),
        # state television relayed, no zone
        (
            "North Korea's state television said the missile was launched at 7:30 a.m. on Sunday.",
            ("2016-02-06", "23:00"),
        ),
        # near miss: the JCS's clock is Seoul's
        (
            "The JCS said the rocket was launched from Sohae at 9:30 a.m. on Sunday.",
            ("2016-02-07", "00:30"),
        ),
    ],
)
def test_a_clock_state_media_give_is_pyongyangs(text, expected, sites):
    assert clock(text, sites, HALF_HOUR_SUNDAY) == expected


# --- militaries that only detected North Korea firing cite nothing (1620, 628) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP: the state media report came after the detection
        (
            "KCNA issued the report after the South Korean and Japanese militaries detected "
            "North Korea firing a short-range ballistic missile on Thursday.",
            "KCNA",
        ),
        # a wire: the JCS alone
        (
            "North Korea said it tested a missile on Thursday, hours after the JCS detected "
            "North Korea launching a projectile.",
            "KCNA",
        ),
        # near miss: a detection that tells where from
        (
            "North Korea said Thursday it had tested a new missile. The state media report came "
            "a day after the South Korean and Japanese militaries detected the North launching "
            "the missile toward its eastern sea from an inland area near Pyongyang.",
            "KCNA;JCS;Japan MOD",
        ),
    ],
)
def test_militaries_that_only_detected_the_firing_cite_nothing(text, expected, sites):
    assert reporters(text, sites) == expected
