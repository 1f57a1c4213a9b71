"""Importing an assessment from xlsx or CSV: a good file, each error, preview, confirm, and who may do it."""
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from cqc.importing import parse_file, parse_score
from cqc.models import Assessment

PUBLISHED_SCORES = [
    ("Assessing needs", 2, "Long waits for assessment."),
    ("Supporting people to live healthier lives", 2, ""),
    ("Equity in experience and outcomes", 2, ""),
    ("Care provision, integration and continuity", 2, ""),
    ("Partnerships and communities", 3, "Strong partnerships."),
    ("Safe systems, pathways and transitions", 2, ""),  # an alias
    ("Safeguarding", 2, ""),
    ("Governance, management and sustainability", 2, ""),
    ("Learning, improvement and innovation", 3, ""),
]
HEADER = ["Quality statement", "Score", "Key findings"]


def xlsx_file(rows, header=HEADER, name="scores.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def csv_file(text, name="scores.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"))


def messages_of(uploaded):
    return [problem.message for problem in parse_file(uploaded).problems]


def test_good_xlsx_file_gives_nine_rows():
    parsed = parse_file(xlsx_file(PUBLISHED_SCORES))
    assert parsed.problems == []
    assert [(row.row, row.slug, row.score) for row in parsed.rows][:2] == [(2, "assessing-needs", 2),
                                                                           (3, "supporting-healthier-lives", 2)]
    assert parsed.rows[5].slug == "safe-pathways"
    assert sum(row.score for row in parsed.rows) == 20


def test_good_csv_with_other_header_spellings_and_a_blank_row():
    parsed = parse_file(csv_file("STATEMENT,score,Findings\nSafeguarding,3,Quick triage\n,,\nEquity,\"2\",\n"))
    assert parsed.problems == []
    assert [(row.row, row.slug, row.score, row.findings) for row in parsed.rows] == [
        (2, "safeguarding", 3, "Quick triage"), (4, "equity", 2, "")]


def test_unknown_statement():
    assert messages_of(xlsx_file([("Wellbeing", 3, "")])) == [
        "Row 2: 'Wellbeing' is not one of the nine quality statements."]


@pytest.mark.parametrize("score, shown", [(5, "5"), (0, "0"), ("two", "two"), (2.5, "2.5"), (None, "")])
def test_score_outside_one_to_four(score, shown):
    assert messages_of(xlsx_file([("Safeguarding", score, "")])) == [
        f"Row 2: the score must be a whole number from 1 to 4, not '{shown}'."]


@pytest.mark.parametrize("value, expected", [(3, 3), (3.0, 3), (" 4 ", 4), ("1", 1), (True, None), (4.5, None)])
def test_parse_score(value, expected):
    assert parse_score(value) == expected


def test_duplicate_statement_named_by_an_alias():
    assert messages_of(xlsx_file([("Safe pathways, systems and transitions", 2, ""),
                                  ("Safe systems, pathways and transitions", 3, "")])) == [
        "Row 3: 'Safe systems, pathways and transitions' repeats the quality statement already scored in row 2."]


def test_missing_score_column():
    assert messages_of(xlsx_file([("Safeguarding", "")], header=["Quality statement", "Notes"])) == [
        "Row 1 must have the column Score (headings: Quality statement, Score, Key findings)."]


def test_header_only():
    assert messages_of(csv_file("Quality statement,Score\n")) == ["The file has a header row but no scores."]


def test_empty_file():
    assert messages_of(csv_file("")) == ["The file is empty (0 bytes). Export it again and upload the saved file."]


def test_formulas_without_saved_results_are_named():
    # openpyxl writes formulas without results, as a file built by a script (not saved in Excel) would be
    rows = [list(row) for row in PUBLISHED_SCORES]
    rows[0][2] = '="Long waits"'
    rows[4][1] = "=1+2"
    parsed = parse_file(xlsx_file(rows))
    assert parsed.rows == []
    assert [problem.message for problem in parsed.problems] == [
        "Sheet 'Sheet' has formulas with no saved result (cells C2, B6). Formulas are never run here: open the file "
        "in Excel, let it calculate, save, and upload again (or paste the values only)."
    ]


def test_not_a_spreadsheet():
    assert messages_of(SimpleUploadedFile("scores.xlsx", b"this is not a zip file")) == [
        "'scores.xlsx' is not a spreadsheet this service can read. Upload an Excel workbook (.xlsx) or a CSV file "
        "(.csv)."]


def test_wrong_extension():
    assert messages_of(SimpleUploadedFile("scores.pdf", b"%PDF-1.4")) == [
        "This file is a PDF, not a spreadsheet. Upload an Excel workbook (.xlsx) or a CSV file."]


def form_data(uploaded, **overrides):
    data = {"council_name": "Northmoor City Council", "title": "CQC assessment 2025", "status": "final",
            "started": "2024-10-07", "site_visit": "2025-02-10", "published": "2025-07-17", "summary": "",
            "file": uploaded}
    data.update(overrides)
    return data


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.mark.django_db
def test_upload_preview_confirm_creates_the_assessment(client_for):
    client = client_for(ADMINISTRATOR)
    response = client.post("/cqc/assessments/import/", form_data(xlsx_file(PUBLISHED_SCORES)))
    assert response.status_code == 302 and response["Location"] == "/cqc/assessments/import/check/"
    assert Assessment.objects.count() == 0  # nothing saved before confirmation
    preview = text_of(client.get("/cqc/assessments/import/check/"))
    assert "9 quality-statement scores to import" in preview
    assert "56% 20 of 36 points." in preview
    assert "7 Safe pathways, systems and transitions 2" in preview  # file row 7, resolved name, score
    response = client.post("/cqc/assessments/import/confirm/")
    created = Assessment.objects.get()
    assert response["Location"] == f"/cqc/assessments/{created.pk}/"
    assert (created.title, created.status, str(created.site_visit)) == ("CQC assessment 2025", "final", "2025-02-10")
    assert [s.score for s in created.scores.all()] == [2, 2, 2, 2, 3, 2, 2, 2, 3]
    assert created.scores.get(statement__slug="partnerships").key_findings == "Strong partnerships."
    # confirming again finds nothing waiting and creates nothing
    client.post("/cqc/assessments/import/confirm/")
    assert Assessment.objects.count() == 1


@pytest.mark.django_db
def test_file_errors_are_listed_and_nothing_is_saved(client_for):
    client = client_for(ADMINISTRATOR)
    bad = xlsx_file([("Wellbeing", 3, ""), ("Safeguarding", 7, ""), ("Safeguarding adults", 2, "")])
    response = client.post("/cqc/assessments/import/", form_data(bad))
    assert response.status_code == 200
    page = text_of(response)
    assert "There is a problem" in page
    assert "Row 2: &#x27;Wellbeing&#x27; is not one of the nine quality statements." in page
    assert "Row 3: the score must be a whole number from 1 to 4, not &#x27;7&#x27;." in page
    assert ("Row 4: &#x27;Safeguarding adults&#x27; repeats the quality statement already scored in row 3."
            in page)
    assert '<a href="#id_file">' in response.content.decode()
    assert Assessment.objects.count() == 0


@pytest.mark.django_db
def test_dates_out_of_order_are_refused(client_for):
    response = client_for(ADMINISTRATOR).post(
        "/cqc/assessments/import/", form_data(xlsx_file(PUBLISHED_SCORES), published="2025-01-01"))
    assert "Published: This date is before the one above it; dates must be in order." in text_of(response)
    assert Assessment.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("role", [SCRUTINY, OFFICER, STEERING])
def test_only_administrators_can_import(client_for, role):
    response = client_for(role).post("/cqc/assessments/import/", form_data(xlsx_file(PUBLISHED_SCORES)))
    assert response.status_code == 403
    assert Assessment.objects.count() == 0


@pytest.mark.django_db
def test_preview_names_statements_not_in_the_file(client_for):
    client = client_for(ADMINISTRATOR)
    scores = csv_file("Quality statement,Score\nSafeguarding,3\nGovernance,2\n")
    client.post("/cqc/assessments/import/", form_data(scores, title="Partial"))
    preview = text_of(client.get("/cqc/assessments/import/check/"))
    assert "2 quality-statement scores to import" in preview
    assert "63% 5 of 8 points. Based on 2 of 9 quality statements." in preview  # 62.5% rounds up
    assert ("Not in the file, so not scored: Assessing needs; Supporting people to live healthier lives; "
            "Equity in experience and outcomes; Care provision, integration and continuity; "
            "Partnerships and communities; Safe pathways, systems and transitions; "
            "Learning, improvement and innovation.") in preview
