"""`python -m bench.map_paths`: the map's server CPU time per filter change, by the public
`st_folium(..., feature_group_to_add=...)` and by components/map_frame.py (streamlit-folium's
private helpers, pieces rendered once), at 350 and 10,000 missiles. The component itself is not
drawn: both give it the same arguments (tests/components/test_map_frame.py)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import folium
import streamlit_folium

from bench.synth import write_dataset
from components import map_frame
from components.launch_map import RETURNED
from core.geo.rings import default_rings
from core.geo.trajectory import sea_model
from core.mapview.base import base_map, canvas_for
from core.mapview.build import layer_groups, layer_parts
from core.mapview.centres import ring_centre_for
from core.records.dataset import load_dataset
from core.records.model import Launch

ROOT = Path(__file__).resolve().parent.parent
CHANGES = 8


def measure(missiles: int, work_dir: Path) -> dict[str, float]:
    """Median CPU ms per filter change (all missiles <-> SRBMs) of each way to the component."""
    dataset = load_dataset(write_dataset(work_dir / f"synthetic-{missiles}", missiles))
    sea = sea_model(ROOT / "data")
    every = list(dataset.launches)
    srbms = [launch for launch in every if launch.missile_class == "SRBM"]
    rings, centre = default_rings(dataset.launches), ring_centre_for(dataset, None)
    canvas = canvas_for(len(dataset.launches))

    def public(launches: Sequence[Launch]) -> None:
        parts = layer_parts(dataset, launches, None, centre, rings, sea)
        streamlit_folium.st_folium(
            base_map("served", False, canvas),
            key="bench_map",
            height=620,
            use_container_width=True,
            returned_objects=RETURNED,
            feature_group_to_add=layer_groups(parts),
            layer_control=folium.LayerControl(collapsed=True),
        )

    def private(launches: Sequence[Launch]) -> None:
        parts = layer_parts(dataset, launches, None, centre, rings, sea)
        map_frame.draw(
            parts,
            key="bench_map",
            online_tiles=False,
            canvas=canvas,
            height=620,
            returned_objects=RETURNED,
        )

    figures = {}
    ways: dict[str, Callable[[Sequence[Launch]], None]] = {
        "public st_folium": public,
        "map_frame": private,
    }
    for name, draw in ways.items():
        draw(every)
        draw(srbms)  # both views seen once: the caches warm, as on a running server
        spent = []
        for change in range(CHANGES):
            started = time.process_time()
            draw(every if change % 2 else srbms)
            spent.append(time.process_time() - started)
        figures[name] = statistics.median(spent) * 1000
    return figures


def main() -> int:
    """Print both ways at 350 and 10,000 missiles."""
    original = streamlit_folium._component_func
    streamlit_folium._component_func = lambda **_: None  # the arguments are built, not sent
    try:
        with tempfile.TemporaryDirectory(prefix="launch-atlas-map-") as work:
            for missiles in (350, 10_000):
                figures = measure(missiles, Path(work))
                print(
                    f"{missiles:,} missiles: map per filter change, CPU (median of {CHANGES}): "
                    + ", ".join(f"{name} {value:.1f} ms" for name, value in figures.items())
                )
    finally:
        streamlit_folium._component_func = original
    return 0


if __name__ == "__main__":
    sys.exit(main())
