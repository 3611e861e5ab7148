"""The view in the URL: parse a query string into a filter and a selected launch, and back."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from core.briefing.preferred import DEFAULT_PREFERENCE, PREFERENCES, parse_preference
from core.records.model import EEZ_VERDICTS, LANDING_AREAS, MISSILE_CLASSES, OUTCOMES
from core.view.filters import LaunchFilter

# Query parameter -> LaunchFilter facet. Values are comma-separated (repeated keys also work).
LIST_PARAMS: Final = {
    "class": "classes",
    "name": "names",
    "site": "sites",
    "outcome": "outcomes",
    "landing": "landing_areas",
    "eez": "eez",
}
ENUM_VALUES: Final[dict[str, tuple[str, ...]]] = {
    "class": MISSILE_CLASSES,
    "outcome": OUTCOMES,
    "landing": LANDING_AREAS,
    "eez": EEZ_VERDICTS,
}
SINGLE_PARAMS: Final = ("from", "to", "q", "launch", "prefer")
# Parameters other panels own: not ours to parse, but not unknown either.
FOREIGN_PARAMS: Final = frozenset({"present"})
OWN_PARAMS: Final = frozenset((*SINGLE_PARAMS, *LIST_PARAMS))
MAX_TEXT_CHARS: Final = 200
_DATE_FORMS: Final = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The values a link may name: missile names, site ids and launch ids in the records."""

    names: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    launch_ids: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class View:
    """Everything a link reproduces: the filter, the selected launch and whose figures lead."""

    launch_filter: LaunchFilter = field(default_factory=LaunchFilter)
    launch_id: str | None = None
    prefer: str = DEFAULT_PREFERENCE


@dataclass(frozen=True, slots=True)
class Notice:
    """A part of the link that was ignored, and why."""

    param: str
    message: str

    def __str__(self) -> str:
        return f"Link parameter `{self.param}`: {self.message}"

    def markdown(self) -> str:
        """The notice for a Markdown page: what the link holds is shown as code, never markup.

        A link is anyone's to write: as plain Markdown, `?launch=![x](http://host/x.png)` made
        the page fetch an image from that host, and a URL in it became a link.
        """
        parts = []
        for index, part in enumerate(_QUOTED.split(_one_line(self.message))):
            # Odd parts are the values (repr'd); even parts are this module's own wording.
            parts.append(_code(part) if index % 2 else _OWN_MARKUP.sub(r"\\\1", part))
        return f"Link parameter {_code(_one_line(self.param))}: {''.join(parts)}"


# A value in a notice's message is its repr(), quoted and escaped.
_QUOTED: Final = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")
# The characters Markdown (and Streamlit's :color[] and $math$) give a meaning to, but the
# backtick: the module's own messages put names in code spans.
_OWN_MARKUP: Final = re.compile(r"([\\*_{}\[\]()<>#+\-.!|~$:&])")


def _code(text: str) -> str:
    """`text` as a Markdown code span: shown as written, no link, image or HTML."""
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text[:1] == "`" or text[-1:] == "`" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _one_line(text: str) -> str:
    """Control characters and line breaks as their escapes, so a notice stays one list item."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _parse_date(text: str, end: bool) -> date:
    """YYYY-MM-DD, YYYY-MM or YYYY; a partial date means its first (or, for `end`, last) day."""
    found = _DATE_FORMS.match(text.strip())
    if not found:
        raise ValueError(text)
    year = int(found[1])
    month = int(found[2]) if found[2] else (12 if end else 1)
    if found[3]:
        return date(year, month, int(found[3]))
    if not 1 <= month <= 12:
        raise ValueError(text)
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def _split(raw: str, known: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split a comma list into known values (matched case-insensitively) and unknown pieces.

    A known value may itself contain commas, so the longest run of pieces that names one wins.
    """
    canonical = {value.casefold(): value for value in known}
    pieces = raw.split(",")  # stripped only when joined: a name may hold ", "
    found: list[str] = []
    unknown: list[str] = []
    start = 0
    while start < len(pieces):
        for stop in range(len(pieces), start, -1):
            value = canonical.get(",".join(pieces[start:stop]).strip().casefold())
            if value is not None:
                found.append(value)
                start = stop
                break
        else:
            if pieces[start].strip():
                unknown.append(pieces[start].strip())
            start += 1
    return found, unknown


def _values(params: Mapping[str, str | Sequence[str]], name: str) -> list[str]:
    raw = params.get(name, [])
    return [raw] if isinstance(raw, str) else list(raw)


def parse_query(
    params: Mapping[str, str | Sequence[str]], catalogue: Catalogue
) -> tuple[View, tuple[Notice, ...]]:
    """The view a query string asks for, and a notice for each part that was ignored."""
    notices: list[Notice] = [
        Notice(name, "not a parameter of this app; ignored")
        for name in params
        if name not in OWN_PARAMS and name not in FOREIGN_PARAMS
    ]
    single: dict[str, str] = {}
    for name in SINGLE_PARAMS:
        values = [value for value in _values(params, name) if value.strip()]
        if len(values) > 1:
            notices.append(Notice(name, f"given {len(values)} times; the last one is used"))
        if values:
            single[name] = values[-1].strip()

    bounds: dict[str, date] = {}
    for name in ("from", "to"):
        if name in single:
            try:
                bounds[name] = _parse_date(single[name], end=name == "to")
            except ValueError:
                notices.append(Notice(name, f"{single[name]!r} is not a date YYYY-MM-DD; ignored"))
    date_from, date_to = bounds.get("from"), bounds.get("to")
    if date_from and date_to and date_from > date_to:
        notices.append(Notice("to", "is before `from`; the two dates were swapped"))
        date_from, date_to = date_to, date_from

    known: dict[str, Sequence[str]] = {
        **ENUM_VALUES,
        "name": sorted(catalogue.names),
        "site": sorted(catalogue.sites),
    }
    facets: dict[str, frozenset[str]] = {}
    for name, facet in LIST_PARAMS.items():
        found: list[str] = []
        for raw in _values(params, name):
            values, unknown = _split(raw, known[name])
            found += values
            if unknown:
                listed = ", ".join(repr(value) for value in unknown)
                notices.append(Notice(name, f"{listed} not in the records; ignored"))
        facets[facet] = frozenset(found)

    text = single.get("q", "")
    if len(text) > MAX_TEXT_CHARS:
        notices.append(Notice("q", f"longer than {MAX_TEXT_CHARS} characters; cut short"))
        text = text[:MAX_TEXT_CHARS]

    launch_id = single.get("launch")
    if launch_id is not None and launch_id not in catalogue.launch_ids:
        notices.append(Notice("launch", f"{launch_id!r} is not a launch in the records; ignored"))
        launch_id = None

    prefer = parse_preference(single.get("prefer", DEFAULT_PREFERENCE))
    if prefer is None:
        *first, last = (repr(name) for name in PREFERENCES)
        wanted = f"{', '.join(first)} or {last}"
        notices.append(
            Notice(
                "prefer",
                f"{single['prefer']!r} is not one of {wanted}; {DEFAULT_PREFERENCE!r} used",
            )
        )

    launch_filter = LaunchFilter(date_from=date_from, date_to=date_to, text=text, **facets)
    return View(launch_filter, launch_id, prefer or DEFAULT_PREFERENCE), tuple(notices)


def to_query(view: View) -> dict[str, str]:
    """The query parameters of a view; defaults are left out so links stay short."""
    launch_filter = view.launch_filter
    params: dict[str, str] = {}
    if launch_filter.date_from is not None:
        params["from"] = launch_filter.date_from.isoformat()
    if launch_filter.date_to is not None:
        params["to"] = launch_filter.date_to.isoformat()
    for name, facet in LIST_PARAMS.items():
        values: frozenset[str] = getattr(launch_filter, facet)
        if values:
            order = ENUM_VALUES.get(name)
            rank = {value: index for index, value in enumerate(order or ())}
            ordered = sorted(values, key=lambda value: (rank.get(value, len(rank)), value))
            params[name] = ",".join(ordered)
    if launch_filter.text.strip():
        params["q"] = launch_filter.text.strip()
    if view.launch_id:
        params["launch"] = view.launch_id
    if view.prefer != DEFAULT_PREFERENCE:
        params["prefer"] = view.prefer
    return params
