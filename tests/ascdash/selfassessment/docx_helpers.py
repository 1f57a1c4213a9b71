"""Word documents for the import tests, written with python-docx as a council's would be."""
import zipfile
from io import BytesIO

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def saved(document):
    output = BytesIO()
    document.save(output)
    return output.getvalue()


def add_hyperlink(paragraph, url, text):
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    label = OxmlElement("w:t")
    label.text = text
    run.append(label)
    link.append(run)
    paragraph._p.append(link)


def table(document, rows):
    made = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        cells = made.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    return made


def council_document():
    """A 2023-style self-assessment: other wordings for the headings, numbering, an introduction, a data heading
    the import does not know, and registers as tables (one link a real hyperlink)."""
    document = docx.Document()
    document.add_heading("Adult Social Care Self-Assessment 2023", 0)
    document.add_heading("Introduction", 1)
    document.add_paragraph("This is our first self-assessment.")
    document.add_heading("Theme 1: Working with people", 1)
    document.add_heading("QS1: Assessing need", 2)
    document.add_heading("Our ambition", 3)
    document.add_paragraph("Timely assessments for everyone.")
    document.add_heading("What we do well", 3)
    document.add_paragraph("Strengths-based practice [E1]", style="List Bullet")
    document.add_paragraph("Carers assessed in their own right", style="List Bullet")
    document.add_heading("Priorities for improvement", 3)
    document.add_paragraph("Occupational therapy waits", style="List Bullet")
    document.add_heading("What is our performance and how do we know?", 3)
    document.add_paragraph("Waits are falling [E1, Q1].")
    document.add_paragraph("Carers say so too.")
    document.add_heading("Key data", 3)
    document.add_paragraph("A chart pasted as a picture.")
    document.add_heading("Our plans", 3)
    document.add_paragraph("To address waits we will recruit assessors.", style="List Bullet")
    document.add_heading("1.2 Supporting people to lead healthier lives", 2)
    document.add_heading("Vision", 3)
    document.add_paragraph("People stay well.")
    document.add_heading("Appendix A: Evidence register", 1)
    register = table(document, [
        ["Ref", "Evidence", "Type", "Owner", "Date", "Location", "Quality statements", "Review by"],
        ["E1", "ASC strategy", "Policy", "DASS", "01/04/2023", "", "Assessing need; Equity", "April 2025"],
        ["E2", "Carers audit", "Case studies", "Carers Lead", "sometime", "TBC", "Wellbeing", ""],
    ])
    add_hyperlink(register.rows[1].cells[5].paragraphs[0], "https://www.example.gov.uk/strategy", "Strategy")
    document.add_heading("Quotes", 1)
    table(document, [["No", "Quote", "Who", "Consent"], ["Q1", "They listened.", "A carer", "Yes"]])
    return saved(document)


def zipped(parts, encrypted=False):
    """A zip of `parts`; `encrypted` sets the encryption flag in the directory (zipfile cannot write one)."""
    output = BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = bytearray(output.getvalue())
    if encrypted:
        directory = data.index(b"PK\x01\x02")
        data[directory + 8] |= 0x1  # general purpose flag, bit 0: encrypted
    return bytes(data)
