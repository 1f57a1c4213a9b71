"""What every family's calculators share: the Figure they return and small pandas helpers. No database access.

A family's calculators (metrics/families/<family>/calculators.py) take DataFrames of current records (date
columns as datetime64) and a list of `Period`s and return `Figure`s. The recalculation service
(metrics/services/recalculation.py) builds the frames and stores the figures as IndicatorValue rows.
"""
from dataclasses import dataclass

import pandas as pd

from core.periods import MONTH, QUARTER, YEAR, Period

from .codes import AGE_BANDS

NOT_RECORDED = "not_recorded"
AGE_BAND_EDGES = [18, 65, 75, 85, float("inf")]  # as codes.age_band: 18-64, 65-74, 75-84, 85+


@dataclass(frozen=True)
class Figure:
    code: str
    period: Period
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    breakdown: str = ""
    category: str = ""


def periods_for_months(months, kinds=(MONTH, QUARTER, YEAR)):
    """The months given, and the quarters and years containing them, sorted."""
    periods = {Period.containing(kind, month.start) for month in months for kind in kinds}
    return sorted(periods)


def timestamp(day):
    return pd.Timestamp(day)


def in_period(dates, period):
    """Boolean mask: dates within the period (missing dates are not)."""
    return (dates >= timestamp(period.start)) & (dates <= timestamp(period.end))


def months_before(dates, months):
    """Each date moved back by whole calendar months (31 Aug - 6 months = 28 Feb)."""
    return dates - pd.DateOffset(months=months)


def median(values):
    """Median of a Series as float (mean of the middle two for an even count), None when empty."""
    values = values.dropna()
    return float(values.median()) if len(values) else None


def percent(numerator, denominator):
    return 100.0 * numerator / denominator if denominator else None


def snapshot_for(records, period):
    """Rows of the last monthly snapshot within the period (column `month`), or None if there is none."""
    months = records["month"]
    inside = records[in_period(months, period)]
    if inside.empty:
        return None
    return inside[inside["month"] == inside["month"].max()]


def figures_from_snapshots(records, periods, snapshot_figures):
    """For snapshot returns: `snapshot_figures(snapshot, period)` on each period's last snapshot, where there is one."""
    records = with_categories(records)
    figures = []
    for period in periods:
        snapshot = snapshot_for(records, period)
        if snapshot is not None:
            figures += snapshot_figures(snapshot, period)
    return figures


def snapshot_day(records, period):
    """The day a state-at-period-end measure is taken from rolling extracts: the period's last day, or the
    last day the extracts cover when the period is not over yet (the last snapshot in the period)."""
    if records.empty:
        return period.end
    covered_to = (records["month"].max() + pd.offsets.MonthEnd(0)).date()
    return min(period.end, covered_to)


def latest_rows(records, keys):
    """For each key, the row from the latest month's extract that contains it (rolling extracts)."""
    return records.sort_values("month", kind="stable").drop_duplicates(keys, keep="last")


def with_categories(records):
    """Add the breakdown columns: age_band from age; blanks become 'not_recorded'."""
    records = records.copy()
    if "age" in records:
        ages = pd.to_numeric(records["age"], errors="coerce")
        bands = pd.cut(ages, bins=AGE_BAND_EDGES, right=False, labels=[code for code, _ in AGE_BANDS])
        records["age_band"] = bands.astype(object).where(bands.notna(), "")
    for column in ("team", "age_band", "gender", "ethnicity"):
        if column in records:
            records[column] = records[column].fillna("").replace("", NOT_RECORDED)
    return records


def count_figures(code, period, rows, breakdowns, id_column):
    """Distinct `id_column` count overall and per breakdown category."""
    total = float(rows[id_column].nunique())
    figures = [Figure(code, period, total, numerator=total)]
    for breakdown in breakdowns:
        for category, count in rows.groupby(breakdown, sort=True)[id_column].nunique().items():
            figures.append(Figure(code, period, float(count), numerator=float(count), breakdown=breakdown,
                                  category=category))
    return figures


def proportion_figures(code, period, cohort, hits, breakdowns):
    """Percentage of the cohort where `hits` (a boolean Series aligned with cohort) is true, overall and per category."""
    hits = hits.astype(bool)
    figures = [Figure(code, period, percent(int(hits.sum()), len(cohort)),
                      numerator=float(hits.sum()), denominator=float(len(cohort)))]
    for breakdown in breakdowns:
        grouped = hits.groupby(cohort[breakdown], sort=True).agg(["sum", "size"])
        for category, (numerator, denominator) in zip(grouped.index, grouped.itertuples(index=False)):
            figures.append(Figure(code, period, percent(int(numerator), int(denominator)),
                                  numerator=float(numerator), denominator=float(denominator),
                                  breakdown=breakdown, category=category))
    return figures


def optional_float(value):
    return None if pd.isna(value) else float(value)


def statistic_figures(code, period, rows, values, breakdowns, statistic="median"):
    """A statistic ("median" or "max") of `values` (e.g. days waiting) overall and per category;
    denominator = how many rows. The median of an even count is the mean of the middle two."""
    figures = []
    if len(rows):
        figures.append(Figure(code, period, optional_float(values.agg(statistic)), denominator=float(len(rows))))
    for breakdown in breakdowns:
        grouped = values.groupby(rows[breakdown], sort=True).agg([statistic, "size"])
        for category, (value, size) in zip(grouped.index, grouped.itertuples(index=False)):
            figures.append(Figure(code, period, optional_float(value), denominator=float(size),
                                  breakdown=breakdown, category=category))
    return figures
