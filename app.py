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
    report_panel,
    selection,
    sidebar_filters,
    summary,
    timeline,
)
from core.view import catalogue

st.set_page_config(page_title="Launch Atlas", page_icon="🚀", layout="wide")

records = data_source.load()
if brushed := timeline.take_brushed_span():  # a span dragged on the timeline: the new dates
    sidebar_filters.narrow_dates(brushed)
header = st.container()  # filled below, unless presentation mode takes the page

launch_filter = sidebar_filters.render(records)
# Every panel below shows the headline figures of the chosen reporter, each naming its source.
dataset = data_source.load(prefer=sidebar_filters.preference())
if linked_id := sidebar_filters.linked_launch_id():
    selection.select(linked_id)
site_names = catalogue.site_names(dataset)
shown = catalogue.shown(dataset, launch_filter)
# Resolved once; a panel's click has already called selection.select in its callback.
selected = selection.current(dataset, launch_filter, site_names)
if presentation.active():  # ?present=1: the projector view of the same filtered launches
    presentation.render(
        dataset,
        shown,
        selected.launch_id if selected else None,
        lambda launch: briefing.render(dataset, launch, key_prefix="present", compact=True),
    )
    st.stop()
with header:
    page_layout.render()
    data_source.render_header(dataset)
map_column, timeline_column = st.columns([3, 2])
summary_slot, list_slot, card_slot = st.container(), st.container(), st.container()
# The card is drawn first though it sits under the map: its few small elements reach the browser
# before the map's and the timeline's large ones, so a selection shows its card soonest.
with card_slot:
    briefing.render(dataset, selected)
with map_column:
    map_panel = launch_map.render(dataset, shown, selected)
with timeline_column:
    timeline.render(shown, site_names, selected, dataset)
with summary_slot:
    summary.render(shown, len(dataset.launches))
with list_slot:
    launch_list.render(shown, site_names, selected, dataset)
sidebar_filters.write_link(launch_filter, selection.selected_id())
exports.render(dataset, shown, launch_filter, selected, map_panel.ring_choice)
# Drawn only while the analyst has them open: a filter change does not run them.
report_panel.render(records, data_source.data_dir())
about.render(dataset)
