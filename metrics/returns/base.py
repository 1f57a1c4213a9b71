"""What a return is: its sheet, its columns (with header synonyms and coded values) and its rules.

Headers and coded values are matched case-, space- and punctuation-insensitively (`normalise`).
"""
import re
from dataclasses import dataclass, field

TEXT, DATE, INTEGER, NUMBER, CODE, TEAM, BOOLEAN, PERIOD = (
    "text", "date", "integer", "number", "code", "team", "boolean", "period",
)
KIND_WORDS = {
    TEXT: "Text",
    DATE: "Date (a date cell, or text as YYYY-MM-DD or DD/MM/YYYY)",
    INTEGER: "Whole number",
    NUMBER: "Number",
    CODE: "One of the allowed values",
    TEAM: "A team name known to the dashboard (or one of its aliases)",
    BOOLEAN: "Yes or No",
    PERIOD: "Period label: 2025-08 (month), 2025-26 Q2 (quarter) or 2025-26 (financial year)",
}
# How a return's rows relate to its month: everything as at the month's last day; everything in the 12 months
# to it (later extracts restate earlier months); or rows that each name their own period.
SNAPSHOT, ROLLING, OWN_PERIODS = "snapshot", "rolling", "own_periods"
BOOLEAN_VALUES = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False}


def normalise(text):
    """'Date Requested' == 'date_requested' == 'DATE-REQUESTED.' -> 'daterequested'."""
    return re.sub(r"[^a-z0-9]+", "", str(text).lower())


@dataclass(frozen=True)
class Column:
    field: str
    label: str
    kind: str
    required: bool = False
    description: str = ""
    synonyms: tuple = ()
    codes: tuple = ()  # (code, label) pairs, from metrics.codes
    code_synonyms: dict = field(default_factory=dict)  # code -> extra accepted spellings
    expected: bool = True  # should normally be filled: counts towards the data-quality missing share
    may_be_future: bool = False  # dates such as 'next review due' may lie after today
    max_length: int = 64
    minimum: float | None = None
    maximum: float | None = None

    @property
    def header_names(self):
        return (self.label, self.field, *self.synonyms)

    def code_lookup(self):
        """Normalised spelling -> stored code, for codes, labels and synonyms."""
        lookup = {}
        for code, label in self.codes:
            for spelling in (code, label, *self.code_synonyms.get(code, ())):
                lookup[normalise(spelling)] = code
        return lookup

    def allowed_values_text(self):
        if self.kind == CODE:
            return "; ".join(label for _, label in self.codes)
        if self.kind == BOOLEAN:
            return "Yes; No"
        return ""

    def synonyms_text(self):
        if self.kind != CODE:
            return ""
        parts = []
        for code, label in self.codes:
            spellings = [code, *self.code_synonyms.get(code, ())]
            parts.append(f"{label}: {', '.join(spellings)}")
        return "; ".join(parts)


@dataclass(frozen=True)
class Return:
    """One monthly return: one sheet, one row per record, stored as rows of `model`."""

    code: str
    title: str
    sheet_name: str
    model_name: str
    columns: tuple
    semantics: str
    extract: str  # SNAPSHOT, ROLLING or OWN_PERIODS
    duplicate_key: tuple = ()
    date_order: tuple = ()  # (earlier field, later field) pairs
    snapshot_field: str = ""  # model field set to the period's last day
    key_date_checks: tuple = ()  # (description, function(frame) -> boolean Series of records missing it)
    extra_rules: tuple = ()  # more rule functions(spec, table, context) -> findings

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model("metrics", self.model_name)

    def column(self, field_name):
        return next(column for column in self.columns if column.field == field_name)

    @property
    def date_fields(self):
        return [column.field for column in self.columns if column.kind == DATE]
