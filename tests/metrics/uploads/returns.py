"""Helpers for the return tests of the workforce, finance and governance families: fill a downloaded template as
an officer would in Excel, upload it through the page, and check one return's rules on a crafted workbook."""
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from metrics.models import Upload
from metrics.returns import RETURNS
from metrics.returns.validation import validate_file

from .conftest import xlsx_bytes


def filled_template(client, code, rows):
    """The return's downloaded template with `rows` typed under its header, saved as an officer would."""
    workbook = load_workbook(BytesIO(client.get(f"/uploads/templates/{code}/").content))
    sheet = workbook[RETURNS[code].sheet_name]
    for row_number, values in enumerate(rows, start=2):
        for column_number, value in enumerate(values, start=1):
            sheet.cell(row=row_number, column=column_number, value=value)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), [cell.value for cell in sheet[1]]


def upload(client, code, data, period):
    response = client.post("/uploads/", {"return_type": code, "period": period,
                                         "file": SimpleUploadedFile(f"{code}.xlsx", data)})
    assert response.status_code == 302, response.context["form"].errors
    return Upload.objects.get(pk=int(response["Location"].strip("/").split("/")[-1]))


def confirmed_through_pages(client, code, data, period, rows, capture_on_commit):
    """Upload as an officer, check the preview is clean and offers to confirm, confirm (running what follows the
    commit, the recalculation) and return the upload, now the current data."""
    created = upload(client, code, data, period)
    assert (created.status, created.rows_total, created.error_count, created.warning_count) == (
        Upload.VALIDATED, rows, 0, 0)
    assert "Confirm and use this data" in client.get(f"/uploads/{created.pk}/").content.decode()
    with capture_on_commit(execute=True):
        client.post(f"/uploads/{created.pk}/confirm/")
    created.refresh_from_db()
    assert created.status == Upload.CONFIRMED
    return created


def messages(code, rows, context):
    """[(row, column, rule, severity, message)] for a workbook of `rows` (header first), leaving out the warnings
    about optional columns the workbook does not have."""
    spec = RETURNS[code]
    validation = validate_file(spec, xlsx_bytes(rows, spec.sheet_name), "return.xlsx", context)
    return [(m["row"], m["column"], m["rule"], m["severity"], m["message"])
            for m in validation.messages.to_dict("records") if m["rule"] != "missing_column"]
