"""LaunchFilter: each facet, the date bounds with partial dates, text search, counts, summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.records.model import EEZ_VERDICTS, LANDING_AREAS, OUTCOMES, Launch
from core.view.filters import LaunchFilter, facet_counts, launch_event_key, period_end, summarise


def make_launch(launch_id: str = "2017-11-28a-01", **fields: object) -> Launch:
    base = Launch(
        launch_id=launch_id,
        event_id=launch_id.rsplit("-", 1)[0],
        date_utc=date(2017, 11, 28),
        date_text="2017-11-28",
        date_precision="day",
        time_utc=None,
        missile_name="Hwasong-15",
        missile_class="ICBM",
        site_id="sunan",
        range_km=950.0,
        apogee_km=4475.0,
        flight_time_min=53.0,
        bearing_deg=90.0,
        impact_lat=None,
        impact_lon=None,
        landing_area="sea_of_japan",
        japan_eez="inside",
        outcome="success",
        maneuver="ballistic",
        sources=("CNS", "JCS"),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


HWASONG = make_launch()
SCUD = make_launch(
    "1984-09a-01",
    date_utc=date(1984, 9, 1),
    date_text="1984-09",
    date_precision="month",
    missile_name="Scud-B",
    missile_class="SRBM",
    site_id="",
    range_km=None,
    landing_area="unknown",
    japan_eez="unknown",
    outcome="failure",
    sources=("CNS",),
)
KN23 = make_launch(
    "2019-05-04a-01",
    date_utc=date(2019, 5, 4),
    date_text="2019-05-04",
    missile_name="KN-23",
    missile_class="SRBM",
    site_id="hodo",
    japan_eez="outside",
)
KN23_SECOND = replace(KN23, launch_id="2019-05-04a-02")
ALL = [SCUD, HWASONG, KN23, KN23_SECOND]


def test_default_filter_passes_everything():
    assert LaunchFilter().is_default
    assert LaunchFilter().apply(ALL) == ALL


@pytest.mark.parametrize(
    ("launch_filter", "expected"),
    [
        (LaunchFilter(classes=frozenset({"ICBM"})), [HWASONG]),
        (LaunchFilter(classes=frozenset({"ICBM", "SRBM"})), ALL),
        (LaunchFilter(names=frozenset({"KN-23"})), [KN23, KN23_SECOND]),
        (LaunchFilter(sites=frozenset({"sunan"})), [HWASONG]),
        (LaunchFilter(outcomes=frozenset({"failure"})), [SCUD]),
        (LaunchFilter(landing_areas=frozenset({"unknown"})), [SCUD]),
        (LaunchFilter(eez=frozenset({"outside"})), [KN23, KN23_SECOND]),
        (LaunchFilter(eez=frozenset({"inside", "unknown"})), [SCUD, HWASONG]),
        (
            LaunchFilter(classes=frozenset({"SRBM"}), outcomes=frozenset({"success"})),
            [KN23, KN23_SECOND],
        ),
    ],
)
def test_each_facet_keeps_only_the_chosen_values(launch_filter, expected):
    assert launch_filter.apply(ALL) == expected


def test_date_bounds_are_inclusive():
    assert LaunchFilter(date_from=date(2017, 11, 28)).apply(ALL) == [HWASONG, KN23, KN23_SECOND]
    assert LaunchFilter(date_to=date(2017, 11, 28)).apply(ALL) == [SCUD, HWASONG]
    assert LaunchFilter(date_from=date(2017, 11, 29), date_to=date(2019, 5, 3)).apply(ALL) == []


def test_a_month_date_passes_when_any_day_of_that_month_is_in_range():
    # SCUD is known only as "1984-09": a range starting mid-month may contain it.
    assert LaunchFilter(date_from=date(1984, 9, 30)).matches(SCUD)
    assert not LaunchFilter(date_from=date(1984, 10, 1)).matches(SCUD)
    assert LaunchFilter(date_to=date(1984, 9, 1)).matches(SCUD)
    assert not LaunchFilter(date_to=date(1984, 8, 31)).matches(SCUD)


@pytest.mark.parametrize(
    ("precision", "start", "end"),
    [
        ("day", date(2020, 2, 29), date(2020, 2, 29)),
        ("month", date(2020, 2, 1), date(2020, 2, 29)),
        ("month", date(2019, 12, 1), date(2019, 12, 31)),
        ("year", date(1998, 1, 1), date(1998, 12, 31)),
    ],
)
def test_period_end_is_the_last_possible_day(precision, start, end):
    assert period_end(make_launch(date_utc=start, date_precision=precision)) == end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hwasong", [HWASONG]),  # name, any case
        ("2019-05-04a-02", [KN23_SECOND]),  # id
        ("JCS", [HWASONG, KN23, KN23_SECOND]),  # a source
        ("peninsula", [KN23, KN23_SECOND]),  # site name from the site table
        ("kn-23 hodo", [KN23, KN23_SECOND]),  # every word must match
        ("kn-23 sunan", []),
    ],
)
def test_text_search_covers_id_name_site_name_and_sources(text, expected):
    site_names = {"sunan": "Sunan", "hodo": "Hodo peninsula"}
    assert LaunchFilter(text=text).apply(ALL, site_names) == expected


def test_facet_counts_ignore_the_facets_own_choice_but_honour_the_others():
    launch_filter = LaunchFilter(classes=frozenset({"ICBM"}), outcomes=frozenset({"success"}))
    counts = facet_counts(ALL, launch_filter, "classes")
    assert counts == {"ICBM": 1, "SRBM": 2}  # the failed SCUD is out through `outcomes`
    assert facet_counts(ALL, launch_filter, "outcomes") == {"success": 1}


def test_without_rejects_an_unknown_facet():
    with pytest.raises(ValueError, match="colour"):
        LaunchFilter().without("colour")


def test_summary_counts_missiles_events_icbms_and_eez_share_of_known_verdicts():
    summary = summarise(ALL)
    assert summary.missiles == 4
    assert summary.events == 3  # the two KN-23 of one day and site are one event
    assert summary.icbm_class == 1
    assert (summary.eez_inside, summary.eez_known) == (1, 3)
    assert summary.eez_inside_share == pytest.approx(1 / 3)
    assert (summary.latest, summary.latest_text) == (date(2019, 5, 4), "2019-05-04")


def test_summary_of_nothing_has_no_share_and_no_latest():
    summary = summarise([])
    assert (summary.missiles, summary.events, summary.eez_inside_share, summary.latest) == (
        0,
        0,
        None,
        None,
    )


def test_launches_without_a_site_are_not_merged_into_one_event():
    first = replace(SCUD, launch_id="x-01", event_id="1984-09a")
    second = replace(SCUD, launch_id="x-02", event_id="1984-09b")
    assert launch_event_key(first) != launch_event_key(second)
    assert summarise([first, second]).events == 2


def _subset(values: tuple[str, ...]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(values), max_size=3)


filters = st.builds(
    LaunchFilter,
    date_from=st.none() | st.dates(date(1984, 1, 1), date(2020, 12, 31)),
    date_to=st.none() | st.dates(date(1984, 1, 1), date(2020, 12, 31)),
    classes=_subset(("ICBM", "SRBM", "IRBM")),
    names=_subset(("Hwasong-15", "KN-23", "Scud-B")),
    sites=_subset(("sunan", "hodo", "")),
    outcomes=_subset(OUTCOMES),
    landing_areas=_subset(LANDING_AREAS),
    eez=_subset(EEZ_VERDICTS),
    text=st.sampled_from(("", "kn", "CNS hodo", "2017", "peninsula", "zz")),
)


@given(filters)
def test_apply_keeps_exactly_the_launches_that_match(launch_filter):
    site_names = {"sunan": "Sunan", "hodo": "Hodo peninsula"}
    expected = [
        launch
        for launch in ALL
        if launch_filter.matches(launch, site_names.get(launch.site_id, ""))
    ]
    assert launch_filter.apply(ALL, site_names) == expected
