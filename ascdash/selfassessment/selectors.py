"""Reads for the self-assessment pages, each a fixed number of queries whatever the document's size."""
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse

from cqc.models import Theme

from . import access
from .citations import indicator_codes
from .figures import figures_as_at, figures_from_dicts
from .models import EvidenceItem, Lead, Version, ref_sort_key
from .rendering import Lookup, anchor, render_lines, render_paragraphs
from .rules import link_problem
from .validation import review_reference_date, section_text


def versions_for(user):
    """The versions `user` may read, latest first, with their comment counts."""
    versions = Version.objects.select_related("revises").annotate(comment_count=Count("comments"))
    return versions if access.may_work(user) else versions.filter(status=Version.ENDORSED)


def version_figures(version, reader):
    """The figures the version cites: frozen at endorsement, else live as at the version's date, as the
    FigureReader `reader` sees them."""
    if not version.is_draft and version.figures:
        return figures_from_dicts(version.figures)
    codes = {code for section in version.sections.all() for code in indicator_codes(section_text(section))}
    return figures_as_at(reader, codes, version.as_at) if codes else {}


@dataclass
class SectionView:
    section: object
    ambition: list
    strengths: list
    areas: list
    how_we_know: list
    plans: list
    actions: list
    leads: list
    comments: int
    editable: bool

    @property
    def statement(self):
        return self.section.statement


@dataclass
class RegisterRow:
    item: object
    anchor: str  # "" for a second item with the same id (HTML ids must be unique)
    statements: str
    link_problem: str | None = None  # evidence only: why the link cannot be followed, from its form
    past_review: bool = False  # evidence only: its review date has passed (as at the validation date)


@dataclass
class Document:
    version: object
    themes: list  # [(theme, [SectionView])]
    evidence: list  # [RegisterRow]
    quotes: list  # [RegisterRow]
    lookup: Lookup


def register_rows(items, on):
    """Items in id order, with what the validation rules say of each; `on` judges review dates."""
    rows, seen = [], set()
    for item in sorted(items, key=lambda item: ref_sort_key(item.ref)):
        is_evidence = isinstance(item, EvidenceItem)
        rows.append(RegisterRow(
            item, "" if item.ref in seen else anchor(item.ref),
            "; ".join(statement.name for statement in item.statements.all()),
            link_problem(item.link, bool(item.file)) if is_evidence else None,
            is_evidence and bool(item.review_date and item.review_date < on),
        ))
        seen.add(item.ref)
    return rows


def lead_names(version):
    """{statement id: [names]} for theme and statement leads. One query."""
    names = {}
    for lead in Lead.objects.filter(version=version).select_related("user", "theme").prefetch_related(
            "theme__statements"):
        statement_ids = [s.id for s in lead.theme.statements.all()] if lead.theme else [lead.statement_id]
        for statement_id in statement_ids:
            names.setdefault(statement_id, []).append(lead.user.get_full_name() or lead.user.username)
    return names


def document(version, user, reader):
    """Everything the document page, Word export and print show for one version: `user` for who may edit what
    (None: nobody), the FigureReader `reader` for its live figures."""
    sections = list(version.sections.select_related("statement").prefetch_related("actions"))
    evidence = list(version.evidence.prefetch_related("statements"))
    quotes = list(version.quotes.prefetch_related("statements"))
    lookup = Lookup(version.as_at, {item.ref for item in evidence + quotes}, version_figures(version, reader))
    led = access.led_statement_ids(user, version) if user else set()
    leads = lead_names(version)
    comments = Counter(version.comments.values_list("statement_id", flat=True))
    views = {}
    for section in sections:
        views.setdefault(section.statement.theme_id, []).append(SectionView(
            section, render_paragraphs(section.ambition, lookup), render_lines(section.strengths, lookup),
            render_lines(section.areas_for_improvement, lookup), render_paragraphs(section.how_we_know, lookup),
            render_lines(section.plans, lookup), list(section.actions.all()), leads.get(section.statement_id, []),
            comments[section.statement_id], bool(user) and access.may_edit_section(user, section, led),
        ))
    themes = [(theme, views[theme.id]) for theme in Theme.objects.all() if theme.id in views]
    on = review_reference_date(version)
    return Document(version, themes, register_rows(evidence, on), register_rows(quotes, on), lookup)


def comments_by_statement(version):
    """[(statement or None for the whole document, [comments])], the document first."""
    grouped = {}
    for comment in version.comments.select_related("statement", "author"):
        grouped.setdefault(comment.statement, []).append(comment)
    return sorted(grouped.items(), key=lambda pair: pair[0].number if pair[0] else 0)


def previous_version(version):
    """The version this one revises, else the latest one dated before it."""
    if version.revises_id:
        return version.revises
    return Version.objects.filter(Q(as_at__lt=version.as_at) | Q(as_at=version.as_at, id__lt=version.id)).first()


def version_url(version):
    return reverse("selfassessment:version", args=[version.pk])


def register_url(version, register):
    return reverse(f"selfassessment:{register}", args=[version.pk])
