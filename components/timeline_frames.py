"""The timeline's data: one row per missile, salvo spacing, and bins above the point budget."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

import numpy as np
import pandas as pd

from core.palette import CLASS_COLOURS
from core.records import Launch

MAX_POINTS: Final = 5_000  # above this, marks are binned; counts still cover every missile
# Bin sizes of the aggregated chart, finest first, with their length in days.
BIN_PERIODS: Final = {"month": 30, "quarter": 91, "year": 365, "decade": 3652}
CLASS_RANK: Final = {name: index for index, name in enumerate(CLASS_COLOURS)}
WIDTH_PX: Final = 760  # a typical drawn width, to space salvo members a few pixels apart

_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()


_CLOCK_TEXTS: Final = np.array(
    [f"{minute // 60:02d}:{minute % 60:02d}" for minute in range(1440)] + [""]
)


def clock_texts(launches: Sequence[Launch]) -> list[str]:
    """Launch times as HH:MM ("" when unknown), by table lookup: strftime per row is slow."""
    minutes = np.fromiter(
        (t.hour * 60 + t.minute if (t := launch.time_utc) else 1440 for launch in launches),
        dtype=np.int64,
        count=len(launches),
    )
    return list(_CLOCK_TEXTS[minutes].tolist())


def class_frame(launches: Sequence[Launch]) -> pd.DataFrame:
    """Date, class and range of each missile: all that binning and the histogram need."""
    days = np.fromiter((launch.date_utc.toordinal() for launch in launches), dtype=np.int64)
    return pd.DataFrame(
        {
            "date": pd.to_datetime((days - _EPOCH_ORDINAL).astype("datetime64[D]")),
            "missile_class": [launch.missile_class for launch in launches],
            "range_km": np.array([launch.range_km for launch in launches], dtype=float),
        }
    )


def launch_frame(launches: Sequence[Launch], site_names: Mapping[str, str]) -> pd.DataFrame:
    """One row per missile for drawing and tooltips, with its place in its salvo (event)."""
    frame = class_frame(launches)
    frame["launch_id"] = [launch.launch_id for launch in launches]
    frame["event_id"] = [launch.event_id for launch in launches]
    frame["date_text"] = [launch.date_text for launch in launches]
    frame["time_utc"] = clock_texts(launches)
    frame["missile"] = [launch.missile_name or "unidentified" for launch in launches]
    frame["site"] = [site_names.get(launch.site_id, "unknown") for launch in launches]
    grouped = frame.groupby("event_id", sort=False)
    frame["member"] = grouped.cumcount()
    frame["salvo"] = grouped["launch_id"].transform("size")
    return frame


def jittered(frame: pd.DataFrame, span_days: float) -> pd.DataFrame:
    """Spread a salvo's members side by side in time so each stays visible and clickable."""
    step_days = max(span_days, 30.0) / (WIDTH_PX * 0.8)
    offset = (frame["member"] - (frame["salvo"] - 1) / 2) * step_days
    return frame.assign(x=frame["date"] + pd.to_timedelta(offset, unit="D"))


def _period_starts(dates: pd.Series, period: str) -> pd.Series:
    if period == "decade":
        return pd.to_datetime((dates.dt.year // 10 * 10).astype(str) + "-01-01")
    return dates.dt.to_period({"month": "M", "quarter": "Q", "year": "Y"}[period]).dt.start_time


def binned(frame: pd.DataFrame, layout: str) -> tuple[pd.DataFrame, str]:
    """Counts per period, class and (in the range layout) log-range band, coarsening to fit."""
    has_range = frame["range_km"] > 0
    band = np.floor(np.log10(frame["range_km"].where(has_range, 1.0)) * 4)  # quarter decades
    for period in BIN_PERIODS:
        keys = {"x": _period_starts(frame["date"], period), "missile_class": frame["missile_class"]}
        if layout == "range":
            keys |= {"band": band.where(has_range, np.nan), "known": has_range}
        counts = pd.DataFrame(keys).groupby(list(keys), dropna=False).size()
        if len(counts) <= MAX_POINTS:
            break
    out = counts.rename("missiles").reset_index()
    # Classes of one bin sit side by side across the period instead of hiding each other.
    rank = out["missile_class"].map(CLASS_RANK).fillna(len(CLASS_RANK))
    step_days = BIN_PERIODS[period] / (len(CLASS_RANK) + 1)
    out["x"] = out["x"] + pd.to_timedelta(rank * step_days, unit="D")
    if layout == "range":
        out["range_km"] = (10 ** ((out["band"] + 0.5) / 4)).where(out["known"].astype(bool))
        out = out.drop(columns=["band", "known"])
    return out, period
