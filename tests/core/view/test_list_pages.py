"""The list's orders and pages: every launch on exactly one page, found where it is."""

from __future__ import annotations

from datetime import date, timedelta

from core.view.list_pages import ORDERS, PAGE_ROWS, ordered, page, page_count, page_of
from tests.core.view.test_filters import make_launch


def _launches(count: int) -> list:
    first = date(2000, 1, 1)
    return [
        make_launch(
            f"{first + timedelta(days=index)}a-01",
            date_utc=first + timedelta(days=index),
            date_text=(first + timedelta(days=index)).isoformat(),
            range_km=None if index % 7 == 0 else float(index % 50),
            apogee_km=None if index % 7 == 0 else float(index % 30),
        )
        for index in range(count)
    ]


def test_every_order_keeps_every_launch_once():
    launches = _launches(1_234)
    for order in ORDERS:
        assert sorted(item.launch_id for item in ordered(launches, order)) == sorted(
            item.launch_id for item in launches
        )


def test_newest_first_is_by_date_then_id_and_oldest_first_its_reverse():
    launches = _launches(20)
    newest = ordered(launches)
    assert [item.date_utc for item in newest] == sorted(
        (item.date_utc for item in launches), reverse=True
    )
    assert ordered(launches, "Oldest first") == newest[::-1]


def test_longest_range_puts_unknown_ranges_last_and_ties_newest_first():
    listed = ordered(_launches(200), "Longest range")
    ranges = [item.range_km for item in listed]
    known = [value for value in ranges if value is not None]
    assert known == sorted(known, reverse=True)
    assert ranges[len(known) :] == [None] * (len(ranges) - len(known))
    top = [item for item in listed if item.range_km == known[0]]
    assert [item.date_utc for item in top] == sorted((item.date_utc for item in top), reverse=True)


def test_pages_split_the_list_without_gaps_and_clamp():
    listed = ordered(_launches(1_234))
    assert page_count(1_234) == 3
    assert page_count(0) == 1
    assert page_count(PAGE_ROWS) == 1
    pages = [page(listed, number) for number in (1, 2, 3)]
    assert [item for shown in pages for item in shown.launches] == listed
    assert pages[0].caption == "Showing 1–500 of 1,234"
    assert pages[2].caption == "Showing 1,001–1,234 of 1,234"
    assert page(listed, 9).number == 3
    assert page(listed, 0).number == 1


def test_a_launch_is_found_on_its_page():
    listed = ordered(_launches(1_234))
    assert page_of(listed, listed[0].launch_id) == 1
    assert page_of(listed, listed[500].launch_id) == 2
    assert page_of(listed, listed[-1].launch_id) == 3
    assert listed[-1] in page(listed, 3).launches
    assert page_of(listed, "no-such-launch") is None
    assert page_of(listed, None) is None
