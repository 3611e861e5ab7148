"""bench/trace.py's summaries of a Chromium trace, a V8 profile and the websocket's messages."""

from __future__ import annotations

from bench.trace import group_of, summarise_frames, summarise_profile, summarise_trace

MAIN = {"pid": 1, "tid": 7}


def test_script_files_are_grouped_as_a_reader_knows_them():
    assert group_of("http://h/app/static/js/launch_layer.js") == "app static/js/launch_layer.js"
    assert group_of("http://h/static/js/embed.CX5AQgxi.js") == "Vega (timeline, profile)"
    assert group_of("http://h/static/js/DataFrame.-f9-1zS0.js") == "grid (st.dataframe)"
    assert group_of("http://h/static/js/react-dom.Dzbslgj4.js") == "React / Streamlit page"
    assert group_of("http://h/app/static/vendor/leaflet.js") == "Leaflet"
    assert group_of("") == "(native / no script)"


def test_trace_self_time_is_the_event_less_its_children_on_the_busiest_main_thread():
    events = [
        {"ph": "M", "name": "thread_name", "args": {"name": "CrRendererMain"}, **MAIN},
        {"ph": "X", "name": "RunTask", "ts": 0, "dur": 10_000, **MAIN},
        {
            "ph": "X",
            "name": "FunctionCall",
            "ts": 1_000,
            "dur": 6_000,
            "args": {"data": {"url": "http://h/static/js/embed.x.js"}},
            **MAIN,
        },
        {"ph": "X", "name": "Layout", "ts": 2_000, "dur": 2_000, **MAIN},
        {"ph": "X", "name": "RunTask", "ts": 20_000, "dur": 99_000, "pid": 2, "tid": 3},
    ]
    summary = summarise_trace(events)
    assert summary["main_thread_busy_ms"] == 10.0
    assert summary["self_ms_by_event"] == {"RunTask": 4.0, "FunctionCall": 4.0, "Layout": 2.0}
    assert summary["script_self_ms_by_file"] == {"Vega (timeline, profile)": 4.0}


def test_profile_self_time_is_summed_per_file_and_function():
    profile = {
        "nodes": [
            {"id": 1, "callFrame": {"functionName": "(root)", "url": ""}},
            {"id": 2, "callFrame": {"functionName": "draw", "url": "http://h/a/leaflet.js"}},
            {"id": 3, "callFrame": {"functionName": "(idle)", "url": ""}},
        ],
        "samples": [2, 2, 3, 2],
        "timeDeltas": [1000, 2000, 5000, 1000],
    }
    summary = summarise_profile(profile)
    assert summary["js_self_ms_by_file"] == {"(idle)": 5.0, "Leaflet": 4.0}
    assert summary["js_self_ms_by_function"] == {"Leaflet | draw (leaflet.js:1)": 4.0}


def test_websocket_times_run_from_the_rerun_request():
    frames = [("sent", 10.0, 40), ("received", 10.01, 400), ("received", 10.3, 4000)]
    summary = summarise_frames(frames, input_s=9.97)
    assert summary["input_to_sent_ms"] == 30.0
    assert summary["first_received_ms"] == 10.0
    assert summary["last_received_ms"] == 300.0
    assert summary["received"] == 2
