"""A valid dataset whose every free-text cell holds script, markup, link and template injections."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from tests.conftest import write_dataset

# Each would run `window.__pwned = 1` (or show 49, or break a template) if it reached the page or
# a Jinja template unescaped.
SCRIPT: Final = "<script>window.__pwned=1</script>"
IMG: Final = '<img src=x onerror="window.__pwned=1">'
SVG: Final = '"><svg onload="window.__pwned=1">'
JS_LINK: Final = "javascript:window.__pwned=1"
ATTRIBUTE: Final = "' onmouseover='window.__pwned=1"
JINJA: Final = "{{ 7*7 }}"
JINJA_BLOCK: Final = "{% raw %}"
MD_LINK: Final = "[click me](javascript:window.__pwned=1)"
# Drawn as a Markdown image, it would make the page fetch from a remote host (blocked in tests).
MD_IMAGE: Final = "![pixel](http://198.51.100.7/x.png)"
HOSTILE: Final = (SCRIPT, IMG, SVG, JS_LINK, ATTRIBUTE, JINJA, JINJA_BLOCK, MD_LINK, MD_IMAGE)
# A blank line ends an HTML block in Markdown: what follows it would be read as Markdown.
PARAGRAPH: Final = f"\n\n{MD_LINK} *not emphasis*"
# Cells with ";" would be split (aliases, reporters); none of the strings above holds one.
ALL: Final = " ".join(HOSTILE)
URL_CITATION: Final = f'https://example.org/report?a="{SVG[2:]}'


def text(label: str) -> str:
    """A free-text cell: a readable label, then every hostile string."""
    return f"{label} {ALL}"


PAD: Final = "hostile-pad"
# Site ids are free text too: they travel in map rows and features, links and exports.
AREA: Final = f"hostile-area{SVG}{SCRIPT}"
REPORTERS: Final = (text("Reporter A"), text("Reporter B"))
SITES: Final = [
    {
        "site_id": PAD,
        "name": text("Pad"),
        "lat": "39.2",
        "lon": "125.67",
        "precision": "facility",
        "aliases": ";".join([text("Pad alias"), *HOSTILE, "Hostilepad"]),
        "source": text("Pad source"),
    },
    {
        "site_id": AREA,
        "name": text("Area"),
        "lat": "40.2",
        "lon": "128.6",
        "precision": "area",
        "radius_km": "60",
        "aliases": ";".join([text("Area alias"), *HOSTILE]),
        "source": text("Area source"),
    },
]


def _launch(launch_id: str, name: str, **cells: str) -> dict[str, str]:
    event_id = launch_id.rsplit("-", 1)[0]
    return {
        "launch_id": launch_id,
        "event_id": event_id,
        "date_utc": event_id[:-1],
        "date_precision": "day",
        "missile_name": text(name),
        "missile_class": "SRBM",
        "site_id": PAD,
        "landing_area": "sea_of_japan",
        "japan_eez": "outside",
        "outcome": "success",
        "maneuver": "ballistic",
        "sources": ";".join(REPORTERS),
        **cells,
    }


# Every kind of map feature: a reported impact point, a path from a bearing, an estimated path
# from an area's centre, a failure, a missile with no range (site only), a salvo, a lone impact,
# and a lofted shot (selected, it adds a labelled minimum-energy reach ring).
REPORTED: Final = "2020-03-01a-01"
HOSTILE_ID: Final = f"2023-04-07a-{IMG}"
LOFTED: Final = "2017-11-28a-01"
LAUNCHES: Final = [
    _launch(
        LOFTED, "Lofted", time_utc="18:17", missile_class="ICBM", range_km="950",
        apogee_km="4475", flight_time_min="53", bearing_deg="90",
    ),
    _launch(
        REPORTED, "Reported", time_utc="01:00", missile_class="MRBM", range_km="620",
        apogee_km="90", flight_time_min="9", impact_lat="40.5", impact_lon="132.8",
    ),
    _launch("2020-03-01a-02", "Salvo", time_utc="01:00", range_km="400", bearing_deg="85"),
    _launch("2020-05-02a-01", "Bearing", range_km="450", apogee_km="60", bearing_deg="95"),
    _launch("2021-01-03a-01", "Estimated", site_id=AREA, range_km="700", apogee_km="80"),
    _launch(
        "2021-06-04a-01", "Failure", range_km="60", bearing_deg="80", outcome="failure",
        landing_area="unknown", japan_eez="unknown",
    ),
    _launch("2022-02-05a-01", "No range", landing_area="unknown", japan_eez="unknown"),
    _launch(
        "2022-09-06a-01", "Lone impact", site_id="", missile_class="IRBM",
        impact_lat="41.0", impact_lon="136.0", japan_eez="outside",
    ),
    # Ids are free text too: they travel in links, map rows, the list and the exports.
    {
        **_launch("2023-04-07a-01", "Hostile id", range_km="300", bearing_deg="100"),
        "launch_id": HOSTILE_ID, "event_id": f"2023-04-07a{SVG}",
    },
]  # fmt: skip
LAUNCH_IDS: Final = tuple(row["launch_id"] for row in LAUNCHES)
CITATIONS: Final = (JS_LINK, URL_CITATION, text("Citation"))


def _sources(launch_id: str) -> list[dict[str, str]]:
    first, second = REPORTERS
    # The first reporter's range leads the headline (core/briefing/headline.py): it is the
    # launch row's own, so every kind of map feature above stays drawn as that row describes.
    own = next(row.get("range_km", "") for row in LAUNCHES if row["launch_id"] == launch_id)
    return [
        {
            "launch_id": launch_id,
            "reporter": first,
            "published": "2022-10-01",
            "citation": JS_LINK,
            "missile_name": text("Source name"),
            "missile_class": "SRBM",
            "range_km": own,
            "note": text("Note") + PARAGRAPH,
        },
        {
            "launch_id": launch_id,
            "reporter": second,
            "citation": f"{URL_CITATION} {text('Citation')}{PARAGRAPH}",
            "missile_name": text("Other name"),
            "range_km": str(round(float(own) * 1.1)) if own else "",
            "japan_eez": "outside",
            "note": text("Second note"),
        },
    ]


def write_hostile_dataset(directory: Path) -> Path:
    """The three tables in `directory`; every row is valid, so every row loads."""
    sources = [row for launch_id in LAUNCH_IDS for row in _sources(launch_id)]
    return write_dataset(directory, LAUNCHES, SITES, sources)


# A report to paste into "Add a report": extractable facts around every hostile string.
REPORT: Final = (
    f"SEOUL, Oct. 3 (Yonhap) -- North Korea fired a ballistic missile {SCRIPT} from Hostilepad "
    f"on Monday, {IMG} the Joint Chiefs of Staff said. {SVG} The missile flew about 550 km "
    f"{ATTRIBUTE} and reached an apogee of 60 km. {JS_LINK} {JINJA} {JINJA_BLOCK} {MD_IMAGE}"
    + PARAGRAPH
)
