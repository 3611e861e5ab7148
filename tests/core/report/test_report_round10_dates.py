"""Round 10: dates and times, read on 370-409's misses (a span of clocks written with full stops,
a photo agency's credit, the event a launch follows, the earlier launch of a count, a later
sentence's older day).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

# --- "between 5.15 and 6.40 am": the span's first clock, sharing the am/pm -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired three missiles between 5.15 and 6.40 am local time on Tuesday, "
            "the JCS said.",
            "20:15",
        ),
        (
            "The missiles were launched from 7.05 to 7.40 a.m. on Tuesday, Seoul's military said.",
            "22:05",
        ),
        (
            "Pyongyang test-fired two rockets on Tuesday at some time between 2.30 and 3 pm, "
            "officials said.",
            "05:30",
        ),
    ],
)
def test_a_span_of_clocks_with_full_stops_starts_at_its_first(sites, text, expected):
    assert cells(text, date(2016, 7, 19), sites)["time_utc"] == expected


def test_a_decimal_beside_a_clock_is_no_clock(sites):
    # Near miss: "2.5 to 3 km" is a distance span, not a clock; the launch time is the stated one.
    text = (
        "North Korea fired a missile at 7:10 a.m. on Tuesday that flew 2.5 to 3 km above a "
        "test stand before the 4 pm meeting, the JCS said."
    )
    assert cells(text, date(2016, 7, 19), sites)["time_utc"] == "22:10"


# --- a photo agency's credit closes a caption ----------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    ["AP Photo/Ahn Young-joon", "Reuters Photo/Kim Hong-Ji", "AFP Photo/Jung Yeon-je"],
)
def test_a_caption_closed_by_a_photo_credit_dates_its_picture(sites, credit):
    text = (
        "North Korea said Sunday it had test-fired a ballistic missile from a submarine.\n\n"
        "A man watches a TV news program at a station in Seoul on April 24, 2016, showing the "
        f"missile North Korea claimed to have launched. {credit}\n\n"
        "The projectile flew about 30 kilometers on Saturday evening, the Joint Chiefs of Staff "
        "said."
    )
    assert cells(text, date(2016, 4, 24), sites)["date_utc"] == "2016-04-23"


def test_a_credit_with_no_agency_is_no_caption(sites):
    # Near miss: "Photo/Design" after an outlet's own word is no agency credit; the launch day
    # stays the one the story gives.
    text = (
        "North Korea fired a ballistic missile on Sunday, South Korea's military said.\n\n"
        "Readers sent in pictures on April 24, 2016. Photo/Design desk"
    )
    assert cells(text, date(2016, 4, 24), sites)["date_utc"] == "2016-04-24"


# --- the launches "follow" an event: its day is not theirs ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The latest launches follow Kim's claim on Wednesday that the North had small warheads.",
        "The firings follow a party meeting on Wednesday at which Kim called for more weapons.",
        "Both tests follow the North's warning on Wednesday that it would answer the drills.",
    ],
)
def test_the_day_of_what_the_launches_follow_is_not_theirs(sites, sentence):
    text = (
        "March 10, 2016\n\nNorth Korea has fired two short-range missiles into the sea, Yonhap "
        f"said on Thursday morning.\n\n{sentence}"
    )
    assert cells(text, date(2016, 3, 10), sites)["date_utc"] == "2016-03-10"


def test_a_launch_followed_by_its_statement_keeps_its_day(sites):
    # Near miss: "followed by" names what came after; the day before it is the launch's.
    text = (
        "North Korea fired two missiles on Wednesday, followed by a statement from its army.\n\n"
        "Yonhap reported the launches on Thursday."
    )
    assert cells(text, date(2016, 3, 10), sites)["date_utc"] == "2016-03-09"


# --- "The first came on January 6": the earlier launch of a count --------------------------------


@pytest.mark.parametrize(
    "recalled",
    [
        "The first came on January 6, when a hypersonic missile was fired from near Pyongyang.",
        "The first one took place on January 6, when a missile was launched toward the sea.",
        "Its previous launch was on January 6, when it fired a hypersonic missile.",
    ],
)
def test_the_first_of_a_count_is_an_older_launch(sites, recalled):
    text = (
        "North Korea fires projectile toward East Sea\n\nSouth Korea's Joint Chiefs of Staff "
        "said on the morning of January 14 (local time) that North Korea had fired an "
        "unidentified projectile toward the East Sea.\n\nIt is the North's second launch of the "
        f"year. {recalled} According to the JCS, the missile launched on January 6 flew about "
        "1,100 kilometers."
    )
    found = cells(text, date(2025, 1, 14), sites)
    assert found["date_utc"] == "2025-01-14"
    assert found["range_km"] == ""


def test_the_first_missile_of_the_salvo_is_this_launchs(sites):
    # Near miss: "The first missile was fired at 7:10" times the launch reported, no older one.
    text = (
        "North Korea fired two ballistic missiles on Tuesday, the JCS said. The first was fired "
        "at 7:10 a.m. and flew about 600 km."
    )
    found = cells(text, date(2025, 1, 14), sites)
    assert (found["date_utc"], found["time_utc"], found["range_km"]) == (
        "2025-01-13",
        "22:10",
        "600",
    )


# --- after a lead with no day, an older day written out is an older launch -----------------------


@pytest.mark.parametrize(
    "older",
    [
        "On Aug 14, five tactical missiles of the new type were also fired.",
        "Five missiles of the same kind were launched on August 14 from the same area.",
        "North Korea fired two Scud missiles on Aug. 14 as well.",
    ],
)
def test_a_later_sentences_older_day_is_an_older_launch(sites, older):
    text = (
        "DPRK fires 3 short-range projectiles into east waters\n\nUpdated: 2014-09-06 10:28\n\n"
        "SEOUL -- North Korea fired three short-range projectiles "
        "between 7 am and 7:40 am local time, Yonhap News Agency reported Saturday.\n\n"
        f"{older}"
    )
    found = cells(text, date(2014, 9, 6), sites)
    assert (found["date_utc"], found["time_utc"]) == ("2014-09-05", "22:00")


def test_a_dated_lead_days_before_the_page_keeps_its_day(sites):
    # Near miss: an analysis filed days later whose own lead dates the launch.
    text = (
        "North Korea carries out successful missile launch\n\n01 August 2017\n\nNorth Korea "
        "carried out another test of the Hwasong-14 ICBM on 28 July 2017."
    )
    assert cells(text, date(2017, 8, 1), sites)["date_utc"] == "2017-07-28"


# --- a launch the report tells only weeks on ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "North Korea carried out a test-launch of a ballistic missile from a submarine last "
            "month, the Free Beacon reported, citing U.S. officials.\n\nThe website said the "
            "launch took place Dec. 21 near the port of Sinpo. South Korea's military confirmed "
            "the test but said it appeared to have failed.",
            "2015-12-21",
        ),
        (
            "U.S. officials said North Korea tested a new missile engine and fired a short-range "
            "missile last month.\n\nThe firing, on December 28, was not announced by Pyongyang, "
            "the officials said.",
            "2015-12-28",
        ),
        (
            "North Korea fired a ballistic missile from a submarine weeks ago, a U.S. report "
            "says.\n\nThe test, on Dec. 21 off Sinpo, appears to have failed, South Korea's "
            "military said.",
            "2015-12-21",
        ),
    ],
)
def test_a_launch_told_weeks_on_is_the_one_reported(sites, body, expected):
    text = f"North Korea Conducts Missile Test, Report Says\n\n{body}"
    found = cells(text, date(2016, 1, 6), sites)
    assert (found["date_utc"], found["count"]) == (expected, "1")


def test_a_launch_last_month_beside_a_new_one_stays_older(sites):
    # Near miss: the report tells a launch of its own days, so last month's is recalled.
    text = (
        "North Korea fires missile\n\nNorth Korea fired two short-range missiles on Wednesday, "
        "the JCS said.\n\nIt had carried out a test-launch of a ballistic missile from a "
        "submarine last month. That launch took place Dec. 21 near Sinpo."
    )
    found = cells(text, date(2016, 1, 6), sites)
    assert (found["date_utc"], found["count"]) == ("2016-01-06", "2")


def test_a_launch_last_month_with_no_day_keeps_the_page_date(sites):
    # Near miss: no day written out near it, so no launch day is taken from the recollection.
    text = (
        "Report Says North Korea Conducts Test\n\nNorth Korea carried out a test of a ballistic "
        "missile last month, the website reported."
    )
    assert cells(text, date(2016, 1, 6), sites)["date_utc"] == "2016-01-06"
