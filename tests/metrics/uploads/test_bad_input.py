"""Bad input changes nothing and says why: each case through the upload page, as an officer."""
import re
import time
import zipfile
from datetime import date
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from ascdash.roles import OFFICER
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Upload, UploadMessage

from tests.workbooks import zip_with

from .conftest import WAITING_HEADERS, stored_files, waiting_row, xlsx_bytes

pytestmark = pytest.mark.django_db


def post(client, data, name, return_type="waiting", period="2025-08"):
    return client.post("/uploads/", {"return_type": return_type, "period": period,
                                     "file": SimpleUploadedFile(name, data)})


def assert_refused(response, media_root, expected_message):
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == [expected_message]
    assert expected_message.split(".")[0] in re.sub(r"&#x27;|&quot;", "'", response.content.decode())
    assert Upload.objects.count() == 0
    assert UploadMessage.objects.count() == 0
    assert WaitingRecord.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.fixture
def officer(client_for, home_area):
    return client_for(OFFICER)


def test_text_file_is_not_a_spreadsheet(officer, media_root):
    response = post(officer, b"just some notes", "notes.xlsx")
    assert_refused(response, media_root, "'notes.xlsx' is not a spreadsheet this service can read. Upload an Excel "
                                         "workbook (.xlsx) or a CSV file (.csv).")


def test_renamed_exe(officer, media_root):
    response = post(officer, b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200), "return.xlsx")
    assert_refused(response, media_root, "This file is a Windows program, not a spreadsheet. Upload an Excel workbook "
                                         "(.xlsx) or a CSV file.")


def test_csv_in_windows_encoding(officer, media_root):
    data = ("Person ID,Team,Waiting for,Date requested\nP1,North Locality,Révision,2025-06-01\n").encode("cp1252")
    response = post(officer, data, "return.csv")
    position = data.index(b"\xe9")
    assert_refused(response, media_root, (
        f"The CSV file is not UTF-8 encoded (byte 0xe9 at position {position} is not valid UTF-8; it was probably saved "
        "as Windows 'CSV' or ANSI). In Excel choose Save As > 'CSV UTF-8 (Comma delimited)' and upload again."
    ))


def test_csv_utf8_with_bom_is_read(officer):
    data = "\ufeffPerson ID,Team,Waiting for,Date requested,Gender\nP1,North Locality,Review,01/06/2025,Female\n"
    response = post(officer, data.encode("utf-8"), "return.csv")
    upload = Upload.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/uploads/{upload.pk}/"
    assert (upload.status, upload.rows_total, upload.error_count) == (Upload.VALIDATED, 1, 0)
    assert WaitingRecord.objects.get().date_requested == date(2025, 6, 1)


def test_empty_file(officer, media_root):
    response = post(officer, b"", "return.xlsx")
    assert_refused(response, media_root, "The submitted file is empty.")


def test_workbook_with_no_data_rows(officer, media_root):
    response = post(officer, xlsx_bytes([WAITING_HEADERS]), "return.xlsx")
    assert_refused(response, media_root, "Sheet 'Waiting list' has a header row but no data rows.")


def test_missing_sheet(officer, media_root):
    data = xlsx_bytes([WAITING_HEADERS, waiting_row()], sheet_name="Sheet1", extra_sheets=["Notes"])
    response = post(officer, data, "return.xlsx")
    assert_refused(response, media_root, (
        "The workbook has no sheet called 'Waiting list' (its sheets are: 'Sheet1', 'Notes'). Rename the sheet holding "
        "the waiting list snapshot data to 'Waiting list', or delete the other sheets."
    ))


def test_single_sheet_with_any_name_is_used(officer):
    post(officer, xlsx_bytes([WAITING_HEADERS, waiting_row()], sheet_name="Export 2025-08"), "return.xlsx")
    assert Upload.objects.get().status == Upload.VALIDATED


def test_missing_columns(officer, media_root):
    data = xlsx_bytes([["Person ID", "Waiting for", "Date requested"], ["P1", "Review", date(2025, 1, 1)]])
    response = post(officer, data, "return.xlsx")
    assert_refused(response, media_root, (
        "Sheet 'Waiting list' is missing required column(s): 'Team' (also accepted: 'team', 'Team name', "
        "'Allocated team', 'Responsible team', 'Worker team'). The header row must be the first row; download the "
        "template to see every column."
    ))


def test_over_the_size_limit(officer, media_root, settings):
    settings.UPLOAD_MAX_BYTES = 2048
    data = xlsx_bytes([WAITING_HEADERS] + [waiting_row(person=f"P{n}") for n in range(200)])
    response = post(officer, data, "return.xlsx")
    assert_refused(response, media_root, (
        f"The file is {len(data) / 1048576:.1f} MB, over the 0.0 MB limit. Remove unused sheets or columns, or split "
        "the extract."
    ))


def test_zip_bomb_by_total_uncompressed_size(officer, media_root, settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 1024 * 1024
    data = zip_with({"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<a/>" * 300_000})
    response = post(officer, data, "return.xlsx")
    assert_refused(response, media_root, (
        "The workbook would expand to 1.1 MB, over the 1.0 MB limit. It may be a zip bomb; it was not opened."
    ))


def test_zip_bomb_by_compression_ratio(officer, media_root):
    data = zip_with({"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": b"\x00" * (20 * 1024 * 1024)})
    response = post(officer, data, "return.xlsx")
    assert_refused(response, media_root, (
        "Part 'xl/worksheets/sheet1.xml' of the workbook is compressed more than 200 times, which real spreadsheets "
        "never are. It may be a zip bomb; it was not opened."
    ))


def test_zip_that_is_not_a_workbook(officer, media_root):
    response = post(officer, zip_with({"readme.txt": "hello"}), "return.xlsx")
    assert_refused(response, media_root, "This is a zip archive, not an Excel workbook. Upload an Excel workbook (.xlsx) "
                                         "or a CSV file.")


def test_formula_without_saved_result(officer, media_root):
    data = xlsx_bytes([WAITING_HEADERS, waiting_row(age="=40+42"), waiting_row(person="P2", age="=SUM(A1:A2)")])
    response = post(officer, data, "return.xlsx")
    assert_refused(response, media_root, (
        "Sheet 'Waiting list' has formulas with no saved result (cells F2, F3). Formulas are never run here: open the "
        "file in Excel, let it calculate, save, and upload again (or paste the values only)."
    ))


def test_formula_with_saved_result_uses_the_value_without_running_it(officer):
    data = xlsx_bytes([WAITING_HEADERS, waiting_row(age="=40+42")])
    source = BytesIO(data)
    target = BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            content = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb"<f>40\+42</f>(<v\s*/>|<v></v>)", b"<f>40+42</f><v>7</v>", content)
            copy.writestr(item, content)
    post(officer, target.getvalue(), "return.xlsx")
    assert WaitingRecord.objects.get().age == 7  # the saved value, not 82: the formula is never evaluated


def test_thousands_of_errors_are_reported_quickly(officer):
    rows = [WAITING_HEADERS] + [waiting_row(person=f"P{n}", team="Atlantis") for n in range(3000)]
    started = time.perf_counter()
    response = post(officer, xlsx_bytes(rows), "return.xlsx")
    elapsed = time.perf_counter() - started
    upload = Upload.objects.get()
    assert (upload.status, upload.rows_total, upload.rows_failed, upload.error_count) == (Upload.REJECTED, 3000, 3000, 3000)
    assert UploadMessage.objects.filter(upload=upload, rule="unknown_team").count() == 3000
    assert WaitingRecord.objects.count() == 0
    assert elapsed < 10
    preview = officer.get(response["Location"])
    assert len(preview.context["first_messages"]) == 50
    assert "The first 50 of 3000 messages." in preview.content.decode()
    report = officer.get(f"/uploads/{upload.pk}/report/")
    rows = list(load_workbook(BytesIO(report.content), read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 3001
    assert rows[1] == ("Waiting list", 2, "Team", "Atlantis",
                       "Team is not a known team or team alias. Ask an administrator to add the team or alias.", "error")
