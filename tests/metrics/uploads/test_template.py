"""The downloadable templates: header row, dropdowns for coded columns, date formats, instructions."""
from io import BytesIO

import pytest
from openpyxl import load_workbook

from ascdash.roles import OFFICER
from metrics.returns import RETURNS

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client_for, home_area):
    return client_for(OFFICER)


@pytest.mark.parametrize("code", list(RETURNS))
def test_every_return_has_a_template_with_its_columns(officer, code):
    spec = RETURNS[code]
    workbook = load_workbook(BytesIO(officer.get(f"/uploads/templates/{code}/").content))
    assert workbook.sheetnames == [spec.sheet_name, "Allowed values", "Instructions"]
    assert [cell.value for cell in workbook[spec.sheet_name][1]] == [column.label for column in spec.columns]
    instructions = [row for row in workbook["Instructions"].iter_rows(values_only=True)]
    assert instructions[1][0] == spec.semantics
    assert [row[0] for row in instructions[5:]] == [column.label for column in spec.columns]


def test_waiting_template_dropdowns_dates_and_instructions(officer):
    workbook = load_workbook(BytesIO(officer.get("/uploads/templates/waiting/").content))
    sheet = workbook["Waiting list"]
    lists = workbook["Allowed values"]
    assert lists.sheet_state == "hidden"
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["B2:B5001"] == "'Allowed values'!$A$2:$A$11"  # the 10 demo teams
    assert validations["C2:C5001"] == "'Allowed values'!$B$2:$B$9"
    assert [lists.cell(row=r, column=2).value for r in range(1, 10)] == [
        "Waiting for", "First contact", "Care Act assessment", "Occupational therapy assessment", "Carer's assessment",
        "Financial assessment", "Review", "DoLS assessment", "Service start"]
    assert sheet["D2"].number_format == "dd/mm/yyyy" and sheet["D5001"].number_format == "dd/mm/yyyy"
    instructions = {row[0]: row for row in workbook["Instructions"].iter_rows(min_row=6, values_only=True)}
    assert instructions["Priority"] == (
        "Priority", "Optional", "One of the allowed values", "Priority given at triage.", "Urgent; High; Medium; Low",
        "Urgent: urgent, P1, Critical, Immediate; High: high, P2; Medium: medium, P3, Normal, Standard; Low: low, P4, Routine",
        "Priority level, RAG priority",
    )
    assert instructions["Date requested"][1:3] == ("Required", "Date (dd/mm/yyyy)")


def test_a_team_named_like_a_formula_is_text_in_the_allowed_values(officer):
    from metrics.models import Team

    Team.objects.create(name='=HYPERLINK("http://evil.example","Click")')
    workbook = load_workbook(BytesIO(officer.get("/uploads/templates/waiting/").content))
    teams = [cell for cell in workbook["Allowed values"]["A"] if cell.value]
    assert "'=HYPERLINK(\"http://evil.example\",\"Click\")" in [cell.value for cell in teams]
    assert {cell.data_type for cell in teams} == {"s"}
