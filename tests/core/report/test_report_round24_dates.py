"""Round 24 (fix24b): dates and counts read on 987-1047's misses (a bound told as "no fewer
than", a title's round bound, a title's quoted noun, "its first missile", a tally over many
launches, a count said before and replaced, a name's number, a second missile told after the
first, other test shots told besides, a statement the day after a desk's dateline).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock, count

# --- "no fewer than 23": a lower bound, as "at least" (987) ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire
        (
            "North Korea launched no fewer than 23 missiles on Thursday, Seoul said.",
            ("23", "at least"),
        ),
        # Japan's defence ministry
        (
            "Japan's Ministry of Defense said North Korea fired not fewer than three ballistic "
            "missiles on Thursday morning.",
            ("3", "at least"),
        ),
        # the JCS
        (
            "The Joint Chiefs of Staff said the North fired no less than four short-range "
            "ballistic missiles into the East Sea on Thursday.",
            ("4", "at least"),
        ),
        # near miss: "no more than" stays a bound from above
        (
            "The North fired no more than three missiles on Thursday, an analyst at 38 North said.",
            ("3", "at most"),
        ),
    ],
)
def test_no_fewer_than_is_a_lower_bound(sites, text, expected):
    assert count(text, sites) == expected


# --- a title's round bound yields to the story's larger number (987) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese broadcaster
        (
            "N. Korea launches more than 20 missiles on Thursday\n\n"
            "North Korea launched no fewer than 23 missiles on Thursday, the military said.",
            ("23", "at least"),
        ),
        # a wire
        (
            "North Korea fires over 10 missiles\n\n"
            "North Korea fired 12 short-range ballistic missiles on Thursday, the JCS said.",
            ("12", "exact"),
        ),
        # near miss: the story says no larger number, and the title's bound stands
        (
            "North Korea fires more than 10 missiles\n\n"
            "North Korea fired a barrage of missiles on Thursday, the JCS said.",
            ("10", "at least"),
        ),
    ],
)
def test_title_bound_yields_to_larger_story_number(sites, text, expected):
    assert count(text, sites) == expected


# --- a title's noun set in quotes: one missile (1003, 1011) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Hong Kong daily
        "North Korea fires 'unidentified projectile': South Korea\n\n"
        "Thursday's launch comes days before an election.",
        # a wire via a portal
        "North Korea fires 'projectile' while insisting on its right to self-defence\n\n"
        "The object was launched from an inland area, the JCS said on Thursday.",
        # double quotes
        'N. Korea launches "unidentified ballistic missile" off east coast\n\n'
        "Seoul's military gave no more details on Thursday.",
    ],
)
def test_title_quoted_noun_is_one_missile(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_title_quoted_plural_is_not_one_missile(sites):
    # near miss: the quoted noun is plural
    text = (
        "North Korea fires 'unidentified projectiles': South Korea\n\n"
        "Thursday's launch comes days before an election."
    )
    assert count(text, sites) != ("1", "exact")


# --- "launched its first ICBM since 2017": one missile (1000) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an analysis site after KCNA
        "North Korea has announced that on Thursday it launched its first intercontinental "
        "ballistic missile (ICBM) since 2017.",
        # KCNA's own words
        "The DPRK successfully test-fired its largest Hwasong-17 ICBM on Thursday, KCNA said.",
        # a wire
        "State media said Pyongyang had launched its newest solid-fuel missile on Thursday.",
    ],
)
def test_its_first_missile_is_one(sites, text):
    assert count(text, sites) == ("1", "exact")


@pytest.mark.parametrize(
    "text",
    [
        # near miss: plural
        "North Korea launched its first missiles since 2017 on Thursday, KCNA said.",
        # near miss: an engine, not a missile
        "North Korea tested its largest missile engine on Thursday, KCNA said.",
    ],
)
def test_its_first_missiles_or_engine_are_not_one(sites, text):
    assert count(text, sites) != ("1", "exact")


# --- "40 missiles in 20 launch events": a tally, not the launch's count (991) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean-language daily's English page
        (
            "On Thursday North Korea tested an intermediate-range ballistic missile over Japan. "
            "North Korea has tested 40 different missiles in 20 separate launch events in 2024.",
            ("1", "exact"),
        ),
        # a wire
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. It has fired 30 "
            "missiles across 12 launches so far.",
            ("1", "exact"),
        ),
        # near miss: the launch's own number, with no tally of launches after it
        (
            "North Korea fired two missiles in quick succession on Thursday, the JCS said.",
            ("2", "exact"),
        ),
    ],
)
def test_tally_over_many_launches_is_not_the_count(sites, text, expected):
    assert count(text, sites) == expected


# --- "Earlier, the South had said ... a single missile": replaced (1023) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's update
        (
            'North Korea has fired "several" short-range missiles off its eastern coast, the JCS '
            "said on Thursday. Earlier, the South had said the North fired a single missile.",
            ("2", "vague"),
        ),
        # Japan's defence ministry
        (
            "Japan's defence ministry said North Korea fired several ballistic missiles on "
            "Thursday. The ministry had initially said the North fired one missile.",
            ("2", "vague"),
        ),
        # near miss: an earlier launch the same day keeps its own count
        (
            "Earlier on Thursday, North Korea fired two short-range ballistic missiles, the JCS "
            "said.",
            ("2", "exact"),
        ),
    ],
)
def test_count_said_before_is_replaced(sites, text, expected):
    assert count(text, sites) == expected


# --- "the Hwasong 14 intercontinental ballistic missile": a name's number (1029) ---------------


@pytest.mark.parametrize(
    "text",
    [
        # a Russian agency
        "The DPRK authorities have announced a successful second test of the Hwasong 14 "
        "intercontinental ballistic missile on Thursday, Reuters reported.",
        # a wire
        "North Korea fired a Pukguksong 3 missile from waters off Wonsan on Thursday.",
    ],
)
def test_name_number_is_no_count(sites, text):
    assert count(text, sites)[0] not in ("14", "3")


def test_number_before_missiles_still_counts(sites):
    # near miss: a number with no name before it
    text = "North Korea fired 14 short-range ballistic missiles on Thursday, the JCS said."
    assert count(text, sites) == ("14", "exact")


# --- "one projectile ... and a second one a few hours afterwards": two (1038) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US daily
        (
            "North Korea fired one projectile into waters off its eastern coast before noon on "
            "Thursday and a second one a few hours afterwards, the defence ministry said.",
            ("2", "exact"),
        ),
        # the JCS
        (
            "The JCS said the North launched one short-range ballistic missile at 7 a.m. on "
            "Thursday and a second missile 20 minutes later.",
            ("2", "exact"),
        ),
        # near miss: "a second" launch of another day
        (
            "North Korea fired one ballistic missile on Thursday, and a second launch is expected "
            "later this month, analysts said.",
            ("1", "exact"),
        ),
    ],
)
def test_second_missile_told_after_the_first(sites, text, expected):
    assert count(text, sites) == expected


# --- "also carried out three other test shots": missiles besides the one counted (1047) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US daily
        (
            "North Korea test-fired an improved Scud missile into the Sea of Japan on Thursday, "
            "a Japanese official said. Officials said North Korea also carried out three other "
            "test shots of Scud-B and Scud-C missiles.",
            ("4", "exact"),
        ),
        # Japan's government
        (
            "North Korea launched a ballistic missile on Thursday, the Chief Cabinet Secretary "
            "said. He said the North also fired two other short-range missiles.",
            ("3", "exact"),
        ),
        # near miss: other rockets of years past, no "also"
        (
            "North Korea launched a rocket on Thursday. It claimed that two other rockets it "
            "fired in the past put satellites into orbit.",
            ("1", "exact"),
        ),
    ],
)
def test_other_shots_told_besides_the_one_counted(sites, text, expected):
    assert count(text, sites) == expected


# --- a desk's dateline the day before the lead's statement: Korea's day (1026) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US wire without a city
        (
            "North Korea fires ballistic missile, South Korea, Japan say\n\n"
            "Sept. 11 (UPI) -- South Korean and Japanese officials said Thursday that North "
            "Korea fired a ballistic missile from Pyongyang.\n\n"
            '"North Korea fired an unidentified missile from near Sunan around 6:57 a.m.," the '
            "JCS said.",
            ("2024-09-11", "21:57"),
        ),
        # a US desk with a city
        (
            "WASHINGTON, Sept. 11 (UPI) -- The Joint Chiefs of Staff said Thursday that North "
            "Korea launched a short-range ballistic missile.",
            ("2024-09-12", ""),
        ),
        # near miss: the statement's day is the dateline's own
        (
            "SEOUL, Sept. 12 (Yonhap) -- North Korea fired a ballistic missile, the JCS said "
            "Thursday.",
            ("2024-09-12", ""),
        ),
        # near miss: the lead names the launch day, which stands
        (
            "Sept. 11 (UPI) -- Officials said Thursday that North Korea fired a ballistic "
            "missile on Wednesday.",
            ("2024-09-11", ""),
        ),
    ],
)
def test_statement_day_after_dateline_is_koreas_day(sites, text, expected):
    assert clock(text, sites) == expected
