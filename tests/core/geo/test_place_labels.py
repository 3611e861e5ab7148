from __future__ import annotations

from core.geo.place_labels import KINDS, place_labels

BRIEFING_NAMES = (
    "Pyongyang",
    "Seoul",
    "Tokyo",
    "Sea of Japan (East Sea)",
    "Yellow Sea",
    "East China Sea",
    "Sea of Okhotsk",
    "Pacific Ocean",
    "Okushiri",
    "Sado",
    "Oki Islands",
    "Guam",
    "Japan EEZ (approx.)",
)


def test_the_names_a_briefer_uses_are_labelled_and_cited():
    labels = {label.name: label for label in place_labels()}
    for name in BRIEFING_NAMES:
        assert name in labels, name
    for label in labels.values():
        assert label.kind in KINDS
        assert label.source
        assert 0 <= label.lat <= 60, label
        assert 100 <= label.lon <= 180, label
        assert 2 <= label.min_zoom <= 8, label


def test_labels_thin_out_as_the_map_zooms_out():
    labels = place_labels()
    shown = [sum(1 for label in labels if label.min_zoom <= zoom) for zoom in range(2, 8)]
    assert shown == sorted(shown)
    assert shown[0] < shown[-1]
    at_three = {label.name for label in labels if label.min_zoom <= 3}
    assert {"Pyongyang", "Tokyo", "Sea of Japan (East Sea)"} <= at_three
    assert "Okushiri" not in at_three


def test_okushiri_and_sado_sit_where_their_cited_sources_put_them():
    labels = {label.name: label for label in place_labels()}
    assert (labels["Okushiri"].lat, labels["Okushiri"].lon) == (42.1492, 139.4672)
    assert (labels["Sado"].lat, labels["Sado"].lon) == (38.0675, 138.3975)
    assert "Wikipedia" in labels["Okushiri"].source
