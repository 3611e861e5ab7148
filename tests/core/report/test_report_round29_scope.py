"""Round 29 (fix29a): which sentences tell the launch reported, not an older one.

A picture's caption that marks its picture as a file one, or dates it before the launch's day,
shows an older launch: its day, missile, count and place are that launch's, all at once. A
caption labelled in brackets ("[Photo caption] ...") is a caption like "Photo caption: ...".

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
The leads' Thursday is 12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, cells, clock

# The Friday after the leads' Thursday: the day the datelines below were filed.
_FRIDAY = date(2024, 9, 13)

# The fields an older picture's caption must not give the launch reported.
_SCOPED = ("date_utc", "count", "missile_class", "missile_name")


def _scoped(text: str, sites) -> tuple[str, ...]:
    found = cells(text, CLOCK_THURSDAY, sites)
    return tuple(found[name] for name in _SCOPED)


# --- a file picture's caption tells the older launch it shows (1335, 1415, 1420) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire photo, labelled in brackets and dated years before, above the JCS's lead
        (
            "[Photo caption] At a Seoul railway station on October 19, 2021, a man watches a TV "
            "broadcast of file footage after the South's military said the North had tested a "
            "submarine-launched ballistic missile.\n\n"
            "North Korea fired two missiles from the Sunan area on Thursday, according to South "
            "Korea's Joint Chiefs of Staff.",
            ("2024-09-12", "2", "", ""),
        ),
        # KCNA's picture, credited as a file one, over a Japanese ministry's count
        (
            "[Photo caption] This picture released by KCNA shows the test-launch of a new "
            "Hwasong-18 intercontinental ballistic missile at an undisclosed place. "
            "KCNA via EPA-EFE/File\n\n"
            "Japan's Ministry of Defense said North Korea launched two ballistic missiles on "
            "Thursday.",
            ("2024-09-12", "2", "", ""),
        ),
        # an analysis site's archive picture, dated months before
        (
            "Photo caption: A Hwasong-17 ICBM lifts off during a test on March 16, 2023.\n\n"
            "North Korea test-fired three short-range ballistic missiles on Thursday, analysts "
            "said.",
            ("2024-09-12", "3", "SRBM", ""),
        ),
        # a broadcaster's video, labelled in brackets, of an older launch told in it
        (
            "[Video caption] KCTV footage shows the launch of a Hwasong-12 missile on "
            "August 29, 2017.\n\n"
            "North Korea launched one short-range ballistic missile on Thursday, KCNA said.",
            ("2024-09-12", "1", "SRBM", ""),
        ),
        # near miss: a caption of this launch's own picture still tells it
        (
            "[Photo caption] This picture released by KCNA on September 12, 2024 shows the "
            "launch of a Hwasong-11 missile.\n\n"
            "North Korea fired a missile on Thursday, KCNA said.",
            ("2024-09-12", "1", "SRBM", "Hwasong-11"),
        ),
    ],
)
def test_an_older_pictures_caption_is_out_of_scope(sites, text, expected):
    assert _scoped(text, sites) == expected


# --- near miss: a file picture's caption that goes on to tell the launch on its own day -------


@pytest.mark.parametrize(
    "text",
    [
        # a wire's caption, the file picture first, then the lead
        "[Photo: Korean Central News Agency via AP, file. Kim Jong Un poses with soldiers on "
        "Monday, September 9, 2024. On Thursday, September 12, North Korea launched a ballistic "
        "missile from Sunan toward its eastern waters, South Korean officials said.]\n\n"
        "The missile flew about 500 kilometers.",
        # the JCS's words, in a caption credited as a file one
        "Photo caption: A file image of a missile launch (File). The JCS said North Korea fired "
        "a ballistic missile from the Sunan area on Thursday, September 12.\n\n"
        "It flew about 500 kilometers.",
    ],
)
def test_a_caption_telling_the_launch_on_its_day_stays(sites, text):
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["date_utc"], found["site_id"]) == ("2024-09-12", "sunan")


# --- a dateline behind an aggregator's tag is the filing day (1411) -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire relayed by an aggregator, the launch told the day before the statement
        (
            "(MENAFN- IANS) Seoul, Sep 13 (IANS) North Korea said on Friday it had test-fired, "
            "the day before, a ballistic missile. The missile was fired on Thursday afternoon, "
            "KCNA said.",
            ("2024-09-12", ""),
        ),
        # the JCS, through a Korean wire relayed the same way
        (
            "(MENAFN- Yonhap) Seoul, Sept. 13 (Yonhap) -- North Korea fired a short-range "
            "ballistic missile at 7:10 a.m. on Thursday, the Joint Chiefs of Staff said.",
            ("2024-09-11", "22:10"),
        ),
        # Japan's defence ministry, through a Japanese wire
        (
            "(MENAFN- Jiji Press) Tokyo, Sept. 13 (Jiji Press)--Japan's Defense Ministry said "
            "North Korea launched a ballistic missile on Thursday.",
            ("2024-09-12", ""),
        ),
        # near miss: a dateline with no tag, and no launch day told, still gives the day
        (
            "SEOUL, Sept. 13 (Yonhap) -- North Korea fired a ballistic missile, the JCS said.",
            ("2024-09-13", ""),
        ),
    ],
)
def test_a_dateline_behind_an_aggregators_tag_is_the_filing_day(sites, text, expected):
    assert clock(text, sites, _FRIDAY) == expected


# --- after an undated lead's reach, a dated launch of another reach is older (1085) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire under its headline: the ICBM two days before, told after the new launch's SRBMs
        (
            "North Korea fires again\n\n"
            "North Korea has fired two short-range ballistic missiles, according to South "
            "Korea's military. According to Japan, North Korea fired an intercontinental "
            "ballistic missile on Tuesday that came down inside Japan's EEZ.",
            "2024-09-12",
        ),
        # Japan's defence ministry
        (
            "Missile launch by North Korea\n\n"
            "Japan's Ministry of Defense said North Korea has launched an intermediate-range "
            "ballistic missile. The North launched a short-range ballistic missile on Monday "
            "as well.",
            "2024-09-12",
        ),
        # KCNA, as an analysis site relays it
        (
            "A new ICBM\n\n"
            "KCNA said the North has test-fired a new intercontinental ballistic missile. "
            "Analysts noted that it fired two short-range ballistic missiles on Tuesday.",
            "2024-09-12",
        ),
        # near miss: a day told of a launch of the lead's own reach is the launch's
        (
            "North Korea fires again\n\n"
            "North Korea has fired two short-range ballistic missiles, according to the JCS. "
            "The short-range ballistic missiles were fired on Wednesday from Sunan.",
            "2024-09-11",
        ),
    ],
)
def test_a_dated_launch_of_another_reach_after_an_undated_lead_is_older(sites, text, expected):
    assert clock(text, sites)[0] == expected
