"""Query string <-> view: the documented link form, round trips, and notices for bad parts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.records.model import EEZ_VERDICTS, LANDING_AREAS, MISSILE_CLASSES, OUTCOMES
from core.view.filters import LaunchFilter
from core.view.query import Catalogue, View, parse_query, to_query

CATALOGUE = Catalogue(
    names=frozenset({"Hwasong-15", "KN-23", "Pukguksong-1", "Scud-B, extended"}),
    sites=frozenset({"sunan", "sinpo", "hodo"}),
    launch_ids=frozenset({"2017-11-28a-01", "2019-05-04a-02"}),
)


def test_the_documented_link_gives_dates_classes_and_launch():
    link = {"from": "2017-01-01", "to": "2017-12-31", "class": "ICBM,IRBM"}
    link["launch"] = "2017-11-28a-01"
    view, notices = parse_query(link, CATALOGUE)
    assert notices == ()
    assert view == View(
        LaunchFilter(
            date_from=date(2017, 1, 1),
            date_to=date(2017, 12, 31),
            classes=frozenset({"ICBM", "IRBM"}),
        ),
        "2017-11-28a-01",
    )


def test_every_other_filter_has_a_parameter():
    view, notices = parse_query(
        {
            "name": "KN-23",
            "site": "sinpo,hodo",
            "outcome": "failure",
            "landing": "sea_of_japan,pacific",
            "eez": "inside",
            "q": " hwasong ",
        },
        CATALOGUE,
    )
    assert notices == ()
    assert view.launch_filter == LaunchFilter(
        names=frozenset({"KN-23"}),
        sites=frozenset({"sinpo", "hodo"}),
        outcomes=frozenset({"failure"}),
        landing_areas=frozenset({"sea_of_japan", "pacific"}),
        eez=frozenset({"inside"}),
        text="hwasong",
    )


def test_repeated_keys_and_any_case_are_accepted():
    view, notices = parse_query({"class": ["icbm", "SLBM,srbm"]}, CATALOGUE)
    assert notices == ()
    assert view.launch_filter.classes == {"ICBM", "SLBM", "SRBM"}


def test_a_name_containing_a_comma_survives_the_comma_list():
    params = to_query(View(LaunchFilter(names=frozenset({"Scud-B, extended", "KN-23"}))))
    assert params == {"name": "KN-23,Scud-B, extended"}
    view, notices = parse_query(params, CATALOGUE)
    assert notices == ()
    assert view.launch_filter.names == {"KN-23", "Scud-B, extended"}


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2017", False, date(2017, 1, 1)),
        ("2017", True, date(2017, 12, 31)),
        ("2016-02", True, date(2016, 2, 29)),
        ("2016-02", False, date(2016, 2, 1)),
    ],
)
def test_a_partial_date_means_the_whole_period(text, end, expected):
    view, notices = parse_query({"to" if end else "from": text}, CATALOGUE)
    assert notices == ()
    bound = view.launch_filter.date_to if end else view.launch_filter.date_from
    assert bound == expected


@pytest.mark.parametrize(
    ("params", "param", "fragment"),
    [
        ({"from": "yesterday"}, "from", "not a date"),
        ({"to": "2017-02-30"}, "to", "not a date"),
        ({"from": "2017-13"}, "from", "not a date"),
        ({"class": "ICBM,Nodong"}, "class", "'Nodong' not in the records"),
        ({"name": "Taepodong-9"}, "name", "not in the records"),
        ({"site": "atlantis"}, "site", "not in the records"),
        ({"outcome": "maybe"}, "outcome", "not in the records"),
        ({"landing": "moon"}, "landing", "not in the records"),
        ({"eez": "yes"}, "eez", "not in the records"),
        ({"launch": "1999-01-01a-01"}, "launch", "not a launch in the records"),
        ({"colour": "red"}, "colour", "not a parameter"),
        ({"q": "x" * 300}, "q", "cut short"),
        ({"from": ["2017", "2018"]}, "from", "given 2 times"),
    ],
)
def test_a_bad_part_is_ignored_with_a_notice_naming_the_parameter(params, param, fragment):
    view, notices = parse_query(params, CATALOGUE)
    assert [notice.param for notice in notices] == [param]
    assert fragment in notices[0].message
    assert f"`{param}`" in str(notices[0])
    assert view.launch_id is None
    assert view.launch_filter.classes <= {"ICBM"}


def test_good_parts_survive_beside_bad_ones():
    view, notices = parse_query({"class": "ICBM,bogus", "from": "soon", "to": "2018"}, CATALOGUE)
    assert {notice.param for notice in notices} == {"class", "from"}
    assert view.launch_filter == LaunchFilter(
        date_to=date(2018, 12, 31), classes=frozenset({"ICBM"})
    )


def test_dates_in_the_wrong_order_are_swapped_and_said_so():
    view, notices = parse_query({"from": "2018-01-01", "to": "2017-01-01"}, CATALOGUE)
    assert [notice.param for notice in notices] == ["to"]
    assert (view.launch_filter.date_from, view.launch_filter.date_to) == (
        date(2017, 1, 1),
        date(2018, 1, 1),
    )


def test_presentation_mode_belongs_to_another_panel_and_is_not_unknown():
    view, notices = parse_query({"present": "1"}, CATALOGUE)
    assert notices == ()
    assert view == View()


def test_the_default_view_has_an_empty_query():
    assert to_query(View()) == {}


def _subset(values: tuple[str, ...] | list[str]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(values))


views = st.builds(
    View,
    launch_filter=st.builds(
        LaunchFilter,
        date_from=st.none() | st.dates(date(1950, 1, 1), date(2030, 12, 31)),
        date_to=st.none() | st.dates(date(1950, 1, 1), date(2030, 12, 31)),
        classes=_subset(MISSILE_CLASSES),
        names=_subset(sorted(CATALOGUE.names)),
        sites=_subset(sorted(CATALOGUE.sites)),
        outcomes=_subset(OUTCOMES),
        landing_areas=_subset(LANDING_AREAS),
        eez=_subset(EEZ_VERDICTS),
        text=st.text(max_size=200).map(str.strip),
    ).filter(lambda f: f.date_from is None or f.date_to is None or f.date_from <= f.date_to),
    launch_id=st.none() | st.sampled_from(sorted(CATALOGUE.launch_ids)),
)


@given(views)
def test_every_view_survives_the_round_trip_through_its_query(view):
    parsed, notices = parse_query(to_query(view), CATALOGUE)
    assert notices == ()
    assert parsed == view


@given(st.dictionaries(st.text(max_size=12), st.text(max_size=40) | st.lists(st.text(max_size=20))))
def test_any_query_string_parses_without_raising(params):
    view, notices = parse_query(params, CATALOGUE)
    assert isinstance(view, View)
    assert all(notice.param in params for notice in notices)


MARKUP_TEXT = st.text(max_size=30) | st.sampled_from(
    ["![x](http://h/x.png)", "[a](https://e.x)", "`", "``a`", "<b>", "www.e.x", ":red[r]", "$x$"]
)


@given(st.dictionaries(MARKUP_TEXT, MARKUP_TEXT | st.lists(MARKUP_TEXT, max_size=3), max_size=6))
def test_a_notice_as_markdown_is_one_line_and_the_link_text_stays_in_code(params):
    _, notices = parse_query(params, CATALOGUE)
    for notice in notices:
        markdown = notice.markdown()
        assert "\n" not in markdown
        outside = re.sub(r"(`+)(.+?)\1(?!`)", "", markdown)
        for markup in ("![", "](", "<", "http", "www.", ":red[", "$x$"):
            assert markup not in outside, markdown
