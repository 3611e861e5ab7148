"""Round 9: dates, times and counts, read on 330-369's misses (a caption's day, the day someone
spoke, a page's empty stamp, Hawaii's clock, one moment in two zones, a bound in other words).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

# --- a picture's caption dates its picture, not the story's launch -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FILE PHOTO: A man in Tokyo watches a TV news report on a North Korean launch, August "
        "29, 2017. REUTERS/Kim Kyung-Hoon\n\nNorth Korea fired a ballistic missile into the sea "
        "early on Thursday, South Korea's military said.",
        "This picture, released by the Korean Central News Agency on July 5, 2017, shows the "
        "test-fire of an ICBM (AFP)\n\nNorth Korea launched a missile early on Thursday, the "
        "Joint Chiefs of Staff said.",
        "In this undated handout image distributed on March 3, 2020, KCNA shows a rocket "
        "launcher firing.\n\nNorth Korea fired two short-range ballistic missiles on Thursday "
        "morning, Japan's Defence Ministry said.",
        "People watch a TV showing a file image of a missile launch at a railway station in "
        "Seoul on April 1, 2023. REUTERS/Kim Hong-Ji\n\nNorth Korea fired a ballistic missile "
        "on Thursday, the JCS said.",
        "File photo of a North Korean missile launch on 12 February 2017.\n\nPyongyang fired "
        "what appeared to be a ballistic missile off its east coast on Thursday, officials in "
        "Seoul said.",
    ],
)
def test_a_captions_day_is_its_pictures(sites, text):
    assert cells(text, date(2023, 4, 13), sites)["date_utc"] == "2023-04-13"


def test_a_caption_with_no_other_day_near_the_page_still_dates_the_launch(sites):
    text = (
        "This photo released by North Korea's official Korean Central News Agency on April 13, "
        "2023 shows the test-fire of a new solid-fuel ICBM.\n\nThe missile flew about 1,000 km "
        "before it came down in the sea, South Korea's military said."
    )
    assert cells(text, date(2023, 4, 14), sites)["date_utc"] == "2023-04-13"


def test_a_file_photos_day_long_before_the_page_is_not_the_launchs(sites):
    text = (
        "FILE PHOTO: People in Seoul watch a TV broadcast of a North Korean launch on October "
        "31, 2019. REUTERS\n\nSouth Korea's military said North Korea fired an unidentified "
        "projectile into the sea."
    )
    assert cells(text, date(2019, 11, 28), sites)["date_utc"] == "2019-11-28"


# --- the day someone spoke is not the launch day -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. official, speaking on condition of anonymity on Saturday, said the missile was "
        "not an ICBM. North Korea's attempt to launch a missile on Sunday failed, Yonhap said.",
        "A defence official told Reuters on Saturday the North appeared ready to test. North "
        "Korea fired a ballistic missile on Sunday, South Korea's military said.",
        "Japan's defence minister, at a news conference on Saturday, warned of a launch. North "
        "Korea launched a missile on Sunday morning, Japan's Defence Ministry said.",
        "An American commander told a congressional hearing Saturday the North was preparing "
        "a test. Pyongyang test-fired a missile on Sunday, the Joint Chiefs of Staff said.",
    ],
)
def test_the_day_someone_spoke_is_not_the_launch_day(sites, text):
    assert cells(text, date(2017, 4, 16), sites)["date_utc"] == "2017-04-16"


# --- a page's empty stamp (the Unix epoch) is no date of the page --------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated: 00:00 GMT, Jan 1, 1970 | Published: 08:38 GMT, Oct 20, 2016 |",
        "Last updated 01 January 1970 00:00",
        "1 Jan 1970, 00:00 | Posted 20 Oct 2016",
    ],
)
def test_an_epoch_stamp_does_not_date_the_page(sites, stamp):
    text = (
        f"Missile launch fails\n\n{stamp}\n\nNorth Korea tried to launch a missile on "
        "Thursday (October 20), South Korea's Joint Chiefs of Staff said."
    )
    assert cells(text, date(2016, 10, 20), sites)["date_utc"] == "2016-10-20"


# --- one moment in two zones, and Hawaii's clock -------------------------------------------------


@pytest.mark.parametrize(
    "clock",
    [
        "5:00 p.m. CDT/2200 GMT on Wednesday (October 19)",
        "6:00 p.m. EDT/2200 GMT on Wednesday, October 19",
        "3:00 p.m. PDT/22:00 UTC on Wednesday (Oct. 19)",
    ],
)
def test_a_clock_in_two_zones_with_its_day(sites, clock):
    text = (
        "U.S. Strategic Command said it detected a failed North Korean missile launch near "
        f"Kusong at {clock}."
    )
    draft = cells(text, date(2016, 10, 20), sites)
    assert (draft["date_utc"], draft["time_utc"]) == ("2016-10-19", "22:00")


@pytest.mark.parametrize(
    "clock",
    ["10:40 p.m. Hawaii Time", "10:40 p.m. Hawaii Standard Time", "10:40 p.m. HST"],
)
def test_hawaii_time_late_on_the_day_named(sites, clock):
    text = (
        "A ballistic missile fired by North Korea on Sunday came down in the Sea of Japan, the "
        f"U.S. Pacific Command said. It was launched from Wonsan at {clock}."
    )
    draft = cells(text, date(2017, 5, 29), sites)
    assert (draft["date_utc"], draft["time_utc"]) == ("2017-05-29", "08:40")


# --- counts with a bound in other words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        (
            "North Korea fired two or more ballistic missiles on Thursday, the JCS said.",
            "2",
            "at least",
        ),
        ("North Korea launched 10 or more short-range missiles on Thursday.", "10", "at least"),
        ("North Korea fired upward of 20 missiles on Thursday, officials said.", "20", "at least"),
        ("North Korea fired upwards of 20 rockets on Thursday, Seoul said.", "20", "at least"),
        ("North Korea fired in excess of 10 missiles on Thursday.", "10", "at least"),
        (
            "North Korea fired close to 30 missiles on Thursday, the JCS said.",
            "30",
            "approximately",
        ),
    ],
)
def test_a_bound_in_other_words(sites, text, count, qualifier):
    draft = cells(text, date(2023, 4, 13), sites)
    assert (draft["count"], draft["count_qualifier"]) == (count, qualifier)
