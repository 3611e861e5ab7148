"""Colours shared by every panel: one colour-blind-safe hue per missile class (Okabe-Ito)."""

from __future__ import annotations

from typing import Final

# Okabe & Ito (2008), "Color Universal Design", https://jfly.uni-koeln.de/color/ : eight hues
# distinguishable with the common colour-vision deficiencies. The frequent classes get the
# strongest hues; yellow (weak on a pale sea) goes to the rare SLV; grey marks "unknown".
CLASS_COLOURS: Final[dict[str, str]] = {
    "SRBM": "#D55E00",  # vermillion
    "MRBM": "#E69F00",  # orange
    "IRBM": "#CC79A7",  # reddish purple
    "ICBM": "#000000",  # black
    "SLBM": "#0072B2",  # blue
    "cruise": "#009E73",  # bluish green
    "HGV": "#56B4E9",  # sky blue
    "SLV": "#F0E442",  # yellow
    "unknown": "#8C8C8C",  # grey
}
FALLBACK_COLOUR: Final = "#8C8C8C"


def class_colour(missile_class: str) -> str:
    """The class's colour; grey for a class the palette does not know."""
    return CLASS_COLOURS.get(missile_class, FALLBACK_COLOUR)
