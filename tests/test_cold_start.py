"""A first view loads no library of the panels it does not draw (a server's first page open
pays for every import; the timings are in bench/)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Loaded only when asked for: the deck (python-pptx), PNG and SVG files (vl-convert, Pillow),
# the profile chart (Altair, drawn once a launch is selected) and the report form's rules.
DEFERRED = ("pptx", "vl_convert", "altair", "PIL", "components.report_review", "core.report.save")

FIRST_VIEW = textwrap.dedent(
    """
    import json, sys
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(sys.argv[1], default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    print(json.dumps({name: name in sys.modules for name in sys.argv[2:]}))
    """
)


def _loaded_after_first_view(*names: str) -> dict[str, bool]:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_VIEW, str(ROOT / "app.py"), *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    loaded: dict[str, bool] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_a_first_view_loads_no_export_or_report_library() -> None:
    loaded = _loaded_after_first_view(*DEFERRED, "folium", "components.launch_map")
    # The probe sees what the page did import.
    assert loaded.pop("folium")
    assert loaded.pop("components.launch_map")
    assert not any(loaded.values()), loaded
