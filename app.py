"""Launch Atlas: an offline map dashboard of North Korea's missile launches."""

from __future__ import annotations

import streamlit as st

from components import about, data_source, report_review

st.set_page_config(page_title="Launch Atlas", page_icon="🚀", layout="wide")

dataset = data_source.load()
st.title("Launch Atlas")
st.caption(
    f"{len(dataset.launches)} missiles in the records"
    + (f", as of {dataset.as_of.isoformat()}" if dataset.as_of else "")
)
data_source.render_problems(dataset)

with st.expander("Add a report"):
    report_review.render(dataset, data_source.data_dir())

about.render(dataset)
