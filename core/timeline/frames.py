"""The timeline's per-missile data: dates, classes and ranges, and one drawn row per missile.

Built with numpy and Arrow rather than pandas: the tables are rebuilt on every filter change,
and pandas frames (then their conversion to Arrow for the browser) were most of that time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from core.briefing.figure_sources import NONE_KNOWN, FigureSources, sourced
from core.palette import CLASS_COLOURS
from core.records.model import Launch

MAX_POINTS: Final = 5_000  # above this, marks are binned; counts still cover every missile
CLASS_RANK: Final = {name: index for index, name in enumerate(CLASS_COLOURS)}
WIDTH_PX: Final = 760  # a typical drawn width, to space salvo members a few pixels apart
LANE_SLOTS: Final = 9  # salvo members stack in this many rows of a lane before wrapping

_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()
_DAY_NS: Final = 86_400 * 10**9
_TEXT: Final = pa.large_string()
_CLOCK_TEXTS: Final = np.array(
    [f"{minute // 60:02d}:{minute % 60:02d}" for minute in range(1440)] + [""]
)

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Missiles:
    """Date, class and range of each missile: all that binning and the histogram need."""

    day: Ints  # days since 1970-01-01
    class_code: Ints  # index into `classes`
    classes: pa.Array  # the classes present, sorted by name
    range_km: Floats  # NaN when not reported

    @property
    def span_days(self) -> int:
        """Days from the first missile to the last."""
        return int(self.day.max() - self.day.min())

    def class_ranks(self) -> Ints:
        """Each class's place in the legend, by class code; unlisted classes come last."""
        listed = len(CLASS_RANK)
        return np.array([CLASS_RANK.get(name, listed) for name in self.classes.to_pylist()])


def missiles(launches: Sequence[Launch]) -> Missiles:
    """The columns of `launches` that binning and the histogram need."""
    ordinals = (launch.date_utc.toordinal() for launch in launches)
    day = np.fromiter(ordinals, dtype=np.int64, count=len(launches)) - _EPOCH_ORDINAL
    encoded = pa.array([launch.missile_class for launch in launches], _TEXT).dictionary_encode()
    by_name = np.argsort(encoded.dictionary.to_numpy(zero_copy_only=False))
    code_of = np.empty(len(by_name), dtype=np.int64)
    code_of[by_name] = np.arange(len(by_name))
    return Missiles(
        day=day,
        class_code=code_of[encoded.indices.to_numpy()],
        classes=encoded.dictionary.take(by_name),
        range_km=np.array([launch.range_km for launch in launches], dtype=float),
    )


def clock_texts(launches: Sequence[Launch]) -> list[str]:
    """Launch times as HH:MM ("" when unknown), by table lookup: strftime per row is slow."""
    minutes = np.fromiter(
        (t.hour * 60 + t.minute if (t := launch.time_utc) else 1440 for launch in launches),
        dtype=np.int64,
        count=len(launches),
    )
    return list(_CLOCK_TEXTS[minutes].tolist())


# The column that marks the selected missile's row (views.CHOSEN_TEST).
CHOSEN: Final = "chosen"
# The selected launch's id on every row: part of a click's value, so that a click on the missile
# picked last, after another was selected elsewhere (map, list, keys), is a new value (Streamlit
# calls a widget back only when its value changes) and selects it again.
SELECTED_THEN: Final = "selected_then"


def points(
    launches: Sequence[Launch],
    site_names: Mapping[str, str],
    columns: Missiles,
    sources: Mapping[str, FigureSources] | None = None,
) -> pa.Table:
    """One row per missile for drawing and tooltips, a salvo's members side by side in time.

    The tooltip's range and apogee name their source ('700 km (JCS)') from `sources`, by
    launch id (figure_sources.sources_by_id); a figure without one is written alone.
    """
    events = [launch.event_id for launch in launches]
    salvo_sizes = Counter(events)
    taken: Counter[str] = Counter()
    members = []
    for event in events:
        members.append(taken[event])
        taken[event] += 1
    member = np.array(members, dtype=np.int64)
    salvo = np.array([salvo_sizes[event] for event in events], dtype=np.int64)
    # Spread so that neighbours sit a few pixels apart at the typical drawn width.
    step_days = max(columns.span_days, 30.0) / (WIDTH_PX * 0.8)
    offset_days = (member - (salvo - 1) / 2) * step_days
    x = columns.day * _DAY_NS + np.rint(offset_days * _DAY_NS).astype(np.int64)
    ids = [launch.launch_id for launch in launches]
    whose = [(sources or {}).get(launch_id, NONE_KNOWN) for launch_id in ids]
    range_texts = [
        sourced(launch.range_km, who.range_km) for launch, who in zip(launches, whose, strict=True)
    ]
    apogee_texts = [
        sourced(launch.apogee_km, who.apogee_km)
        for launch, who in zip(launches, whose, strict=True)
    ]
    return pa.table(
        {
            "x": pa.array(x, pa.timestamp("ns")),
            "missile_class": columns.classes.take(columns.class_code),
            "range_km": pa.array(columns.range_km, from_pandas=True),
            "range_text": pa.array(range_texts, _TEXT),
            "apogee_text": pa.array(apogee_texts, _TEXT),
            "launch_id": pa.array(ids, _TEXT),
            "date_text": pa.array([launch.date_text for launch in launches], _TEXT),
            "time_utc": pa.array(clock_texts(launches), _TEXT),
            "missile": pa.array(
                [launch.missile_name or "unidentified" for launch in launches], _TEXT
            ),
            "site": pa.array(
                [site_names.get(launch.site_id, "unknown") for launch in launches], _TEXT
            ),
            "salvo": salvo,
            "lane": member % LANE_SLOTS,
            "aria": pa.array([f"launch {launch_id}" for launch_id in ids], _TEXT),
        }
    )
