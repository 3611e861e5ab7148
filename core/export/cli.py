"""`python -m core export FORMAT --out PATH` with the query string's filters as options."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from core.briefing.headline import with_preference
from core.paths import DEFAULT_DATA_DIR, is_data_dir
from core.records.dataset import load_dataset
from core.view.catalogue import catalogue
from core.view.query import LIST_PARAMS, parse_query

if TYPE_CHECKING:
    from core.export.view import ExportView

FORMATS: Final = ("html", "csv", "geojson", "png", "pptx")

# Option -> query parameter; list options may repeat or hold comma lists, as in the URL.
# --prefer jcs|mod|reference chooses whose figures lead, as ?prefer= does in the app.
FILTER_OPTIONS: Final = ("from", "to", "q", "launch", "prefer", *LIST_PARAMS)


def add_export_command(commands: Any) -> None:  # noqa: ANN401 - argparse's private subparsers type
    """Register the `export` sub-command."""
    export = commands.add_parser(
        "export",
        help="write the filtered launches as html, csv, geojson, png or pptx",
        description="Options take the same values as the app's link (e.g. --class ICBM,IRBM).",
    )
    export.add_argument("format", choices=FORMATS)
    export.add_argument("--out", type=Path, required=True, help="file to write")
    export.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    for name in FILTER_OPTIONS:
        repeat = name in LIST_PARAMS
        export.add_argument(
            f"--{name}",
            dest=f"filter_{name}",
            action="append" if repeat else "store",
            metavar="VALUES" if repeat else "VALUE",
        )
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Write one export of the filtered view; exit 2 on bad input, 0 on success."""
    data_dir: Path = args.data_dir
    if not is_data_dir(data_dir):
        return 2
    dataset = load_dataset(data_dir)
    if dataset.problems:
        print(
            f"{len(dataset.problems)} data problems (see `python -m core validate`)",
            file=sys.stderr,
        )
    params = {
        name: getattr(args, f"filter_{name}")
        for name in FILTER_OPTIONS
        if getattr(args, f"filter_{name}")
    }
    view_spec, notices = parse_query(params, catalogue(dataset))
    for notice in notices:
        print(str(notice).replace("Link parameter", "Option"), file=sys.stderr)
    # Imported here: folium, Pillow, Altair and python-pptx would slow every other command.
    from core.export.deck import MAX_LAUNCH_SLIDES
    from core.export.view import export_view

    preferred = with_preference(dataset, view_spec.prefer)
    view = export_view(preferred, view_spec.launch_filter, view_spec.launch_id)
    fmt: str = args.format
    if fmt == "pptx" and len(view.launches) > MAX_LAUNCH_SLIDES:
        print(
            f"{len(view.launches)} launches: slides for the first {MAX_LAUNCH_SLIDES}",
            file=sys.stderr,
        )
    content = export_bytes(fmt, view)
    out: Path = args.out
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(content)
    except OSError as err:
        print(f"{out}: cannot write ({err.strerror})", file=sys.stderr)
        return 2
    print(f"{out}: {fmt}, {len(view.launches)} missiles, {len(content):,} bytes", file=sys.stderr)
    return 0


def export_bytes(fmt: str, view: ExportView) -> bytes:
    """The bytes of one export format (the HTML map is the app's own, from core.mapview)."""
    from core.export.deck import to_pptx
    from core.export.html_map import standalone_html
    from core.export.slide_png import map_png
    from core.export.tables import to_csv, to_geojson

    if fmt == "html":
        return standalone_html(view).encode("utf-8")
    if fmt == "csv":
        return to_csv(view)
    if fmt == "geojson":
        return to_geojson(view)
    if fmt == "png":
        return map_png(view, highlight=view.selected_launch_id)
    if fmt == "pptx":
        return to_pptx(view)
    raise ValueError(f"unknown export format {fmt!r}; one of {' '.join(FORMATS)}")
