"""An indicator's figures as a download (xlsx through core.xlsx, or CSV): the time series, then the latest
period's breakdowns with small numbers suppressed as the page shows them."""
import csv

from django.http import HttpResponse

from core.xlsx import add_header, add_sheet, append_row, new_workbook, safe_cell

from .suppression import EXPLANATION, MARKER

DOWNLOAD_COLUMNS = ["Period", "Breakdown", "Category", "Value", "Numerator", "Denominator", "England",
                    "Similar councils (average)", "Lower quartile of councils", "Upper quartile of councils"]


def rounded(value):
    return None if value is None else round(value, 4)


def download_rows(indicator, points, period, summary, tables):
    """One table: the time series (breakdown 'Total'), then the latest period's breakdowns."""
    rows = [[p.period.label, "Total", "", p.value, p.numerator, p.denominator, rounded(p.england),
             rounded(p.comparators), rounded(p.lower_quartile), rounded(p.upper_quartile)] for p in points]
    for table in tables:
        for row in table["rows"]:
            hidden = row["suppressed"]
            rows.append([period.label, table["label"], row["label"],
                         MARKER if hidden else row["value"], MARKER if hidden else row["numerator"],
                         MARKER if hidden else row["denominator"], None, None, None, None])
        if summary is not None and indicator.unit != "ratio":  # a ratio's headline is not a total of its rows
            total = [MARKER] * 3 if table["hide_total"] else [summary.value, summary.numerator, summary.denominator]
            rows.append([period.label, table["label"], "All", *total, None, None, None, None])
    return rows


def download_workbook(indicator, area, rows):
    workbook, sheet = new_workbook("Data")
    add_header(sheet, DOWNLOAD_COLUMNS)
    for row in rows:
        append_row(sheet, row)
    notes = add_sheet(workbook, "About")
    for line in [indicator.title, indicator.description, f"Area: {area.name}",
                 f"Source: {indicator.get_source_display()}", f"Methodology: {indicator.methodology}",
                 f"Limitations: {indicator.limitations}", EXPLANATION]:
        append_row(notes, [line])
    return workbook


def csv_response(rows, filename):
    """The rows as CSV, each cell neutralised as the xlsx writer does (a CSV opened in Excel runs formulas too)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(DOWNLOAD_COLUMNS)
    for row in rows:
        writer.writerow(["" if cell is None else safe_cell(cell) for cell in row])
    return response
