"""The one xlsx writer: every export, report and template builds its workbook through these functions.

Every value goes through `safe_cell`: text a spreadsheet would run as a formula (a leading = + - @ tab or
carriage return) gets a leading apostrophe; characters an xlsx file cannot hold are removed (C0 control
characters other than tab, newline and carriage return) or replaced by U+FFFD (lone surrogates, U+FFFE,
U+FFFF); text longer than a cell holds (32,767 characters) is cut and ends with a marker saying so. Sheet
titles follow Excel's naming rules, and the values behind a dropdown list are written as cells like any other.
"""
import math
import re
from datetime import datetime
from io import BytesIO

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARACTERS = 32_767
CUT_MARKER = " [cut: longer than a spreadsheet cell holds]"
MAX_SHEET_TITLE = 31
_REMOVED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 has no place for these
_REPLACED = re.compile(r"[\ud800-\udfff\ufffe\uffff]")  # not encodable (lone surrogates) or not characters
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
ERROR_REPORT_COLUMNS = ["sheet", "row", "column", "value", "message", "severity"]


def clean_text(text):
    """Text as a cell can hold it: no characters XML refuses, never read as a formula, line breaks as newlines,
    at most 32,767 long."""
    text = _REPLACED.sub("\ufffd", _REMOVED.sub("", text))
    if text.startswith(FORMULA_PREFIXES):
        text = "'" + text
    # A cell's line break is a newline; a lone carriage return would survive or not depending on the XML library.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CELL_CHARACTERS:
        text = text[:MAX_CELL_CHARACTERS - len(CUT_MARKER)] + CUT_MARKER
    return text


def safe_cell(value):
    """A value ready for a cell: text cleaned; a number that is not finite left empty; a date-time with a time
    zone given as local time (xlsx has no time zones). Other values pass unchanged."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, datetime) and value.tzinfo is not None:
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def sheet_title(text):
    """A sheet title Excel accepts: none of []:*?/\\ or control characters, not starting like a formula,
    not starting or ending with an apostrophe, at most 31 characters, never empty."""
    title = _SHEET_TITLE_FORBIDDEN.sub(" ", _REPLACED.sub("\ufffd", str(text)))
    title = title.lstrip("".join(FORMULA_PREFIXES) + "' ")[:MAX_SHEET_TITLE].strip().rstrip("'")
    return title or "Sheet"


def new_workbook(first_sheet):
    """A workbook whose first sheet is titled `first_sheet`; returns (workbook, that sheet)."""
    workbook = Workbook()
    workbook.active.title = sheet_title(first_sheet)
    return workbook, workbook.active


def add_sheet(workbook, title):
    return workbook.create_sheet(sheet_title(title))


def append_row(sheet, values, *, bold=False, size=None):
    sheet.append([safe_cell(value) for value in values])
    if bold or size:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=bold, size=size)


def add_header(sheet, headings):
    """A bold heading row, kept in view when scrolling."""
    append_row(sheet, headings, bold=True)
    sheet.freeze_panes = f"A{sheet.max_row + 1}"  # a coordinate, not sheet.cell(): that would create a row


def set_widths(sheet, widths):
    """Column widths from column A on; None leaves a column as it is."""
    for index, width in enumerate(widths, start=1):
        if width is not None:
            sheet.column_dimensions[get_column_letter(index)].width = width


def write_cell(sheet, row, column, value, *, bold=False):
    cell = sheet.cell(row=row, column=column, value=safe_cell(value))
    if bold:
        cell.font = Font(bold=True)
    return cell


def list_validation(lists_sheet, column, heading, choices, *, allow_blank=True):
    """A dropdown of `choices`: written (safely, like any cell) under `heading` in column `column` of
    `lists_sheet`, and a list validation referring to them, to be added to the cells that offer it."""
    write_cell(lists_sheet, 1, column, heading, bold=True)
    for row, choice in enumerate(choices, start=2):
        write_cell(lists_sheet, row, column, choice)
    letter = get_column_letter(column)
    source = f"{quote_sheetname(lists_sheet.title)}!${letter}$2:${letter}${len(choices) + 1}"
    return DataValidation(type="list", formula1=source, allow_blank=allow_blank)


def number_validation(whole, minimum, maximum):
    """Only numbers (whole numbers if `whole`) between minimum and maximum may be typed."""
    return DataValidation(type="whole" if whole else "decimal", operator="between", formula1=str(minimum),
                          formula2=str(maximum), allow_blank=True)


def workbook_bytes(workbook):
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def workbook_response(workbook, filename):
    response = HttpResponse(workbook_bytes(workbook), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def error_report_workbook(rows):
    """The validation report every upload path offers: one row per message.

    `rows` are dicts with the keys sheet, row, column, value, message, severity ("error" or "warning").
    Uses openpyxl's write-only mode so that tens of thousands of messages stay fast.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Validation report")
    sheet.append(["Sheet", "Row", "Column", "Value", "Message", "Error or warning"])
    for row in rows:
        sheet.append([safe_cell(row.get(key, "")) for key in ERROR_REPORT_COLUMNS])
    return workbook
