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
