"""Whose figures a briefer prefers: the setting kept in the link as `?prefer=jcs|mod|reference`."""

from __future__ import annotations

from typing import Final

JCS: Final = "jcs"
MOD: Final = "mod"
REFERENCE: Final = "reference"
PREFERENCES: Final = (JCS, MOD, REFERENCE)
# A Seoul audience hears the JCS's figures first; the link leaves the default out.
DEFAULT_PREFERENCE: Final = JCS
PREFERENCE_LABELS: Final = {
    JCS: "JCS (South Korea)",
    MOD: "Japan MOD",
    REFERENCE: "Reference tables (CNS, nk-missile-tests)",
}


def parse_preference(text: str | None) -> str | None:
    """The preference a link or option names (case and spaces ignored); None if it names none."""
    wanted = (text or "").strip().casefold()
    return wanted if wanted in PREFERENCES else None
