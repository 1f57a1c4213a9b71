from io import BytesIO

from openpyxl import load_workbook

from core.xlsx import error_report_workbook, safe_cell, workbook_response


def test_safe_cell_neutralises_formula_text():
    assert safe_cell('=HYPERLINK("http://x")') == "'=HYPERLINK(\"http://x\")"
    assert safe_cell("+44 1632") == "'+44 1632"
    assert safe_cell("-5") == "'-5"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("North Team") == "North Team"
    assert safe_cell(-5) == -5
    assert safe_cell(None) is None


def test_error_report_has_one_row_per_message_and_no_live_formulas():
    workbook = error_report_workbook(
        [
            {"sheet": "Waiting", "row": 3, "column": "Team", "value": "=1+1", "message": "Unknown team", "severity": "error"},
            {"sheet": "Waiting", "row": 9, "column": "Age", "value": 130, "message": "Age over 120", "severity": "warning"},
        ]
    )
    response = workbook_response(workbook, "report.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="report.xlsx"'
    sheet = load_workbook(BytesIO(response.content)).active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["Sheet", "Row", "Column", "Value", "Message", "Error or warning"],
        ["Waiting", 3, "Team", "'=1+1", "Unknown team", "error"],
        ["Waiting", 9, "Age", 130, "Age over 120", "warning"],
    ]
