"""General site rules: every romanisation of a table name, and launches at sea off a port."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.report.extract import extract_report
from core.report.romanise import spellings

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("name", "variant"),
    [
        ("Kaechon", "Gaecheon"),
        ("Panghyon", "Banghyeon"),
        ("Chunghwa", "Junghwa"),
        ("Sinpo", "Shinpo"),
        ("Sinpo", "Simpo"),
        ("Sinpo", "Sinpho"),
        ("Pyongyang", "Pyeongyang"),
        ("Hamhung", "Hamheung"),
        ("Yonghung", "Yeongheung"),
        ("Sondok", "Seondeok"),
        ("Taechon", "Daecheon"),
        ("Kusong", "Guseong"),
        ("Tongchang-ri", "Dongchang-ri"),
    ],
)
def test_a_name_yields_its_other_romanisations(name, variant):
    assert variant in spellings(name)


def test_a_name_keeps_its_own_spelling_first_and_no_stray_vowels():
    assert spellings("Chunghwa")[0] == "Chunghwa"
    assert "Cheunghwa" not in spellings("Chunghwa")


@pytest.mark.parametrize(
    ("wording", "site_id"),
    [
        ("from the Sukcheon area", "sukchon"),
        ("from near Yeongheung", "yonghung"),
        ("from Gaecheon, South Pyongan Province", "kaechon-town"),
    ],
)
def test_a_revised_romanisation_in_a_report_names_the_site(sites, wording, site_id):
    text = f"North Korea fired two ballistic missiles {wording} on Tuesday, the JCS said."
    assert extract_report(text, date(2024, 9, 17), sites).site_id == site_id


@pytest.mark.parametrize(
    "text",
    [
        "The missile was fired at around 11:30 a.m. from waters southeast of the port city of"
        " Sinpo, South Hamgyong Province, the military said.",
        "The JCS detected the launch from a submarine in waters near the eastern city of Sinpho.",
        "North Korea fired several cruise missiles from its east coast on Sunday. The launch took"
        " place at about 8 a.m. off Shinpo Port.",
        "The missile was launched at about 10:17 a.m. from the sea near Sinpo, the JCS said.",
    ],
)
def test_a_launch_at_sea_off_sinpo_is_the_shipyard_as_the_records_have_it(sites, text):
    assert extract_report(text, date(2021, 10, 19), sites).site_id == "sinpo"


def test_a_submarine_launched_missile_from_a_port_town_is_its_naval_base(sites):
    text = (
        "North Korea fired a suspected submarine-launched ballistic missile on Saturday. It was"
        " launched from the eastern port city of Sinpo, the JCS said."
    )
    assert extract_report(text, date(2022, 5, 7), sites).site_id == "sinpo"


def test_a_land_launch_near_a_port_keeps_the_town(sites):
    text = "North Korea fired a ballistic missile from near Sinpo on its east coast, the JCS said."
    assert extract_report(text, date(2017, 4, 16), sites).site_id == "sinpo-town"


def test_a_port_without_a_naval_base_in_the_table_keeps_the_town(sites):
    text = (
        "A ballistic missile launched from waters about 17 kilometers (10.5 miles) northeast of"
        " Wonsan, a port city on the east coast, was picked up by the military."
    )
    assert extract_report(text, date(2019, 10, 2), sites).site_id == "wonsan-town"


@pytest.mark.parametrize(
    "text",
    [
        "The missiles landed at around 8 a.m. in waters near Sinpo, the JCS said.",
        "North Korea fired a missile that flew 600 km before splashing down in waters off Sinpo.",
        "North Korea fired two missiles into waters northeast of Wonsan on Friday.",
    ],
)
def test_waters_where_missiles_came_down_are_no_launch_site(sites, text):
    assert extract_report(text, date(2024, 1, 28), sites).site_id == ""
