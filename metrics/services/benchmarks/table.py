"""A benchmark file's table: opened through core.files, its headers matched, its years and values parsed."""
import io
import re
from pathlib import PurePath

import pandas as pd

from core.files import CSV, FileRefused, open_spreadsheet
from core.periods import YEAR, Period

# Headers are compared with spaces, case and punctuation removed ('ASCOFMeasureCode' = 'ASCOF Measure Code').
HEADER_SYNONYMS = {
    "area_code": ["area code", "ons code", "ons area code", "local authority code", "la code", "lad code",
                  "geography code", "council code", "code", "area ons code", "ons la code", "gss code"],
    "geo_code": ["geographical code", "cassr code"],
    "area_name": ["area name", "area", "local authority", "local authority name", "la name", "council",
                  "council name", "geography name", "name", "cassr", "cassr name", "geographical description"],
    "area_level": ["geographical level", "area level", "level"],
    "region": ["region", "region name", "ons region", "region ons name"],
    "region_code": ["region code", "ons region code", "region ons code"],
    "year": ["year", "financial year", "reporting year", "period", "fin year", "reporting period", "time period"],
    "measure": ["measure", "indicator", "indicator code", "measure id", "measure code", "ascof measure",
                "ascof measure code", "ascof measure id", "ascof id", "metric", "metric type", "measure name"],
    "measure_group": ["measure group"],
    "measure_description": ["measure group description", "measure description"],
    "disaggregation": ["disaggregation level", "disaggregation"],
    "measure_type": ["measure type"],
    "value": ["value", "measure value", "outcome", "percentage", "score", "rate", "figure"],
    "numerator": ["numerator"],
    "denominator": ["denominator"],
    "margin": ["margin of error", "margin", "moe", "me"],
    "median": ["median", "published median"],
}
SUPPRESSED = {"c", "x", "z", "w", "*", "..", ":", "-", "[c]", "[x]", "[z]", "[w]", "n/a", "na", "suppressed"}
# National files are often saved from Excel as Windows "CSV" rather than CSV UTF-8.
CSV_ENCODINGS = ("utf-8-sig", "cp1252")


class BenchmarkFileError(FileRefused):
    """The file cannot be imported at all (unreadable, a required column missing, no year)."""


def squashed(text):
    return re.sub(r"[^a-z0-9]+", "", str(text).lower())


SYNONYMS = {squashed(s): name for name, synonyms in HEADER_SYNONYMS.items() for s in synonyms}


def match_headers(headers):
    """{our field: the file's column} for every recognised header."""
    matched = {}
    for header in headers:
        name = SYNONYMS.get(squashed(header))
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


# Year pairs in published file names: 2024-to-2025, 2021-22, 17-18, 1819, 2223 (and 2021 = 2020-21).
NAME_YEARS = [
    re.compile(r"(?<!\d)(20\d{2})[\s_/-]*(?:to)?[\s_/-]*(20\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(20\d{2})[-_/](\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{2})[-_](\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{2})(\d{2})(?!\d)"),
]


def year_from_name(name):
    """The financial year a published file's name states (meas-from-asc-of-eng-1819-open-data-csv.csv is 2018-19),
    or None when it states none or more than one. Two numbers only count when the second year follows the first:
    '...-2022-csv-v3' says no year. Longer forms are read first, and what they matched is not read again."""
    stem = PurePath(str(name or "")).stem
    found = set()

    def note(match):
        first, second = match.groups()
        start = int(first) if len(first) == 4 else 2000 + int(first)
        if int(second[-2:]) == (start + 1) % 100:
            found.add(start)
        return " " * len(match.group(0))

    for pattern in NAME_YEARS:
        stem = pattern.sub(note, stem)
    return Period.year(found.pop()) if len(found) == 1 else None


def parse_value(text):
    """(number, suppressed?) from '45.2', '45.2%', '1,234', 'c', '[x]'; raises ValueError for anything else."""
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
        return parse_value(text)[0]
    except ValueError:
        return None


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
