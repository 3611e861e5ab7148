"""Map panel: build_map renders offline HTML; the st_folium arguments name no outside URL."""

import json
import re
from dataclasses import replace
from pathlib import Path

import folium
import pytest
from streamlit.testing.v1 import AppTest

from components.launch_map import clicked_launch_id
from components.map_rings import places_table
from core.geo.rings import CLASS_RINGS, default_rings
from core.geo.trajectory import sea_model, trajectories
from core.mapview.assets import JQUERY_JS, LAUNCH_LAYER_JS, LEAFLET_CSS, LEAFLET_JS, ensure_served
from core.mapview.base import CANVAS_ABOVE_MISSILES, base_map, canvas_for
from core.mapview.build import build_map, drawn_launches, layer_groups, layer_parts
from core.mapview.centres import reach_ring_for, ring_centre_for
from core.mapview.controls import REACH_DASH
from core.mapview.features import (
    FLAG_NAMES,
    ROW_FIELDS,
    launch_rows_json,
    missile_row,
    row_schema_json,
)
from core.records.dataset import load_dataset

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE = re.compile(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", re.IGNORECASE)


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


@pytest.fixture(scope="module")
def sea():
    return sea_model(ROOT / "data")


def _without_vendored_code(html: str) -> str:
    # Leaflet's and jQuery's own sources mention URLs in comments and feature tests; they are never
    # fetched. Everything else in the page is ours and must name no outside host.
    for asset in (LEAFLET_JS, JQUERY_JS, LEAFLET_CSS):
        assert asset.text() in html
        html = html.replace(asset.text(), "")
    return html


def test_standalone_map_html_names_no_outside_url(dataset):
    html = build_map(dataset, list(dataset.launches)).get_root().render()
    assert "L.map(" in html
    assert OUTSIDE.findall(_without_vendored_code(html)) == []


def test_served_map_links_only_local_assets(dataset):
    fmap = build_map(dataset, list(dataset.launches), mode="served")
    html = fmap.get_root().render()
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    links += re.findall(r"\$\.ajax\(\"([^\"]+)\"", html)
    assert links, "expected script, stylesheet and geo links"
    assert all(link.startswith("../../app/static/") for link in links), links
    assert OUTSIDE.findall(html) == []


def test_online_tiles_only_when_asked():
    offline = base_map("served").get_root().render()
    online = base_map("served", online_tiles=True).get_root().render()
    assert "tile.openstreetmap.org" not in offline
    assert "tile.openstreetmap.org" in online


def test_large_sets_draw_on_canvases():
    assert not canvas_for(CANVAS_ABOVE_MISSILES)
    assert canvas_for(CANVAS_ABOVE_MISSILES + 1)
    assert '"preferCanvas": true' in base_map("served", canvas=True).get_root().render()
    assert '"preferCanvas": false' in base_map("served").get_root().render()


def test_one_path_per_missile_with_site_and_range_or_described_point(dataset, sea):
    launches = list(dataset.launches)
    items = trajectories(launches, dataset.sites, sea)
    rows = [missile_row(x, dataset.site_of(x), items[x.launch_id]) for x in launches]
    paths = [row for row in rows if row is not None and len(row[ROW_FIELDS.index("points")]) > 2]
    described = {
        launch_id for launch_id, landing in sea.landings.items() if landing.point is not None
    }
    drawable = [
        launch
        for launch in launches
        if dataset.site_of(launch) is not None
        and ((launch.range_km or 0) > 0 or launch.launch_id in described)
    ]
    assert len(paths) == len(drawable)
    assert len({row[0] for row in paths}) == len(paths)


def test_missile_without_range_has_no_path(dataset, sea):
    launch = replace(dataset.launches[0], range_km=None, impact_lat=None, impact_lon=None)
    items = trajectories([launch], dataset.sites, sea)
    assert missile_row(launch, dataset.site_of(launch), items[launch.launch_id]) is None
    assert launch_rows_json([launch], dataset.sites, items) == "[]"


def test_record_text_reaches_the_page_only_as_script_safe_json(dataset, sea):
    drawn = next(launch for launch in dataset.launches if launch.range_km and launch.site_id)
    launch = replace(drawn, missile_name='<img src=x onerror="alert(1)">')
    html = build_map(dataset, [launch]).get_root().render()
    assert "<img src=x" not in _without_vendored_code(html)
    assert '\\u003cimg src=x onerror=\\"alert(1)\\"\\u003e' in html
    # The browser puts tooltip text in with textContent, never as markup; the export inlines it.
    script = LAUNCH_LAYER_JS.text()
    assert "box.textContent = lines.join" in script
    assert "innerHTML" not in script
    assert script in html


def test_the_browser_reads_rows_by_the_field_names_python_declares(dataset, sea):
    script = LAUNCH_LAYER_JS.text()
    used = set(re.findall(r"\bat\.(\w+)", script))
    assert used == set(ROW_FIELDS)
    assert set(re.findall(r"\bbit\.(\w+)", script)) == set(FLAG_NAMES)
    assert json.loads(row_schema_json()) == [list(ROW_FIELDS), list(FLAG_NAMES)]
    launch = next(launch for launch in dataset.launches if launch.range_km and launch.site_id)
    item = trajectories([launch], dataset.sites, sea)[launch.launch_id]
    row = missile_row(launch, dataset.site_of(launch), item)
    assert row is not None
    assert row[ROW_FIELDS.index("launch_id")] == launch.launch_id
    assert row[ROW_FIELDS.index("name")] == launch.missile_name


def test_row_carries_the_launch_instant_for_the_utc_and_kst_times(dataset, sea):
    timed = next(launch for launch in dataset.launches if launch.launched_at is not None)
    item = trajectories([timed], dataset.sites, sea)[timed.launch_id]
    row = missile_row(timed, dataset.site_of(timed), item)
    when = ROW_FIELDS.index("when")
    assert row[when] * 60 == timed.launched_at.timestamp()
    untimed = replace(timed, time_utc=None)
    assert missile_row(untimed, dataset.site_of(timed), item)[when] == timed.date_text


def test_selection_is_drawn_on_top(dataset, sea):
    launch = next(launch for launch in dataset.launches if launch.range_km)
    centre = ring_centre_for(dataset, launch)
    groups = layer_groups(
        layer_parts(dataset, [launch], launch.launch_id, centre, CLASS_RINGS, sea)
    )
    selection = groups[-1]
    assert selection.layer_name == "Selected launch"
    assert any(isinstance(child, folium.PolyLine) for child in selection._children.values())
    # Hover and clicks go through to the launch layer's path underneath (and its tooltip).
    shapes = list(selection._children.values())
    assert shapes
    assert all(shape.options["interactive"] is False for shape in shapes)


def test_ring_centre_follows_the_selected_launch(dataset):
    launch = next(launch for launch in dataset.launches if launch.site_id != "sunan")
    site = dataset.site_of(launch)
    assert ring_centre_for(dataset, launch).name == site.name
    assert ring_centre_for(dataset, None).name == dataset.sites["sunan"].name
    assert ring_centre_for(dataset, launch, "sunan").name == dataset.sites["sunan"].name


def test_default_rings_add_the_longest_flown(dataset):
    rings = default_rings(dataset.launches)
    longest = max(launch.range_km or 0 for launch in dataset.launches)
    assert [ring.radius_km for ring in rings] == [1000.0, 3000.0, 5500.0, longest]


def test_places_table_lists_every_reference_place():
    table = places_table((39.2241, 125.6701), CLASS_RINGS)
    assert len(table) == 10
    tokyo = table[table["Place"] == "Tokyo"].iloc[0]
    assert tokyo["Within rings"] == "3,000 km, 5,500 km"


def test_clicked_id_comes_from_the_clicked_feature():
    state = {"last_active_drawing": {"properties": {"launch_id": "L2"}}}
    assert clicked_launch_id(state) == "L2"
    assert clicked_launch_id({"last_active_drawing": {"properties": {"zone": "JPN"}}}) is None
    assert clicked_launch_id(None) is None


def test_served_assets_are_copied_from_the_packages(tmp_path):
    vendor = ensure_served(tmp_path / "vendor")
    assert (vendor / "leaflet" / "leaflet.js").read_bytes() == LEAFLET_JS.path.read_bytes()
    assert (vendor / "jquery" / "jquery.min.js").is_file()
    assert (vendor / "leaflet" / "images" / "layers.png").is_file()
    assert (vendor / "geo" / "eez_approx.geojson").is_file()
    world = json.loads((vendor / "geo" / "world_outside_east_asia.geojson").read_text())
    names = {feature["properties"]["name"] for feature in world["features"]}
    assert "Brazil" in names
    assert "Japan" not in names  # drawn from the detailed East Asia layer only


def _map_panel() -> None:
    import streamlit as st

    from components import data_source, launch_map

    dataset = data_source.load()
    shown = list(dataset.launches)
    launch_map.render(dataset, shown, dataset.launch(st.session_state.get("selected_launch_id")))


def _component_args(at: AppTest) -> dict:
    (element,) = [
        el
        for el in at.get("component_instance")
        if el.proto.component_name == "streamlit_folium.st_folium"
    ]
    return json.loads(element.proto.json_args)


def test_map_component_arguments_name_no_outside_url():
    at = AppTest.from_function(_map_panel, default_timeout=60)
    at.run()
    assert not at.exception
    args = _component_args(at)
    assert args["js_links"] == [
        "../../app/static/vendor/leaflet/leaflet.js",
        "../../app/static/vendor/jquery/jquery.min.js",
        "../../app/static/js/map_controls.js",
        "../../app/static/js/map_page.js",
        "../../app/static/js/launch_layer.js",
        "../../app/static/js/present.js",
        "../../app/static/js/playback.js",
    ]
    for field in ("script", "header", "html", "feature_group", "layer_control"):
        assert OUTSIDE.findall(args[field] or "") == [], field
    assert all(link.startswith("../../app/static/") for link in args["css_links"])
    assert args["returned_objects"] == ["last_active_drawing", "last_object_clicked_count"]
    assert args["feature_group"].count("L.atlasLaunchLayer(") == 1


def test_selected_launch_is_highlighted_and_the_base_map_stays_the_same():
    at = AppTest.from_function(_map_panel, default_timeout=60)
    at.run()
    before = _component_args(at)
    at.session_state["selected_launch_id"] = "2017-11-28a-01"
    at.run()
    after = _component_args(at)
    assert not at.exception
    assert before["script"] == after["script"]  # same base map: the iframe is not remounted
    # The groups are the same (the frame does not evaluate them again); the selection goes
    # apart: its outline drawn, the launch in focus named.
    assert before["feature_group"] == after["feature_group"]
    assert before["atlas_selection"]["focus"] == "[]"
    assert after["atlas_selection"]["focus"] == '["2017-11-28a-01"]'
    lines_before = before["atlas_selection"]["groups"].count("L.polyline(")
    assert after["atlas_selection"]["groups"].count("L.polyline(") > lines_before


def test_template_syntax_in_records_is_shown_not_evaluated(dataset):
    # branca compiles each element's rendered JavaScript as a Jinja template once more.
    launch = replace(dataset.launches[-1], launch_id="x{%raw%}-{#", missile_name="{{ 7 * 191 }}")
    html = build_map(dataset, [launch], launch.launch_id).get_root().render()
    # Element ids are random 32-digit hex, which may hold "1337" by chance: leave them out.
    assert "1337" not in re.sub(r"[0-9a-f]{32}", "", html)
    # Written as JSON escapes, which the browser reads back as the braces themselves.
    assert "\\u007b\\u007b 7 * 191 \\u007d\\u007d" in html
    assert "x\\u007b%raw%\\u007d-\\u007b#" in html
    assert "{{ 7" not in html


def test_beyond_the_limit_the_most_recent_paths_and_the_selection_are_drawn(dataset):
    launches = list(dataset.launches)
    oldest = min(launches, key=lambda launch: launch.date_utc)
    drawn = drawn_launches(launches, oldest.launch_id, limit=50)
    assert len(drawn) == 50
    assert oldest in drawn
    newest = max(launch.date_utc for launch in launches)
    assert any(launch.date_utc == newest for launch in drawn)
    assert drawn_launches(launches, None, limit=len(launches)) == launches


def _reach_lines(group: folium.FeatureGroup) -> list[folium.PolyLine]:
    return [
        child
        for child in group._children.values()
        if isinstance(child, folium.PolyLine) and child.options.get("dashArray") == REACH_DASH
    ]


def test_a_lofted_selection_adds_its_minimum_energy_ring_and_others_do_not(dataset, sea):
    lofted = next(launch for launch in dataset.launches if launch.launch_id == "2017-11-28a-01")
    level = next(
        launch
        for launch in dataset.launches
        if launch.range_km and launch.site_id and reach_ring_for(dataset, launch) is None
    )
    for launch, expected in ((lofted, 1), (level, 0)):
        centre = ring_centre_for(dataset, launch)
        groups = layer_groups(
            layer_parts(dataset, [launch], launch.launch_id, centre, CLASS_RINGS, sea)
        )
        assert groups[0].layer_name == "Range rings"
        assert len(_reach_lines(groups[0])) == expected, launch.launch_id
    html = build_map(dataset, list(dataset.launches), lofted.launch_id).get_root().render()
    assert "Hwasong-15 on a minimum-energy path: ~" in html
    assert "on a minimum-energy path: ~" not in build_map(dataset, [level]).get_root().render()


def test_map_panel_draws_and_tabulates_the_reach_ring_only_for_a_lofted_selection():
    at = AppTest.from_function(_map_panel, default_timeout=60)
    at.session_state["selected_launch_id"] = "2017-11-28a-01"
    at.run()
    assert not at.exception
    assert "on a minimum-energy path: ~" in _component_args(at)["atlas_selection"]["groups"]
    (table,) = at.dataframe
    assert table.value["Within rings"].str.contains("9,9").any()  # ~9,983 km reaches far places
    assert any("minimum-energy path" in caption.value for caption in at.caption)
    at.session_state["selected_launch_id"] = "2026-04-08a-01"  # an SRBM on a normal arc
    at.run()
    assert "on a minimum-energy path" not in _component_args(at)["atlas_selection"]["groups"]
    assert not any("minimum-energy path" in caption.value for caption in at.caption)
