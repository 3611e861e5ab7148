"""The timeline's counts: bins above the point budget, and the histogram of missiles per period."""

from __future__ import annotations

from typing import Final

import numpy as np
import pyarrow as pa

from core.timeline.frames import CLASS_RANK, MAX_POINTS, Floats, Ints, Missiles

# Bin sizes of the aggregated chart, finest first, with their length in days.
BIN_PERIODS: Final = {"month": 30, "quarter": 91, "year": 365, "decade": 3652}
_DAY_US: Final = 86_400 * 10**6


def _period_starts(day: Ints, period: str) -> Ints:
    """The first day (since 1970) of the month, quarter, year or decade each day falls in."""
    dates = day.astype("datetime64[D]")
    if period in ("year", "decade"):
        years = dates.astype("datetime64[Y]").astype(np.int64)
        if period == "decade":
            years = (years + 1970) // 10 * 10 - 1970
        return years.astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    months = dates.astype("datetime64[M]").astype(np.int64)
    if period == "quarter":
        months = months // 3 * 3
    return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def _log_bands(range_km: Floats) -> tuple[Ints, int, int]:
    """Quarter-decade bands of range counted from the lowest: (each missile's, count, lowest).

    Unknown ranges share one extra band after the others, where a grouping puts missing values.
    """
    known = range_km > 0  # NaN and 0 (a failure at launch) have no log position
    band = np.floor(np.log10(np.where(known, range_km, 1.0)) * 4).astype(np.int64)
    if not known.any():
        return np.zeros_like(band), 1, 0
    lowest = int(band[known].min())
    count = int(band[known].max()) - lowest + 2
    return np.where(known, band - lowest, count - 1), count, lowest


def binned(columns: Missiles, layout: str) -> tuple[pa.Table, str]:
    """Counts per period, class and (in the range layout) log-range band, coarsening to fit."""
    n_classes = len(columns.classes)
    band, n_bands, lowest = _log_bands(columns.range_km) if layout == "range" else (0, 1, 0)
    for period in BIN_PERIODS:
        starts = _period_starts(columns.day, period)
        first = starts.min()
        keys = ((starts - first) * n_classes + columns.class_code) * n_bands + band
        groups, counts = np.unique(keys, return_counts=True)
        if len(groups) <= MAX_POINTS:
            break
    class_code = groups // n_bands % n_classes
    start = groups // n_bands // n_classes + first
    # Classes of one bin sit side by side across the period instead of hiding each other.
    step_days = BIN_PERIODS[period] / (len(CLASS_RANK) + 1)
    x = start + columns.class_ranks()[class_code] * step_days
    table = {
        "x": pa.array(np.rint(x * _DAY_US).astype(np.int64), pa.timestamp("us")),
        "missile_class": columns.classes.take(class_code),
        "missiles": counts.astype(np.int64),
    }
    if layout == "range":
        group_band = groups % n_bands
        middle_km = np.where(
            group_band < n_bands - 1, 10 ** ((group_band + lowest + 0.5) / 4), np.nan
        )
        table["range_km"] = pa.array(middle_km, from_pandas=True)
    table["lane"] = np.zeros(len(groups), dtype=np.int64)
    return pa.table(table), period


def histogram(columns: Missiles, yearly: bool) -> pa.Table:
    """Missiles per year (or month) and class, stacked in legend order: `bottom` to `top`."""
    unit = "Y" if yearly else "M"
    period = columns.day.astype("datetime64[D]").astype(f"datetime64[{unit}]").astype(np.int64)
    first = period.min()
    # Codes in stacking order: legend rank, then name for classes outside the legend.
    ranks = columns.class_ranks()
    stack_order = np.lexsort((np.arange(len(ranks)), ranks))
    stack_code = np.empty(len(ranks), dtype=np.int64)
    stack_code[stack_order] = np.arange(len(ranks))
    keys = (period - first) * len(ranks) + stack_code[columns.class_code]
    groups, counts = np.unique(keys, return_counts=True)
    start = groups // len(ranks) + first
    running = np.cumsum(counts)
    opens = np.r_[True, start[1:] != start[:-1]]
    top = running - np.maximum.accumulate(np.where(opens, running - counts, 0))
    gap = np.timedelta64(20 if yearly else 2, "D")
    return pa.table(
        {
            "x": start.astype(f"datetime64[{unit}]").astype("datetime64[us]"),
            "missile_class": columns.classes.take(stack_order[groups % len(ranks)]),
            "missiles": counts.astype(np.int64),
            "top": top,
            "bottom": top - counts,
            # A gap before the next period, so neighbouring bars stay apart.
            "x_end": ((start + 1).astype(f"datetime64[{unit}]") - gap).astype("datetime64[us]"),
        }
    )
