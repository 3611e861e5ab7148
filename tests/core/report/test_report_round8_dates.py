"""Round 8: dates and counts, read on 310-329's misses (the day a picture was put out, a US
clock's own date, one named missile fired).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

# --- a US zone's clock with its own date: that date, not the one the caption gave -------------


@pytest.mark.parametrize(
    "text",
    [
        "A TV screen in Seoul shows a file image of a North Korean launch on May 4, 2022. The "
        "missile lifted off on Wednesday (May 4) from Sunan at 12:03 p.m. local time (11:03 p.m. "
        "EDT on Tuesday, May 3), according to South Korea's military.",
        "People watch a news broadcast at Seoul Station on May 4, 2022. North Korea fired the "
        "missile at 12:03 p.m. Korea time (11:03 p.m. ET, May 3), the JCS said.",
        "Taken on May 4, 2022 in Seoul. North Korea launched a ballistic missile at around "
        "12:03 p.m. (11:03 p.m. Eastern Daylight Time, May 3), South Korea's military said.",
    ],
)
def test_a_us_clock_with_its_own_date_counts_from_that_date(sites, text):
    draft = cells(text, date(2022, 5, 4), sites)
    assert (draft["date_utc"], draft["time_utc"]) == ("2022-05-04", "03:03")


def test_a_gmt_clock_with_its_own_date(sites):
    text = (
        "Seoul, May 4, 2022. North Korea launched a ballistic missile at 12:03 p.m. local time "
        "Wednesday (0303 GMT, May 4), the Joint Chiefs of Staff said."
    )
    draft = cells(text, date(2022, 5, 4), sites)
    assert (draft["date_utc"], draft["time_utc"]) == ("2022-05-04", "03:03")


# --- the day a picture or a statement was put out is not the launch's --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This photo released on Saturday, Jan. 15, 2022, by the North Korean government shows "
        "a missile test from a railway car on Jan. 14, 2022.",
        "In this photo released Saturday by North Korea's official news agency, a missile is "
        "fired from a train on Friday.",
        "The pictures, published on Saturday by Rodong Sinmun, show a missile lifting off from "
        "a rail car in North Pyongan Province on Friday.",
        "The statement, issued on Saturday, Jan. 15, said two missiles were fired from a train "
        "on Jan. 14.",
    ],
)
def test_the_day_a_picture_or_statement_was_put_out_is_not_the_launch_day(sites, text):
    # A US page of Friday the 14th: Saturday is Korea's next day, but the launch was Friday's.
    assert cells(text, date(2022, 1, 14), sites)["date_utc"] == "2022-01-14"


# --- one named missile fired: one ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's Academy of National Defense Science has test-fired the Hwasong-8 "
        "hypersonic missile, KCNA said.",
        "North Korea test-fired the new Hwasong-18 solid-fuel ICBM on Wednesday, state media said.",
        "Pyongyang launched the newly developed Pukguksong-3 submarine-launched ballistic "
        "missile from waters off Wonsan, KCNA reported.",
    ],
)
def test_one_named_missile_fired_is_one(sites, text):
    draft = cells(text, date(2021, 9, 29), sites)
    assert (draft["count"], draft["count_qualifier"]) == ("1", "exact")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired the Hwasong-11 missiles on Wednesday, state media said.",
        "North Korea said it tested the missile system on Wednesday.",
        "North Korea said on Wednesday it had tested the new multiple rocket launcher system.",
    ],
)
def test_missiles_or_a_system_named_with_the_give_no_count(sites, text):
    assert cells(text, date(2021, 9, 29), sites)["count"] == ""


# --- a launch "said to have taken place" at a clock time: the launch's time ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch is said to have taken place at around 9:30 a.m. from Pyongyang's Sunan "
        "Airport.",
        "Yonhap said the firing took place at about 9:30 a.m. near the capital.",
        "Government sources told NHK the test appeared to have happened at 9:30 a.m.",
        "The JCS said the launch had taken place at 9:30 a.m. local time.",
    ],
)
def test_a_launch_said_to_have_taken_place_at_a_time(sites, sentence):
    text = "North Korea fired what looked like a ballistic missile this morning. " + sentence
    draft = cells(text, date(2022, 3, 16), sites)
    assert (draft["date_utc"], draft["time_utc"]) == ("2022-03-16", "00:30")


# --- "On Saturday, the North had defended ...": the North's past perfect is before the launch -


@pytest.mark.parametrize(
    "recalled",
    [
        "On Saturday, the North had defended its missile launches as self-defence.",
        "Early on Friday, North Korea had warned that it would answer the drills with more "
        "missile launches.",
        "On Saturday the nuclear-armed North had threatened to launch more missiles.",
    ],
)
def test_the_norths_past_perfect_with_its_own_day_is_not_the_launch_day(sites, recalled):
    text = (
        "North Korea is reported to have fired two more ballistic missiles. "
        + recalled
        + " Officials said two ballistic missiles were fired by North Korea on Sunday."
    )
    assert cells(text, date(2022, 10, 9), sites)["date_utc"] == "2022-10-09"


# --- a title's round figure yields to the number the story states ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea Launches Nearly Two Dozen Missiles Toward South Korea\n\n"
            "North Korea fired 23 missiles in the direction of South Korea on Wednesday.",
            ("23", "exact"),
        ),
        (
            "N. Korea fires around 10 ballistic missiles into East Sea\n\n"
            "SEOUL, Nov. 2 (Yonhap) -- North Korea fired eight short-range ballistic missiles "
            "on Wednesday, the JCS said.",
            ("8", "exact"),
        ),
        (
            "North Korea fires about 20 missiles\n\nNorth Korea launched 17 missiles of various "
            "types on Wednesday, South Korea's military said.",
            ("17", "exact"),
        ),
        (
            "North Korea fired two dozen missiles on Wednesday, South Korea's military said.",
            ("24", "exact"),
        ),
        # The story giving no number keeps the title's.
        (
            "North Korea fires some 10 missiles\n\nNorth Korea fired the missiles from several "
            "sites on Wednesday, South Korea's military said.",
            ("10", "approximately"),
        ),
    ],
)
def test_a_titles_round_figure_yields_to_the_storys_number(sites, text, expected):
    draft = cells(text, date(2022, 11, 2), sites)
    assert (draft["count"], draft["count_qualifier"]) == expected


# --- a clock range with one zone; a clock that ends something else -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the JCS, the launch was detected between 8:48 p.m. and 8:57 p.m. local "
        "time in Seoul (7:48 a.m. to 7:57 a.m. ET).",
        "The missiles were fired from 7:48 a.m. to 7:57 a.m. ET on Thursday, U.S. officials said.",
        "Two missiles were launched between 11:48 and 11:57 GMT, the JCS said.",
        "The JCS detected the launches from 20:48 to 20:57 KST.",
    ],
)
def test_a_clock_range_shares_its_zone_and_starts_at_its_first_clock(sites, sentence):
    text = "North Korea fired two short-range ballistic missiles on Thursday. " + sentence
    assert cells(text, date(2022, 9, 29), sites)["time_utc"] == "11:48"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We stayed there until around 9:15, when we came back up after hearing that the '
        'projectile had fallen into the high seas."',
        "Residents sheltered until 9:15 a.m., when officials said the missile had fallen.",
        "Flights were held till about 9:15 while the missile was tracked.",
    ],
)
def test_a_clock_that_ends_something_else_is_not_the_launch_time(sites, sentence):
    text = "North Korea fired 23 missiles toward South Korea on Wednesday. " + sentence
    assert cells(text, date(2022, 11, 2), sites)["time_utc"] == ""


# --- the day of a report named as its adjective; "the previous afternoon" ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "In its January 15 report, KCNA said the missile was launched the previous afternoon.",
        "Monday's KCNA dispatch said the missile had been fired on Sunday.",
        "Monday's report by the state news agency said the missile was fired on Sunday afternoon.",
        "KCNA said on Monday that the Missile Administration had test-fired the new missile on "
        "the previous evening.",
        "North Korea's state media reported Monday that the test took place the prior morning.",
    ],
)
def test_the_day_of_a_report_is_not_the_launch_day(sites, text):
    assert cells(text, date(2024, 1, 15), sites)["date_utc"] == "2024-01-14"


# --- a vague word with a number after it; "one or more" ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a barrage of at least 10 short-range missiles", ("10", "at least")),
        ("a volley of about 20 missiles", ("20", "approximately")),
        ("a salvo of six 600mm rockets", ("6", "exact")),
        ("one or more ballistic missiles", ("1", "at least")),
    ],
)
def test_a_number_inside_a_vague_count_says_how_many(sites, phrase, expected):
    draft = cells(f"North Korea fired {phrase} on Tuesday, the JCS said.", date(2022, 10, 4), sites)
    assert (draft["count"], draft["count_qualifier"]) == expected


# --- an hour with its part of day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea launched a missile around 7 in the morning on Thursday, Japanese "
            "officials said.",
            ("2023-03-15", "22:00"),
        ),
        (
            "North Korea fired two cruise missiles at about 3 in the afternoon on Thursday, the "
            "JCS said.",
            ("2023-03-16", "06:00"),
        ),
        # An order's hour is no launch time.
        (
            "Kim issued the order at 8 in the morning, and the ICBM was launched in the "
            "afternoon on Thursday, KCNA said.",
            ("2023-03-16", ""),
        ),
    ],
)
def test_an_hour_with_its_part_of_day_is_a_clock(sites, text, expected):
    draft = cells(text, date(2023, 3, 16), sites)
    assert (draft["date_utc"], draft["time_utc"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Tuesday, Japan's defence ministry said, "
            "adding a second one followed minutes later.",
            "2",
        ),
        (
            "North Korea launched a ballistic missile at 7:10 a.m. on Tuesday and a second "
            "missile was fired 20 minutes later, the JCS said.",
            "2",
        ),
        # Another month's missile is another launch's.
        (
            "North Korea fired a ballistic missile on Tuesday; a second missile was launched in "
            "March, the JCS said.",
            "1",
        ),
    ],
)
def test_a_second_missile_told_after_the_first_counts(sites, text, expected):
    assert cells(text, date(2024, 4, 3), sites)["count"] == expected
