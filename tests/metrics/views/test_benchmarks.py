from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from metrics.models import Area, ComparatorGroup, IndicatorValue

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
def test_an_import_with_unknowns_is_shown_as_an_error_never_a_success(client_for, home_area):
    call_command("load_indicators")
    data = b"LA code,Local authority,Year,Measure ID,Value\nE06000016,Leicester City,2023/24,3D(2a),31%\n" \
           b"E06000018,Nottingham,2023/24,3D(2a),c\nE06000018,Nottingham,2023/24,QQ1,4\n" \
           b"E07000008,Cambridge,2023/24,3D(2a),9\n"
    response = client_for(ADMINISTRATOR).post(URL, {
        "benchmarks-file": SimpleUploadedFile("ascof.csv", data, content_type="text/csv")})
    assert response.status_code == 200
    text = response.content.decode()
    assert '<div class="notification notification--error" role="alert" id="import-result">' in text
    assert "<h2>The import is incomplete</h2>" in text and "National figures imported" not in text
    assert ("Import incomplete: 1 values stored; 1 measures recognised, 1 unknown; 0 unknown areas; 1 suppressed "
            "values; 0 rows that could not be read.") in text
    assert "<li>QQ1 (2023-24 framework), 1 figure(s), from row 4</li>" in text
    assert "Skipped district councils (E07 codes; their county is the council)" in text
    stored = IndicatorValue.objects.get(area__code="E06000016")
    assert (stored.indicator.code, stored.period_start, stored.value) == (
        "ascof-3d-direct-payments-pct", date(2023, 4, 1), 31.0)
    assert Area.objects.get(code="E06000016").name == "Leicester"  # the reference list's name, not the file's


@pytest.mark.django_db
def test_the_year_field_dates_an_official_file(client_for, home_area):
    call_command("load_indicators")
    data = (b"Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            b"Disaggregation Level,Measure Type,Measure Value\n"
            b"England,England,England,E92000001,1A,Total,Outcome,19.1\n")
    client = client_for(ADMINISTRATOR)
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("ascof.csv", data)})
    assert "its name does not say which year it is" in response.content.decode()
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("ascof.csv", data), "benchmarks-year": "2024"})
    assert "Enter a financial year like 2023-24." not in response.content.decode()
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("ascof.csv", data),
                                 "benchmarks-year": "2024-25"})
    text = response.content.decode()
    assert '<div class="notification notification--success" role="status" id="import-result">' in text
    assert "Year 2024-25, as given." in text
    assert IndicatorValue.objects.get(area__code="E92000001", period_start=date(2024, 4, 1)).value == 19.1
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("ascof.csv", data),
                                 "benchmarks-year": "next year"})
    assert "Enter a financial year like 2023-24." in response.content.decode()


@pytest.mark.django_db
def test_bad_files_are_reported_and_change_nothing(client_for, home_area):
    client = client_for(ADMINISTRATOR)
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("notes.txt", b"hello")})
    assert "Choose a CSV or XLSX file." in response.content.decode()
    response = client.post(URL, {"benchmarks-file": SimpleUploadedFile("x.csv", b"Council,Number\nA,1\n")})
    text = response.content.decode()
    assert "There is a problem" in text and "Missing column(s): measure, value, year (or one column per year)." in text
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_import_comparator_group_of_listed_councils_only(client_for, home_area):
    call_command("load_indicators")
    data = f'{{"{home_area.code}": ["E06000016", "E06000018", "E07000008", "E47000001", "E61000001", "E06000099"]}}'
    response = client_for(ADMINISTRATOR).post(URL, {
        "comparators-file": SimpleUploadedFile("nhs.json", data.encode()), "comparators-kind": "nhs",
        "comparators-name": "NHS peers"})
    text = response.content.decode()
    assert "<h2>Comparator groups not fully imported</h2>" in text
    assert "<li>Unknown area codes (not stored): E06000099</li>" in text
    assert "Skipped the Greater London Authority (E61 code)" in text
    group = ComparatorGroup.objects.get(kind="nhs")
    assert (group.name, group.area, sorted(group.members.values_list("name", flat=True))) == (
        "NHS peers", home_area, ["Leicester", "Nottingham"])
    assert not Area.objects.filter(code__in=["E07000008", "E47000001", "E61000001", "E06000099"]).exists()


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
