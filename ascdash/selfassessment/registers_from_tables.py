"""Evidence and quotes registers read from Word tables, matching header cells by their usual wordings."""
import re
from datetime import datetime

from cqc.framework import resolve_statement

from .models import EvidenceItem

COLUMN_NAMES = {
    "ref": ["id", "ref", "reference", "evidence id", "quote id", "no", "number", "evidence number"],
    "title": ["title", "evidence", "description", "document", "name", "evidence title"],
    "kind": ["type", "kind", "evidence type"],
    "owner": ["owner", "lead", "author", "responsible"],
    "date": ["date", "dated", "date of evidence"],
    "link": ["link", "link or file", "location", "url", "where held", "web address"],
    "statements": ["quality statements", "statements", "quality statement", "statements evidenced"],
    "review_date": ["review date", "review by", "next review", "review"],
    "text": ["quote", "quotation", "what they said"],
    "speaker": ["speaker", "who", "speaker type", "from"],
    "consent_recorded": ["consent recorded", "consent", "consent given"],
}
COLUMN_FOR_NAME = {name: column for column, names in COLUMN_NAMES.items() for name in names}
KINDS = {label.lower(): code for code, label in EvidenceItem.KIND_CHOICES} | {"case studies": "case_study"}
SPEAKER_WORDS = [("carer", "carer"), ("family", "family"), ("relative", "family"), ("staff", "staff"),
                 ("worker", "staff"), ("provider", "provider"), ("partner", "partner")]
DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %Y", "%b %Y"]
YES = {"yes", "y", "true", "recorded", "given", "✓", "✔"}


def header_columns(row):
    return [COLUMN_FOR_NAME.get(" ".join(re.sub(r"[^\w\s]", " ", cell.text.lower()).split())) for cell in row.cells]


def parse_date(text):
    text = " ".join(text.replace(",", " ").split())
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def cell_link(cell):
    """A hyperlink's address when the cell holds one, else its text ('File: …', as we export a file, is none)."""
    for paragraph in cell.paragraphs:
        for link in paragraph.hyperlinks:
            if link.address:
                return link.address
    text = cell.text.strip()
    return "" if text.startswith("File: ") else text


def statements_in(text, ref, problems):
    found = []
    for name in re.split(r"[;\n]|,(?![^()]*\))", text):
        if name.strip():
            slug = resolve_statement(re.sub(r"^\s*(?:qs\s*)?\d+[:.]?\s*", "", name.strip(), flags=re.I))
            if slug:
                found.append(slug)
            else:
                problems.append(f"{ref}: '{name.strip()}' is not a quality statement")
    return found


def speaker_for(text):
    lowered = text.lower()
    return next((code for word, code in SPEAKER_WORDS if word in lowered), "person")


def dated(values, name, ref, problems):
    text = values.get(name, "")
    day = parse_date(text) if text else None
    if text and day is None:
        problems.append(f"{ref}: '{text}' is not a date")
    return day


def evidence_row(values, problems):
    ref = values.get("ref", "")
    return {
        "ref": ref[:12], "title": values.get("title", "")[:300], "kind": KINDS.get(values.get("kind", "").lower(), "other"),
        "owner": values.get("owner", "")[:200], "date": dated(values, "date", ref, problems),
        "link": values.get("link", "")[:500], "review_date": dated(values, "review_date", ref, problems),
        "statements": statements_in(values.get("statements", ""), ref, problems),
    }


def quote_row(values, problems):
    ref = values.get("ref", "")
    return {
        "ref": ref[:12], "text": values.get("text", ""), "speaker": speaker_for(values.get("speaker", "")),
        "date": dated(values, "date", ref, problems),
        "consent_recorded": values.get("consent_recorded", "").strip().lower() in YES,
        "statements": statements_in(values.get("statements", ""), ref, problems),
    }


def read_register_table(table):
    """('evidence' or 'quotes', [row dicts], [problems in words]), or (None, [], []) for any other table."""
    if not table.rows:
        return None, [], []
    columns = header_columns(table.rows[0])
    if "ref" in columns and "text" in columns:
        register, read_row = "quotes", quote_row
    elif "ref" in columns and "title" in columns:
        register, read_row = "evidence", evidence_row
    else:
        return None, [], []
    rows, problems = [], []
    for row in table.rows[1:]:
        values = {column: (cell_link(cell) if column == "link" else cell.text.strip())
                  for column, cell in zip(columns, row.cells) if column}
        if values.get("ref") or values.get("title") or values.get("text"):
            rows.append(read_row(values, problems))
    return register, rows, problems

