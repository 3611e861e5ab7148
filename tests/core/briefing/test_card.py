"""The launch card: local times, salvo position, sources side by side with disagreements."""

from __future__ import annotations

from core.briefing.card import build_card, number_text, times
from core.records.dataset import load_dataset
from core.records.model import find_launch
from tests.conftest import LAUNCHES, SITES, SOURCES, write_dataset


def salvo_rows() -> list[dict[str, str]]:
    base = {**LAUNCHES[0], "sources": "CNS", "time_utc": "23:30"}
    return [
        {**base, "launch_id": f"2017-11-28a-{n:02d}", "range_km": str(900 + n)} for n in range(1, 4)
    ]


def test_card_shows_utc_and_next_day_kst(small_data_dir):
    dataset = load_dataset(small_data_dir)
    card = build_card(dataset.launches[1], dataset)
    assert card.when_utc == "2017-11-28 18:17 UTC"
    assert card.when_local == "2017-11-29 03:17 KST/JST"
    assert card.heading == "Hwasong-15"
    assert card.flight_time_text == "53 min (launch record)"  # no source row gives it
    assert card.trajectory_kind == "lofted"
    assert "minimum-energy path the same energy carries it ~9,983 km" in card.reach_text
    assert card.salvo == ""


def test_card_without_time_has_no_local_time(small_data_dir):
    dataset = load_dataset(small_data_dir)
    launch = find_launch(dataset.launches, "1984-09a-01")
    assert times(launch) == ("1984-09 UTC (month)", "")
    card = build_card(launch, dataset)
    assert card.site == "not reported"
    assert card.range_text == "not reported"


def test_card_flags_range_disagreement_against_adopted_value(small_data_dir):
    sources = [
        *SOURCES,
        {"launch_id": "2017-11-28a-01", "reporter": "MOD", "range_km": "500", "count": "2"},
    ]
    dataset = load_dataset(write_dataset(small_data_dir, sources=sources))
    card = build_card(find_launch(dataset.launches, "2017-11-28a-01"), dataset)
    assert "Range km" in card.disagreements
    assert "Apogee km" not in card.disagreements  # 4,475 vs 4,500 is within rounding
    assert "Count" in card.disagreements
    column = card.columns.index("Range km")
    by_reporter = {row.reporter: row for row in card.sources}
    assert by_reporter["MOD"].values[column] == "500"
    assert by_reporter["MOD"].differs[column]
    assert not by_reporter["CNS"].differs[column]
    assert not by_reporter["JCS"].differs[column]


def test_card_gives_salvo_position(tmp_path):
    sources = [{"launch_id": row["launch_id"], "reporter": "CNS"} for row in salvo_rows()]
    dataset = load_dataset(write_dataset(tmp_path, salvo_rows(), SITES, sources))
    card = build_card(find_launch(dataset.launches, "2017-11-28a-02"), dataset)
    assert card.salvo == "2 of 3"
    assert card.when_local == "2017-11-29 08:30 KST/JST"


def test_card_estimates_flight_time_when_unreported(tmp_path):
    rows = [{**salvo_rows()[0], "flight_time_min": "", "apogee_km": "", "missile_class": "SRBM"}]
    rows[0]["range_km"] = "1000"
    sources = [{"launch_id": rows[0]["launch_id"], "reporter": "CNS"}]
    dataset = load_dataset(write_dataset(tmp_path, rows, SITES, sources))
    card = build_card(dataset.launches[0], dataset)
    assert card.flight_time_text == "~8 min (estimated, free flight)"
    assert card.apogee_text.startswith("not reported (minimum-energy arc: ~240 km")


def test_number_text():
    assert number_text(4475.0) == "4,475"
    assert number_text(53.5) == "53.5"
    assert number_text(None) == ""
