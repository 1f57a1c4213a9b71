"""Writes for the self-assessment. Every model keeps its history (django-simple-history), named by the person
who made the change; copies made for a revision are marked so the history page can say so in one line."""
import hashlib

from django.db import transaction

from cqc.models import QualityStatement
from metrics.selectors import FigureReader

from .models import Comment, Lead, Section, Version
from .selectors import version_figures

COPIED = "copied for a revision"
TEXT_FIELDS = [name for name, _ in Section.HEADINGS]


def saved(instance, user=None, reason=None):
    """Save with the person and reason recorded in its history (the request's user when called from a view)."""
    if user is not None:
        instance._history_user = user
    if reason:
        instance._change_reason = reason
    instance.save()
    return instance


@transaction.atomic
def create_version(title, as_at, user, revises=None, reason=None):
    """A new draft with an empty section for each of the nine quality statements."""
    version = saved(Version(title=title, as_at=as_at, revises=revises, created_by=user), user)
    for statement in QualityStatement.objects.all():
        saved(Section(version=version, statement=statement), user, reason)
    return version


def copy_with_statements(item, version, user):
    statement_ids = [s.id for s in item.statements.all()]
    item.pk = item.id = None
    item.version = version
    item._prefetched_objects_cache = {}  # else set() would take the original's statements as already there
    saved(item, user, COPIED)
    item.statements.set(statement_ids)


@transaction.atomic
def create_revision(source, title, as_at, user):
    """A draft that starts as a copy of `source`: its text, linked actions, leads and registers (files shared)."""
    version = create_version(title, as_at, user, revises=source, reason=COPIED)
    originals = {s.statement_id: s for s in source.sections.prefetch_related("actions")}
    for section in version.sections.all():
        original = originals.get(section.statement_id)
        if original:
            for name in TEXT_FIELDS:
                setattr(section, name, getattr(original, name))
            saved(section, user, COPIED)
            section.actions.set(original.actions.all())
    for lead in source.leads.all():
        saved(Lead(version=version, user_id=lead.user_id, theme_id=lead.theme_id, statement_id=lead.statement_id),
              user, COPIED)
    for item in [*source.evidence.prefetch_related("statements"), *source.quotes.prefetch_related("statements")]:
        copy_with_statements(item, version, user)
    return version


@transaction.atomic
def update_section(section, user, actions, **text):
    for name in TEXT_FIELDS:
        setattr(section, name, text.get(name, getattr(section, name)))
    saved(section, user)
    section.actions.set(actions)
    return section


def store_evidence_file(item, uploaded):
    data = uploaded.read()
    item.file_sha256 = hashlib.sha256(data).hexdigest()
    item.file_name = uploaded.name
    uploaded.seek(0)
    item.file.save(uploaded.name, uploaded, save=False)


@transaction.atomic
def save_register_item(item, statements, user, uploaded=None):
    """Add or change an evidence item or quote (with a new file, when given)."""
    if uploaded is not None:
        store_evidence_file(item, uploaded)
    saved(item, user)
    item.statements.set(statements)
    return item


def remove_register_item(item, user):
    item._history_user = user
    item.delete()


def add_comment(version, user, contributor, text, statement=None):
    return Comment.objects.create(version=version, author=user, contributor=contributor, text=text,
                                  statement=statement)


def add_lead(version, user, lead_user, theme=None, statement=None):
    lead, _ = Lead.objects.get_or_create(version=version, user=lead_user, theme=theme, statement=statement)
    return lead


def remove_lead(lead, user):
    lead._history_user = user
    lead.delete()


@transaction.atomic
def endorse(version, endorsed_by, endorsed_on, user):
    """Record who endorsed the version and when, and freeze the figures it cites so it never changes after."""
    figures = version_figures(version, FigureReader.for_service())  # endorsing publishes them, as publishing a quarter
    version.figures = {code: figure.as_dict() for code, figure in figures.items()}
    version.status = Version.ENDORSED
    version.endorsed_by = endorsed_by
    version.endorsed_on = endorsed_on
    version.endorsement_recorded_by = user
    return saved(version, user)

