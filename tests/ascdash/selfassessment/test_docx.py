"""The Word export read back with python-docx, the import of our own export (round trip) and of a council's
document with other wordings, and files that must be refused before they are opened."""
from datetime import date
from io import BytesIO

import docx
import pytest

from core.files import FileRefused, open_word_document

from ascdash.selfassessment import selectors
from ascdash.selfassessment.docx_export import self_assessment_docx
from ascdash.selfassessment.docx_import import parse_self_assessment
from ascdash.selfassessment.importing import create_from_import
from ascdash.selfassessment.models import Section
from metrics.selectors import FigureReader

from .docx_helpers import council_document, zipped

HEADINGS = [heading for _, heading in Section.HEADINGS]


@pytest.fixture
def exported(seeded, figures):
    return self_assessment_docx(selectors.document(seeded, None, FigureReader.for_service()), "Northmoor City Council", True)


def headings(document):
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def visible(paragraph):
    return "".join(run.text for run in paragraph.runs if not run.font.hidden)


def test_the_export_has_the_councils_headings_in_order(exported):
    found = headings(docx.Document(BytesIO(exported)))
    assert found[0] == ("Title", "Northmoor City Council: adult social care self-assessment")
    assert found[1:8] == [("Heading 1", "Theme 1: Working with people"), ("Heading 2", "Assessing needs")] + [
        ("Heading 3", heading) for heading in HEADINGS]
    assert [text for style, text in found if style == "Heading 1"] == [
        "Theme 1: Working with people", "Theme 2: Providing support",
        "Theme 3: How the local authority ensures safety within the system", "Theme 4: Leadership",
        "Evidence register", "Quotes"]
    assert sum(1 for style, _ in found if style == "Heading 2") == 9
    assert sum(1 for style, _ in found if style == "Heading 3") == 45


def test_the_export_cites_evidence_by_id_and_shows_figures_with_their_period(exported):
    paragraphs = docx.Document(BytesIO(exported)).paragraphs
    texts = [visible(p) for p in paragraphs]
    how = texts.index("How we know")
    assert texts[how + 1] == "We know [E1, E2] and [E7]. 145 days (2024-25 Q2) {nope}"
    hidden = [run.text for run in paragraphs[how + 1].runs if run.font.hidden]
    assert hidden == ["{care-act-wait}"]
    strengths = texts.index("Strengths")
    assert (texts[strengths + 1], paragraphs[strengths + 1].style.name) == ("Strong [E4] [Q1]", "List Bullet")


def test_the_export_ends_with_the_registers_as_tables(exported):
    evidence, quotes = docx.Document(BytesIO(exported)).tables
    rows = [[cell.text for cell in row.cells] for row in evidence.rows]
    assert rows[0] == ["Id", "Title", "Type", "Owner", "Date", "Link or file", "Quality statements", "Review date"]
    assert [row[0] for row in rows[1:]] == ["E1", "E2", "E2", "E4", "E6", "EI5"]
    assert rows[1] == ["E1", "Evidence E1", "Document", "", "", "https://www.northmoor.gov.uk/evidence/one",
                       "Assessing needs", "1 January 2027"]
    assert [[cell.text for cell in row.cells] for row in quotes.rows][1:] == [
        ["Q1", "Quote Q1", "Person who draws on care and support", "", "", "Yes"],
        ["Q3", "Quote Q3", "Person who draws on care and support", "", "", "No"]]


def test_a_reader_without_drafting_rights_gets_unconsented_quotes_withheld(seeded, figures):
    data = self_assessment_docx(selectors.document(seeded, None, FigureReader.for_service()), "Northmoor City Council", False)
    quotes = docx.Document(BytesIO(data)).tables[1]
    assert [row.cells[1].text for row in quotes.rows][1:] == ["Quote Q1", "Withheld: no consent recorded."]


def test_importing_our_own_export_gives_back_the_same_document(seeded, figures, exported, admin):
    parsed = parse_self_assessment(open_word_document(exported))
    imported = create_from_import(parsed, "Imported", date(2026, 9, 18), admin, exported, "export.docx")
    for original in seeded.sections.all():
        copy = imported.sections.get(statement=original.statement)
        assert [getattr(copy, name) for name, _ in Section.HEADINGS] == [
            getattr(original, name) for name, _ in Section.HEADINGS], original.statement.name

    def register(version):
        return sorted((i.ref, i.title, i.kind, i.link, i.review_date, tuple(i.statements.values_list("slug", flat=True)))
                      for i in version.evidence.all())
    assert register(imported) == register(seeded)
    assert sorted(imported.quotes.values_list("ref", "text", "consent_recorded")) == [
        ("Q1", "Quote Q1", True), ("Q3", "Quote Q3", False)]
    assert imported.import_notes == ("Read 2 of 9 quality statements, 6 evidence items and 2 quotes.\n"
                                     "Not read: 3 paragraphs before the heading 'Theme 1: Working with people'.")
    assert imported.source_file.read() == exported


def test_a_councils_document_is_read_by_its_headings_with_what_was_skipped_listed():
    parsed = parse_self_assessment(open_word_document(council_document()))
    assert parsed.sections == {
        "assessing-needs": {
            "ambition": ["Timely assessments for everyone."],
            "strengths": ["Strengths-based practice [E1]", "Carers assessed in their own right"],
            "areas_for_improvement": ["Occupational therapy waits"],
            "how_we_know": ["Waits are falling [E1, Q1].", "Carers say so too."],
            "plans": ["To address waits we will recruit assessors."],
        },
        "supporting-healthier-lives": {"ambition": ["People stay well."]},
    }
    assert parsed.evidence == [
        {"ref": "E1", "title": "ASC strategy", "kind": "policy", "owner": "DASS", "date": date(2023, 4, 1),
         "link": "https://www.example.gov.uk/strategy", "review_date": date(2025, 4, 1),
         "statements": ["assessing-needs", "equity"]},
        {"ref": "E2", "title": "Carers audit", "kind": "case_study", "owner": "Carers Lead", "date": None,
         "link": "TBC", "review_date": None, "statements": []},
    ]
    assert parsed.quotes == [{"ref": "Q1", "text": "They listened.", "speaker": "carer", "date": None,
                              "consent_recorded": True, "statements": []}]
    assert parsed.skipped == [
        "The heading 'Introduction' (not a quality statement or a part of one)",
        "1 paragraph before the heading 'Theme 1: Working with people'",
        "The heading 'Key data' (not a quality statement or a part of one)",
        "1 paragraph before the heading 'Our plans'",
        "The heading 'Appendix A: Evidence register' (not a quality statement or a part of one)",
        "E2: 'sometime' is not a date",
        "E2: 'Wellbeing' is not a quality statement",
    ]


@pytest.mark.parametrize("data, message", [
    (b"Name,Score\n", "This is not a Word document."),
    (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "This is an older Word file (.doc) or a password-protected document."),
    (zipped({"xl/workbook.xml": b"<workbook/>"}), "This is not a Word document."),
    (zipped({"word/document.xml": b"<w:document/>"}, encrypted=True), "The document is password-protected."),
    (zipped({"word/document.xml": b"<w:document/>", "word/media/big.bin": b"\0" * (3 * 1024 * 1024)}),
     "Part 'word/media/big.bin' of the document is compressed more than 200 times"),
    (zipped({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<Types/>"}),
     "The file could not be read as a Word document"),
])
def test_bad_files_are_refused_with_a_reason(data, message):
    with pytest.raises(FileRefused) as problem:
        open_word_document(data)
    assert str(problem.value).startswith(message)


def test_size_limits_come_from_the_upload_settings(settings):
    settings.UPLOAD_MAX_BYTES = 1000
    with pytest.raises(FileRefused, match="over the 0.0 MB limit"):
        open_word_document(b"PK" + b"\0" * 2000)
    settings.UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 1000
    with pytest.raises(FileRefused, match="The document would expand to 0.0 MB, over the 0.0 MB limit"):
        open_word_document(zipped({"word/document.xml": b"x" * 2000}))
