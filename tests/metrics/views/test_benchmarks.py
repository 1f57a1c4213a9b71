from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from metrics.models import ComparatorGroup, IndicatorValue

URL = "/indicators/benchmarks/import/"


@pytest.mark.django_db
@pytest.mark.parametrize("role, status", [(SCRUTINY, 403), (OFFICER, 403), (STEERING, 403), (ADMINISTRATOR, 200)])
def test_only_administrators_import(client_for, role, status):
    assert client_for(role).get(URL).status_code == status


@pytest.mark.django_db
def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert (response.status_code, response["Location"]) == (302, f"/accounts/login/?next={URL}")


@pytest.mark.django_db
def test_import_national_figures(client_for, home_area):
    call_command("load_indicators")
    data = b"LA code,Local authority,Year,Measure ID,Value\nE06900001,Testshire,2023/24,3D(2a),31%\n" \
           b"E06900002,Otherton,2023/24,3D(2a),c\nE06900002,Otherton,2023/24,QQ1,4\n"
    response = client_for(ADMINISTRATOR).post(URL, {
        "benchmarks-file": SimpleUploadedFile("ascof.csv", data, content_type="text/csv")})
    assert response.status_code == 200
    text = response.content.decode()
    assert "1 values stored, 1 areas created, 1 suppressed values skipped, 1 problems." in text
    assert "Unknown measure &#x27;QQ1&#x27; in 1 row(s) (4)" in text
    stored = IndicatorValue.objects.get(area__code="E06900001")
    assert (stored.indicator.code, stored.period_start, stored.value) == (
        "ascof-3d-direct-payments-pct", date(2023, 4, 1), 31.0)


@pytest.mark.django_db
def test_bad_files_are_reported_and_change_nothing(client_for, home_area):
    client = client_for(ADMINISTRATOR)
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("notes.txt", b"hello")})
    assert "Choose a CSV or XLSX file." in response.content.decode()
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("x.csv", b"Council,Number\nA,1\n")})
    text = response.content.decode()
    assert "There is a problem" in text and "Missing column(s): year, measure, value." in text
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_import_comparator_group(client_for, home_area):
    data = f'{{"{home_area.code}": ["E06900001", "E06900002"]}}'.encode()
    response = client_for(ADMINISTRATOR).post(URL, {
        "comparators-file": SimpleUploadedFile("nhs.json", data), "comparators-kind": "nhs",
        "comparators-name": "NHS peers"})
    assert "1 group saved; new councils: E06900001, E06900002." in response.content.decode()
    group = ComparatorGroup.objects.get(kind="nhs")
    assert (group.name, group.area, group.members.count()) == ("NHS peers", home_area, 2)


@pytest.mark.django_db
def test_import_xlsx_upload(client_for, home_area):
    import io

    from openpyxl import Workbook

    call_command("load_indicators")
    workbook = Workbook()
    workbook.active.append(["ONS code", "Area name", "Financial year", "Indicator code", "Value"])
    workbook.active.append(["E92000001", "England", "2024-25", "ascof-1a-quality-of-life", 19.1])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client_for(ADMINISTRATOR).post(URL, {"benchmarks-file": SimpleUploadedFile("national.xlsx", buffer.getvalue())})
    assert IndicatorValue.objects.get(area__code="E92000001").value == 19.1
