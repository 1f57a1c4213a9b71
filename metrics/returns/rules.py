"""Validation rules. Each rule is one small function `rule(table) -> list of findings frames`.

A findings frame has one row per message: row, field, value, rule, message, severity.
Rules work on whole columns at once (pandas), so thousands of findings stay quick.
"""
import pandas as pd

from .base import BOOLEAN, CODE, DATE, INTEGER, KIND_WORDS, NUMBER, PERIOD, TEAM, TEXT

ERROR, WARNING = "error", "warning"
FINDING_COLUMNS = ["row", "field", "value", "rule", "message", "severity"]


def findings(table, mask, field_name, rule, message, severity=ERROR):
    """Findings for the rows where `mask` is true; `message` is text or a Series of texts."""
    mask = mask.fillna(False).astype(bool)
    if not mask.any():
        return []
    rows = mask.index[mask]
    messages = message.loc[rows].to_numpy() if isinstance(message, pd.Series) else message
    return [
        pd.DataFrame(
            {
                "row": rows,
                "field": field_name,
                "value": table.text.loc[rows, field_name].fillna("").to_numpy(),
                "rule": rule,
                "message": messages,
                "severity": severity,
            }
        )
    ]


def required(table):
    found = []
    for column in table.spec.columns:
        if column.required:
            found += findings(table, table.text[column.field].isna(), column.field, "required",
                              f"{column.label} is required but is blank.")
    return found


def _type_message(column):
    if column.kind == TEXT:
        return f"{column.label} is longer than {column.max_length} characters."
    if column.kind == DATE:
        return f"{column.label} is not a date. Use a date cell, or write it as YYYY-MM-DD or DD/MM/YYYY."
    if column.kind in (INTEGER, NUMBER):
        limits = ""
        if column.minimum is not None and column.maximum is not None:
            limits = f" between {column.minimum:g} and {column.maximum:g}"
        return f"{column.label} must be a {'whole number' if column.kind == INTEGER else 'number'}{limits}."
    return f"{column.label}: expected {KIND_WORDS[column.kind]}."


def value_type(table):
    found = []
    for column in table.spec.columns:
        if column.kind in (TEXT, DATE, INTEGER, NUMBER, BOOLEAN, PERIOD):
            invalid = table.text[column.field].notna() & table.values[column.field].isna()
            found += findings(table, invalid, column.field, "type", _type_message(column))
    return found


def allowed_codes(table):
    """Unknown codes block the upload in required columns; elsewhere they are warned about and left blank."""
    found = []
    for column in table.spec.columns:
        if column.kind == CODE:
            invalid = table.text[column.field].notna() & table.values[column.field].isna()
            severity = ERROR if column.required else WARNING
            consequence = "" if column.required else " It will be stored as blank."
            found += findings(
                table, invalid, column.field, "allowed_codes",
                f"{column.label} is not one of the allowed values ({column.allowed_values_text()}).{consequence}",
                severity,
            )
    return found


def unknown_team(table):
    found = []
    for column in table.spec.columns:
        if column.kind == TEAM:
            invalid = table.text[column.field].notna() & table.values[column.field].isna()
            found += findings(
                table, invalid, column.field, "unknown_team",
                f"{column.label} is not a known team or team alias. Ask an administrator to add the team or alias.",
            )
    return found


def date_not_in_future(table):
    found = []
    today = pd.Timestamp(table.context.today)
    for column in table.spec.columns:
        if column.kind == DATE and not column.may_be_future:
            future = table.values[column.field] > today
            found += findings(table, future, column.field, "date_not_in_future",
                              f"{column.label} is in the future (after {today:%d/%m/%Y}).")
    return found


def date_order(table):
    found = []
    for earlier, later in table.spec.date_order:
        wrong = table.values[earlier] > table.values[later]
        found += findings(
            table, wrong, later, "date_order",
            f"{table.spec.column(later).label} is before {table.spec.column(earlier).label}.",
        )
    return found


def duplicates(table):
    key = list(table.spec.duplicate_key)
    if not key:
        return []
    values = table.values[key]
    complete = values.notna().all(axis=1)
    repeated = values.duplicated(keep="first") & complete
    if not repeated.any():
        return []
    complete_values = values[complete]
    first_rows = complete_values.reset_index().groupby(key)[complete_values.index.name or "index"].transform("first")
    first_rows.index = complete_values.index
    labels = " and ".join(table.spec.column(field_name).label for field_name in key)
    message = "Duplicate " + labels + ": the same as row " + first_rows.astype(int).astype(str) + "."
    return findings(table, repeated, key[0], "duplicates", message.reindex(values.index))


CORE_RULES = [required, value_type, allowed_codes, unknown_team, date_not_in_future, date_order, duplicates]
