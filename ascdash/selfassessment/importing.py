"""Creating a draft version from a Word self-assessment (docx_import reads it; this writes it)."""
import hashlib
import re

from django.core.files.base import ContentFile
from django.db import transaction

from cqc.models import QualityStatement
from improvement_plan.selectors import latest_plan
from improvement_plan.models import Action

from .docx_export import LIST_HEADINGS
from .models import EvidenceItem, Quote
from .services import create_version, saved

ACTION_REFERENCE = re.compile(r"^\s*([A-Z]{1,3}\d{1,3})\s*[:–-]")


def section_text(name, paragraphs):
    return ("\n" if name in LIST_HEADINGS else "\n\n").join(paragraphs)


def linked_actions(lines):
    """The latest plan's actions named by reference at the start of each line ('W1: Reduce waiting times')."""
    plan = latest_plan()
    references = [match.group(1) for line in lines for match in [ACTION_REFERENCE.match(line)] if match]
    if plan is None or not references:
        return []
    return list(Action.objects.filter(area__plan=plan, reference__in=references))


def summary(parsed):
    read = f"Read {len(parsed.sections)} of 9 quality statements, {len(parsed.evidence)} evidence items and " \
           f"{len(parsed.quotes)} quotes."
    return "\n".join([read, *(f"Not read: {note}." for note in parsed.skipped)])


@transaction.atomic
def create_from_import(parsed, title, as_at, user, data, filename):
    """A new draft holding what was read, with the Word file kept unchanged and the notes of what was skipped."""
    version = create_version(title, as_at, user)
    version.source_name = filename[:255]
    version.source_sha256 = hashlib.sha256(data).hexdigest()
    version.source_file.save(filename, ContentFile(data), save=False)
    version.import_notes = summary(parsed)
    saved(version, user)
    for section in version.sections.select_related("statement"):
        parts = parsed.sections.get(section.statement.slug, {})
        for name, paragraphs in parts.items():
            if name != "actions":
                setattr(section, name, section_text(name, paragraphs))
        saved(section, user)
        section.actions.set(linked_actions(parts.get("actions", [])))
    statements = QualityStatement.objects.in_bulk(field_name="slug")
    for model, rows in ((EvidenceItem, parsed.evidence), (Quote, parsed.quotes)):
        for row in rows:
            slugs = row.pop("statements")
            item = saved(model(version=version, **row), user)
            item.statements.set([statements[slug] for slug in slugs])
    return version
