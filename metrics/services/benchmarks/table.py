"""A benchmark file's table: opened through core.files, its headers matched, its years and values parsed."""
import io
import re

import pandas as pd

from core.files import CSV, FileRefused, open_spreadsheet
from core.periods import YEAR, Period

HEADER_SYNONYMS = {
    "area_code": ["area code", "local authority code", "la code", "ons code", "ons area code", "lad code",
                  "geography code", "council code", "code", "cassr code", "area ons code", "ons la code"],
    "area_name": ["area name", "area", "local authority", "local authority name", "la name", "council",
                  "council name", "geography name", "name", "cassr", "cassr name"],
    "region": ["region", "region name", "ons region", "region ons name"],
    "region_code": ["region code", "ons region code", "region ons code"],
    "year": ["year", "financial year", "reporting year", "period", "fin year", "reporting period"],
    "measure": ["measure", "indicator", "indicator code", "measure id", "measure code", "ascof measure",
                "ascof measure id", "ascof id", "metric", "measure group", "measure name"],
    "value": ["value", "measure value", "outcome", "percentage", "score", "rate", "figure"],
    "numerator": ["numerator"],
    "denominator": ["denominator"],
}
SUPPRESSED = {"c", "x", "*", "..", ":", "-", "[c]", "[x]", "[z]", "z", "n/a", "na", "suppressed"}
# National files are often saved from Excel as Windows "CSV" rather than CSV UTF-8.
CSV_ENCODINGS = ("utf-8-sig", "cp1252")


class BenchmarkFileError(FileRefused):
    """The file cannot be imported at all (unreadable, or a required column is missing)."""


def normalise(text):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text).lower()).split())


def normalise_measure_id(text):
    """'ASCOF 2C(1)', '2c1' and '2C (1)' all become '2C1'."""
    text = re.sub(r"^\s*ascof\s*", "", str(text), flags=re.IGNORECASE)
    return re.sub(r"[^A-Za-z0-9]+", "", text).upper()


def match_headers(headers):
    """{our field: the file's column} for every recognised header."""
    wanted = {normalise(s): name for name, synonyms in HEADER_SYNONYMS.items() for s in synonyms}
    matched = {}
    for header in headers:
        name = wanted.get(normalise(header))
        if name and name not in matched:
            matched[name] = header
    return matched


def parse_year(text):
    """A financial year from '2023-24', '2023/24', '2023-2024', 'FY 2023/24' or '2023' (the year it starts)."""
    cleaned = re.sub(r"^\s*(fy|financial year)\s*", "", str(text).strip(), flags=re.IGNORECASE)
    if m := re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{4})", cleaned):
        if int(m[2]) != int(m[1]) + 1:
            raise ValueError(f"'{text}' is not a financial year")
        return Period.year(int(m[1]))
    if re.fullmatch(r"\d{4}(\.0)?", cleaned):
        return Period.year(int(float(cleaned)))
    period = Period.parse(cleaned.replace(" ", ""))
    if period.kind != YEAR:
        raise ValueError(f"'{text}' is not a financial year")
    return period


def parse_value(text):
    """(number, suppressed?) from '45.2', '45.2%', '1,234', 'c'; raises ValueError for anything else."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None, True
    if isinstance(text, (int, float)):
        return float(text), False
    cleaned = str(text).strip()
    if cleaned.lower() in SUPPRESSED or cleaned == "":
        return None, True
    return float(cleaned.replace("%", "").replace(",", "").strip()), False


def optional_number(text):
    try:
        return parse_value(text)
    except ValueError:
        return None, False


def _cell_text(value):
    return None if value in ("", None) else str(value)


def _workbook_frame(spreadsheet):
    """The first sheet, header row first, every cell as text (None when empty), as read_csv gives a CSV."""
    rows = spreadsheet.rows(whole_numbers_as_int=True)
    if not rows:
        return pd.DataFrame()
    header = [value if value not in ("", None) else f"Unnamed: {index}" for index, value in enumerate(rows[0])]
    return pd.DataFrame([[_cell_text(value) for value in row] for row in rows[1:]], columns=header, dtype=object)


def read_table(source, name=None):
    """All cells as text (None for empty) from a CSV or the first sheet of an xlsx (a path or an uploaded file)."""
    spreadsheet = open_spreadsheet(source, name, csv_encodings=CSV_ENCODINGS)
    try:
        if spreadsheet.kind == CSV:
            frame = pd.read_csv(io.StringIO(spreadsheet.text), dtype=str, skip_blank_lines=False,
                                keep_default_na=False)
        else:
            frame = _workbook_frame(spreadsheet)
    except ValueError as error:  # pandas' parser and empty-file errors
        raise BenchmarkFileError(f"Could not read the file: {error}") from error
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.astype(object).where(frame.notna(), None)
