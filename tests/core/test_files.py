"""Safe file opening: one set of limits and one set of refusals for every importer (core.files)."""
from io import BytesIO

import pytest
from openpyxl import Workbook

from core.files import CSV, XLSX, FileRefused, Limits, open_spreadsheet, read_source
from tests.workbooks import zip_with

LIMITS = Limits(max_bytes=1024 * 1024, max_uncompressed_bytes=4 * 1024 * 1024)


def xlsx(rows, title="Scores"):
    workbook = Workbook()
    workbook.active.title = title
    for row in rows:
        workbook.active.append(row)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def refusal(data, name, **options):
    with pytest.raises(FileRefused) as refused:
        open_spreadsheet(data, name, limits=options.pop("limits", LIMITS), **options)
    return str(refused.value)


@pytest.mark.parametrize("data, name, message", [
    (b"", "x.csv", "The file is empty (0 bytes). Export it again and upload the saved file."),
    (b"MZ\x90\x00", "x.xlsx", "This file is a Windows program, not a spreadsheet. Upload an Excel workbook (.xlsx) "
                              "or a CSV file."),
    (b"\xd0\xcf\x11\xe0\xa1\xb1", "x.xls", "This is an old-style Excel file (.xls) or a password-protected workbook. "
                                         "Open it in Excel and save it as an Excel Workbook (.xlsx) without a password."),
    (b"%PDF-1.7", "x.csv", "This file is a PDF, not a spreadsheet. Upload an Excel workbook (.xlsx) or a CSV file."),
    (b"notes", "x.txt", "'x.txt' is not a spreadsheet this service can read. Upload an Excel workbook (.xlsx) or a "
                        "CSV file (.csv)."),
    (b"PK\x03\x04 not really", "x.xlsx", "The file looks like an Excel workbook but is damaged. Save it again from "
                                         "Excel and re-upload."),
    (zip_with({"readme.txt": "hello"}), "x.xlsx", "This is a zip archive, not an Excel workbook. Upload an Excel "
                                                  "workbook (.xlsx) or a CSV file."),
    (b"a,b\n\x00\x01", "x.csv", "This file is not a text CSV file. Upload an Excel workbook (.xlsx) or a CSV file "
                                "saved as 'CSV UTF-8'."),
])
def test_what_is_not_a_readable_spreadsheet_is_refused_with_a_reason(data, name, message):
    assert refusal(data, name) == message


def test_size_limits_from_the_file_and_from_the_zip_directory():
    assert refusal(b"a" * 1025, "x.csv", limits=Limits(1024, 4096)) == (
        "The file is 0.0 MB, over the 0.0 MB limit. Remove unused sheets or columns, or split the extract.")
    expanding = zip_with({"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<a/>" * 600_000})
    assert refusal(expanding, "x.xlsx", limits=Limits(1024 * 1024, 2 * 1024 * 1024)) == (
        "The workbook would expand to 2.3 MB, over the 2.0 MB limit. It may be a zip bomb; it was not opened.")
    bomb = zip_with({"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": b"\x00" * (3 * 1024 * 1024)})
    assert refusal(bomb, "x.xlsx") == (
        "Part 'xl/worksheets/sheet1.xml' of the workbook is compressed more than 200 times, which real spreadsheets "
        "never are. It may be a zip bomb; it was not opened.")


def test_an_uploaded_file_over_the_limit_is_refused_before_it_is_read():
    class Oversized(BytesIO):
        size = 2 * 1024 * 1024

        def read(self, *args):
            raise AssertionError("read before the size was checked")

    with pytest.raises(FileRefused, match="The file is 2.0 MB, over the 1.0 MB limit"):
        read_source(Oversized(), "big.xlsx", LIMITS)


def test_a_path_is_read_with_its_name(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_bytes("Statement,Score\nSafeguarding,3\n".encode())
    assert read_source(path, limits=LIMITS) == (b"Statement,Score\nSafeguarding,3\n", "scores.csv")


def test_csv_text_in_utf8_or_in_the_encodings_an_importer_allows():
    windows = "Area,Value\nCôte,1\n".encode("cp1252")
    spreadsheet = open_spreadsheet(windows, "national.csv", limits=LIMITS, csv_encodings=("utf-8-sig", "cp1252"))
    assert (spreadsheet.kind, spreadsheet.text) == (CSV, "Area,Value\nCôte,1\n")
    with pytest.raises(FileRefused) as refused:
        open_spreadsheet(windows, "national.csv", limits=LIMITS).text
    assert str(refused.value) == (
        "The CSV file is not UTF-8 encoded (byte 0xf4 at position 12 is not valid UTF-8; it was probably saved as "
        "Windows 'CSV' or ANSI). In Excel choose Save As > 'CSV UTF-8 (Comma delimited)' and upload again.")
    assert open_spreadsheet("\ufeffA,B\n".encode(), "x.csv", limits=LIMITS).text == "A,B\n"


def test_an_importer_that_needs_a_workbook_refuses_csv():
    assert refusal(b"a,b\n", "plan.csv", kinds=(XLSX,)) == "'plan.csv' is a CSV file. Upload an Excel workbook (.xlsx)."
    assert refusal(b"notes", "plan.xlsx", kinds=(XLSX,)) == (
        "'plan.xlsx' is not a spreadsheet this service can read. Upload an Excel workbook (.xlsx).")


def test_workbook_rows_sheets_and_formulas_without_saved_results():
    spreadsheet = open_spreadsheet(xlsx([["Statement", "Score"], ["Safeguarding", 3], ["Wellbeing", "=1+2"]]),
                                   "scores.xlsx", limits=LIMITS)
    assert (spreadsheet.kind, spreadsheet.sheet_names) == (XLSX, ["Scores"])
    assert spreadsheet.rows() == [["Statement", "Score"], ["Safeguarding", 3.0], ["Wellbeing", ""]]
    assert spreadsheet.rows("Scores", whole_numbers_as_int=True)[1] == ["Safeguarding", 3]
    assert spreadsheet.formulas_without_values() == [("B", 3)]
    with pytest.raises(FileRefused) as refused:
        spreadsheet.refuse_formulas_without_values("Scores")
    assert str(refused.value) == (
        "Sheet 'Scores' has formulas with no saved result (cells B3). Formulas are never run here: open the file in "
        "Excel, let it calculate, save, and upload again (or paste the values only).")
    assert spreadsheet.openpyxl_workbook()["Scores"]["A2"].value == "Safeguarding"


def test_the_row_cap_hook():
    data = xlsx([["Person"], ["P1"], ["P2"], ["P3"]])
    capped = Limits(LIMITS.max_bytes, LIMITS.max_uncompressed_bytes, max_rows=3)
    with pytest.raises(FileRefused, match="^Sheet 'Scores' has 4 rows, over the 3 limit. Split the extract.$"):
        open_spreadsheet(data, "x.xlsx", limits=capped).rows()
    assert len(open_spreadsheet(data, "x.xlsx", limits=LIMITS).rows()) == 4  # no cap until one is set
