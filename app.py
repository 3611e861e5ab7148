"""Launch Atlas: an offline map dashboard of North Korea's missile launches."""

from __future__ import annotations

import streamlit as st

from components import (
    about,
    briefing,
    data_source,
    exports,
    launch_list,
    launch_map,
    page_layout,
    presentation,
    report_review,
    sidebar_filters,
    summary,
    timeline,
)

st.set_page_config(page_title="Launch Atlas", page_icon="🚀", layout="wide")

records = data_source.load()
header = st.container()  # filled below, unless presentation mode takes the page

launch_filter = sidebar_filters.render(records)
# Every panel below shows the headline figures of the chosen reporter, each naming its source.
dataset = data_source.load(prefer=sidebar_filters.preference())
if linked_id := sidebar_filters.linked_launch_id():
    st.session_state["selected_launch_id"] = linked_id
site_names = {site_id: site.name for site_id, site in dataset.sites.items()}
shown = launch_filter.apply(dataset.launches, site_names)
if presentation.active():  # ?present=1: the projector view of the same filtered launches
    presentation.render(
        dataset,
        shown,
        st.session_state.get("selected_launch_id"),
        lambda launch: briefing.render(dataset, launch, key_prefix="present", compact=True),
    )
    st.stop()
with header:
    page_layout.render()
    data_source.render_header(dataset)
selected_id = st.session_state.get("selected_launch_id")
map_column, timeline_column = st.columns([3, 2])
with map_column:
    map_panel = launch_map.render(dataset, shown, selected_id)
    if clicked_id := map_panel.clicked_launch_id:
        st.session_state["selected_launch_id"] = selected_id = clicked_id
with timeline_column:
    choice = timeline.render(shown, site_names, selected_id)
summary.render(shown, len(dataset.launches))
listed_id = launch_list.render(shown, site_names, selected_id)
if choice.date_span:
    sidebar_filters.narrow_dates(choice.date_span)
if (picked_id := choice.launch_id or listed_id) and picked_id != selected_id:
    st.session_state["selected_launch_id"] = picked_id
    st.rerun()  # so the map and the list show the new selection too
sidebar_filters.write_link(launch_filter, selected_id)
briefing.render(dataset, next((item for item in shown if item.launch_id == selected_id), None))
exports.render(dataset, shown, launch_filter, selected_id, map_panel.ring_choice)

with st.expander("Add a report"):
    report_review.render(records, data_source.data_dir())

about.render(dataset)
