"""Report text from a file or an upload: size-limited, decoded safely, binary refused."""

from __future__ import annotations

from typing import Final

MAX_REPORT_BYTES: Final = 200_000


class ReportInputError(ValueError):
    """The report cannot be read as text; the message says why."""


def decode_report(raw: bytes, name: str = "report") -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuse binary and oversized input."""
    if len(raw) > MAX_REPORT_BYTES:
        raise ReportInputError(
            f"{name}: {len(raw):,} bytes, more than the {MAX_REPORT_BYTES:,} a report may have"
        )
    if b"\x00" in raw:
        raise ReportInputError(f"{name}: binary data (NUL bytes), not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t")
    if controls > max(2, len(text) // 100):
        raise ReportInputError(f"{name}: {controls} control characters, not a text report")
    if not text.strip():
        raise ReportInputError(f"{name}: empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")
