"""General causes of round 6's held-out misses (270-309) in dates and counts, read in round 7.

Each cause is tried in several outlets' phrasings, not only the one the corpus showed.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

THURSDAY = date(2022, 11, 17)


# --- dates: a US page is dated Korea's day before ---------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "South Korea's military said the North launched the missile toward its eastern waters "
        "on Friday morning.",
        "North Korea fired a suspected long-range ballistic missile early Friday, South Korea's "
        "military said.",
        "North Korea carried out a failed launch of an intercontinental ballistic missile on "
        "Friday, a South Korean government source said.",
        "On Friday, North Korea test-fired a ballistic missile into the sea off its east coast, "
        "Japan's defense ministry said.",
    ],
)
def test_a_weekday_the_day_after_the_page_is_that_next_day(sites, lead):
    # A Thursday page (a US desk, Korea's Friday morning): not the Friday six days back.
    assert cells(lead, THURSDAY, sites)["date_utc"] == "2022-11-18"


@pytest.mark.parametrize(
    "lead",
    [
        "On Tuesday, October 4, North Korea launched a ballistic missile over Japan.",
        "North Korea fired a ballistic missile over Japan on Oct. 4, Tokyo said.",
        "North Korea launched an intermediate-range missile over Japan on 4 October.",
        "North Korea fired a missile over Japan on October 4, 2022, the JCS said.",
    ],
)
def test_a_date_written_out_the_day_after_the_page_is_that_day(sites, lead):
    assert cells(lead, date(2022, 10, 3), sites)["date_utc"] == "2022-10-04"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("North Korea fired a ballistic missile on Saturday, the JCS said.", "2022-11-12"),
        ("North Korea launched two cruise missiles on Wednesday, Seoul said.", "2022-11-16"),
        ("North Korea fired a missile on Nov. 19, the JCS said.", "2022-11-17"),
    ],
)
def test_a_day_further_ahead_of_the_page_is_not_the_next_day(sites, lead, expected):
    # Only the page's next day reads forward; Saturday and Wednesday count back as before, and
    # November 19 on a November 17 page is an upcoming day: the page's own date is assumed.
    assert cells(lead, THURSDAY, sites)["date_utc"] == expected


def test_a_page_with_a_dateline_keeps_counting_from_it(sites):
    text = (
        "SEOUL, Nov. 17 (Yonhap) -- North Korea fired a short-range ballistic missile on "
        "Thursday, the JCS said."
    )
    assert cells(text, date(2022, 11, 20), sites)["date_utc"] == "2022-11-17"


# --- counts: a picture's caption is not the story's count -------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "\n\nDamir Sagolj/Reuters",
        "\n\nKim Hong-Ji/AP",
        " (AP Photo/Ahn Young-joon)",
        " PHOTO: REUTERS",
        " | KCNA / VIA REUTERS",
    ],
)
def test_the_story_count_beats_its_picture_caption(sites, credit):
    text = (
        "North Korea fires presumed ICBM in failed test\n\n"
        "Soldiers ride a rocket launcher in Pyongyang in April 2017. North Korea fired at least "
        f"one unidentified ballistic missile on November 3.{credit}\n\n"
        "North Korea carried out a failed launch of an intercontinental ballistic missile on "
        "Thursday, a South Korean government source said."
    )
    got = cells(text, date(2022, 11, 2), sites)
    assert (got["count"], got["count_qualifier"]) == ("1", "exact")


def test_a_caption_count_stands_where_the_story_gives_none(sites):
    text = (
        "North Korea fired what seemed to be about 10 short-range ballistic missiles off its "
        "east coast on May 30. PHOTO: REUTERS\n\n"
        "The launches came days after a failed satellite launch, the JCS said."
    )
    got = cells(text, date(2024, 5, 30), sites)
    assert (got["count"], got["count_qualifier"]) == ("10", "approximately")


# --- times: a span of minutes shares the clock's p.m. -----------------------------------------


@pytest.mark.parametrize(
    "wording",
    [
        "at about 7:25-37 p.m. on Thursday",
        "between 7:25\u201337 p.m. on Thursday",
        "at 7:25-37 pm Thursday",
    ],
)
def test_a_span_of_minutes_shares_the_clocks_pm(sites, wording):
    text = (
        f"North Korea launched two short-range ballistic missiles into the Sea of Japan {wording}, "
        "according to the South Korean military."
    )
    got = cells(text, date(2023, 6, 15), sites)
    assert (got["date_utc"], got["time_utc"]) == ("2023-06-15", "10:25")
