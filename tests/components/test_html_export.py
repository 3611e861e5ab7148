"""The app's HTML download and `python -m core export html` give the same map of the same view."""

from __future__ import annotations

import json
import re
from collections import Counter

from components.exports import html_export
from core.__main__ import main
from core.briefing.headline import with_preference
from core.export.html_map import remote_references
from core.export.view import export_view
from core.geo.rings import Ring, RingChoice
from core.mapview.controls import legend_markup
from core.mapview.launch_layer import script_safe_json
from core.records.dataset import load_dataset
from core.view.filters import LaunchFilter
from tests.conftest import write_dataset

LOFTED_ID = "2017-11-28a-01"
# Generated element names (map_0a1b..., poly_line_...) differ between two renders of one map.
ELEMENT_NAME = re.compile(r"\b([a-z_]+)_[0-9a-f]{32}\b")
ROWS = re.compile(r"L\.atlasLaunchLayer\(\n\s*(\[.*?\]),\n")
TOOLTIP = re.compile(r"<div>\s*([^<]*? from [^<]*?|[^<]*?, round [^<]*?)\s*</div>")


def layers(html: str) -> dict[str, object]:
    """What a page draws, without the names folium generates for its elements."""
    script = ELEMENT_NAME.sub(r"\1", html)
    return {
        "leaflet_calls": Counter(re.findall(r"\bL\.(\w+(?:\.\w+)?)\(", script)),
        "launch_ids": sorted(row[0] for row in json.loads(ROWS.search(html).group(1))),
        "site_ids": sorted(re.findall(r'"site_id": "([^"]+)"', html)),
        "zones": sorted(re.findall(r'"zone": "([^"]+)"', html)),
        "land_features": html.count('"ADMIN"') + html.count('"name": '),
        "ring_tips": TOOLTIP.findall(html),
        "ring_labels": re.findall(r'atlas-ring-label[a-z -]*\\"\\u003e(.*?)\\u003c', html),
        "legend": script_safe_json(legend_markup()) in html,
        "title": re.search(r'id="atlas-export-title"[^>]*>(.*?)</div>', html).group(1),
    }


def test_cli_and_app_html_exports_of_one_view_carry_the_same_layers(tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    out = tmp_path / "cli.html"
    args = ["export", "html", "--out", str(out), "--data-dir", str(data_dir), "--launch", LOFTED_ID]
    assert main([*args, "--class", "ICBM,HGV"]) == 0
    cli = out.read_text(encoding="utf-8")

    dataset = with_preference(load_dataset(data_dir))  # as the app loads it: JCS's figures first
    launch_filter = LaunchFilter(classes=frozenset({"ICBM", "HGV"}))
    shown = launch_filter.apply(dataset.launches, {k: s.name for k, s in dataset.sites.items()})
    app = html_export(export_view(dataset, launch_filter, LOFTED_ID, shown))()

    assert remote_references(cli) == remote_references(app) == []
    cli_layers, app_layers = layers(cli), layers(app)
    assert cli_layers == app_layers
    # ... and they are the app's map: its legend, land, zones, rings, sites and launches.
    assert cli_layers["legend"]
    assert cli_layers["launch_ids"] == [LOFTED_ID]  # the HGV has no range: no path
    assert cli_layers["site_ids"] == ["sunan", "west-coast"]
    assert "JPN" in cli_layers["zones"]
    assert cli_layers["land_features"] > 100
    labels = cli_layers["ring_labels"]
    assert labels[:4] == ["960 km", "1,000 km", "3,000 km", "5,500 km"]  # longest: JCS's 960
    assert labels[-1].startswith("Hwasong-15 on a minimum-energy path: ~10,0")  # JCS: 4,500 km up
    assert any("lofted shot" in tip for tip in cli_layers["ring_tips"])
    assert "2 missiles" in cli_layers["title"]


def test_the_html_export_has_no_reach_ring_without_a_lofted_selection(tmp_path):
    data_dir = write_dataset(tmp_path / "data")
    out = tmp_path / "cli.html"
    args = ["export", "html", "--out", str(out), "--data-dir", str(data_dir)]
    assert main([*args, "--prefer", "reference"]) == 0  # CNS's 950 km before JCS's 960
    page = layers(out.read_text(encoding="utf-8"))
    assert page["ring_labels"] == ["950 km", "1,000 km", "3,000 km", "5,500 km"]
    assert not any("minimum-energy" in tip for tip in page["ring_tips"])


def test_the_app_export_draws_the_rings_chosen_in_the_map_panel(tmp_path):
    dataset = load_dataset(write_dataset(tmp_path / "data"))
    chosen = RingChoice("west-coast", (Ring(777.0, "777 km (your ring)"),))
    view = export_view(
        dataset, selected_launch_id=None, ring_site_id=chosen.site_id, rings=chosen.rings
    )
    page = layers(html_export(view)())
    assert page["ring_labels"] == ["777 km"]
    centre = dataset.sites["west-coast"].name
    assert any(centre in tip for tip in page["ring_tips"]), page["ring_tips"]
