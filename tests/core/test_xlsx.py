"""The one xlsx writer: every awkward character written and read back with openpyxl."""
from datetime import datetime, timezone
from io import BytesIO

import pytest
from openpyxl import load_workbook

from core.xlsx import (
    CUT_MARKER, add_header, add_sheet, append_row, error_report_workbook, list_validation, new_workbook, safe_cell,
    sheet_title, workbook_bytes, workbook_response,
)

CONTROLS = "".join(chr(code) for code in range(32))


def read_back(workbook):
    return load_workbook(BytesIO(workbook_bytes(workbook)))


def written(*values):
    """The values as openpyxl reads them back after one row of a saved workbook."""
    workbook, sheet = new_workbook("Data")
    append_row(sheet, values)
    return [cell.value for cell in read_back(workbook)["Data"][1]]


def test_safe_cell_neutralises_formula_text():
    assert safe_cell('=HYPERLINK("http://x")') == "'=HYPERLINK(\"http://x\")"
    assert safe_cell("+44 1632") == "'+44 1632"
    assert safe_cell("-5") == "'-5"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("\t=1+1") == "'\t=1+1"
    assert safe_cell("\r=1+1") == "'\n=1+1"
    assert safe_cell("North Team") == "North Team"
    assert safe_cell(-5) == -5
    assert safe_cell(None) is None


def test_formula_prefixes_stay_text_when_read_back():
    workbook, sheet = new_workbook("Data")
    append_row(sheet, ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "a=b"])
    cells = list(read_back(workbook)["Data"][1])
    # a carriage return is written as a newline; the apostrophe keeps it text
    assert [cell.value for cell in cells] == ["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "'\n=1", "a=b"]
    assert {cell.data_type for cell in cells} == {"s"}  # text, never a formula


def test_control_characters_are_removed_except_tab_and_line_breaks():
    assert safe_cell(f"a{CONTROLS}b") == "a\t\n\nb"
    assert written(f"a{CONTROLS}b") == ["a\t\n\nb"]  # the carriage return written as a newline
    assert written("Note\x0bwith a vertical tab\x0c and form feed\x01") == ["Notewith a vertical tab and form feed"]


def test_lone_surrogates_and_non_characters_are_replaced():
    assert written("half \ud83d a pair", "low \udc00", "\ufffe and \uffff") == [
        "half \ufffd a pair", "low \ufffd", "\ufffd and \ufffd"]
    assert written("whole pair 😀 stays") == ["whole pair 😀 stays"]


def test_text_longer_than_a_cell_holds_is_cut_with_a_marker():
    [long] = written("x" * 32_768)
    assert len(long) == 32_767
    assert long == "x" * (32_767 - len(CUT_MARKER)) + CUT_MARKER
    assert written("y" * 32_767) == ["y" * 32_767]  # exactly the limit is kept whole


def test_numbers_dates_and_empty_values():
    aware = datetime(2026, 1, 15, 9, 30, tzinfo=timezone.utc)
    assert written(3, 2.5, float("nan"), float("inf"), None, aware) == [
        3, 2.5, None, None, None, datetime(2026, 1, 15, 9, 30)]  # UTC is London time in January


@pytest.mark.parametrize("title, expected", [
    ("1. Working with people", "1. Working with people"),
    ("=HYPERLINK(\"http://x\")", "HYPERLINK(\"http   x\")"),
    ("a[b]c:d*e?f/g\\h", "a b c d e f g h"),
    ("'quoted'", "quoted"),
    ("tab\there\x01", "tab here"),
    ("A very long theme heading that goes on and on", "A very long theme heading that"),
    ("", "Sheet"),
    ("[]:", "Sheet"),
])
def test_sheet_titles_follow_excels_rules(title, expected):
    assert sheet_title(title) == expected
    workbook, _ = new_workbook("About")
    add_sheet(workbook, title)
    assert read_back(workbook).sheetnames == ["About", expected]


def test_dropdown_values_are_written_as_text_not_formulas():
    workbook, data = new_workbook("Data")
    lists = add_sheet(workbook, "Allowed values")
    validation = list_validation(lists, 2, "=Team", ["North", '=HYPERLINK("http://x","Click")', "@SUM(A1)"])
    data.add_data_validation(validation)
    validation.add("A2:A10")
    back = read_back(workbook)
    assert [cell.value for cell in back["Allowed values"]["B"]] == [
        "'=Team", "North", "'=HYPERLINK(\"http://x\",\"Click\")", "'@SUM(A1)"]
    assert [v.formula1 for v in back["Data"].data_validations.dataValidation] == ["'Allowed values'!$B$2:$B$4"]


def test_header_row_is_bold_and_stays_in_view():
    workbook, sheet = new_workbook("Data")
    add_header(sheet, ["One", "=Two"])
    back = read_back(workbook)["Data"]
    assert [(cell.value, cell.font.b) for cell in back[1]] == [("One", True), ("'=Two", True)]
    assert back.freeze_panes == "A2"


def test_error_report_has_one_row_per_message_and_no_live_formulas():
    workbook = error_report_workbook(
        [
            {"sheet": "Waiting", "row": 3, "column": "Team", "value": "=1+1", "message": "Unknown team", "severity": "error"},
            {"sheet": "Waiting", "row": 9, "column": "Age", "value": 130, "message": "Age over 120", "severity": "warning"},
            {"sheet": "Waiting", "row": 10, "column": "Person ID", "value": "P\x0b1", "message": "Odd", "severity": "error"},
        ]
    )
    response = workbook_response(workbook, "report.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="report.xlsx"'
    sheet = load_workbook(BytesIO(response.content)).active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["Sheet", "Row", "Column", "Value", "Message", "Error or warning"],
        ["Waiting", 3, "Team", "'=1+1", "Unknown team", "error"],
        ["Waiting", 9, "Age", 130, "Age over 120", "warning"],
        ["Waiting", 10, "Person ID", "P1", "Odd", "error"],
    ]
