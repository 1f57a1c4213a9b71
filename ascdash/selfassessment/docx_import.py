"""Reading a self-assessment from Word by its headings, where practical.

A heading naming a quality statement (in any of CQC's wordings, numbered or not) starts that statement; under it,
headings such as "Ambition", "Strengths", "Priorities for improvement", "What is our performance and how do we
know?" and "Plans" start each part. Tables whose header row has an id and a title (or a quote) are read as the
evidence register (or the quotes). Anything else is skipped and listed, so nothing is lost silently."""
import re
from dataclasses import dataclass, field

from docx.table import Table

from cqc.framework import resolve_statement

from .docx_export import LINKED_ACTIONS
from .registers_from_tables import read_register_table

PREFIX = re.compile(r"^\s*(?:theme\s*\d+|quality\s+statement\s*\d+|qs\s*\d+|\d+(?:\.\d+)*)\s*[:.)\-–—]?\s*", re.I)
HEADING_FIELDS = {
    "ambition": ["ambition", "our ambition", "what is our ambition", "vision", "our vision"],
    "strengths": ["strengths", "our strengths", "what are our strengths", "what we do well", "key strengths"],
    "areas_for_improvement": ["areas for improvement", "priorities for improvement", "what we need to improve",
                              "areas for development", "our priorities for improvement", "what could be better"],
    "how_we_know": ["how we know", "how do we know", "what is our performance and how do we know",
                    "our performance and how we know", "how we know we are doing well"],
    "plans": ["plans", "our plans", "what are our plans", "next steps", "what we will do", "plans for improvement"],
    "actions": [LINKED_ACTIONS.lower()],
}
FIELD_FOR_HEADING = {words: name for name, synonyms in HEADING_FIELDS.items() for words in synonyms}
FIGURE_CODE = re.compile(r"\{[a-z0-9][a-z0-9-]*\}")


def words_of(text):
    return " ".join(re.sub(r"[^\w\s']", " ", PREFIX.sub("", text).lower()).split())


@dataclass
class Parsed:
    sections: dict = field(default_factory=dict)  # {statement slug: {field: [paragraphs]}}
    evidence: list = field(default_factory=list)  # [dict] for EvidenceItem
    quotes: list = field(default_factory=list)  # [dict] for Quote
    skipped: list = field(default_factory=list)  # what was not read, in words

    def add(self, slug, name, text):
        self.sections.setdefault(slug, {}).setdefault(name, []).append(text)


def paragraph_text(paragraph):
    """The paragraph's text, with a figure written by our export turned back into its {indicator code}."""
    parts = []
    for item in paragraph.iter_inner_content():
        hidden = getattr(getattr(item, "font", None), "hidden", False)
        if hidden and FIGURE_CODE.fullmatch(item.text) and parts:
            parts[-1] = item.text
        elif not hidden:
            parts.append(item.text)
    return "".join(parts).strip()


def style_name(paragraph):
    return paragraph.style.name if paragraph.style is not None else ""


class Reader:
    """Walks the document's paragraphs and tables in order, tracking the statement and part being read."""

    def __init__(self):
        self.parsed = Parsed()
        self.statement = self.part = None
        self.unread = 0  # paragraphs skipped since the last heading

    def note_unread(self, where):
        if self.unread:
            self.parsed.skipped.append(f"{self.unread} paragraph{'s' if self.unread != 1 else ''} {where}")
        self.unread = 0

    def heading(self, text):
        self.note_unread(f"before the heading '{text}'")
        words = words_of(text)
        if words in FIELD_FOR_HEADING and self.statement:
            self.part = FIELD_FOR_HEADING[words]
        elif resolve_statement(PREFIX.sub("", text)):
            self.statement, self.part = resolve_statement(PREFIX.sub("", text)), None
        elif text.lower().startswith("theme") or words in ("evidence register", "quotes"):
            self.statement = self.part = None
        else:
            self.part = None
            self.parsed.skipped.append(f"The heading '{text}' (not a quality statement or a part of one)")

    def paragraph(self, paragraph):
        text = paragraph_text(paragraph)
        if not text or style_name(paragraph) == "Title":  # the document's own title
            return
        if style_name(paragraph).startswith("Heading"):
            self.heading(text)
        elif self.statement and self.part:
            self.parsed.add(self.statement, self.part, text)
        else:
            self.unread += 1

    def table(self, table):
        register, rows, problems = read_register_table(table)
        if register is None:
            self.parsed.skipped.append(f"A table of {len(table.rows)} rows that is not an evidence or quotes register")
            return
        getattr(self.parsed, register).extend(rows)
        self.parsed.skipped.extend(problems)

    def read(self, document):
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                self.table(block)
            else:
                self.paragraph(block)
        self.note_unread("at the end of the document")
        return self.parsed


def parse_self_assessment(document):
    """Parsed sections and registers from a python-docx Document."""
    return Reader().read(document)
