"""Build data/launches.csv, data/sources.csv and data/sites.csv from the reference folder.

Usage: python scripts/build_data.py /work/shared/data [--out data]

Inputs: the nk-missile-tests tables and the CNS database copy under REFERENCE/launches, the site
gazetteer under REFERENCE/sites, and the hand-curated CSVs beside this script:
report_sources.csv (report-checked values, each row with a citation; its launch_id cell may hold an
event_id, meaning every missile of that event), report_times.csv (a reference row's launch day and
time corrected from cited reports, where the reference dates a launch by Korea's day or gives
another clock), report_landings.csv (where sources said missiles
fell, as data/landings.csv), post_reference_launches.csv (launches after the
reference table ends) and site_curation.csv (names, aliases, towns and delineated areas).
The output is deterministic: the same inputs always give byte-identical tables.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from data_cns import match_cns
from data_nagix import LaunchRow, read_nagix
from data_sites import build_sites

from core.geo.landings import LANDING_COLUMNS, LANDINGS_FILE, LandingError, parse_landing
from core.records.model import LAUNCH_COLUMNS, SOURCE_COLUMNS

HERE = Path(__file__).resolve().parent
CURATED_SOURCES = HERE / "report_sources.csv"
POST_REFERENCE = HERE / "post_reference_launches.csv"
CURATED_LANDINGS = HERE / "report_landings.csv"
REPORT_TIMES = HERE / "report_times.csv"

# Launch rows carry one value per field; sources.csv keeps every reporter's own value.
PREFERENCE = ("CNS", "nk-missile-tests", "Japan MOD", "JCS")
FIGURES = ("range_km", "apogee_km", "flight_time_min")
RANGE_OPTIONAL_CLASSES = ("SLV", "unknown")


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file with a header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """Write rows in column order with RFC 4180 quoting and \\n line ends."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in columns})


def rank(reporter: str) -> int:
    """Position of a reporter in the preference order (outlets come last)."""
    return PREFERENCE.index(reporter) if reporter in PREFERENCE else len(PREFERENCE)


def post_reference_launches(path: Path) -> list[LaunchRow]:
    """Hand-curated launches after the reference table ends; each must have report sources."""
    launches: list[LaunchRow] = []
    for line, row in enumerate(read_csv(path), start=2):
        missing = [column for column in LAUNCH_COLUMNS if column != "sources" and column not in row]
        if missing:
            raise SystemExit(f"{path}:{line}: missing columns {missing}")
        launches.append({column: row.get(column, "").strip() for column in LAUNCH_COLUMNS})
    return launches


def report_times(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """Report-checked launch times by the reference row's (date, time) they replace."""
    times: dict[tuple[str, str], dict[str, str]] = {}
    for line, row in enumerate(read_csv(path), start=2):
        row = {column: value.strip() for column, value in row.items()}
        if not row["citation"]:
            raise SystemExit(f"{path}:{line}: citation: missing")
        times[(row["reference_date"], row["reference_time"])] = row
    return times


def time_sources(
    times: dict[tuple[str, str], dict[str, str]], launches: list[LaunchRow]
) -> list[dict[str, str]]:
    """One source row per missile whose time a report set (read_nagix marks each with the
    reference value it replaced), citing that report."""
    rows: list[dict[str, str]] = []
    for (reference_date, reference_time), row in times.items():
        replaced = f"{reference_date} {reference_time} UTC"
        for launch in launches:
            if launch.get("_reference_when") != replaced:
                continue
            source = {column: "" for column in SOURCE_COLUMNS}
            source.update(
                launch_id=launch["launch_id"],
                reporter=row["reporter"],
                published=row["published"],
                citation=row["citation"],
                note=row["note"],
            )
            rows.append(source)
    return rows


def missiles_named(launches: list[LaunchRow]) -> dict[str, list[str]]:
    """The missiles a curated row's `launch_id` cell names: a launch_id itself, or an event_id
    meaning each of its missiles."""
    members: dict[str, list[str]] = {}
    for launch in launches:
        members.setdefault(launch["launch_id"], []).append(launch["launch_id"])
        members.setdefault(launch["event_id"], []).append(launch["launch_id"])
    return members


def curated_sources(path: Path, launches: list[LaunchRow]) -> list[dict[str, str]]:
    """Report-checked rows; a `launch_id` cell may name an event, meaning each of its missiles."""
    members = missiles_named(launches)
    rows: list[dict[str, str]] = []
    for line, row in enumerate(read_csv(path), start=2):
        target = row["launch_id"].strip()
        if target not in members:
            raise SystemExit(f"{path}:{line}: launch_id: no such launch or event ({target})")
        if not row["citation"].strip():
            raise SystemExit(f"{path}:{line}: citation: missing")
        for launch_id in members[target]:
            source = {column: row.get(column, "").strip() for column in SOURCE_COLUMNS}
            source["launch_id"] = launch_id
            rows.append(source)
    return rows


def landings(path: Path, launches: list[LaunchRow]) -> list[dict[str, str]]:
    """Sources' landing descriptions, one row per missile (an event_id means each of its
    missiles); each row is checked as the app reads it (known landmark, compass word)."""
    members = missiles_named(launches)
    rows: list[dict[str, str]] = []
    for line, row in enumerate(read_csv(path), start=2):
        target = row["launch_id"].strip()
        if target not in members:
            raise SystemExit(f"{path}:{line}: launch_id: no such launch or event ({target})")
        for launch_id in members[target]:
            landing = {column: row.get(column, "").strip() for column in LANDING_COLUMNS}
            landing["launch_id"] = launch_id
            try:
                parse_landing(landing, line)
            except LandingError as err:
                raise SystemExit(f"{path}:{line}: {err}") from err
            rows.append(landing)
    return rows


def apply_sources(launch: LaunchRow, sources: list[dict[str, str]]) -> None:
    """Fill figures by source preference, set the EEZ verdict and the reporter list."""
    ordered = sorted(sources, key=lambda source: rank(source["reporter"]))
    for figure in FIGURES:
        value = next((s[figure] for s in ordered if s.get(figure, "")), "")
        if value:
            launch[figure] = value
    # Names stay those of the reference missile table (one naming for all years); a class or
    # name only fills a gap the table leaves.
    if not launch["missile_name"]:
        launch["missile_name"] = next((s["missile_name"] for s in ordered if s["missile_name"]), "")
    if launch["missile_class"] == "unknown":
        known = [s["missile_class"] for s in ordered if s["missile_class"] not in ("", "unknown")]
        launch["missile_class"] = (known or ["unknown"])[0]
    # Japan's own verdict first; another reporter's relay of it only when MOD is silent.
    verdicts = [s["japan_eez"] for s in sources if s.get("japan_eez") in ("inside", "outside")]
    mod = [s["japan_eez"] for s in sources if s["reporter"] == "Japan MOD" and s.get("japan_eez")]
    launch["japan_eez"] = (mod or verdicts or ["unknown"])[0]
    needs_range = launch["missile_class"] not in RANGE_OPTIONAL_CLASSES
    if launch["apogee_km"] and not launch["range_km"] and needs_range:
        # An apogee without a range cannot be drawn; sources.csv keeps it.
        launch["apogee_km"] = ""
    reporters: list[str] = []
    for source in ordered:
        if source["reporter"] not in reporters:
            reporters.append(source["reporter"])
    launch["sources"] = ";".join(reporters)


def build(reference: Path, out: Path) -> dict[str, int]:
    """Write the three tables; return row counts."""
    times = report_times(REPORT_TIMES)
    corrected = {key: (row["date_utc"], row["time_utc"]) for key, row in times.items()}
    facilities, launches, sources = read_nagix(reference / "launches", corrected)
    sources.extend(time_sources(times, launches))
    matched = match_cns(reference / "launches" / "cns_missile_test_database_2023-04.csv", launches)
    sources.extend(matched)
    launches.extend(post_reference_launches(POST_REFERENCE))
    known_ids = {launch["launch_id"] for launch in launches}
    if len(known_ids) != len(launches):
        raise SystemExit("duplicate launch_id after merging post-reference launches")
    sources.extend(curated_sources(CURATED_SOURCES, launches))
    by_launch: dict[str, list[dict[str, str]]] = {}
    for source in sources:
        by_launch.setdefault(source["launch_id"], []).append(source)
    for launch in launches:
        if launch["launch_id"] not in by_launch:
            raise SystemExit(f"launch {launch['launch_id']} has no source")
        apply_sources(launch, by_launch[launch["launch_id"]])
    launches.sort(key=lambda launch: (launch["date_utc"], launch["launch_id"]))
    order = {launch["launch_id"]: index for index, launch in enumerate(launches)}
    sources.sort(key=lambda s: (order[s["launch_id"]], rank(s["reporter"]), s["reporter"]))
    sites = build_sites(reference / "sites" / "launch_sites_gazetteer.csv", facilities, HERE)
    used = {launch["site_id"] for launch in launches if launch["site_id"]}
    unknown_sites = sorted(used - {site["site_id"] for site in sites})
    if unknown_sites:
        raise SystemExit(f"launches use site ids missing from sites.csv: {unknown_sites}")
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / "launches.csv", LAUNCH_COLUMNS, launches)
    write_csv(out / "sources.csv", SOURCE_COLUMNS, sources)
    write_csv(out / "sites.csv", tuple(sites[0]), sites)
    landing_rows = sorted(
        landings(CURATED_LANDINGS, launches), key=lambda row: order[row["launch_id"]]
    )
    write_csv(out / LANDINGS_FILE, LANDING_COLUMNS, landing_rows)
    cns = sum(1 for source in sources if source["reporter"] == "CNS")
    return {
        "launches": len(launches),
        "sources": len(sources),
        "sites": len(sites),
        "cns": cns,
        "landings": len(landing_rows),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="reference folder (e.g. /work/shared/data)")
    parser.add_argument("--out", type=Path, default=HERE.parent / "data", help="output folder")
    args = parser.parse_args(argv)
    counts = build(args.reference, args.out)
    print(" ".join(f"{name}={count}" for name, count in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
