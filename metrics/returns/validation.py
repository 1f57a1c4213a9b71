"""Validate a raw table against its return: convert every column, run every rule, count what failed."""
from dataclasses import dataclass
from datetime import date

import pandas as pd
from django.utils import timezone

from .base import normalise
from .convert import cell_text, convert_column
from .reading import RawTable, read_table
from .rules import CORE_RULES, ERROR, FINDING_COLUMNS, WARNING

MESSAGE_COLUMNS = ["sheet", "row", "column", "value", "rule", "message", "severity"]


@dataclass(frozen=True)
class Context:
    """What validation needs besides the file: the period, today's date, known teams and indicators."""

    period: object  # core.periods.Period (a month)
    today: date
    team_lookup: dict  # normalised team name or alias -> Team id
    indicator_codes: frozenset

    @classmethod
    def build(cls, period, today=None):
        from ..models import Indicator, Team

        team_lookup = {}
        for team_id, name, aliases in Team.objects.filter(active=True).values_list("id", "name", "aliases"):
            for spelling in (name, *(aliases or [])):
                team_lookup[normalise(spelling)] = team_id
        codes = frozenset(Indicator.objects.values_list("code", flat=True))
        return cls(period, today or timezone.localdate(), team_lookup, codes)


@dataclass
class Table:
    spec: object
    sheet: str
    raw: pd.DataFrame
    text: pd.DataFrame
    values: pd.DataFrame
    headers: dict
    context: Context


@dataclass
class Validation:
    table: Table
    messages: pd.DataFrame  # MESSAGE_COLUMNS, ordered by row
    rows_total: int
    rows_failed: int

    @property
    def error_count(self):
        return int((self.messages["severity"] == ERROR).sum())

    @property
    def warning_count(self):
        return int((self.messages["severity"] == WARNING).sum())

    @property
    def ok(self):
        return self.error_count == 0


def build_table(spec, raw_table: RawTable, context):
    raw = raw_table.frame
    text = pd.DataFrame({column.field: cell_text(raw[column.field]) for column in spec.columns}, index=raw.index)
    values = pd.DataFrame(
        {
            column.field: convert_column(column, raw[column.field], text[column.field], context)
            for column in spec.columns
        },
        index=raw.index,
    )
    return Table(spec, raw_table.sheet, raw, text, values, raw_table.headers, context)


def file_level_warnings(spec, raw_table):
    rows = [
        (None, "", header, "ignored_column",
         f"Column {header!r} is not part of the {spec.title} return and was ignored.")
        for header in raw_table.ignored_headers
    ] + [
        (None, spec.column(field_name).label, "", "missing_column",
         f"Optional column {spec.column(field_name).label!r} is not in the file; its values are treated as blank.")
        for field_name in raw_table.missing_optional
    ]
    return pd.DataFrame(
        [(raw_table.sheet, row, column, value, rule, message, WARNING) for row, column, value, rule, message in rows],
        columns=MESSAGE_COLUMNS,
    )


def validate(spec, raw_table, context):
    table = build_table(spec, raw_table, context)
    found = [frame for rule in (*CORE_RULES, *spec.extra_rules) for frame in rule(table)]
    row_findings = pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=FINDING_COLUMNS)
    labels = {column.field: table.headers.get(column.field, column.label) for column in spec.columns}
    row_findings["column"] = row_findings["field"].map(labels)
    row_findings["sheet"] = table.sheet
    row_findings = row_findings.sort_values("row", kind="stable")
    messages = pd.concat([file_level_warnings(spec, raw_table), row_findings[MESSAGE_COLUMNS]], ignore_index=True)
    failed_rows = row_findings.loc[row_findings["severity"] == ERROR, "row"].nunique()
    return Validation(table, messages, rows_total=len(table.raw), rows_failed=int(failed_rows))


def validate_file(spec, data, filename, context):
    """Read and validate a file; raises reading.UploadProblem when it cannot be read at all."""
    return validate(spec, read_table(data, filename, spec), context)
