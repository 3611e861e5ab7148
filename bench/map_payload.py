"""`python -m bench.map_payload`: server time and bytes of the map panel for the bundled records."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from components import map_frame, map_scripts
from core.geo.rings import default_rings
from core.geo.trajectory import sea_model, trajectory
from core.mapview.build import GEO_DATA_DIR, build_map, layer_parts
from core.mapview.centres import ring_centre_for
from core.records.dataset import Dataset, load_dataset

ROOT = Path(__file__).resolve().parent.parent


def _served_render(dataset: Dataset, selected: str | None) -> tuple[float, int, int]:
    """What the map panel does per rerun, minus the websocket: the layer parts of the view, then
    the group scripts from the cached pieces of map_scripts."""
    launches = list(dataset.launches)
    start = time.perf_counter()
    parts = layer_parts(
        dataset,
        launches,
        selected,
        ring_centre_for(dataset, None),
        default_rings(launches),
        sea_model(GEO_DATA_DIR),
    )
    groups_js = map_scripts.group_scripts(parts)
    elapsed = time.perf_counter() - start
    base = map_frame.base_frame(online_tiles=False, canvas=False)
    return elapsed, len(base.script.encode()), len(groups_js.encode())


def main() -> None:
    """Print cold and warm figures."""
    dataset = load_dataset(ROOT / "data")
    sea = sea_model(GEO_DATA_DIR)
    start = time.perf_counter()
    for launch in dataset.launches:
        trajectory(launch, dataset.site_of(launch), sea)
    cold_s = time.perf_counter() - start
    print(f"geometry of {len(dataset.launches)} missiles, cold: {cold_s:.3f} s")
    runs = [_served_render(dataset, "2017-11-28a-01") for _ in range(5)]
    seconds = statistics.median(run[0] for run in runs)
    print(f"served panel per rerun (median of 5): {seconds * 1000:.0f} ms")
    print(f"  base map script: {runs[-1][1]:,} bytes (constant: the iframe is never remounted)")
    print(f"  launch/site/ring/selection groups: {runs[-1][2]:,} bytes (re-sent on each rerun)")
    start = time.perf_counter()
    html = build_map(dataset, list(dataset.launches)).get_root().render()
    print(
        f"standalone build_map + render: {time.perf_counter() - start:.3f} s, "
        f"{len(html.encode()):,} bytes"
    )


if __name__ == "__main__":
    main()
