"""An indicator's figures as a download (xlsx through core.xlsx, or CSV): the time series, then the latest
period's breakdowns with small numbers suppressed as the page shows them."""
import csv

from django.http import HttpResponse

from core.xlsx import add_header, add_sheet, append_row, new_workbook, safe_cell

from .suppression import EXPLANATION, MARKER

DOWNLOAD_COLUMNS = ["Period", "Breakdown", "Category", "Value", "Numerator", "Denominator", "Margin of error (±)",
                    "England", "Similar councils (average)", "Median of councils", "Lower quartile of councils",
                    "Upper quartile of councils", "Rank among councils (1 = best)", "Councils ranked",
                    "Quartile (1 = best)"]
BENCHMARK_COLUMNS = len(DOWNLOAD_COLUMNS) - 7  # after Margin of error: England ... Quartile


BENCHMARKS_EXPLAINED = (
    "England is the figure as published. Median of councils: the middle figure of all councils with one (the mean "
    "of the middle two for an even number). Quartiles: inclusive method. Rank 1 is the best; councils with the same "
    "figure share a rank. Margin of error: the published 95% margin of a survey estimate.")


def rounded(value):
    return None if value is None else round(value, 4)


def point_row(point):
    position = point.position
    ranks = [position.rank, position.count, position.quartile] if position else [None, None, None]
    return [point.period.label, "Total", "", point.value, point.numerator, point.denominator, rounded(point.margin),
            rounded(point.england), rounded(point.comparators), rounded(point.median), rounded(point.lower_quartile),
            rounded(point.upper_quartile), *ranks]


def download_rows(indicator, points, period, summary, tables):
    """One table: the time series (breakdown 'Total') with its benchmarks, then the latest period's breakdowns."""
    rows = [point_row(p) for p in points]
    for table in tables:
        for row in table["rows"]:
            hidden = row["suppressed"]
            rows.append([period.label, table["label"], row["label"],
                         MARKER if hidden else row["value"], MARKER if hidden else row["numerator"],
                         MARKER if hidden else row["denominator"], None, *[None] * BENCHMARK_COLUMNS])
        if summary is not None and indicator.unit != "ratio":  # a ratio's headline is not a total of its rows
            total = [MARKER] * 3 if table["hide_total"] else [summary.value, summary.numerator, summary.denominator]
            rows.append([period.label, table["label"], "All", *total, None, *[None] * BENCHMARK_COLUMNS])
    return rows


def download_workbook(indicator, area, rows):
    workbook, sheet = new_workbook("Data")
    add_header(sheet, DOWNLOAD_COLUMNS)
    for row in rows:
        append_row(sheet, row)
    notes = add_sheet(workbook, "About")
    for line in [indicator.title, indicator.description, f"Area: {area.name}",
                 f"Source: {indicator.get_source_display()}", f"Methodology: {indicator.methodology}",
                 f"Limitations: {indicator.limitations}", BENCHMARKS_EXPLAINED, EXPLANATION,
                 *[f"Reference: {s['title']}{' ' + s['url'] if s.get('url') else ''}" for s in indicator.sources],
                 f"Reviewed by {indicator.reviewed_by or 'no one recorded'} on {indicator.date_reviewed or 'no date'}; "
                 f"next review {indicator.next_review or 'not set'}."]:
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
