"""Round 12 (extract12a): the days of statements, read on 450-489's misses (reporters first).

A statement the day after the launch ("quoted the JCS as saying", "issued a statement") tells
this launch; a statement weeks before it telling a launch in the past perfect tells an older one.
Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

PAGE = date(2019, 7, 26)


# --- the day after: "quoted ... as saying", "issued a statement" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On 26 July the Yonhap news agency quoted the JCS as saying that both missiles flew about "
        "600 km.",
        "On Friday KBS quoted military officials as saying the two missiles flew about 600 km.",
        "The Joint Chiefs on July 26 issued an update saying both missiles flew about 600 km.",
    ],
)
def test_a_statement_quoted_or_issued_the_day_after_tells_this_launch(sites, sentence):
    text = (
        "On 25 July North Korea launched two short-range missiles into the East Sea, South "
        f"Korea's Joint Chiefs of Staff said.\n\n{sentence}"
    )
    assert cells(text, PAGE, sites)["range_km"] == "600"


@pytest.mark.parametrize(
    "sentence",
    [
        "The KCNA also issued a statement on 26 July saying that the firings were a warning to "
        "the South.",
        "Pyongyang's state media on July 26 quoted Kim Jong Un as saying the launch was a solemn "
        "warning.",
    ],
)
def test_state_media_the_day_after_are_cited(sites, sentence):
    text = (
        "On 25 July North Korea launched two short-range missiles into the East Sea, South "
        f"Korea's Joint Chiefs of Staff said.\n\n{sentence}"
    )
    assert cells(text, PAGE, sites)["reporters"] == "JCS;KCNA"


def test_a_statement_quoted_days_before_stays_an_older_launchs(sites):
    # Near miss: the statement's day comes before the launch; its figures are the older one's.
    text = (
        "On 25 July North Korea launched two short-range missiles into the East Sea, South "
        "Korea's Joint Chiefs of Staff said.\n\n"
        "On 10 May Yonhap quoted the JCS as saying that both missiles then flew about 420 km."
    )
    assert cells(text, PAGE, sites)["range_km"] == ""


# --- a statement weeks before, telling a launch in the past perfect ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On July 4, Pyongyang announced it had successfully launched its first ICBM, the "
        "Hwasong-14, which flew 933 kilometers before falling into the Sea of Japan.",
        "On July 5, state media said the North had test-fired a Hwasong-14 that flew 933 "
        "kilometers.",
        "Early on July 4, North Korea announced that it had tested an ICBM, the Hwasong-14, which "
        "flew 933 km.",
    ],
)
def test_a_statement_weeks_before_telling_a_launch_is_recalled(sites, sentence):
    text = (
        "North Korea appears to have launched a missile on Friday, Yonhap reported, giving no "
        f"details.\n\n{sentence}"
    )
    found = cells(text, date(2017, 7, 28), sites)
    assert (found["missile_name"], found["range_km"], found["reporters"]) == ("", "", "")


def test_a_statement_the_day_after_telling_the_launch_stays_current(sites):
    # Near miss: the statement follows the launch by a day; it tells this launch.
    text = (
        "North Korea launched a missile on Friday, the Joint Chiefs of Staff said.\n\n"
        "On Saturday, Pyongyang announced it had successfully launched a Hwasong-14 that flew "
        "998 kilometers."
    )
    found = cells(text, date(2017, 7, 29), sites)
    assert (found["missile_name"], found["reporters"]) == ("Hwasong-14", "JCS;KCNA")
