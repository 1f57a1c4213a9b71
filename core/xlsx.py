"""Writing xlsx safely: formula neutralisation, responses and the shared validation error report."""
from io import BytesIO

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ERROR_REPORT_COLUMNS = ["sheet", "row", "column", "value", "message", "severity"]


def safe_cell(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; other values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def append_row(sheet, values):
    sheet.append([safe_cell(value) for value in values])


def add_header(sheet, headings):
    append_row(sheet, headings)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = f"A{sheet.max_row + 1}"  # a coordinate, not sheet.cell(): that would create a row


def workbook_response(workbook, filename):
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
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
