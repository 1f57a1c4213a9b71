"""The officer's path through the pages: template -> filled -> upload -> preview -> confirm; supersede, restore, discard."""
from datetime import date
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from ascdash.roles import ADMINISTRATOR, OFFICER
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Team, Upload, UploadEvent

from .conftest import WAITING_HEADERS, waiting_row, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client_for, home_area):
    return client_for(OFFICER)


def upload(client, data, name="return.xlsx", period="2025-08", return_type="waiting"):
    response = client.post("/uploads/", {"return_type": return_type, "period": period,
                                         "file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.context["form"].errors
    return Upload.objects.get(pk=int(response["Location"].strip("/").split("/")[-1]))


def test_round_trip_template_filled_uploaded_previewed_confirmed(officer, recalculated, django_capture_on_commit_callbacks):
    template = officer.get("/uploads/templates/waiting/")
    assert template["Content-Disposition"] == 'attachment; filename="ascdash-waiting-template.xlsx"'
    workbook = load_workbook(BytesIO(template.content))
    sheet = workbook["Waiting list"]
    assert [cell.value for cell in sheet[1]] == WAITING_HEADERS
    filled_rows = [
        ["P100", "North Locality", "Care Act assessment", date(2025, 5, 1), "High", 81, "Female", "White",
         "Physical support"],
        ["P101", "LD Team", "OT", date(2025, 7, 30), None, 45, "M", "Pakistani", "LD"],
    ]
    for row_number, values in enumerate(filled_rows, start=2):  # typed into the rows under the header, as in Excel
        for column_number, value in enumerate(values, start=1):
            sheet.cell(row=row_number, column=column_number, value=value)
    filled = BytesIO()
    workbook.save(filled)

    created = upload(officer, filled.getvalue(), name="waiting-august.xlsx")
    assert (created.status, created.rows_total, created.rows_failed, created.error_count) == (Upload.VALIDATED, 2, 0, 0)
    assert len(created.sha256) == 64 and created.original_name == "waiting-august.xlsx"
    assert created.file.read() == filled.getvalue()

    preview = officer.get(f"/uploads/{created.pk}/")
    page = preview.content.decode()
    assert preview.status_code == 200
    assert "Confirm and use this data" in page and "There is no current data for this return and month yet." in page

    with django_capture_on_commit_callbacks(execute=True):
        response = officer.post(f"/uploads/{created.pk}/confirm/")
    assert response["Location"] == f"/uploads/{created.pk}/"
    created.refresh_from_db()
    assert created.status == Upload.CONFIRMED and created.confirmed_by.username == "officer"
    assert [pk for _, _, pk in recalculated] == [created.pk]
    rows = list(WaitingRecord.objects.order_by("row_number").values_list(
        "row_number", "person_id", "team__name", "wait_type", "date_requested", "priority", "age", "gender", "ethnicity",
        "primary_support_reason", "snapshot_date"))
    assert rows == [
        (2, "P100", "North Locality", "care_act_assessment", date(2025, 5, 1), "high", 81, "female", "white",
         "physical", date(2025, 8, 31)),
        (3, "P101", "Learning Disability Team", "ot_assessment", date(2025, 7, 30), "", 45, "male", "asian",
         "learning_disability", date(2025, 8, 31)),
    ]
    assert list(created.events.values_list("action", "user__username")) == [
        (UploadEvent.UPLOADED, "officer"), (UploadEvent.CONFIRMED, "officer")]


def test_second_upload_supersedes_and_the_first_can_be_restored(officer, recalculated, django_capture_on_commit_callbacks):
    first = upload(officer, xlsx_bytes([WAITING_HEADERS, waiting_row()]))
    second = upload(officer, xlsx_bytes([WAITING_HEADERS, waiting_row(), waiting_row(person="P002")]))
    with django_capture_on_commit_callbacks(execute=True):
        officer.post(f"/uploads/{first.pk}/confirm/")
        officer.post(f"/uploads/{second.pk}/confirm/")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Upload.SUPERSEDED, Upload.CONFIRMED)
    assert WaitingRecord.objects.filter(upload__status=Upload.CONFIRMED).count() == 2
    assert WaitingRecord.objects.filter(upload=first).count() == 1  # superseded rows are kept

    with django_capture_on_commit_callbacks(execute=True):
        response = officer.post(f"/uploads/{first.pk}/restore/")
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Upload.CONFIRMED, Upload.SUPERSEDED)
    assert list(WaitingRecord.objects.filter(upload__status=Upload.CONFIRMED).values_list("person_id", flat=True)) == ["P001"]
    assert [pk for _, _, pk in recalculated] == [first.pk, second.pk, first.pk]
    assert list(first.events.values_list("action", flat=True)) == [
        UploadEvent.UPLOADED, UploadEvent.CONFIRMED, UploadEvent.SUPERSEDED, UploadEvent.RESTORED]


def test_identical_reupload_is_reported_not_duplicated(officer, django_capture_on_commit_callbacks):
    data = xlsx_bytes([WAITING_HEADERS, waiting_row()])
    first = upload(officer, data)
    officer.post(f"/uploads/{first.pk}/confirm/")
    response = officer.post("/uploads/", {"return_type": "waiting", "period": "2025-08",
                                          "file": SimpleUploadedFile("again.xlsx", data)})
    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert error.startswith("This file is identical to the Waiting list snapshot return for August 2025 already confirmed on ")
    assert error.endswith("Nothing was changed.")
    assert Upload.objects.count() == 1 and WaitingRecord.objects.count() == 1


def test_same_file_awaiting_confirmation_is_not_stored_twice(officer):
    data = xlsx_bytes([WAITING_HEADERS, waiting_row()])
    assert upload(officer, data).pk == upload(officer, data).pk
    assert Upload.objects.count() == 1


def test_rejected_upload_cannot_be_confirmed(officer):
    rejected = upload(officer, xlsx_bytes([WAITING_HEADERS, waiting_row(team="Atlantis")]))
    assert rejected.status == Upload.REJECTED
    response = officer.post(f"/uploads/{rejected.pk}/confirm/", follow=True)
    assert "This upload is rejected, so it cannot be confirmed." in response.content.decode()
    rejected.refresh_from_db()
    assert rejected.status == Upload.REJECTED


def test_discard_removes_records_and_keeps_the_file(officer):
    pending = upload(officer, xlsx_bytes([WAITING_HEADERS, waiting_row()]))
    officer.post(f"/uploads/{pending.pk}/discard/")
    pending.refresh_from_db()
    assert pending.status == Upload.DISCARDED
    assert WaitingRecord.objects.count() == 0
    assert officer.get(f"/uploads/{pending.pk}/file/").getvalue() == pending.file.open("rb").read()


def test_history_filters_by_return(officer):
    upload(officer, xlsx_bytes([WAITING_HEADERS, waiting_row()]))
    kpi = upload(officer, xlsx_bytes([["Indicator code", "Period", "Value"], ["x", "2024-25", 1]], "KPI values"),
                 return_type="kpi")
    response = officer.get("/uploads/history/?return=kpi")
    assert [u.pk for u in response.context["uploads"]] == [kpi.pk]
    assert len(officer.get("/uploads/history/").context["uploads"]) == 2


def test_team_added_by_administrator_is_accepted(client_for, home_area):
    Team.objects.create(name="Reablement Team", aliases=["Reablement"])
    created = upload(client_for(ADMINISTRATOR), xlsx_bytes([WAITING_HEADERS, waiting_row(team="reablement")]))
    assert created.status == Upload.VALIDATED
    assert WaitingRecord.objects.get().team.name == "Reablement Team"


def test_future_month_is_refused(officer):
    response = officer.post("/uploads/", {"return_type": "waiting", "period": "2999-01",
                                          "file": SimpleUploadedFile("r.xlsx", xlsx_bytes([WAITING_HEADERS]))})
    assert response.context["form"].errors["period"] == ["The month cannot be in the future."]


def test_invalid_field_points_screen_readers_at_its_error_and_hint(officer):
    response = officer.post("/uploads/", {"return_type": "waiting", "period": "2999-01",
                                          "file": SimpleUploadedFile("r.xlsx", xlsx_bytes([WAITING_HEADERS]))})
    html = response.content.decode()
    assert 'aria-describedby="id_period_helptext id_period_error"' in html
    assert 'aria-invalid="true"' in html
    assert '<p class="field-error" id="id_period_error"><span class="visually-hidden">Error:</span> ' \
           "The month cannot be in the future.</p>" in html
    assert html.count('aria-invalid="true"') == 1  # the valid fields are not marked
