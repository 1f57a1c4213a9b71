"""Reading an uploaded return into a table of raw cell values, after checks that need no parsing.

The file is opened by core.files (size, zip-bomb and format checks, one set of limits for every importer);
everything here raises core.files.FileRefused with a plain-English reason when the file cannot be used at all,
and nothing is stored in that case.
"""
from dataclasses import dataclass, field
from io import StringIO

import pandas as pd

from core.files import CSV, FileRefused, open_spreadsheet

from .base import normalise

CSV_SHEET = "CSV file"


@dataclass
class RawTable:
    """Raw cell values of the return's sheet: one column per matched field, index = spreadsheet row number."""

    sheet: str
    frame: pd.DataFrame
    headers: dict  # field -> header text as written in the file
    ignored_headers: list = field(default_factory=list)
    missing_optional: list = field(default_factory=list)


def choose_sheet(sheet_names, spec):
    if len(sheet_names) == 1:
        return sheet_names[0]
    by_name = {normalise(name): name for name in sheet_names}
    if normalise(spec.sheet_name) in by_name:
        return by_name[normalise(spec.sheet_name)]
    raise FileRefused(
        f"The workbook has no sheet called {spec.sheet_name!r} (its sheets are: "
        f"{', '.join(repr(name) for name in sheet_names)}). Rename the sheet holding the "
        f"{spec.title.lower()} data to {spec.sheet_name!r}, or delete the other sheets."
    )


def read_xlsx(spreadsheet, spec):
    """Cell values of the return's sheet, read by python-calamine straight into a DataFrame.

    Calamine returns each cell's saved value (dates as dates, formulas as their cached results);
    pandas' read_excel would then convert every cell again one by one, which costs more than
    calamine's own parse, so the rows go to the DataFrame constructor directly.
    """
    sheet = choose_sheet(spreadsheet.sheet_names, spec)
    frame = pd.DataFrame(spreadsheet.rows(sheet), dtype=object)
    frame = frame.mask(frame == "")  # calamine gives "" for empty cells
    spreadsheet.refuse_formulas_without_values(sheet)
    return sheet, frame


def read_csv(spreadsheet):
    try:
        frame = pd.read_csv(
            StringIO(spreadsheet.text), header=None, dtype=str, keep_default_na=False, na_values=[""],
            skip_blank_lines=False,
        )
    except pd.errors.EmptyDataError:
        raise FileRefused("The CSV file has no content. Export the return again and upload the saved file.") from None
    except pd.errors.ParserError as error:
        raise FileRefused(f"The CSV file could not be read ({error}).") from None
    spreadsheet.limits.check_rows(len(frame), CSV_SHEET)
    return CSV_SHEET, frame


def match_headers(sheet, frame, spec):
    """Name the columns by field, keep only the return's columns and index rows by spreadsheet row number."""
    frame = frame.dropna(how="all")
    if frame.empty:
        raise FileRefused(f"Sheet {sheet!r} is empty: it needs a header row and one row per record.")
    header_position = frame.index[0]
    headers = frame.loc[header_position]
    lookup = {normalise(name): column.field for column in spec.columns for name in column.header_names}
    matched, written, ignored = {}, {}, []
    for position, header in headers.items():
        if pd.isna(header) or not str(header).strip():
            continue
        field_name = lookup.get(normalise(header))
        if field_name is None:
            ignored.append(str(header))
        elif field_name in matched:
            raise FileRefused(
                f"Sheet {sheet!r} has two columns for {spec.column(field_name).label!r}: "
                f"{written[field_name]!r} and {str(header)!r}. Delete one of them."
            )
        else:
            matched[field_name], written[field_name] = position, str(header)
    missing_required = [column for column in spec.columns if column.required and column.field not in matched]
    if missing_required:
        described = "; ".join(
            f"{column.label!r} (also accepted: {', '.join(repr(name) for name in column.header_names[1:])})"
            for column in missing_required
        )
        raise FileRefused(
            f"Sheet {sheet!r} is missing required column(s): {described}. The header row must be the first row; "
            "download the template to see every column."
        )
    body = frame.loc[frame.index > header_position, list(matched.values())]
    body.columns = list(matched)
    body = body.dropna(how="all")
    if body.empty:
        raise FileRefused(f"Sheet {sheet!r} has a header row but no data rows.")
    body.index = body.index + 1  # spreadsheet row numbers: the first row is row 1
    missing_optional = [column.field for column in spec.columns if column.field not in matched]
    for field_name in missing_optional:
        body[field_name] = None
    return RawTable(sheet, body, written, ignored, missing_optional)


def read_table(data, filename, spec):
    spreadsheet = open_spreadsheet(data, filename)
    sheet, frame = read_csv(spreadsheet) if spreadsheet.kind == CSV else read_xlsx(spreadsheet, spec)
    return match_headers(sheet, frame, spec)
