"""The documented order in which reporters' figures become the headline (data/SCHEMA.md)."""

from __future__ import annotations

from typing import Final

from core.briefing.preferred import JCS, MOD, REFERENCE

# Reporters of sources.csv by kind. Any other reporter is an outlet (a news report, an analysis
# site), ranked after these in file order; North Korea's state media come last of all: their
# claims are kept and shown, but a briefer quotes the observers' figures first.
KOREA: Final = ("JCS",)
JAPAN: Final = ("Japan MOD", "Japan government")
TABLES: Final = ("CNS", "nk-missile-tests")
STATE_MEDIA: Final = ("KCNA", "KCTV", "Rodong Sinmun")
FIGURE_ORDERS: Final[dict[str, tuple[str, ...]]] = {
    JCS: (*KOREA, *JAPAN, *TABLES),
    MOD: (*JAPAN, *KOREA, *TABLES),
    # The order launches.csv was built in: CNS, nk-missile-tests, Japan MOD, JCS.
    REFERENCE: (*TABLES, *JAPAN[:1], *KOREA, *JAPAN[1:]),
}
OTHERS: Final = "other outlets"


def figure_order(preference: str) -> tuple[str, ...]:
    """The named reporters whose figures (range, apogee, flight time) lead, first to last."""
    return FIGURE_ORDERS[preference]


def eez_order(preference: str) -> tuple[str, ...]:
    """Japan's EEZ verdict is Japan's to give: its own bodies first, then as for figures."""
    rest = tuple(reporter for reporter in figure_order(preference) if reporter not in JAPAN)
    return (*JAPAN, *rest)


def rank(order: tuple[str, ...], reporter: str) -> int:
    """Where a reporter stands in `order`: named ones first, outlets next, state media last."""
    if reporter in order:
        return order.index(reporter)
    return len(order) + (1 if reporter in STATE_MEDIA else 0)


def order_text(order: tuple[str, ...]) -> str:
    """'JCS, then Japan MOD, ..., then other outlets, then North Korean state media'."""
    return ", then ".join((*order, OTHERS, "North Korean state media"))
