"""The slide legend's box holds its longest label at every type size."""

from __future__ import annotations

import pytest

from core.export.canvas import font
from core.export.slide_legend import KEY_ROWS, LEGEND_FONT_PX, RING_ROW, legend_width_px


@pytest.mark.parametrize("font_px", [LEGEND_FONT_PX, 24, 30])
def test_every_label_fits_inside_the_box(font_px: int):
    u = font_px / LEGEND_FONT_PX
    text_left = round(70 * u) + 16  # the symbol column and the gap before the label
    for _, _, label in (*KEY_ROWS, RING_ROW):
        assert text_left + font(font_px).getlength(label) <= legend_width_px(font_px) - 10, label
