"""Add a report: paste or upload a news report, check the draft record beside its evidence, save."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any, Final

import streamlit as st

from core.markdown_text import markdown_literal
from core.records.dataset import Dataset
from core.records.model import (
    EEZ_VERDICTS,
    LANDING_AREAS,
    MANEUVERS,
    MISSILE_CLASSES,
    OUTCOMES,
    Launch,
)
from core.records.store import StoreError
from core.report.decoding import ReportInputError, decode_report
from core.report.differences import report_differences
from core.report.edit import NUMBER_FIELDS, apply_cells, draft_cells
from core.report.extract import COUNT_QUALIFIERS, Draft, extract_report
from core.report.highlight import highlight_html
from core.report.match import find_event, launch_rows
from core.report.save import MAX_COUNT, DraftError, reporter_for, save_draft

CHOICES: Final = {
    "missile_class": MISSILE_CLASSES,
    "landing_area": LANDING_AREAS,
    "japan_eez": EEZ_VERDICTS,
    "outcome": OUTCOMES,
    "maneuver": MANEUVERS,
    "count_qualifier": COUNT_QUALIFIERS,
}
LABELS: Final = {
    "date_utc": "Date (UTC)",
    "time_utc": "Time (UTC, HH:MM)",
    "count": "Missiles",
    "count_qualifier": "Count is",
    "missile_name": "Missile name",
    "missile_class": "Class",
    "site_id": "Launch site or area",
    "range_km": "Range (km)",
    "apogee_km": "Apogee (km)",
    "flight_time_min": "Flight time (min)",
    "bearing_deg": "Bearing (degrees from north)",
    "impact_lat": "Impact latitude",
    "impact_lon": "Impact longitude",
    "landing_area": "Landed in",
    "japan_eez": "Japan's EEZ",
    "outcome": "Outcome",
    "maneuver": "Flight profile",
    "reporters": "Bodies the report cites (;-separated)",
}
SAVED_KEY: Final = "report_saved_ids"


def _report_text() -> str:
    """The pasted text, replaced by an uploaded file's text when a new file arrives."""
    upload = st.file_uploader(
        "…or upload a report (.txt)", type=["txt"], key="report_file", max_upload_size=1
    )
    if upload is not None and st.session_state.get("report_file_id") != upload.file_id:
        st.session_state["report_file_id"] = upload.file_id
        try:
            st.session_state["report_text"] = decode_report(upload.getvalue(), upload.name)
        except ReportInputError as err:
            st.error(f"Upload not used: {markdown_literal(str(err))}")  # names the file
    return str(st.text_area("Report text", key="report_text", height=220))


def _load_draft_into_widgets(draft: Draft, digest: str) -> None:
    """Fill the edit widgets from a new draft (only when the report or date changed)."""
    if st.session_state.get("report_digest") == digest:
        return
    st.session_state["report_digest"] = digest
    for field, cell in draft_cells(draft).items():
        st.session_state[f"report_{field}"] = cell
    st.session_state["report_reporter"] = reporter_for(draft)


def _edited(draft: Draft) -> Draft:
    """The draft as the user edited it in the form."""
    fields = draft_cells(draft)
    return apply_cells(draft, {field: st.session_state.get(f"report_{field}") for field in fields})


def _evidence_rows(draft: Draft) -> list[dict[str, Any]]:
    return [
        {"field": field, "found": item.text, "how it was read": item.note}
        for field, items in draft.evidence.items()
        for item in items
    ]


def _edit_form(dataset: Dataset) -> bool:
    """The edit widgets of every field, and whether Save was pressed."""
    site_ids = ["", *sorted(dataset.sites)]

    def site_label(site_id: str) -> str:
        site = dataset.sites.get(site_id)
        return f"{site.name} ({site.precision})" if site else "unknown"

    with st.form("report_form"):
        left, middle, right = st.columns(3)
        left.date_input(LABELS["date_utc"], key="report_date_utc", max_value=date.today())
        left.text_input(LABELS["time_utc"], key="report_time_utc")
        left.number_input(LABELS["count"], min_value=1, max_value=MAX_COUNT, key="report_count")
        left.selectbox(LABELS["count_qualifier"], COUNT_QUALIFIERS, key="report_count_qualifier")
        left.text_input(LABELS["missile_name"], key="report_missile_name")
        middle.selectbox(LABELS["missile_class"], MISSILE_CLASSES, key="report_missile_class")
        middle.selectbox(LABELS["site_id"], site_ids, key="report_site_id", format_func=site_label)
        for field in NUMBER_FIELDS:
            middle.text_input(LABELS[field], key=f"report_{field}")
        for field in ("landing_area", "japan_eez", "outcome", "maneuver"):
            right.selectbox(LABELS[field], CHOICES[field], key=f"report_{field}")
        right.text_input(LABELS["reporters"], key="report_reporters")
        st.text_input("Source reporter (sources.csv)", key="report_reporter")
        st.text_input("Citation: URL, or 'outlet, date'", key="report_citation")
        return bool(st.form_submit_button("Save", type="primary"))


def _save(draft: Draft, data_dir: Path) -> None:
    try:
        edited = _edited(draft)
        result = save_draft(
            edited,
            data_dir,
            citation=str(st.session_state.get("report_citation", "")),
            reporter=str(st.session_state.get("report_reporter", "")),
        )
    except DraftError as err:
        label = LABELS.get(err.field, err.field)
        # The message quotes what was typed (or read from the report): text, not Markdown.
        st.error(f"Not saved. Fix **{label}**: {markdown_literal(err.message)}")
        return
    except StoreError as err:
        st.error(f"Not saved: {err}")
        return
    verb = "New launch" if result.created else "Report added to launch"
    st.session_state[SAVED_KEY] = (f"{verb} {result.event_id}", list(result.launch_ids))
    # The dataset is cached by file fingerprint: a rerun shows the new rows everywhere at once.
    st.cache_data.clear()
    st.rerun()


def _match_notice(draft: Draft, dataset: Dataset) -> None:
    """Say before saving whether the report joins a recorded launch or creates one."""
    try:
        current = _edited(draft)
    except DraftError:
        current = draft
    event_id = find_event(current, launch_rows(dataset.launches), dataset.sites)
    if not event_id:
        st.info(f"No recorded launch matches: Save creates {current.count} new missile record(s).")
        return
    members = dataset.event_members(event_id)
    site = dataset.site_of(members[0]) if members else None
    what = markdown_literal(members[0].missile_name or members[0].missile_class) if members else ""
    where = f" from {markdown_literal(site.name)}" if site else ""
    st.info(
        f"Matches recorded launch {event_id} ({len(members)} missile(s), {what}{where}): "
        "Save adds this report as a source of each, and fills only their empty fields."
    )
    _differences(current, members, dataset)


def _differences(draft: Draft, members: tuple[Launch, ...], dataset: Dataset) -> None:
    """List where the report disagrees with the record it joins (shown as plain table cells)."""
    found = report_differences(draft, members, dataset.sites)
    if not found:
        st.caption("The report agrees with the record on every field it gives.")
        return
    st.warning(f"The report differs from the record on {len(found)} field(s):")
    rows = [{"Field": d.label, "Report says": d.report, "Record says": d.record} for d in found]
    st.dataframe(rows, hide_index=True)


def render(dataset: Dataset, data_dir: Path) -> list[str] | None:
    """Draw the form; return the launch ids saved by the last Save, if that was this run."""
    saved = st.session_state.pop(SAVED_KEY, None)
    saved_ids = list(saved[1]) if saved else None
    if saved:
        st.success(f"{saved[0]}: saved {', '.join(saved[1])}")
    # "On Friday" means the Friday on or before this date, so it comes first.
    published = st.date_input(
        "Published (the report's date: weekdays in it are read against it)",
        key="report_published",
        max_value=date.today(),
    )
    text = _report_text()
    if not isinstance(published, date) or not text.strip():
        st.caption("Paste a news report about a launch to get a draft record.")
        return saved_ids
    draft = extract_report(text, published, dataset.sites)
    digest = hashlib.sha256(f"{published}\n{text}".encode()).hexdigest()
    _load_draft_into_widgets(draft, digest)
    st.caption(
        "Draft from the report. Highlighted: where each value was found (hover for the field)."
    )
    st.markdown(
        '<div style="white-space: pre-wrap; max-height: 16em; overflow-y: auto; '
        'border: 1px solid rgba(128,128,128,0.3); padding: 0.5em">'
        + highlight_html(text, draft.evidence)
        + "</div>",
        unsafe_allow_html=True,
    )
    with st.expander("How each value was read"):
        st.dataframe(_evidence_rows(draft), hide_index=True)
    _match_notice(draft, dataset)
    if _edit_form(dataset):
        _save(draft, data_dir)
    return saved_ids
