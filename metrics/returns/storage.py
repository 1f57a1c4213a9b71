"""Storing validated values as records, column-wise.

Records are written with COPY on PostgreSQL and a parameterised INSERT per batch (executemany)
elsewhere, built from whole columns, rather than with bulk_create: creating 100,000 model instances
and preparing every field one by one costs several times more than reading the file, and the
upload benchmark allows at most 2x. Values are converted per column with pandas; dates go in as
ISO text on SQLite and as dates elsewhere.
"""
from django.db import connection, models

from .base import DATE, INTEGER, PERIOD, TEAM

BATCH_SIZE = 5000


def _db_values(series, kind):
    if kind == DATE:
        dates = series.dt.strftime("%Y-%m-%d") if connection.vendor == "sqlite" else series.dt.date
        return dates.astype(object).where(series.notna(), None).tolist()
    if kind in (INTEGER, TEAM):
        return series.astype("Int64").astype(object).where(series.notna(), None).tolist()
    return series.astype(object).where(series.notna(), None).tolist()


def _blank_value(model_field):
    if model_field.null:
        return None
    if isinstance(model_field, (models.CharField, models.TextField)):
        return ""
    return model_field.get_default()


def record_columns(spec, table):
    """Model field name -> list of database values, one per row."""
    model = spec.model
    columns = {}
    for column in spec.columns:
        values = _db_values(table.values[column.field], column.kind)
        if column.kind == TEAM:
            columns["team"] = values
        elif column.kind == PERIOD:
            columns["period_kind"] = [period.kind for period in values]
            columns["period_start"] = [connection.ops.adapt_datefield_value(period.start) for period in values]
        else:
            blank = _blank_value(model._meta.get_field(column.field))
            columns[column.field] = values if blank is None else [blank if v is None else v for v in values]
    columns["row_number"] = [int(row) for row in table.values.index]
    return columns


def insert_records(spec, table, upload):
    """Insert the upload's rows; call inside the upload's transaction.

    PostgreSQL: COPY (one stream). Elsewhere: executemany in batches, with the values that are the
    same on every row (the upload's id and the snapshot date) written into the statement as
    literals; both come from an int and a date, never from the file.
    """
    model = spec.model
    columns = record_columns(spec, table)
    constants = {"upload": upload.pk}
    if spec.snapshot_field:
        constants[spec.snapshot_field] = table.context.period.end
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(name).column) for name in [*columns, *constants])
    table_name = quote(model._meta.db_table)
    rows = zip(*columns.values())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            constant_values = tuple(constants.values())
            with cursor.cursor.copy(f"COPY {table_name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row + constant_values)
        else:
            literals = [str(int(upload.pk))] + [f"'{day.isoformat()}'" for day in list(constants.values())[1:]]
            values = ", ".join(["%s"] * len(columns) + literals)
            sql = f"INSERT INTO {table_name} ({names}) VALUES ({values})"
            rows = list(rows)
            for start in range(0, len(rows), BATCH_SIZE):
                cursor.executemany(sql, rows[start:start + BATCH_SIZE])
    return len(table.values)
