"""The self-assessment as a Word document with the council's headings: per theme, per statement, Ambition,
Strengths, Areas for improvement, How we know and Plans; the evidence register and quotes as tables at the end.

A figure is written as its words and period, followed by its indicator code in hidden text, so that importing
the document back (docx_import) restores the live reference."""
import re
from io import BytesIO

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .citations import lines, paragraphs, pieces
from .models import Section
from .rendering import figure_words

ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
LIST_HEADINGS = {"strengths", "areas_for_improvement", "plans"}
LINKED_ACTIONS = "Linked improvement actions"
EVIDENCE_COLUMNS = ["Id", "Title", "Type", "Owner", "Date", "Link or file", "Quality statements", "Review date"]
QUOTE_COLUMNS = ["Id", "Quote", "Speaker", "Quality statements", "Date", "Consent recorded"]
WITHHELD = "Withheld: no consent recorded."


def clean(text):
    """Text Word can hold: characters that XML forbids are removed."""
    return ILLEGAL_XML.sub("", str(text or ""))


def add_text(paragraph, text, lookup):
    for kind, value in pieces(text):
        if kind == "refs":
            paragraph.add_run("[" + ", ".join(value) + "]")
        elif kind == "indicator":
            paragraph.add_run(clean(figure_words(value, lookup)))
            if value in lookup.figures:
                paragraph.add_run("{" + value + "}").font.hidden = True
        else:
            paragraph.add_run(clean(value))


def add_heading_text(document, name, text, lookup):
    if name in LIST_HEADINGS:
        for line in lines(text):
            add_text(document.add_paragraph(style="List Bullet"), line, lookup)
    else:
        for paragraph in paragraphs(text):
            add_text(document.add_paragraph(), paragraph, lookup)


def add_section(document, view, lookup):
    document.add_heading(clean(view.statement.name), 2)
    for name, heading in Section.HEADINGS:
        document.add_heading(heading, 3)
        add_heading_text(document, name, getattr(view.section, name), lookup)
    if view.actions:
        document.add_heading(LINKED_ACTIONS, 4)
        for action in view.actions:
            document.add_paragraph(clean(f"{action.reference}: {action.title}"), style="List Bullet")


def add_table(document, columns, rows):
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    for cell, column in zip(header.cells, columns):
        cell.text = column
        cell.paragraphs[0].runs[0].font.bold = True
    header_properties = header._tr.get_or_add_trPr()  # repeat the header row on each page
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_properties.append(repeat)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = clean(value)


def day(value):
    return f"{value:%-d %B %Y}" if value else ""


def evidence_rows(document_view):
    for row in document_view.evidence:
        item = row.item
        yield [item.ref, item.title, item.get_kind_display(), item.owner, day(item.date),
               item.link or (f"File: {item.file_name}" if item.file else ""), row.statements, day(item.review_date)]


def quote_rows(document_view, may_see_unconsented):
    for row in document_view.quotes:
        quote = row.item
        shown = quote.consent_recorded or may_see_unconsented
        yield [quote.ref, quote.text if shown else WITHHELD, quote.get_speaker_display(), row.statements,
               day(quote.date), "Yes" if quote.consent_recorded else "No"]


def status_words(version):
    if version.is_draft:
        return "Draft: not yet endorsed."
    return f"Endorsed by {version.endorsed_by} on {day(version.endorsed_on)}."


def self_assessment_docx(document_view, council_name, may_see_unconsented):
    """The Word file's bytes for a selectors.Document."""
    version, lookup = document_view.version, document_view.lookup
    document = docx.Document()
    document.core_properties.title = clean(version.title)
    document.core_properties.language = "en-GB"
    document.add_heading(clean(f"{council_name}: adult social care self-assessment"), 0)
    document.add_paragraph(clean(version.title))
    document.add_paragraph(f"Figures are as at {day(version.as_at)}: for each, the latest period ending on or "
                           "before that date.")
    document.add_paragraph(clean(status_words(version)))
    for theme, views in document_view.themes:
        document.add_heading(clean(f"Theme {theme.number}: {theme.name}"), 1)
        for view in views:
            add_section(document, view, lookup)
    document.add_heading("Evidence register", 1)
    add_table(document, EVIDENCE_COLUMNS, evidence_rows(document_view))
    document.add_heading("Quotes", 1)
    add_table(document, QUOTE_COLUMNS, quote_rows(document_view, may_see_unconsented))
    output = BytesIO()
    document.save(output)
    return output.getvalue()
