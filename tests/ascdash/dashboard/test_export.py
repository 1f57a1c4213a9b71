"""The quarter as one xlsx workbook: a sheet per theme with values, benchmarks, judgements and commentary."""
from io import BytesIO

import pytest
from openpyxl import load_workbook

from ascdash.roles import OFFICER, SCRUTINY
from metrics.models import Commentary

from tests.world import Q2

URL = "/dashboard/2025-26/Q2/export/"


def download(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="asc-dashboard-2025-26-Q2.xlsx"'
    return load_workbook(BytesIO(response.content))


@pytest.mark.django_db
def test_workbook_has_a_sheet_per_theme_with_every_tile(world, client_for, role_users):
    Commentary.objects.create(indicator=world["reviews"], quarter=Q2.start, text="=HYPERLINK(\"http://x\")",
                              author=role_users[OFFICER])
    workbook = download(client_for(OFFICER))
    assert workbook.sheetnames == [
        "About", "1. Working with people", "3. How the local authority ensu", "Improvement plan", "Questions to ask",
    ]
    about = workbook["About"]
    assert [about["A2"].value, about["B2"].value] == ["Quarter", "2025-26 Q2 (Jul to Sep 2025)"]
    assert about["B3"].value == "Draft - not yet published"

    sheet = workbook["1. Working with people"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Quality statement", "Indicator", "Value", "Unit")
    assert rows[1] == (
        "Assessing needs", "People reviewed in the last 12 months", 62.0, "Percent", "2025-26 Q2", 75.0, 70.0,
        66.0,  # median of councils: 60, 62, 70, 80
        "Quartile 3 of 4 (third quarter), ranked 3 of 4", "Red: target missed", "Worsening on last quarter",
        "Worsening on the same quarter last year", "Worse than England",
        "'=HYPERLINK(\"http://x\")",  # formula neutralised
        "officer", rows[1][15],
    )
    assert rows[1][15].date() == Commentary.objects.get().updated.date()
    assert [row[:3] for row in rows[2:]] == [
        ("Assessing needs", "Median wait for a Care Act assessment", 94),
        ("Equity in experience and outcomes", "Median wait for a Care Act assessment", 94),
    ]
    questions = list(workbook["Questions to ask"].iter_rows(values_only=True))
    assert len(questions) == 1 + 7  # six about indicators, one about the overdue action W1
    assert questions[1] == (1, "People reviewed in the last 12 months", (
        "People reviewed in the last 12 months is 62.0% against a target of 70.0% (red: target missed). "
        "What is stopping the service reaching the target, and by when is it expected to?"
    ))
    plan = list(workbook["Improvement plan"].iter_rows(values_only=True))
    assert plan[1] == ("Area for improvement", "Not started", "On track", "At risk", "Off track", "Complete", "Overdue",
                       "Total")
    assert plan[2:5] == [("Waiting times", 0, 1, 0, 0, 0, 1, 2), ("Safeguarding", 1, 0, 0, 0, 1, 0, 2),
                         ("All areas", 1, 1, 0, 0, 1, 1, 4)]
    assert plan[7][:4] == ("W1", "Reduce waits for Care Act assessments", "Waiting times", "30 September 2025")
    safety = list(workbook["3. How the local authority ensu"].iter_rows(values_only=True))
    assert safety[1][:9] == ("Safeguarding", "Safeguarding concerns received", 812, "Count", "2025-26 Q2", None, None,
                             None, "Not ranked")


@pytest.mark.django_db
def test_scrutiny_cannot_export_a_draft(world, client_for):
    assert client_for(SCRUTINY).get(URL).status_code == 403


@pytest.mark.django_db
def test_published_workbook_keeps_published_figures_and_lists_revisions(world, client_for):
    from ascdash.roles import ADMINISTRATOR
    from metrics.models import IndicatorValue

    client_for(ADMINISTRATOR).post("/dashboard/2025-26/Q2/publish/")
    IndicatorValue.objects.filter(indicator=world["reviews"], area=world["home"], period_start=Q2.start).update(value=71.0)
    workbook = download(client_for(SCRUTINY))
    about = [row for row in workbook["About"].iter_rows(values_only=True)]
    assert about[2][1].startswith("Published on ")
    assert about[3][:2] == ("Figures revised since publication", 1)
    assert about[4][:4] == (None, "People reviewed in the last 12 months", "Published 62.0%", "Now 71.0%")
    assert workbook["1. Working with people"]["C2"].value == 62.0


@pytest.mark.django_db
def test_characters_a_workbook_cannot_hold_do_not_break_the_export(world, client_for, role_users):
    Commentary.objects.create(indicator=world["reviews"], quarter=Q2.start, author=role_users[OFFICER],
                              text="Pasted from Word:\x0bline two\x01 and " + "x" * 40_000)
    rows = list(download(client_for(OFFICER))["1. Working with people"].iter_rows(values_only=True))
    commentary = rows[1][13]
    assert commentary.startswith("Pasted from Word:line two and xxx")
    assert len(commentary) == 32_767 and commentary.endswith(" [cut: longer than a spreadsheet cell holds]")
