"""The workforce return: its template round trip through the pages, and each of its rules on a crafted workbook."""
from datetime import date
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from ascdash.roles import OFFICER
from core.periods import Period
from metrics.families.workforce.records import WorkforceRecord
from metrics.models import IndicatorValue, Upload
from metrics.registry import load_registry
from metrics.returns.validation import Context

from .conftest import xlsx_bytes
from .returns import confirmed_through_pages, filled_template, messages

pytestmark = pytest.mark.django_db
HEADERS = ["Team", "Job role", "Posts (FTE)", "Filled (FTE)", "Vacant (FTE)", "Staff in post",
           "Staff in post 12 months earlier", "Leavers in the last 12 months", "Sickness days in the last 12 months",
           "Agency (FTE)", "Agency spend in the last 12 months (£)", "Mandatory training in date",
           "Supervision in date"]
JUNE_2025 = Period.month(2025, 6)


def row(team="North Locality", role="Social worker", posts=10, filled=8, vacant=2, staff=9, year_ago=11, leavers=2,
        sickness=96, agency=1.5, spend=60_000, training=8, supervision=7):
    return [team, role, posts, filled, vacant, staff, year_ago, leavers, sickness, agency, spend, training, supervision]


@pytest.fixture
def june(home_area):
    return Context.build(JUNE_2025, today=date(2025, 7, 10))


def test_round_trip_template_upload_preview_confirm_figures(client_for, home_area, django_capture_on_commit_callbacks):
    load_registry()
    officer = client_for(OFFICER)
    data, headers = filled_template(officer, "workforce", [
        row(team="Locality North", role="SW"),  # an alias and a synonym, as extracts spell them
        row(role="Manager or supervisor", posts=2, filled=2, vacant=0, staff=2, year_ago=2, leavers=0, sickness=4,
            agency=0, spend=None, training=2, supervision=2),
        row(team="Reablement", role="Care worker", posts=20, filled=15, vacant=4, staff=18, year_ago=16, leavers=4,
            sickness=180, agency=2.5, spend=40_000, training=15, supervision=12),
    ])
    assert headers == HEADERS
    confirmed_through_pages(officer, "workforce", data, "2026-09", 3, django_capture_on_commit_callbacks)
    assert sorted(WorkforceRecord.objects.values_list("team__name", "role", "vacant_fte")) == [
        ("North Locality", "manager", 0.0), ("North Locality", "social_worker", 2.0),
        ("Reablement Service", "care_worker", 4.0)]
    quarter = Period.quarter(2026, 2)
    values = IndicatorValue.objects.filter(period_kind=quarter.kind, period_start=quarter.start, breakdown="")
    by_code = dict(values.values_list("indicator__code", "value"))
    assert by_code["workforce-vacancy-rate-pct"] == pytest.approx(600 / 31)  # 6 vacant of 25 filled + 6 vacant
    assert by_code["workforce-turnover-pct"] == pytest.approx(600 / 29)
    assert by_code["workforce-agency-spend"] == 100_000
    role = IndicatorValue.objects.get(indicator__code="workforce-vacancy-rate-pct", period_kind="quarter",
                                      period_start=quarter.start, breakdown="role", category="care_worker")
    assert role.value == pytest.approx(400 / 19)


def test_clean_rows_have_no_messages(june):
    assert messages("workforce", [HEADERS, row(), row(role="OT", team="OT Team")], june) == []


def test_missing_required_columns_refuse_the_file(client_for, home_area):
    officer = client_for(OFFICER)
    data = xlsx_bytes([["Team", "Role", "Posts"], ["North Locality", "Social worker", 3]], "Workforce")
    response = officer.post("/uploads/", {"return_type": "workforce", "period": "2025-06",
                                          "file": SimpleUploadedFile("w.xlsx", data)})
    [error] = response.context["form"].errors["file"]
    assert error.startswith("Sheet 'Workforce' is missing required column(s): 'Filled (FTE)'")
    assert Upload.objects.count() == 0


def test_unknown_team_and_role_and_a_repeated_row(june):
    found = messages("workforce", [HEADERS, row(team="Atlantis"), row(role="Wizard"), row(), row()], june)
    assert [(r, column, rule) for r, column, rule, _, _ in found] == [
        (2, "Team", "unknown_team"), (3, "Job role", "allowed_codes"), (5, "Team", "duplicates")]


def test_negative_numbers_say_so(june):
    found = messages("workforce", [HEADERS, row(vacant=-1, spend=-500)], june)
    assert [(column, rule, message) for _, column, rule, _, message in found] == [
        ("Vacant (FTE)", "not_negative", "Vacant (FTE) is negative; it must be 0 or more."),
        ("Agency spend in the last 12 months (£)", "not_negative",
         "Agency spend in the last 12 months (£) is negative; it must be 0 or more."),
    ]


def test_filled_more_than_posts_or_than_people(june):
    found = messages("workforce", [HEADERS, row(posts=10, filled=11, vacant=0, staff=12),
                                   row(role="OT", posts=10, filled=8, vacant=3),
                                   row(role="Manager", posts=10, filled=8, vacant=2, staff=7, training=7,
                                       supervision=7)], june)
    assert [(r, column, rule) for r, column, rule, _, _ in found] == [
        (2, "Filled (FTE)", "filled_over_posts"), (2, "Vacant (FTE)", "vacant_over_unfilled"),
        (3, "Vacant (FTE)", "vacant_over_unfilled"), (4, "Filled (FTE)", "fte_over_headcount")]


def test_more_in_date_than_in_post(june):
    found = messages("workforce", [HEADERS, row(staff=9, training=10, supervision=9)], june)
    assert [(column, rule) for _, column, rule, _, _ in found] == [("Mandatory training in date", "in_date_over_staff")]


def test_a_month_that_ends_no_quarter_is_refused(home_area):
    found = messages("workforce", [HEADERS, row(), row(role="OT")], Context.build(Period.month(2025, 8)))
    assert found == [(2, "Team", "quarter_end_month", "error",
                      "The workforce return is quarterly: upload it for June, September, December or March (the "
                      "quarter's last month), not August 2025.")]


def test_template_offers_teams_and_job_roles_and_explains_the_quarter(client_for, home_area):
    workbook = load_workbook(BytesIO(client_for(OFFICER).get("/uploads/templates/workforce/").content))
    validations = {str(v.sqref): v.formula1 for v in workbook["Workforce"].data_validations.dataValidation}
    assert validations["B2:B5001"] == "'Allowed values'!$B$2:$B$8"
    assert [workbook["Allowed values"].cell(row=r, column=2).value for r in range(1, 9)] == [
        "Job role", "Social worker", "Occupational therapist", "Assessor or practitioner (unregistered)",
        "Care or support worker", "Manager or supervisor", "Business support", "Other role"]
    instructions = [row[0] for row in workbook["Instructions"].iter_rows(max_row=2, values_only=True)]
    assert instructions[1].startswith("Quarterly snapshot of the council's own adult social care staff")
