"""Round 20 (fix20b): launch days read on 770-829's misses (the day a picture or a programme was
put out, a launch others only foresaw, a day past the lead's statement, a day written on the launch
noun itself).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count

FRIDAY = date(2024, 9, 13)

# --- "in this photo that KCNA released last Wednesday": a picture's day (775, 795) --------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles into the sea, South Korea's military said.\n\n"
        "One of the missiles is seen in a photo that state media released last Monday.",
        "Pyongyang launched two short-range missiles, Seoul said.\n\n"
        "A similar weapon is shown in images the regime distributed last Sunday.",
        "North Korea has launched two missiles, the JCS said.\n\n"
        "State TV footage aired on Tuesday showed a launcher of the same kind.",
    ],
)
def test_day_a_picture_was_put_out_is_not_the_launch(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, Sept. 10 (UPI) -- The three missiles North Korea launched early Tuesday were a "
        "drill, the North says.\n\nA state TV segment broadcast on Wednesday, local time, said "
        "the army fired the missiles at mock targets.",
        "SEOUL, Sept. 10 (UPI) -- North Korea fired three missiles early Tuesday, the North "
        "says.\n\nA KCTV bulletin aired Wednesday, local time, said the army fired the missiles "
        "as a drill.",
    ],
)
def test_broadcast_day_local_time_is_not_the_launch(sites, text):
    assert clock(text, sites, date(2024, 9, 10))[0] == "2024-09-10"


def test_launch_day_pinned_to_local_time_still_read(sites):
    # Near miss: the next day pinned to Korea's clock is the launch's where it is fired then.
    text = (
        "North Korea launched a missile on Tuesday afternoon, officials said. Yonhap said the "
        'North "fired an unidentified ballistic missile early Wednesday," local time.'
    )
    assert clock(text, sites, date(2024, 9, 10))[0] == "2024-09-11"


# --- "the U.S. said it knew of reports that Pyongyang was getting ready to test": foreseen (801) --


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile off its east coast, South Korean officials said on "
        "Friday. On Thursday Washington said the North was getting ready to test new missiles.",
        "Pyongyang launched a missile, Seoul said on Friday. On Thursday Tokyo said the North "
        "looked poised to fire a missile within days.",
        "North Korea test-fired a missile, officials said on Friday. On Thursday analysts said "
        "the North was expected to launch a missile soon.",
    ],
)
def test_launch_foreseen_on_a_day_is_not_the_launch(sites, text):
    assert clock(text, sites, FRIDAY)[0] == "2024-09-13"


def test_launch_told_on_a_day_still_read(sites):
    # Near miss: a launch told on the day, with an expectation beside it.
    text = (
        "North Korea fired a missile on Thursday, officials said on Friday. It was expected to "
        "be a test of a new engine."
    )
    assert clock(text, sites, FRIDAY)[0] == "2024-09-12"


# --- 'said on Thursday ... On Saturday North Korea tested': a day past the statement (778) ------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's military said on Tuesday that North Korea fired two missiles, its second "
        "firing in a week.\n\nOn Friday North Korea tested what analysts called a new rocket.",
        "North Korea launched two short-range missiles, Seoul's defence ministry said on Tuesday."
        "\n\nOn Friday the North fired a missile for the first time in months.",
    ],
)
def test_day_past_the_statement_is_another_launch(sites, text):
    assert clock(text, sites)[0] == "2024-09-10"


def test_day_after_the_statement_still_read(sites):
    # Near miss: a desk a day behind Korea tells a launch of the next local day.
    text = (
        "North Korea fired a missile early Friday, local time, officials said on Thursday, the "
        "Yonhap news agency reported."
    )
    assert clock(text, sites, FRIDAY)[0] == "2024-09-13"


# --- "gave the order for the Oct. 31 launch": a day on the launch noun (812, 818) ---------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "State media on Sept. 13 said North Korea had succeeded with its new ICBM. Kim "
            "oversaw the Sept. 12 launch himself, the paper said.",
            "2024-09-12",
        ),
        (
            "North Korea said its attempt on Sept. 12 to put a spy satellite into orbit had "
            "failed, state media reported.",
            "2024-09-12",
        ),
        (
            "KCNA said on Sept. 13 the test had gone well. Kim watched the launch of Sept. 12 "
            "from a nearby post.",
            "2024-09-12",
        ),
    ],
)
def test_day_on_the_launch_noun_is_the_launch(sites, text, day):
    assert clock(text, sites, FRIDAY)[0] == day


def test_older_day_on_a_launch_noun_not_read(sites):
    # Near miss: a launch noun's day weeks before the page is an older launch's.
    text = (
        "State media on Sept. 13 said North Korea had succeeded with its new ICBM. Kim recalled "
        "the Aug. 1 launch as a turning point."
    )
    assert clock(text, sites, FRIDAY)[0] == "2024-09-13"


def test_satellite_attempt_counts_one(sites):
    text = (
        "North Korea said its attempt on Sept. 12 to put a new reconnaissance satellite into "
        "orbit had failed, citing state media."
    )
    assert count(text, sites, FRIDAY) == ("1", "exact")


# --- "Thursday's launch makes eight Musudan missiles fired": a tally's count (790) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, the JCS said.\n\nThursday's launch "
        "makes eight Musudan missiles fired by the North this year.",
        "Pyongyang launched a missile on Thursday, Seoul said. The test made 15 missiles launched "
        "so far this year.",
        "North Korea test-fired a missile on Thursday, officials said. The firing makes 12 "
        "ballistic missiles it has fired in 2024.",
    ],
)
def test_tally_the_launch_makes_is_not_its_count(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_count_beside_making_still_read(sites):
    # Near miss: "making" with no tally of launches after it.
    text = "North Korea fired three missiles on Thursday, making a show of force, the JCS said."
    assert count(text, sites) == ("3", "exact")
