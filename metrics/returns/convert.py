"""Vectorised conversion of raw cell values to typed values; invalid cells become missing (NaN/NaT)."""
from datetime import date, datetime

import pandas as pd

from core.periods import Period
from .base import BOOLEAN, BOOLEAN_VALUES, CODE, DATE, INTEGER, NUMBER, PERIOD, TEAM, TEXT, normalise

DATE_TEXT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%d-%m-%Y", "%d.%m.%Y"]


def _cell_text(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _stripped_text(value):
    text = _cell_text(value)
    return text.strip() or None if text is not None else None


def by_unique_value(series, function):
    """Apply `function` once per distinct value: extracts repeat the same codes, teams and dates many times."""
    lookup = {value: function(value) for value in series.dropna().unique()}
    return series.map(lookup).astype("str")


def cell_text(series):
    """Each cell as stripped text, NaN when blank."""
    if series.nunique(dropna=True) * 4 < len(series):
        return by_unique_value(series, _stripped_text)
    if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        text = series.astype("str")
    else:
        text = series.map(_cell_text).astype("str")
    text = text.str.strip()
    return text.mask(text == "")


def normalised(text):
    return by_unique_value(text, normalise)


def to_dates(raw, text):
    kind = pd.api.types.infer_dtype(raw, skipna=True)
    if kind in ("datetime", "datetime64", "date"):
        return pd.to_datetime(raw, errors="coerce").dt.normalize()
    result = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    if kind != "string":
        is_date = raw.map(lambda value: isinstance(value, (date, datetime)))
        if is_date.any():
            result[is_date] = pd.to_datetime(raw[is_date], errors="coerce").dt.normalize()
    todo = result.isna() & text.notna()
    for date_format in DATE_TEXT_FORMATS:
        if not todo.any():
            break
        parsed = pd.to_datetime(text[todo], format=date_format, errors="coerce")
        result[todo] = parsed.dt.normalize()
        todo = result.isna() & text.notna()
    return result


def to_numbers(text, column):
    numbers = pd.to_numeric(text, errors="coerce")
    if column.kind == INTEGER:
        numbers = numbers.where(numbers.round() == numbers)
    if column.minimum is not None:
        numbers = numbers.where(numbers >= column.minimum)
    if column.maximum is not None:
        numbers = numbers.where(numbers <= column.maximum)
    return numbers


def to_periods(text):
    def parse(label):
        try:
            return Period.parse(label)
        except ValueError:
            return None

    lookup = {label: parse(label) for label in text.dropna().unique()}
    return text.map(lookup)


def convert_column(column, raw, text, context):
    if column.kind == TEXT:
        return text.where(text.str.len() <= column.max_length)
    if column.kind == DATE:
        return to_dates(raw, text)
    if column.kind in (INTEGER, NUMBER):
        return to_numbers(text, column)
    if column.kind == CODE:
        return normalised(text).map(column.code_lookup())
    if column.kind == TEAM:
        return normalised(text).map(context.team_lookup)
    if column.kind == BOOLEAN:
        return normalised(text).map(BOOLEAN_VALUES)
    if column.kind == PERIOD:
        return to_periods(text)
    raise ValueError(f"Unknown column kind {column.kind!r}")
