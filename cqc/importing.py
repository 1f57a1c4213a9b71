"""Reading an assessment's scores from a small xlsx or CSV: one row per quality statement.

Columns (headers matched case- and space-insensitively): quality statement (name or alias), score (1-4),
key findings (optional). Every problem names the row, column and value.
"""
import csv
import io
from dataclasses import dataclass, field

from core.files import CSV, FileRefused, open_spreadsheet

from .framework import resolve_statement

MAX_ROWS = 200
COLUMNS = {
    "statement": ["quality statement", "statement", "quality statement name", "qs", "sub-theme", "sub theme"],
    "score": ["score", "statement score", "quality statement score"],
    "findings": ["key findings", "findings", "key finding", "key findings text"],
}
COLUMN_LABELS = {"statement": "Quality statement", "score": "Score", "findings": "Key findings"}


@dataclass(frozen=True)
class ImportRow:
    row: int
    slug: str
    score: int
    findings: str


@dataclass(frozen=True)
class Problem:
    message: str
    row: int | None = None
    column: str = ""
    value: str = ""


@dataclass
class ParsedImport:
    rows: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems and bool(self.rows)


def _normalise(text):
    return " ".join(str(text or "").replace("_", " ").lower().split())


def read_table(uploaded):
    """The file's rows as lists of cell values (the first sheet of a workbook). Raises FileRefused with a clear
    message when the file cannot be used at all."""
    spreadsheet = open_spreadsheet(uploaded)
    if spreadsheet.kind == CSV:
        return list(csv.reader(io.StringIO(spreadsheet.text)))
    spreadsheet.refuse_formulas_without_values()
    return spreadsheet.rows(whole_numbers_as_int=True)[:MAX_ROWS + 2]


def find_columns(header):
    """Map of our column key to its index in the header row."""
    positions = {}
    for index, heading in enumerate(header):
        for key, names in COLUMNS.items():
            if _normalise(heading) in names and key not in positions:
                positions[key] = index
    return positions


def parse_score(value):
    """A whole number 1-4 from a cell (3, 3.0, "3"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and 1 <= value <= 4 else None


def parse_rows(table):
    """Validate a table (header first) into ImportRows and Problems."""
    result = ParsedImport()
    if not table:
        result.problems.append(Problem("The file has no rows."))
        return result
    positions = find_columns(table[0])
    missing = [COLUMN_LABELS[key] for key in ("statement", "score") if key not in positions]
    if missing:
        result.problems.append(Problem(
            f"Row 1 must have the column{'s' if len(missing) > 1 else ''} {' and '.join(missing)} "
            "(headings: Quality statement, Score, Key findings).", row=1))
        return result
    if len(table) > MAX_ROWS + 1:
        result.problems.append(Problem(f"The file has more than {MAX_ROWS} rows; an assessment has at most 9."))
        return result
    seen = {}

    def cell(values, key):
        index = positions.get(key)
        return values[index] if index is not None and index < len(values) else None

    for number, values in enumerate(table[1:], start=2):
        if all(value in (None, "") or str(value).strip() == "" for value in values):
            continue
        name, score_value = cell(values, "statement"), cell(values, "score")
        findings = str(cell(values, "findings") or "").strip()
        slug = resolve_statement(str(name or ""))
        score = parse_score(score_value)
        if slug is None:
            result.problems.append(Problem(
                f"Row {number}: '{name or ''}' is not one of the nine quality statements.",
                row=number, column=COLUMN_LABELS["statement"], value=str(name or "")))
        elif slug in seen:
            result.problems.append(Problem(
                f"Row {number}: '{name}' repeats the quality statement already scored in row {seen[slug]}.",
                row=number, column=COLUMN_LABELS["statement"], value=str(name)))
        else:
            seen[slug] = number
        if score is None:
            shown = "" if score_value is None else str(score_value)
            result.problems.append(Problem(
                f"Row {number}: the score must be a whole number from 1 to 4, not '{shown}'.",
                row=number, column=COLUMN_LABELS["score"], value=shown))
        if slug and score and seen.get(slug) == number:
            result.rows.append(ImportRow(number, slug, score, findings))
    if not result.rows and not result.problems:
        result.problems.append(Problem("The file has a header row but no scores."))
    return result


def parse_file(uploaded):
    try:
        table = read_table(uploaded)
    except FileRefused as refused:
        return ParsedImport(problems=[Problem(str(refused))])
    return parse_rows(table)
