"""Turning validated values into model instances for bulk_create (column-wise, no per-cell Python logic)."""
import pandas as pd
from django.db import models

from .base import DATE, INTEGER, PERIOD, TEAM


def _python_values(series, kind):
    if kind == DATE:
        dates = series.dt.date.astype(object)
        return dates.where(series.notna(), None).tolist()
    if kind in (INTEGER, TEAM):
        return series.astype("Int64").astype(object).where(series.notna(), None).tolist()
    return series.astype(object).where(series.notna(), None).tolist()


def _blank_value(model_field):
    if model_field.null:
        return None
    if isinstance(model_field, (models.CharField, models.TextField)):
        return ""
    return model_field.get_default()


def model_columns(spec, table):
    """Model field name -> list of values, one per row, ready for the model."""
    model = spec.model
    columns = {}
    for column in spec.columns:
        values = _python_values(table.values[column.field], column.kind)
        if column.kind == TEAM:
            columns["team_id"] = values
        elif column.kind == PERIOD:
            columns["period_kind"] = [period.kind for period in values]
            columns["period_start"] = [period.start for period in values]
        else:
            blank = _blank_value(model._meta.get_field(column.field))
            columns[column.field] = values if blank is None else [blank if v is None else v for v in values]
    if spec.snapshot_field:
        columns[spec.snapshot_field] = [table.context.period.end] * len(table.values)
    columns["row_number"] = [int(row) for row in table.values.index]
    return columns


def model_instances(spec, table, upload):
    model = spec.model
    columns = model_columns(spec, table)
    names = list(columns)
    return [model(upload=upload, **dict(zip(names, row))) for row in zip(*columns.values())]


def frame_from_records(spec, queryset):
    """Stored records of one upload as a DataFrame with one column per return field (for data quality)."""
    fields = ["team_id" if column.kind == TEAM else column.field for column in spec.columns if column.kind != PERIOD]
    frame = pd.DataFrame.from_records(list(queryset.values_list(*fields)), columns=fields)
    return frame.rename(columns={"team_id": "team"})
