"""Round 32 (fix32b): the launch's day and count, read as a reader takes them.

Missiles put on show at a parade are no launch's count; a perfect that counts missiles up to a
period told after them ("have now been test-launched ... this year") is a tally; a possessive
day owning the launch ("Sunday's launch") is the launch's day whoever the sentence cites; a
quoted "today" or "yesterday" counts from the day its speaker gave the quotation; a caption's
picture of the launch itself is dated by the day it was taken; the day an order for the launch
was given is not the launch's; a day opening the sentence yields to the day a launch noun is
given ("reported a missile launch on Tuesday"). Each cause is tried in several outlets'
phrasings, written for these tests, with a near miss. The leads' Thursday is 12 September 2024
(`drafting.CLOCK_THURSDAY`); a Friday page is the 13th.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count

FRIDAY = date(2024, 9, 13)

# --- missiles put on show are no launch's count (1755) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish broadcaster: a parade "at which it displayed"
        (
            "North Korea fired a ballistic missile on Thursday. The launch followed a parade at "
            "which the North displayed nearly 60 missiles.",
            ("1", "exact"),
        ),
        # a wire: "showed off"
        (
            "North Korea fired a ballistic missile on Thursday. The launch came as the North "
            "showed off about 40 missiles and launchers in the capital.",
            ("1", "exact"),
        ),
        # an analysis site: the missiles told first, then "were paraded"
        (
            "The North test-fired a cruise missile on Thursday. The test came as some 30 "
            "missiles were paraded through Kim Il Sung Square, among them a new ICBM.",
            ("1", "exact"),
        ),
        # KCNA relayed: "on display"
        (
            "KCNA said the country launched a hypersonic missile on Thursday. The launch was "
            "watched by crowds who also saw a dozen missiles on display at an exhibition.",
            ("1", "exact"),
        ),
        # near miss: missiles fired are counted, whatever a parade showed
        (
            "North Korea fired three ballistic missiles on Thursday, a week after a parade, "
            "the JCS said.",
            ("3", "exact"),
        ),
    ],
)
def test_missiles_put_on_show_are_no_count(text, expected, sites):
    assert count(text, sites) == expected


# --- a perfect counting missiles up to a period told after them is a tally (1470) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US aggregator
        (
            "North Korea fired a ballistic missile on Thursday. At least a dozen missiles have "
            "now been test-launched by North Korea this year.",
            ("1", "exact"),
        ),
        # a wire: "so far"
        (
            "North Korea launched a short-range missile on Thursday. The launch was its 12th "
            "this year, and more than 20 missiles have been fired by the North so far.",
            ("1", "exact"),
        ),
        # Japan's ministry: "to date"
        (
            "North Korea launched a ballistic missile on Thursday, Japan's defence ministry "
            "said. Around 30 missiles have been launched toward the Sea of Japan to date.",
            ("1", "exact"),
        ),
        # near miss: the launch's own missiles, told in the perfect with no period
        (
            "Two ballistic missiles have been fired by North Korea on Thursday, the JCS said.",
            ("2", "exact"),
        ),
    ],
)
def test_a_perfect_counting_up_to_a_period_is_a_tally(text, expected, sites):
    assert count(text, sites) == expected


# --- a possessive day owning the launch is the launch's, whoever is cited (1710) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire relaying KCNA
        (
            "On Friday North Korea said it had flight-tested a new missile. According to the "
            "North's official Korean Central News Agency, Thursday's launch was meant to check "
            "its engines.",
            ("2024-09-12", ""),
        ),
        # Japan's ministry cited
        (
            "North Korea said on Friday it had tested a new solid-fuel missile. According to "
            "Japan's Ministry of Defense, Thursday's missile test ended in the sea.",
            ("2024-09-12", ""),
        ),
        # an analysis site: "Per the JCS,"
        (
            "Pyongyang announced on Friday that it had fired a hypersonic missile. Per the JCS, "
            "Thursday's firing came from near the capital.",
            ("2024-09-12", ""),
        ),
        # near miss: a statement's possessive day stays the statement's
        (
            "North Korea fired a missile, the JCS said. According to KCNA, Friday's statement "
            "called the test a success.",
            ("2024-09-13", ""),
        ),
    ],
)
def test_a_launchs_possessive_day_is_its_own(text, expected, sites):
    assert clock(text, sites, FRIDAY) == expected


# --- a quoted "today" counts from the day its speaker spoke (1709) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the JCS, a quotation over two sentences, given on Thursday, on Friday's page
        (
            '"We detected two short-range ballistic missiles being launched toward the East Sea '
            'at 7:44 this morning. They flew 300 km," the Joint Chiefs of Staff said on Thursday.',
            ("2024-09-11", "22:44"),
        ),
        # Japan's minister, one sentence
        (
            '"North Korea launched a ballistic missile at around 6:10 a.m. today," Japan\'s '
            "defence minister told reporters on Thursday.",
            ("2024-09-11", "21:10"),
        ),
        # a wire quoting KCNA: "yesterday", from the day it spoke
        (
            '"The test-fire of a new missile was conducted early yesterday. It was a success," '
            "KCNA said on Thursday.",
            ("2024-09-11", ""),
        ),
        # near miss: a quotation with no day of its speaking keeps the page's
        (
            '"North Korea fired a ballistic missile this morning," the JCS said.',
            ("2024-09-13", ""),
        ),
    ],
)
def test_a_quoted_today_is_the_speakers(text, expected, sites):
    assert clock(text, sites, FRIDAY) == expected


# --- a caption's picture of the launch is dated by the day it was taken (1703) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish site: taken, then released by KCNA
        (
            "[Photo caption: The launch of a hypersonic missile in North Korea, in a picture "
            "taken on September 12, 2024 and released by KCNA on September 13, 2024. (AFP)]\n\n"
            "State media reported on Friday that Kim Jong Un said the system tested this week "
            "would deter rivals.",
            ("2024-09-12", ""),
        ),
        # a wire's photo line: "shows the test-firing of"
        (
            "Photo: This picture taken on September 12, 2024 shows the test-firing of a new "
            "cruise missile. (Yonhap)\n\nNorth Korea said on Friday it had tested a new weapon.",
            ("2024-09-12", ""),
        ),
        # near miss: a satellite picture of the pad dates the preparations, not the launch
        (
            "This satellite image taken on September 10, 2024 shows a missile on the "
            "launchpad. (Reuters)\n\nNorth Korea said on Friday it had tested a new weapon.",
            ("2024-09-13", ""),
        ),
    ],
)
def test_a_captions_picture_of_the_launch_dates_it(text, expected, sites):
    assert clock(text, sites, FRIDAY) == expected


# --- the day an order was given is not the launch's (1752, 1661) --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyodo: "the test, which Kim ordered on Thursday"
        (
            "North Korea announced Friday that it had test-launched a new ICBM. The North said "
            "the test, which leader Kim Jong Un ordered on Thursday, was a success.",
            ("2024-09-13", ""),
        ),
        # an aggregator: "ordered the missile launch on Thursday"
        (
            "North Korea says it has tested a new missile. Media reports say Kim ordered the "
            "missile launch on Thursday.",
            ("2024-09-13", ""),
        ),
        # an analysis site: "signed off on"
        (
            "Pyongyang said on Friday it had fired a new intermediate-range missile, a launch "
            "Kim Jong Un signed off on Thursday.",
            ("2024-09-13", ""),
        ),
        # near miss: an order to fire, then the firing's own day
        (
            "Kim Jong Un ordered the army to fire a new missile, and it was launched on "
            "Thursday, KCNA said.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_an_orders_day_is_not_the_launchs(text, expected, sites):
    assert clock(text, sites, FRIDAY) == expected


# --- a day opening the sentence yields to the day a launch noun is given (1443) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wiki news page: the newspaper's day, then the launch's
        (
            "On Friday, state media reported a cruise missile launch on Thursday that Kim Jong "
            "Un watched.",
            ("2024-09-12", ""),
        ),
        # KCNA relayed, the opening day written out
        (
            "On September 13, KCNA announced a successful missile test on Thursday.",
            ("2024-09-12", ""),
        ),
        # Japan's ministry: "the launch early on Thursday"
        (
            "On Friday, Japan's defence ministry described the launch early on Thursday as a "
            "threat.",
            ("2024-09-12", ""),
        ),
        # near miss: the opening day has a launch of its own; the later one is an older launch's
        (
            "On Friday North Korea fired a ballistic missile from the site of a failed satellite "
            "launch on Wednesday.",
            ("2024-09-13", ""),
        ),
    ],
)
def test_an_opening_day_yields_to_a_launch_nouns_day(text, expected, sites):
    assert clock(text, sites, FRIDAY) == expected
