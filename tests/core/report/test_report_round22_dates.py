"""Round 22 (fix22b): dates, clocks and counts read on 890-949's misses (the North's own clock
half an hour behind Seoul's, a wire photo's caption dated years before, a statement's day opening
a sentence about a name).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, reporters

# --- "2:47 a.m. Pyongyang time", "6.19am local time in North Korea": UTC+8:30 from 15 August 2015
# to 4 May 2018 (944, 947) ------------------------------------------------------------------------

WEDNESDAY_2017 = date(2017, 11, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a missile at 3:17 a.m. Pyongyang time on Wednesday, the JCS said.",
            ("2017-11-28", "18:47"),
        ),
        (
            "The launch came at 6:30 a.m. North Korean time on Wednesday, officials in Seoul said.",
            ("2017-11-28", "22:00"),
        ),
        (
            "The missiles were launched between 7.10am and 7.40am local time in North Korea on "
            "Wednesday, US Pacific Command said.",
            ("2017-11-28", "22:40"),
        ),
        (
            "Pyongyang test-fired the rocket at 10:05 a.m. (Pyongyang Standard Time) on Wednesday.",
            ("2017-11-29", "01:35"),
        ),
    ],
)
def test_pyongyang_time_half_hour_behind(sites, text, expected):
    assert clock(text, sites, WEDNESDAY_2017) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the North's clock back on Seoul's after May 2018
        (
            "North Korea fired a missile at 3:17 a.m. Pyongyang time on Thursday, the JCS said.",
            date(2024, 9, 12),
            ("2024-09-11", "18:17"),
        ),
        # a local clock not placed in the North is Seoul's
        (
            "North Korea fired a missile at 6:57 a.m. local time on Wednesday, Seoul said.",
            WEDNESDAY_2017,
            ("2017-11-28", "21:57"),
        ),
        # before August 2015
        (
            "The missile was launched at 6:30 a.m. North Korean time on Friday, Tokyo said.",
            date(2014, 3, 28),
            ("2014-03-27", "21:30"),
        ),
    ],
)
def test_pyongyang_time_near_misses(sites, text, published, expected):
    assert clock(text, sites, published) == expected


# --- "People watch a TV showing a file picture ..., July 31, 2019. / Reuters": a wire photo's
# caption, whose date is the picture's (900) ------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "People watch a TV showing a file picture of a North Korean missile launch during a news "
        "report, in Seoul, South Korea, March 5, 2024. / Reuters",
        "Commuters walk past a television screen showing a news broadcast of a missile launch "
        "at a railway station in Seoul on May 4, 2024.",
        "A man watches a large screen showing file footage of a North Korean rocket, "
        "in Seoul, 10 June 2024. / AFP",
        "The launch was shown on a news programme in Seoul, Jan. 2, 2024. / Yonhap",
    ],
)
def test_wire_photo_caption_dates_its_picture(sites, caption):
    text = (
        "North Korea fires two missiles\n\n"
        f"{caption}\n\n"
        "North Korea fired two ballistic missiles toward the Sea of Japan on Thursday, "
        "South Korea's military said."
    )
    assert clock(text, sites)[0] == "2024-09-12"


def test_caption_near_miss_story_sentence_keeps_its_day(sites):
    # people watching told in the story, not a caption: its day is the launch's
    text = (
        "North Korea fires a missile\n\n"
        "People watched on Tuesday as North Korea fired a ballistic missile into the sea, "
        "South Korea's military said."
    )
    assert clock(text, sites)[0] == "2024-09-10"


# --- "Earlier on Saturday, state media KCNA said North Korean leader Kim had guided an artillery
# drill on Friday": the opening day is the statement's (900) ------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "Earlier on Thursday, state media KCNA said North Korean leader Kim Jong Un had guided "
        "an artillery fire contest between army units on Wednesday.",
        "On Thursday, KCNA said Kim Jong Un had overseen a firing drill of artillery units the "
        "day before.",
        "Early on Thursday, the Korean Central News Agency said Pyongyang had held artillery "
        "firing drills on Wednesday.",
    ],
)
def test_statement_day_before_a_name(sites, aside):
    text = (
        "North Korea fired two ballistic missiles into the sea on Thursday, South Korea's "
        f"military said.\n\n{aside}"
    )
    assert reporters(text, sites) == "JCS"
    assert clock(text, sites, date(2023, 4, 13))[0] == "2023-04-13"


def test_statement_day_near_miss_launch_told(sites):
    # the statement opened by its day tells the launch itself: that day is the launch's
    text = (
        "North Korea fires missiles\n\n"
        "Early on Tuesday, South Korea's Joint Chiefs of Staff said North Korea had fired three "
        "missiles toward the sea."
    )
    assert clock(text, sites)[0] == "2024-09-10"
