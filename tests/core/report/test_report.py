"""Report extraction on the two seed reports, against the committed sites.csv."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time
from pathlib import Path

from core.report.extract import extract_report

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "tests" / "fixtures" / "reports"
SEED_000 = REPORTS / "000_a572fdd807c6f778.txt"
SEED_004 = REPORTS / "004_122e9eb729bf84bb.txt"


def test_seed_000_is_the_monday_mrbm_not_the_recalled_november_salvo(sites):
    text = SEED_000.read_text(encoding="utf-8")
    draft = extract_report(text, date(2025, 1, 6), sites)
    assert draft.date_utc == date(2025, 1, 6)
    assert draft.time_utc is None
    assert draft.missile_class == "MRBM"
    assert draft.count == 1
    assert draft.range_km == 1100
    # 400 km / 100 km belong to the 5 November launch the report recalls.
    assert draft.apogee_km is None
    assert draft.site_id == "pyongyang-area"
    assert sites[draft.site_id].precision == "area"
    assert draft.landing_area == "sea_of_japan"
    assert draft.japan_eez == "unknown"
    assert draft.missile_name == ""  # Hwasong-19 is the recalled October launch
    assert draft.reporters == ("JCS", "Japan MOD")


def test_seed_004_friday_morning_srbm_from_the_northwestern_border_area(sites):
    text = SEED_004.read_text(encoding="utf-8")
    draft = extract_report(text, date(2025, 11, 7), sites)
    assert draft.date_utc == date(2025, 11, 7)
    assert draft.time_utc == time(1, 0)
    assert draft.missile_class == "SRBM"  # not the recalled cruise / hypersonic tests
    assert draft.count == 1
    assert draft.range_km == 700
    assert draft.site_id == "northwest-border"
    assert sites[draft.site_id].precision == "area"
    assert draft.landing_area == "sea_of_japan"
    assert draft.japan_eez == "outside"
    # "South Korea and Japan confirmed" names Japan as a whole: its government, first mentioned
    # there (convention of 2026-12-04), before the JCS and the ministry; Prime Minister
    # Takaichi's words are the government's too.
    assert draft.reporters == ("Japan government", "JCS", "Japan MOD")


def test_evidence_offsets_point_into_the_report(sites):
    text = SEED_004.read_text(encoding="utf-8")
    draft = extract_report(text, date(2025, 11, 7), sites)
    for field in ("date_utc", "time_utc", "count", "missile_class", "range_km", "site_id"):
        for item in draft.evidence[field]:
            original = text[item.start : item.end]
            # The report has curly quotes; evidence keeps offsets of the original text.
            assert original.replace("\u2019", "'") == item.text
            assert item.text in item.sentence
    assert "700 kilometers" in draft.evidence["range_km"][0].text
    assert "10 a.m." in draft.evidence["time_utc"][0].text
    assert "01:00 UTC" in draft.evidence["time_utc"][0].note


def test_cli_extract_prints_launch_columns_count_and_evidence():
    result = subprocess.run(
        [sys.executable, "-m", "core", "extract", str(SEED_000), "--published", "2025-01-06"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["date_utc"] == "2025-01-06"
    assert out["missile_class"] == "MRBM"
    assert out["range_km"] == 1100
    assert out["count"] == 1
    assert out["site_id"] == "pyongyang-area"
    assert out["sources"] == "JCS;Japan MOD"
    assert "flew 1,100km" in out["evidence"]["range_km"][0]["text"]
    from core.records.model import LAUNCH_COLUMNS

    assert set(out) == {*LAUNCH_COLUMNS, "count", "evidence"}


def test_cli_extract_rejects_a_bad_date_without_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "core", "extract", str(SEED_000), "--published", "06/01/2025"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "published" in result.stderr
