"""KPI values: aggregate figures from the KPI return (surveys, national measures entered locally).

Records: indicator_code, period_kind, period_start, value, numerator, denominator, month. When two
returns give the same indicator and period, the later return's figure is used.
"""
import pandas as pd

from core.periods import Period
from metrics.calculators import Figure, latest_rows


def optional(value):
    return None if pd.isna(value) else float(value)


def calculate(records, known_codes):
    """Figures for every KPI row whose indicator code is in the registry."""
    rows = latest_rows(records, ["indicator_code", "period_kind", "period_start"])
    rows = rows[rows["indicator_code"].isin(known_codes)]
    return [
        Figure(row.indicator_code, Period(row.period_kind, row.period_start.date()), float(row.value),
               numerator=optional(row.numerator), denominator=optional(row.denominator))
        for row in rows.itertuples(index=False)
    ]
