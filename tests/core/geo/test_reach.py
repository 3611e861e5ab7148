"""A lofted shot's reach in words: any point on Earth, or km and the farthest places within."""

from __future__ import annotations

from core.geo.ballistics import Reach, equivalent_reach
from core.geo.places import Place
from core.geo.reach import farthest_within, reach_words

SOHAE = (39.66, 124.71)
PLACES = (
    Place("Near", 40.0, 126.0, "test"),
    Place("Middle", 35.69, 139.69, "test"),
    Place("Far", 38.9, -77.0, "test"),
)


def test_farthest_within_lists_places_inside_the_reach_farthest_first():
    names = [place.name for place in farthest_within(SOHAE, 2000.0, PLACES)]
    assert names == ["Middle", "Near"]


def test_orbital_energy_reads_any_point_on_earth():
    reach = equivalent_reach(1000.0, 7687.0)
    assert reach.global_reach
    assert reach_words(reach, SOHAE).startswith("Energy enough to reach any point on Earth")


def test_finite_reach_names_km_and_the_farthest_reference_places():
    text = reach_words(Reach(9983.0, False), (39.3, 125.6), "Pyongsong")
    assert "~9,983 km from Pyongsong" in text
    assert "Los Angeles and Honolulu, the farthest reference places within it" in text
    assert "Washington" not in text


def test_reach_short_of_every_place_says_so():
    text = reach_words(Reach(300.0, False), SOHAE, "Sohae")
    assert "short of every reference place" in text


def test_unknown_site_gives_the_distance_without_places():
    text = reach_words(Reach(5865.0, False), None)
    assert "~5,865 km" in text
    assert "no places are named" in text
