"""Round 30 (fix30b): the launch's day, clock and count, read as a reader takes them.

A clock a missile hits the sea at is a fall's; a clock of guns fired with no missile is not the
launch's; a clock alone in brackets in a post set into the page is when it was posted; a US
clock's bracketed UTC clock with its own day gives the UTC day; "N more followed" the first of
the missiles counted are among them; a bracketed dateline's filing day yields to a day the story
tells the launch on; a day opening a sentence yields to the day its launch verb gives; an event
still to come after "before" names no launch day. Each cause is tried in several outlets'
phrasings, written for these tests, with a near miss. The leads' Thursday is 12 September 2024
(`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, clock, count

# --- a clock the missile hits the sea at is a fall's (1542) -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Spanish wire quoting Japan's vice-minister
        (
            "North Korea fired a missile on Thursday. The vice-minister said the missile hit "
            "waters inside Japan's exclusive economic zone at 15.44 local time (6.44 GMT).",
            ("2024-09-12", ""),
        ),
        # Japan's ministry: struck the sea, a 12-hour clock
        (
            "The Ministry of Defense said the ballistic missile launched by North Korea on "
            "Thursday struck the sea west of Hokkaido at about 3:44 p.m.",
            ("2024-09-12", ""),
        ),
        # an analysis site: hit its target
        (
            "North Korea test-fired a cruise missile on Thursday; state media said it hit the "
            "designated target at 10:20 a.m.",
            ("2024-09-12", ""),
        ),
        # near miss: the launch clock stands beside the fall
        (
            "North Korea launched a missile at 2:33 p.m. on Thursday, and it hit waters inside "
            "Japan's EEZ about 70 minutes later, the JCS said.",
            ("2024-09-12", "05:33"),
        ),
    ],
)
def test_a_clock_the_missile_hits_the_sea_at_is_a_fall(text, expected, sites):
    assert clock(text, sites) == expected


# --- guns fired with no missile in the sentence give no launch clock (1523) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an events page: artillery in the buffer zones, the missile earlier with no clock
        (
            "On 12 September 2024, at about 1700 local time (0800 UTC), the North Korean "
            "military fired some 200 artillery rounds into the buffer zones. Earlier that day it "
            "test-fired a short-range ballistic missile.",
            ("2024-09-12", ""),
        ),
        # the JCS: shells, a 12-hour clock
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. It also fired "
            "about 90 shells from coastal howitzers at 2:10 p.m.",
            ("2024-09-12", ""),
        ),
        # near miss: a missile told in the same sentence keeps the clock
        (
            "North Korea fired a ballistic missile and some artillery rounds at 2:10 p.m. on "
            "Thursday, the JCS said.",
            ("2024-09-12", "05:10"),
        ),
    ],
)
def test_guns_fired_with_no_missile_give_no_launch_clock(text, expected, sites):
    assert clock(text, sites) == expected


# --- a clock alone in brackets in a post set into the page is when it was posted (1502) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Indian site embedding the Prime Minister's office's post
        (
            "North Korea fired two ballistic missiles on Thursday, the JCS said.\n\n"
            "Instructions by the Prime Minister on the Missile Launch by North Korea (11:47) "
            "pic.twitter.com/abc123XYZ\n-- PM's Office of Japan (@JPN_PMO) September 12, 2024",
            ("2024-09-12", ""),
        ),
        # a ministry's post, signed by its handle
        (
            "North Korea launched a missile on Thursday.\n\n"
            "Press conference by the Defense Minister on the missile launch (16:05) "
            "-- Japan Ministry of Defense (@ModJapan_en) September 12, 2024",
            ("2024-09-12", ""),
        ),
        # near miss: a command's post telling the launch's clock keeps it
        (
            "North Korea launched a missile on Thursday.\n\n"
            "[Post, U.S. Indo-Pacific Command (@INDOPACOM): we detected and tracked a North "
            "Korean missile launch at 2:29 p.m. HST.]",
            ("2024-09-13", "00:29"),
        ),
    ],
)
def test_a_posts_bracketed_clock_is_when_it_was_posted(text, expected, sites):
    assert clock(text, sites) == expected


# --- a US clock's bracketed UTC clock with its own day gives the UTC day (1576) ----------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Washington wire: the dateline's US day, the bracket's UTC Wednesday
        (
            "WASHINGTON Dec 11 - U.S. systems detected the rocket launched by North Korea on "
            "Tuesday. The launch was detected at 7:49 p.m. EST (0049 GMT Wednesday).",
            date(2012, 12, 12),
            ("2012-12-12", "00:49"),
        ),
        # a US desk: "on" before the bracket's day, a colon in its clock
        (
            "WASHINGTON Sept 11 - U.S. radars tracked the missile launched by North Korea on "
            "Wednesday, officials said. NORAD detected it at 9:10 p.m. EDT (01:10 GMT on "
            "Thursday).",
            CLOCK_THURSDAY,
            ("2024-09-12", "01:10"),
        ),
        # near miss: a bracket with no day leaves the US weekday rule as it was
        (
            "North Korea launched another ballistic missile on Wednesday. A Pentagon "
            "spokesperson said the launch happened at about 1:30 p.m. EDT (1730 GMT).",
            CLOCK_THURSDAY,
            ("2024-09-11", "17:30"),
        ),
    ],
)
def test_a_us_clocks_bracketed_utc_day_is_the_utc_day(text, published, expected, sites):
    assert clock(text, sites, published) == expected


# --- "N more followed" the first of those counted are among them (1540) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyodo relayed: the first, then "two more followed", in a clause after a semicolon
        (
            "North Korea launched three missiles on Thursday, the JCS said. The first projectile "
            "was fired at around 6 a.m.; two more followed at 6:37 a.m. and 6:42 a.m.",
            ("3", "exact"),
        ),
        # Japan's ministry: the first missile, then three more, in one sentence
        (
            "The Ministry of Defense said North Korea fired four ballistic missiles on Thursday. "
            "The first missile flew about 300 km and three more followed within the hour.",
            ("4", "exact"),
        ),
        # near miss: others followed the salvo counted, not its first
        (
            "North Korea fired three short-range rockets on Thursday, and two others followed a "
            "short time later, the JCS said.",
            ("5", "exact"),
        ),
    ],
)
def test_more_that_followed_the_first_are_among_those_counted(text, expected, sites):
    assert count(text, sites) == expected


# --- a bracketed dateline's filing day yields to the story's launch day (1556) -----------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an aggregator of a Russian wire: the test reported on Sunday, the launch on Saturday
        (
            "North Korea Claims Successful Test Of New Weapon\n\n"
            "MOSCOW (UrduPoint News / Sputnik - 25th August, 2019) North Korea has tested a new "
            "multiple rocket launcher, the Korean Central News Agency reported on Sunday.\n\n"
            "On Saturday morning, Pyongyang fired two projectiles into the Sea of Japan.",
            date(2019, 8, 25),
            ("2019-08-24", ""),
        ),
        # a Turkish agency: KCNA's Friday, the launch on Thursday morning
        (
            "North Korea tests new missile\n\n"
            "ANKARA (Anadolu Agency / AA - 13th September, 2024) North Korea has successfully "
            "tested a new tactical missile, the Korean Central News Agency reported on Friday."
            "\n\nOn Thursday morning, Pyongyang fired unidentified projectiles toward the East "
            "Sea.",
            date(2024, 9, 13),
            ("2024-09-12", ""),
        ),
        # a Chinese wire, the month first
        (
            "North Korea tests new rocket\n\n"
            "BEIJING (Xinhua - September 13, 2024) The DPRK has test-fired a new rocket, state "
            "media said on Friday.\n\nOn Thursday, the DPRK launched it toward the East Sea.",
            date(2024, 9, 13),
            ("2024-09-12", ""),
        ),
        # near miss: only statements' days, so the filing day stands in for the launch's
        (
            "MOSCOW (UrduPoint News / Sputnik - 13th September, 2024) North Korea has tested a "
            "ballistic missile once more, Yonhap reported on Thursday.\n\nJapan's broadcaster "
            "reported later on Thursday that the missile fell outside the EEZ.",
            date(2024, 9, 13),
            ("2024-09-13", ""),
        ),
    ],
)
def test_a_bracketed_datelines_day_yields_to_the_launch_day(text, published, expected, sites):
    assert clock(text, sites, published) == expected


# --- a day opening the sentence yields to the day its launch verb gives (1544) -----------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a US site: photos released on Monday of a missile launched on Sunday
        (
            "On Monday the North Korean regime released photos of the intermediate-range "
            "ballistic missile it launched on Sunday.",
            date(2022, 2, 1),
            ("2022-01-30", ""),
        ),
        # KCNA relayed: pictures published on Friday of the rockets fired Thursday
        (
            "On Friday state media published pictures of the rockets the North fired on "
            "Thursday, showing Kim Jong Un watching.",
            date(2024, 9, 13),
            ("2024-09-12", ""),
        ),
        # near miss: the opening day is the launch's, the later one another event's
        (
            "On Thursday North Korea fired a ballistic missile, a week after the talks it "
            "held on Wednesday.",
            CLOCK_THURSDAY,
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_launch_verbs_day_beats_the_sentences_opening_day(text, published, expected, sites):
    assert clock(text, sites, published) == expected


# --- an event still to come after "before" names no launch day (1543) --------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an Indian channel: an election to come, no launch day named
        (
            "North Korea said it carried out another important test, KCNA reported. The test came "
            "only days before South Korea holds a presidential election on Wednesday.",
            date(2022, 3, 6),
            ("2022-03-06", ""),
        ),
        # a wire: talks that open on a day to come
        (
            "North Korea fired a ballistic missile, Japan's defence ministry said, hours before "
            "the allies' envoys open talks on Friday.",
            date(2024, 9, 12),
            ("2024-09-12", ""),
        ),
        # near miss: the launch's own weekday is still read
        (
            "North Korea fired a ballistic missile on Tuesday, days before South Korea holds its "
            "election.",
            CLOCK_THURSDAY,
            ("2024-09-10", ""),
        ),
    ],
)
def test_an_event_to_come_after_before_names_no_launch_day(text, published, expected, sites):
    assert clock(text, sites, published) == expected
