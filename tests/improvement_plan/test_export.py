"""The xlsx export for the six-monthly scrutiny report: current status, overdue, latest note; formulas neutralised."""
from datetime import date, datetime
from io import BytesIO

from openpyxl import load_workbook

from ascdash.roles import SCRUTINY
from improvement_plan import rules

from .conftest import add_update


def test_export_has_current_status_and_neutralised_text(client_for, make_action, make_outcome):
    late = make_action("=W1", target=date(2020, 4, 1), group="Timeliness Group", statements=["assessing-needs"])
    late.title = "=HYPERLINK(\"http://evil.example\")"
    late.save()
    add_update(late, date(2020, 2, 12), rules.ON_TRACK, percent=60, note="@risk register updated")
    on_time = make_action("S1", area_title="Safeguarding", target=date(2099, 11, 1), month_only=True, lead="Jo Lead")
    add_update(on_time, date(2020, 1, 12), rules.ON_TRACK, percent=10, note="Started")
    add_update(on_time, date(2020, 3, 12), rules.AT_RISK, percent=20, note="-2 staff this month")
    make_action("D1", area_title="Data")
    make_outcome(description="+ more carers supported", direction="increase")

    response = client_for(SCRUTINY).get("/plan/export.xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = load_workbook(BytesIO(response.content))
    assert workbook.sheetnames == ["Actions", "Outcomes", "About"]
    rows = [list(row) for row in workbook["Actions"].iter_rows(values_only=True)]
    assert rows == [
        ["Reference", "Area for improvement", "Action", "CQC quality statements", "Lead officer", "Responsible group",
         "Commencement", "Target", "Status", "Last RAG", "Overdue", "Percent complete", "Latest update date",
         "Latest progress note"],
        ["'=W1", "Waiting times", "'=HYPERLINK(\"http://evil.example\")", "Assessing needs", None, "Timeliness Group",
         "1 April 2025", "1 April 2020", "Overdue", "On track", "Yes", 60, datetime(2020, 2, 12),
         "'@risk register updated"],
        ["S1", "Safeguarding", "Action S1", None, "Jo Lead", None, "1 April 2025", "November 2099", "At risk",
         "At risk", "No", 20, datetime(2020, 3, 12), "'-2 staff this month"],
        ["D1", "Data", "Action D1", None, None, None, "1 April 2025", "Not set", "Not started", "Not started", "No",
         None, None, None],
    ]
    outcomes = [list(row) for row in workbook["Outcomes"].iter_rows(values_only=True)]
    assert outcomes[1] == ["'+ more carers supported", None, None, "Increase is better", None, None, None, None,
                           None, None, None, "No data"]


def test_changes_since_export(client_for, make_action, role_users):
    action = make_action("W1", target=date(2026, 4, 30), group="Timeliness Group")
    add_update(action, date(2026, 3, 12), rules.ON_TRACK)
    add_update(action, date(2026, 4, 12), rules.AT_RISK, percent=45, note="=cmd|' /C calc'!A0",
               author=role_users["Steering group"])
    response = client_for(SCRUTINY).get(f"/plan/changes.xlsx?plan={action.area.plan_id}&since=2026-04-01")
    assert response["Content-Disposition"] == 'attachment; filename="plan-changes-since-2026-04-01.xlsx"'
    workbook = load_workbook(BytesIO(response.content))
    assert workbook.sheetnames == ["Updates", "Newly overdue", "RAG movements", "About"]
    sheets = {name: [list(row) for row in workbook[name].iter_rows(values_only=True)] for name in workbook.sheetnames}
    assert sheets["Updates"] == [
        ["Date", "Reference", "Action", "RAG status", "Percent complete", "Progress note", "Evidence link", "Added by"],
        [datetime(2026, 4, 12), "W1", "Action W1", "At risk", 45, "'=cmd|' /C calc'!A0", None, "steering"],
    ]
    assert sheets["Newly overdue"] == [
        ["Reference", "Action", "Target", "Lead officer", "Responsible group"],
        ["W1", "Action W1", "30 April 2026", None, "Timeliness Group"],
    ]
    assert sheets["RAG movements"] == [["Reference", "Action", "From", "To"], ["W1", "Action W1", "On track", "At risk"]]
    assert sheets["About"] == [["Plan", "Test plan"], ["Changes since", datetime(2026, 4, 1)]]


def test_control_characters_in_a_note_do_not_break_the_export(client_for, make_action):
    action = make_action("W1")
    add_update(action, date(2020, 2, 12), rules.ON_TRACK, note="Agreed\x0bat the\x0c board\x1f")
    response = client_for(SCRUTINY).get("/plan/export.xlsx")
    assert response.status_code == 200
    rows = list(load_workbook(BytesIO(response.content))["Actions"].iter_rows(values_only=True))
    assert rows[1][-1] == "Agreedat the board"
