"""Small helpers to build record frames as the recalculation service does (dates as datetime64)."""
import pandas as pd

from core.periods import Period


def frame(rows, date_columns):
    df = pd.DataFrame(rows)
    for column in date_columns:
        df[column] = pd.to_datetime(df[column])
    return df


def month(label):
    return Period.parse(label)


def find(figures, code, period, breakdown="", category=""):
    matches = [f for f in figures if (f.code, f.period, f.breakdown, f.category) == (code, period, breakdown, category)]
    assert len(matches) == 1, f"{len(matches)} figures for {code} {period} {breakdown} {category}"
    return matches[0]


def codes_for(figures, period):
    return {f.code for f in figures if f.period == period}
