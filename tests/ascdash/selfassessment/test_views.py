"""Who may see and do what, through the pages: scrutiny reads endorsed versions only; officers and the steering
group read drafts and registers and comment; a lead edits only the statements they lead; administrators do all."""
import html
import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from ascdash.selfassessment import services
from ascdash.selfassessment.models import Comment, EvidenceItem, Version
from cqc.models import Theme

from .docx_helpers import council_document

ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]


def text_of(response):
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


@pytest.fixture
def endorsed(admin, draft):
    version = services.create_version("Self-assessment 2024", date(2024, 9, 20), admin)
    services.endorse(version, "Director of Adult Social Care", date(2024, 9, 27), admin)
    return version


def status(client_for, role, url, method="get", **data):
    return getattr(client_for(role), method)(url, data).status_code


def test_scrutiny_reads_endorsed_versions_only(client_for, draft, endorsed):
    client = client_for(SCRUTINY)
    page = text_of(client.get("/self-assessment/"))
    assert "Self-assessment 2024" in page and "Draft September 2026" not in page
    assert client.get(f"/self-assessment/{endorsed.pk}/").status_code == 200
    assert client.get(f"/self-assessment/{endorsed.pk}/word/").status_code == 200
    for path in ["", "word/", "validation/", "evidence/", "comments/", "history/", "readiness/"]:
        assert client.get(f"/self-assessment/{draft.pk}/{path}").status_code == 403, path
    for path in ["validation/", "evidence/", "quotes/", "comments/", "history/", "readiness/", "leads/"]:
        assert client.get(f"/self-assessment/{endorsed.pk}/{path}").status_code == 403, path
    compare = text_of(client.get(f"/self-assessment/compare/?earlier={endorsed.pk}&later={draft.pk}"))
    assert "There are not yet two versions you can compare." in compare


@pytest.mark.parametrize("role", [OFFICER, STEERING, ADMINISTRATOR])
def test_people_who_work_on_it_read_drafts_registers_and_reports(client_for, role, draft):
    for path in ["", "word/", "validation/", "evidence/", "quotes/", "comments/", "history/", "readiness/"]:
        assert status(client_for, role, f"/self-assessment/{draft.pk}/{path}") == 200, path


@pytest.mark.parametrize("path, allowed", [("new/", {ADMINISTRATOR}), ("import/", {ADMINISTRATOR}),
                                           ("{pk}/leads/", {ADMINISTRATOR}), ("{pk}/endorse/", {ADMINISTRATOR}),
                                           ("{pk}/revise/", {ADMINISTRATOR})])
def test_administration_pages(client_for, draft, path, allowed):
    for role in ROLES:
        expected = 200 if role in allowed else 403
        assert status(client_for, role, "/self-assessment/" + path.format(pk=draft.pk)) == expected, role


def test_a_theme_lead_edits_only_the_statements_of_their_theme(client_for, draft, admin, role_users):
    officer = role_users[OFFICER]
    services.add_lead(draft, admin, officer, theme=Theme.objects.get(number=1))
    edit = f"/self-assessment/{draft.pk}/statements/{{}}/edit/"
    client = client_for(OFFICER)
    assert client.get(edit.format("assessing-needs")).status_code == 200
    assert client.get(edit.format("safeguarding")).status_code == 403
    response = client.post(edit.format("equity"), {"ambition": "Fair access for all.", "how_we_know": "[E1]"})
    assert response.status_code == 302
    assert response["Location"] == f"/self-assessment/{draft.pk}/#statement-equity"
    section = draft.sections.get(statement__slug="equity")
    assert (section.ambition, section.how_we_know) == ("Fair access for all.", "[E1]")
    assert section.history.first().history_user == officer
    assert client.post(edit.format("safeguarding"), {"ambition": "Not mine"}).status_code == 403
    assert draft.sections.get(statement__slug="safeguarding").ambition == ""


def test_a_statement_lead_and_the_steering_group_without_a_lead(client_for, draft, admin, role_users, statements):
    services.add_lead(draft, admin, role_users[STEERING], statement=statements["safeguarding"])
    edit = f"/self-assessment/{draft.pk}/statements/{{}}/edit/"
    assert status(client_for, STEERING, edit.format("safeguarding")) == 200
    assert status(client_for, STEERING, edit.format("safe-pathways")) == 403
    assert status(client_for, OFFICER, edit.format("safeguarding")) == 403  # officers lead nothing here
    assert status(client_for, OFFICER, f"/self-assessment/{draft.pk}/evidence/new/") == 403
    assert status(client_for, STEERING, f"/self-assessment/{draft.pk}/evidence/new/") == 200
    assert status(client_for, ADMINISTRATOR, edit.format("governance")) == 200


def test_an_endorsed_version_is_never_edited(client_for, endorsed):
    for path in ["statements/equity/edit/", "evidence/new/", "quotes/new/", "endorse/"]:
        assert status(client_for, ADMINISTRATOR, f"/self-assessment/{endorsed.pk}/{path}") == 403, path
    assert status(client_for, ADMINISTRATOR, f"/self-assessment/{endorsed.pk}/comments/", "post",
                  contributor="A", text="B") == 403
    assert Comment.objects.count() == 0


def test_comments_are_added_by_named_contributors(client_for, draft, statements):
    response = client_for(STEERING).post(f"/self-assessment/{draft.pk}/comments/", {
        "statement": statements["equity"].pk, "contributor": "Jo Patel, Healthwatch", "text": "Add the LD gap."})
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.contributor, comment.statement.slug, comment.author.username) == (
        "Jo Patel, Healthwatch", "equity", "steering")
    page = text_of(client_for(OFFICER).get(f"/self-assessment/{draft.pk}/comments/"))
    assert "Add the LD gap. Jo Patel, Healthwatch" in page


def test_evidence_with_a_file_is_added_checked_and_downloaded(client_for, draft, statements):
    client = client_for(ADMINISTRATOR)
    url = f"/self-assessment/{draft.pk}/evidence/new/"
    assert 'value="E1"' in client.get(url).content.decode()  # the next free id is offered
    bad = client.post(url, {"ref": "F1", "title": "Audit", "kind": "audit", "link": "TBC"})
    assert "Use E and a number, for example E12." in text_of(bad)
    assert "'TBC' is not a full web address. Give one starting https://, or leave this empty and attach a file." \
        in text_of(bad)
    upload = SimpleUploadedFile("audit.pdf", b"%PDF-1.4", content_type="application/pdf")
    response = client.post(url, {"ref": "E1", "title": "Audit", "kind": "audit", "statements": [statements["equity"].pk],
                                 "upload": upload})
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    download = client.get(f"/self-assessment/{draft.pk}/evidence/{item.pk}/file/")
    assert download["Content-Disposition"] == 'attachment; filename="audit.pdf"'
    assert b"".join(download.streaming_content) == b"%PDF-1.4"
    again = client.post(url, {"ref": "E1", "title": "Other", "kind": "audit", "link": "https://www.example.org/a"})
    assert "E1 is already used. The next free id is E2." in text_of(again)
    exe = client.post(url, {"ref": "E2", "title": "Tool", "kind": "other",
                            "upload": SimpleUploadedFile("tool.exe", b"MZ")})
    assert "This kind of file cannot be attached." in text_of(exe)


def test_endorsing_records_names_and_date_and_closes_the_draft(client_for, draft):
    url = f"/self-assessment/{draft.pk}/endorse/"
    early = client_for(ADMINISTRATOR).post(url, {"endorsed_by": "DASS", "endorsed_on": "2026-09-01"})
    assert "cannot be before the version's date, 18 September 2026" in text_of(early)
    response = client_for(ADMINISTRATOR).post(url, {"endorsed_by": "DASS; Lead Member", "endorsed_on": "2026-09-30"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.endorsed_by, draft.endorsed_on) == ("endorsed", "DASS; Lead Member", date(2026, 9, 30))
    assert status(client_for, SCRUTINY, f"/self-assessment/{draft.pk}/") == 200


def test_a_revision_starts_as_a_copy(client_for, seeded):
    response = client_for(ADMINISTRATOR).post(f"/self-assessment/{seeded.pk}/revise/",
                                              {"title": "Revision 2027", "as_at": "2027-03-01"})
    revision = Version.objects.get(title="Revision 2027")
    assert response["Location"] == f"/self-assessment/{revision.pk}/"
    assert revision.revises == seeded and revision.evidence.count() == 6


def test_importing_a_word_document(client_for):
    upload = SimpleUploadedFile("sa.docx", council_document())
    response = client_for(ADMINISTRATOR).post("/self-assessment/import/", {
        "title": "Self-assessment 2023", "as_at": "2023-10-01", "file": upload})
    version = Version.objects.get(title="Self-assessment 2023")
    assert response["Location"] == f"/self-assessment/{version.pk}/"
    page = text_of(client_for(ADMINISTRATOR).get(response["Location"]))
    assert "Read 2 of 9 quality statements, 2 evidence items and 1 quotes." in page
    assert "Not read: E2: 'Wellbeing' is not a quality statement." in page
    bad = client_for(ADMINISTRATOR).post("/self-assessment/import/", {
        "title": "Bad", "as_at": "2023-10-01", "file": SimpleUploadedFile("sa.docx", b"not a zip")})
    assert "This is not a Word document." in text_of(bad)
    assert not Version.objects.filter(title="Bad").exists()


def test_signed_out_people_are_sent_to_sign_in(client_for, endorsed):
    response = client_for(None).get(f"/self-assessment/{endorsed.pk}/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_an_oversized_word_file_is_refused_before_it_is_read(client_for, settings):
    settings.UPLOAD_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile("big.docx", b"PK" + b"\0" * (1024 * 1024 + 1))
    response = client_for(ADMINISTRATOR).post("/self-assessment/import/", {
        "title": "Big", "as_at": "2023-10-01", "file": big})
    assert "The file is 1.0 MB, over the 1.0 MB limit. Compress its pictures in Word" in text_of(response)
    assert not Version.objects.filter(title="Big").exists()
