"""The timeline's class legend: every class with its colour, in order, text escaped."""

from __future__ import annotations

import re

from core.palette import CLASS_COLOURS
from core.timeline.chart import build_timeline
from core.timeline.legend import legend_html
from tests.core.view.test_filters import ALL


def test_the_legend_names_every_class_with_its_colour_in_the_palettes_order():
    html = legend_html()
    names = re.findall(r"</span>([^<]+)</span>", html)
    assert names == list(CLASS_COLOURS)
    for name, colour in CLASS_COLOURS.items():
        assert f'background:{colour}"></span>{name}</span>' in html


def test_the_legend_escapes_what_it_is_given():
    html = legend_html({"<b>x</b>": '#fff" onmouseover="x'})
    assert "<b>" not in html
    assert 'onmouseover="' not in html


def test_the_chart_draws_no_legend_of_its_own():
    # Vega-Lite's legend sat over the plot in fixed columns and was cut at the column's edge.
    spec = build_timeline(ALL, {})
    colours = [view["encoding"]["color"] for view in spec.spec["vconcat"]]
    assert colours
    assert all(colour["legend"] is None for colour in colours)
