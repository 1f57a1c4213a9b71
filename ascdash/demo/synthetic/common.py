"""What the synthetic returns share: the timeline, the demo teams, equality mixes and small random helpers."""
import numpy as np
import pandas as pd

from metrics.returns import get_return

from ..reference import DEMO_TEAMS

TIMELINE_START = np.datetime64("2021-04-01")
TIMELINE_END = np.datetime64("2027-03-31")
NORTH, SOUTH, EAST, LD, MH, OT, HOSPITAL, REABLEMENT, DAY_OPPORTUNITIES, BUSINESS_SUPPORT = (
    name for name, _, _ in DEMO_TEAMS)
LOCALITIES = {NORTH: 0.36, SOUTH: 0.34, EAST: 0.30}

ETHNICITY_MIX = {"White": 0.58, "Asian, Asian British or Asian Welsh": 0.26,
                 "Black, Black British, Black Welsh, Caribbean or African": 0.065,
                 "Mixed or Multiple ethnic groups": 0.035, "Other ethnic group": 0.03, "Not stated": 0.03}
OLDER_ETHNICITY_MIX = {"White": 0.74, "Asian, Asian British or Asian Welsh": 0.16,
                       "Black, Black British, Black Welsh, Caribbean or African": 0.04,
                       "Mixed or Multiple ethnic groups": 0.015, "Other ethnic group": 0.015, "Not stated": 0.03}
GENDER_MIX = {"Female": 0.58, "Male": 0.41, "Other": 0.005, "Not known": 0.005}
MISSING_SHARE = 0.012  # optional equality fields left blank, as in real extracts
YEAR = np.timedelta64(365, "D")


def choose(rng, mix, size):
    labels = np.array(list(mix), dtype=object)
    weights = np.array(list(mix.values()), dtype=float)
    return labels[rng.choice(len(labels), size=size, p=weights / weights.sum())]


def trend(days, points):
    """Piecewise-linear value over time, e.g. a median wait that improves."""
    xs = np.array([np.datetime64(day).astype(int) for day, _ in points])
    ys = np.array([value for _, value in points], dtype=float)
    return np.interp(days.astype("datetime64[D]").astype(int), xs, ys)


def month_days(rng, rate, start=TIMELINE_START, end=TIMELINE_END):
    """Dates of events arriving at `rate` a month (Poisson), spread evenly within each month."""
    months = np.arange(start.astype("datetime64[M]"), end.astype("datetime64[M]") + 1)
    counts = rng.poisson(rate, size=len(months))
    firsts = np.repeat(months.astype("datetime64[D]"), counts)
    lengths = np.repeat(((months + 1).astype("datetime64[D]") - months.astype("datetime64[D]")).astype(int), counts)
    return firsts + (rng.random(len(firsts)) * lengths).astype(int)


def blank_some(rng, values, share=MISSING_SHARE):
    values = np.array(values, dtype=object)
    values[rng.random(len(values)) < share] = None
    return values


def ages(rng, size, older=True):
    if older:
        bands = rng.choice(4, size=size, p=[0.3, 0.2, 0.28, 0.22])
        low, high = np.array([18, 65, 75, 85])[bands], np.array([64, 74, 84, 101])[bands]
    else:
        low, high = np.full(size, 18), np.full(size, 90)
    return (low + rng.random(size) * (high - low + 1)).astype(int)


def ethnicities(rng, age):
    older = choose(rng, OLDER_ETHNICITY_MIX, len(age))
    younger = choose(rng, ETHNICITY_MIX, len(age))
    return np.where(age >= 65, older, younger)


def as_dates(values):
    """Day precision dates (NaT where unknown), as a spreadsheet export holds them."""
    return np.asarray(values, dtype="datetime64[D]").astype("datetime64[s]")


def month_end(period):
    return np.datetime64(period.end)


def frame(return_code, columns):
    """A DataFrame with the return's template headers in template order."""
    labels = {column.field: column.label for column in get_return(return_code).columns}
    return pd.DataFrame({labels[name]: values for name, values in columns.items()})[
        [labels[name] for name in columns]
    ]
