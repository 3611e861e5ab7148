"""Round 16 (fix16b): launch days, counts and distances read on 610-649's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells, clock, count


# "TOKYO, September 18. /TASS/." on a page dated September 17 (622): a desk west of Asia
# dates its page a day behind the dateline's local day, which is still this year's.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "TOKYO, September 18. /TASS/. North Korea launched a suspected ballistic missile, "
            "Japan's coast guard said.",
            date(2024, 9, 17),
            "2024-09-18",
        ),
        (
            "SEOUL, March 5 (Interfax) - North Korea fired a ballistic missile into the sea off "
            "its east coast, the JCS said.",
            date(2025, 3, 4),
            "2025-03-05",
        ),
        (
            "Tokyo, Nov. 2 (EFE).- North Korea has launched a ballistic missile, according to "
            "Japan's Defence Ministry.",
            date(2023, 11, 1),
            "2023-11-02",
        ),
    ],
)
def test_a_dateline_a_day_ahead_of_the_page_keeps_its_year(sites, text, published, expected):
    assert clock(text, sites, published)[0] == expected


def test_a_dateline_two_days_ahead_is_last_years(sites):
    # Near miss: two days past the page's date is no desk's lag; the dateline is last year's.
    text = (
        "TOKYO, September 19. /TASS/. North Korea launched a suspected ballistic missile, the "
        "coast guard said."
    )
    assert clock(text, sites, date(2024, 9, 17))[0] == "2023-09-19"


# "South Korea's military had said on Jan 4 that the North fired ballistic missiles" (612): the
# day of a date written before a launch clause is no count of its missiles.
@pytest.mark.parametrize(
    "text",
    [
        "The JCS had said on Jan 4 that the North fired ballistic missiles into the sea.",
        "Japan's defence ministry reported on Sept. 12 that Pyongyang launched short-range "
        "missiles toward its east coast.",
        "Officials told reporters on March 9 the North fired what appeared to be ballistic "
        "missiles from near Pyongyang.",
    ],
)
def test_a_dates_day_is_no_count(sites, text):
    assert count(text, sites) == ("", "")


def test_a_number_after_a_date_still_counts(sites):
    # Near miss: the number after the date's day counts the missiles.
    text = "On Sept. 12 two ballistic missiles were fired into the East Sea, the JCS said."
    assert count(text, sites) == ("2", "exact")


# 'fired at least one unidentified "projectile"' (647): the noun set in quotes is still counted.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'North Korea fired at least one unidentified "projectile" from its east coast, the '
            "South Korean military said Thursday.",
            ("1", "at least"),
        ),
        (
            "Pyongyang launched two 'projectiles' into the sea, Seoul's Joint Chiefs of Staff "
            "said on Thursday.",
            ("2", "exact"),
        ),
        (
            "The North fired three so-called \u201crockets\u201d toward the Sea of Japan on "
            "Thursday, Japan's defence ministry said.",
            ("3", "exact"),
        ),
    ],
)
def test_a_quoted_noun_is_counted(sites, text, expected):
    assert count(text, sites) == expected


def test_a_quoted_word_without_a_number_is_no_count(sites):
    # Near miss: a quoted "projectile" with no number or article before it counts nothing.
    text = 'Officials said the launch involved what they called "projectiles" of an unknown type.'
    assert count(text, sites) == ("", "")


# "KCNA said the targets the missiles hit lay some 1,000km away" (612): where the target lies,
# told with its verb, is the range flown.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired missiles on Thursday. KCNA said the targets the missiles hit lay "
            "some 1,000km away over the waters to its east.",
            "1000",
        ),
        (
            "Pyongyang launched two rockets on Thursday; state media said the target area was "
            "about 600 kilometres away.",
            "600",
        ),
        (
            "The North test-fired a ballistic missile on Thursday. The target point it struck "
            "lies roughly 300 miles away, the agency said.",
            "483",
        ),
    ],
)
def test_where_the_target_lies_is_the_range(sites, text, expected):
    assert cells(text, date(2024, 9, 12), sites)["range_km"] == expected


def test_a_target_away_from_a_place_is_no_range(sites):
    # Near miss: a distance measured from somewhere else is not the flight's.
    text = (
        "North Korea fired a ballistic missile on Thursday. The target area lies about 200 km "
        "away from Japan's coast, officials said."
    )
    assert cells(text, date(2024, 9, 12), sites)["range_km"] == ""
