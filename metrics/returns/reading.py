"""Reading an uploaded file into a table of raw cell values, after checks that need no parsing.

Everything here raises `UploadProblem` with a plain-English reason when the file cannot be used
at all; nothing is stored in that case.
"""
import html
import re
import zipfile
from dataclasses import dataclass, field
from io import BytesIO, StringIO

import pandas as pd
from django.conf import settings
from python_calamine import CalamineWorkbook

from .base import normalise

MAX_COMPRESSION_RATIO = 200  # real xlsx parts compress 5-30 times; far more means a zip bomb
RATIO_CHECK_MIN_BYTES = 1024 * 1024
CSV_SHEET = "CSV file"
UPLOAD_THIS = "Upload an Excel workbook (.xlsx) or a CSV file."
_SHEET_ENTRY = re.compile(rb'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_RELATIONSHIP = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_RELATIONSHIP_REVERSED = re.compile(rb'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')
# A cell holding a formula and no cached value: <c r="B7"><f>...</f></c> or <c r="B7"><f .../><v></v></c>
_FORMULA_WITHOUT_VALUE = re.compile(
    rb'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*>\s*<f\b[^>]*?(?:/>|>[^<]*</f>)\s*(?:<v>\s*</v>|<v\s*/>)?\s*</c>'
)


class UploadProblem(Exception):
    """The file cannot be used at all; the message says why and what to do."""


@dataclass
class RawTable:
    """Raw cell values of the return's sheet: one column per matched field, index = spreadsheet row number."""

    sheet: str
    frame: pd.DataFrame
    headers: dict  # field -> header text as written in the file
    ignored_headers: list = field(default_factory=list)
    missing_optional: list = field(default_factory=list)


def megabytes(size):
    return f"{size / (1024 * 1024):.1f} MB"


def detect_format(data, filename):
    """'xlsx' or 'csv' from the file's content (not its name), or UploadProblem."""
    if not data:
        raise UploadProblem("The file is empty (0 bytes). Export the return again and upload the saved file.")
    if len(data) > settings.UPLOAD_MAX_BYTES:
        raise UploadProblem(
            f"The file is {megabytes(len(data))}, over the {megabytes(settings.UPLOAD_MAX_BYTES)} limit. "
            "Remove unused sheets or columns, or split the extract."
        )
    if data[:2] == b"MZ":
        raise UploadProblem(f"This file is a Windows program, not a spreadsheet. {UPLOAD_THIS}")
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise UploadProblem(
            "This is an old-style Excel file (.xls) or a password-protected workbook. "
            "Open it in Excel and save it as an Excel Workbook (.xlsx) without a password."
        )
    if data[:5] == b"%PDF-":
        raise UploadProblem(f"This file is a PDF, not a spreadsheet. {UPLOAD_THIS}")
    if filename.lower().endswith(".csv"):
        return "csv"
    raise UploadProblem(
        f"{filename!r} is not a spreadsheet this service can read. "
        "Upload an Excel workbook (.xlsx) or a CSV file (.csv)."
    )


def check_zip(data):
    """Refuse a zip bomb from the zip directory alone, before anything is decompressed."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise UploadProblem(
            "The file looks like an Excel workbook but is damaged. Save it again from Excel and re-upload."
        )
    with archive:
        entries = archive.infolist()
        names = {entry.filename for entry in entries}
        if "xl/workbook.xml" not in names:
            raise UploadProblem(f"This is a zip archive, not an Excel workbook. {UPLOAD_THIS}")
        total = sum(entry.file_size for entry in entries)
        if total > settings.UPLOAD_MAX_UNCOMPRESSED_BYTES:
            raise UploadProblem(
                f"The workbook would expand to {megabytes(total)}, over the "
                f"{megabytes(settings.UPLOAD_MAX_UNCOMPRESSED_BYTES)} limit. It may be a zip bomb; it was not opened."
            )
        for entry in entries:
            ratio = entry.file_size / max(entry.compress_size, 1)
            if entry.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
                raise UploadProblem(
                    f"Part {entry.filename!r} of the workbook is compressed more than {MAX_COMPRESSION_RATIO} times, "
                    "which real spreadsheets never are. It may be a zip bomb; it was not opened."
                )


def sheet_xml_paths(archive):
    """Sheet name -> path of its XML part inside the xlsx archive."""
    workbook = archive.read("xl/workbook.xml")
    rels = archive.read("xl/_rels/workbook.xml.rels")
    targets = dict(_RELATIONSHIP.findall(rels))
    targets.update({rel_id: target for target, rel_id in _RELATIONSHIP_REVERSED.findall(rels)})
    paths = {}
    for name, rel_id in _SHEET_ENTRY.findall(workbook):
        target = targets.get(rel_id, b"").decode()
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        paths[_xml_unescape(name.decode())] = path
    return paths


def _xml_unescape(text):
    return html.unescape(text)


def formulas_without_values(data, sheet_name):
    """Cells of the sheet that hold a formula but no saved result, as (column letters, row number)."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        path = sheet_xml_paths(archive).get(sheet_name)
        if not path:
            return []
        xml = archive.read(path)
    if b"<f" not in xml:
        return []
    return [(column.decode(), int(row)) for column, row in _FORMULA_WITHOUT_VALUE.findall(xml)]


def choose_sheet(sheet_names, spec):
    if len(sheet_names) == 1:
        return sheet_names[0]
    by_name = {normalise(name): name for name in sheet_names}
    if normalise(spec.sheet_name) in by_name:
        return by_name[normalise(spec.sheet_name)]
    raise UploadProblem(
        f"The workbook has no sheet called {spec.sheet_name!r} (its sheets are: "
        f"{', '.join(repr(name) for name in sheet_names)}). Rename the sheet holding the "
        f"{spec.title.lower()} data to {spec.sheet_name!r}, or delete the other sheets."
    )


def read_xlsx(data, spec):
    """Cell values of the return's sheet, read by python-calamine straight into a DataFrame.

    Calamine returns each cell's saved value (dates as dates, formulas as their cached results);
    pandas' read_excel would then convert every cell again one by one, which costs more than
    calamine's own parse, so the rows go to the DataFrame constructor directly.
    """
    check_zip(data)
    try:
        workbook = CalamineWorkbook.from_filelike(BytesIO(data))
        sheet = choose_sheet(workbook.sheet_names, spec)
        rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except UploadProblem:
        raise
    except Exception as error:  # calamine's errors for damaged or encrypted workbooks
        raise UploadProblem(
            f"The workbook could not be opened ({error}). Save it again from Excel as .xlsx and re-upload."
        )
    frame = pd.DataFrame(rows, dtype=object)
    frame = frame.mask(frame == "")  # calamine gives "" for empty cells
    missing_results = formulas_without_values(data, sheet)
    if missing_results:
        cells = ", ".join(f"{column}{row}" for column, row in missing_results[:10])
        more = f" and {len(missing_results) - 10} more" if len(missing_results) > 10 else ""
        raise UploadProblem(
            f"Sheet {sheet!r} has formulas with no saved result (cells {cells}{more}). Formulas are never run here: "
            "open the file in Excel, let it calculate, save, and upload again (or paste the values only)."
        )
    return sheet, frame


def read_csv(data):
    if b"\x00" in data[:4096]:
        raise UploadProblem(
            "This file is not a text CSV file. Upload an Excel workbook (.xlsx) or a CSV file saved as 'CSV UTF-8'."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UploadProblem(
            f"The CSV file is not UTF-8 encoded (byte {data[error.start]:#04x} at position {error.start} is not valid "
            "UTF-8; it was probably saved as Windows 'CSV' or ANSI). In Excel choose Save As > 'CSV UTF-8 (Comma "
            "delimited)' and upload again."
        )
    try:
        frame = pd.read_csv(
            StringIO(text), header=None, dtype=str, keep_default_na=False, na_values=[""], skip_blank_lines=False
        )
    except pd.errors.EmptyDataError:
        raise UploadProblem("The CSV file has no content. Export the return again and upload the saved file.")
    except pd.errors.ParserError as error:
        raise UploadProblem(f"The CSV file could not be read ({error}).")
    return CSV_SHEET, frame


def match_headers(sheet, frame, spec):
    """Name the columns by field, keep only the return's columns and index rows by spreadsheet row number."""
    frame = frame.dropna(how="all")
    if frame.empty:
        raise UploadProblem(f"Sheet {sheet!r} is empty: it needs a header row and one row per record.")
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
            raise UploadProblem(
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
        raise UploadProblem(
            f"Sheet {sheet!r} is missing required column(s): {described}. The header row must be the first row; "
            "download the template to see every column."
        )
    body = frame.loc[frame.index > header_position, list(matched.values())]
    body.columns = list(matched)
    body = body.dropna(how="all")
    if body.empty:
        raise UploadProblem(f"Sheet {sheet!r} has a header row but no data rows.")
    body.index = body.index + 1  # spreadsheet row numbers: the first row is row 1
    missing_optional = [column.field for column in spec.columns if column.field not in matched]
    for field_name in missing_optional:
        body[field_name] = None
    return RawTable(sheet, body, written, ignored, missing_optional)


def read_table(data, filename, spec):
    if detect_format(data, filename) == "xlsx":
        sheet, frame = read_xlsx(data, spec)
    else:
        sheet, frame = read_csv(data)
    return match_headers(sheet, frame, spec)
