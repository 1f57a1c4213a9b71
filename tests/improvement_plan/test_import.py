"""Importing a plan from the layout councils publish: merged cells, month-only dates, TBC, free-text themes."""
import hashlib
import zipfile
from datetime import date, datetime
from io import BytesIO, StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from ascdash.roles import SCRUTINY, STEERING
from improvement_plan.models import Action, AreaForImprovement, OutcomeToTrack, Plan
from improvement_plan.importing import find_statements, parse_plan_workbook, split_lead

HEADINGS = ["Theme(s)", "Area for Improvement", "Actions for Improvement", "Commencement Date", "Target Date",
            "Lead", "Deliverables", "Outcomes to Track by Nov 2026"]
CARERS_THEME = "T1 How the LA works with people – Assessing needs; Supporting people to live healthier lives"
SAFETY_THEME = ("T3 How the Local Authority ensures safety in the system – Safe pathways, systems and transitions; "
                "Safeguarding")


def messy_workbook(data_target="December"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Action plan"
    sheet.append(["Care Quality Commission Improvement Plan 2025-2027"])
    sheet.merge_cells("A1:H1")
    sheet.append(HEADINGS)
    sheet.append([CARERS_THEME, "Improving the experience of carers", "Establish a carers board", "October 2025",
                  "December 2025", "Carers Oversight Group", "Co-produced carers strategy",
                  "More carers accessing support\nShorter waits for carers' assessments"])
    sheet.append([None, None, "Commission a peer review", "December 2025", "TBC pending review",
                  "Carers Delivery Board", None, None])
    for column in "ABGH":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.append([SAFETY_THEME, "Safeguarding", "Ensure detailed guidance for teams", "Jan 2026 (due to recruitment)",
                  "Jul 2026", "PSW and the Safeguarding Adult Practice Manager", "Clear guidance", None])
    sheet.append([None, None, "Engage partners on referrals", "March 26", datetime(2026, 10, 1),
                  "Quality & Contracts Team"])
    sheet["E6"].number_format = "mmm-yy"  # a real date shown as "Oct-26": only the month is meant
    sheet.append([None, None, "Complete practice audits", "Sept 2025", "Ongoing",
                  "Quality Assurance Practice Manager"])
    sheet.append([])
    sheet.append(["Leadership (to be mapped)", "Data and governance", "Improve operational data",
                  datetime(2025, 9, 15), data_target, "Performance Programme Board"])
    buffer = BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer


def test_messy_workbook_is_parsed_exactly():
    parsed = parse_plan_workbook(load_workbook(messy_workbook()))
    assert parsed.sheet == "Action plan"
    assert [(a.title, a.deliverables, a.outcomes) for a in parsed.areas] == [
        ("Improving the experience of carers", ["Co-produced carers strategy"],
         ["More carers accessing support\nShorter waits for carers' assessments"]),
        ("Safeguarding", ["Clear guidance"], []),
        ("Data and governance", [], []),
    ]
    rows = [
        (a.row, a.reference, a.title, a.statements, a.commencement.day, a.commencement.month_only,
         a.commencement.text, a.target.day, a.target.month_only, a.target.text, a.lead_officer,
         a.responsible_group, a.deliverables)
        for area in parsed.areas for a in area.actions
    ]
    assert rows == [
        (3, "I1", "Establish a carers board", ["assessing-needs", "supporting-healthier-lives"],
         date(2025, 10, 1), True, "", date(2025, 12, 1), True, "", "", "Carers Oversight Group", ""),
        (4, "I2", "Commission a peer review", ["assessing-needs", "supporting-healthier-lives"],
         date(2025, 12, 1), True, "", None, False, "TBC pending review", "", "Carers Delivery Board", ""),
        (5, "S1", "Ensure detailed guidance for teams", ["safe-pathways", "safeguarding"],
         date(2026, 1, 1), True, "due to recruitment", date(2026, 7, 1), True, "",
         "PSW and the Safeguarding Adult Practice Manager", "", ""),
        (6, "S2", "Engage partners on referrals", ["safe-pathways", "safeguarding"],
         date(2026, 3, 1), True, "", date(2026, 10, 1), True, "", "", "Quality & Contracts Team", ""),
        (7, "S3", "Complete practice audits", ["safe-pathways", "safeguarding"],
         date(2025, 9, 1), True, "", None, False, "Ongoing", "Quality Assurance Practice Manager", "", ""),
        (9, "D1", "Improve operational data", [], date(2025, 9, 15), False, "", None, False, "December", "",
         "Performance Programme Board", ""),
    ]
    assert parsed.messages == [
        {"sheet": "Action plan", "row": 9, "column": "Target date", "value": "December",
         "message": "'December' has no year", "severity": "error"},
        {"sheet": "Action plan", "row": 9, "column": "Theme(s)", "value": "Leadership (to be mapped)",
         "message": "No CQC quality statement recognised; link them after import.", "severity": "warning"},
    ]


def test_workbook_without_the_headings_is_an_error():
    workbook = Workbook()
    workbook.active.append(["Name", "Date"])
    parsed = parse_plan_workbook(workbook)
    assert [m["message"] for m in parsed.errors] == [
        "No sheet has the headings 'Area for improvement' and 'Actions for improvement' in its first 10 rows."
    ]


@pytest.mark.parametrize("text, slugs", [
    ("Assessing needs", ["assessing-needs"]),
    ("T2 Providing Support – Care Provision; integration and continuity", ["care-provision"]),
    ("T4 Leadership – Governance, management and sustainability; Learning, improvement and innovation",
     ["governance", "learning-improvement"]),
    ("Understand inequity in waiting times", []),
    ("", []),
])
def test_find_statements_in_free_text(text, slugs):
    assert find_statements(text) == slugs


@pytest.mark.parametrize("text, split", [
    ("Timeliness Performance Group", ("", "Timeliness Performance Group")),
    ("Head of Strategic Commissioning", ("Head of Strategic Commissioning", "")),
    ("  Carers  Delivery Board ", ("", "Carers Delivery Board")),
])
def test_split_lead(text, split):
    assert split_lead(text) == split


def upload(client, workbook, title="Imported plan"):
    return client.post("/plan/import/", {
        "title": title, "file": SimpleUploadedFile("plan.xlsx", workbook.getvalue()),
    })


def test_preview_with_errors_offers_report_and_blocks_import(client_for):
    client = client_for(STEERING)
    response = upload(client, messy_workbook())
    assert (response.status_code, response["Location"]) == (302, "/plan/import/preview/")
    preview = client.get("/plan/import/preview/")
    html = preview.content.decode()
    assert "Import this plan" not in html
    assert "&#x27;December&#x27; has no year" in html
    assert html.count('<td><strong class="tag tag--bad">Error</strong></td>') == 1
    assert html.count('<td><strong class="tag tag--warning">Warning</strong></td>') == 1
    report = load_workbook(BytesIO(client.get("/plan/import/report.xlsx").content)).active
    assert [list(row) for row in report.iter_rows(values_only=True)] == [
        ["Sheet", "Row", "Column", "Value", "Message", "Error or warning"],
        ["Action plan", 9, "Target date", "December", "'December' has no year", "error"],
        ["Action plan", 9, "Theme(s)", "Leadership (to be mapped)",
         "No CQC quality statement recognised; link them after import.", "warning"],
    ]
    assert client.post("/plan/import/preview/").status_code == 302
    assert Plan.objects.count() == 0


def test_confirmed_import_creates_the_plan(client_for, role_users):
    client = client_for(STEERING)
    upload(client, messy_workbook(data_target="April 2026"))
    response = client.post("/plan/import/preview/")
    plan = Plan.objects.get()
    assert (response.status_code, response["Location"]) == (302, f"/plan/?plan={plan.pk}")
    assert (plan.title, plan.period_start, plan.period_end) == ("Imported plan", date(2025, 9, 1), date(2026, 10, 31))
    assert list(AreaForImprovement.objects.values_list("order", "title", "deliverables")) == [
        (1, "Improving the experience of carers", "Co-produced carers strategy"),
        (2, "Safeguarding", "Clear guidance"),
        (3, "Data and governance", ""),
    ]
    assert [(a.reference, a.target_display, sorted(s.slug for s in a.quality_statements.all()))
            for a in Action.objects.order_by("id")] == [
        ("I1", "December 2025", ["assessing-needs", "supporting-healthier-lives"]),
        ("I2", "TBC pending review", ["assessing-needs", "supporting-healthier-lives"]),
        ("S1", "July 2026", ["safe-pathways", "safeguarding"]),
        ("S2", "October 2026", ["safe-pathways", "safeguarding"]),
        ("S3", "Ongoing", ["safe-pathways", "safeguarding"]),
        ("D1", "April 2026", []),
    ]
    assert Action.objects.get(reference="S1").commencement_display == "January 2026 (due to recruitment)"
    assert list(OutcomeToTrack.objects.values_list("description", flat=True)) == [
        "More carers accessing support", "Shorter waits for carers' assessments",
    ]
    assert Action.history.filter(history_type="+").first().history_user == role_users[STEERING]
    assert "plan_import" not in client.session


def test_not_a_spreadsheet_is_rejected(client_for):
    client = client_for(STEERING)
    response = client.post("/plan/import/", {
        "title": "x", "file": SimpleUploadedFile("plan.xlsx", b"this is not a workbook"),
    })
    assert response.status_code == 200
    assert ('<a href="#id_file">&#x27;plan.xlsx&#x27; is not a spreadsheet this service can read. Upload an Excel '
            'workbook (.xlsx).</a>' in response.content.decode())
    assert "plan_import" not in client.session


def test_import_command(tmp_path, db):
    from django.core.management import CommandError, call_command

    bad, good = tmp_path / "bad.xlsx", tmp_path / "good.xlsx"
    bad.write_bytes(messy_workbook().getvalue())
    good.write_bytes(messy_workbook(data_target="April 2026").getvalue())
    with pytest.raises(CommandError, match=r"1 error\(s\): nothing imported."):
        call_command("import_plan", str(bad), title="Bad")
    out = StringIO()
    call_command("import_plan", str(good), title="Good", stdout=out)
    assert out.getvalue().splitlines() == [
        "warning: row 9 Theme(s): No CQC quality statement recognised; link them after import.",
        "Imported 'Good': 6 actions in 3 areas.",
    ]
    assert list(Plan.objects.values_list("title", "source_name")) == [("Good", "good.xlsx")]


def test_unnamed_column_between_target_and_deliverables_is_the_lead():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Theme(s)", "Area for improvement", "Actions for improvement", "Commencement date", "Target date",
                  None, "Deliverables"])
    sheet.append(["Safeguarding", "Safeguarding", "Audit practice", "April 2026", "Ongoing", "Practice Manager", "x"])
    parsed = parse_plan_workbook(workbook)
    [action] = parsed.areas[0].actions
    assert (action.lead_officer, action.responsible_group) == ("Practice Manager", "")
    assert parsed.messages == [{"sheet": "Sheet", "row": 1, "column": "F", "value": "",
                                "message": "This column has no heading; it was read as the lead.",
                                "severity": "warning"}]


def test_workbook_that_unpacks_too_large_is_not_opened(client_for, settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 1000
    client = client_for(STEERING)
    workbook = messy_workbook()
    with zipfile.ZipFile(workbook) as archive:
        unpacked = sum(entry.file_size for entry in archive.infolist())
    response = upload(client, workbook)
    assert response.status_code == 200
    assert (f'<a href="#id_file">The workbook would expand to {unpacked / 1048576:.1f} MB, over the 0.0 MB limit. '
            'It may be a zip bomb; it was not opened.</a>' in response.content.decode())


def test_confirmed_import_keeps_the_workbook_unchanged(client_for):
    workbook = messy_workbook(data_target="April 2026").getvalue()
    client = client_for(STEERING)
    client.post("/plan/import/", {"title": "Imported plan", "file": SimpleUploadedFile("Carers plan.xlsx", workbook)})
    client.post("/plan/import/preview/")
    plan = Plan.objects.get()
    digest = hashlib.sha256(workbook).hexdigest()
    assert (plan.source_name, plan.source_sha256) == ("Carers plan.xlsx", digest)
    assert plan.source_file.name == f"plans/{digest[:2]}/{digest}.xlsx"

    scrutiny = client_for(SCRUTINY)
    html = scrutiny.get(f"/plan/?plan={plan.pk}").content.decode()
    assert f'<a href="/plan/{plan.pk}/source.xlsx" download>Carers plan.xlsx' in html
    download = scrutiny.get(f"/plan/{plan.pk}/source.xlsx")
    assert download["Content-Disposition"] == 'attachment; filename="Carers plan.xlsx"'
    assert b"".join(download.streaming_content) == workbook


def test_plan_not_imported_has_no_workbook(client_for):
    plan = Plan.objects.create(title="Typed in")
    assert client_for(SCRUTINY).get(f"/plan/{plan.pk}/source.xlsx").status_code == 404
    assert "Imported from" not in client_for(SCRUTINY).get("/plan/").content.decode()
