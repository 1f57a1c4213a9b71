"""The demo council's self-assessment: the version endorsed in September 2024 (registers with the defects real
ones have) and its September 2026 revision, a draft with comments. Loaded once; loading again changes nothing.

Each step's history is dated when it happened in the story, so the history page reads true."""
from contextlib import contextmanager
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cqc.models import QualityStatement, Theme
from improvement_plan.models import Action
from improvement_plan.selectors import latest_plan

from ascdash.selfassessment import services
from ascdash.selfassessment.models import Comment, EvidenceItem, Lead, Quote, Section, Version
from . import content_2024, content_2026, registers

V1_TITLE = "Self-assessment September 2024"
V2_TITLE = "Self-assessment revision, September 2026"
ENDORSERS = "Director of Adult Social Care and Health; Lead Member for Adult Social Care; Chief Executive"
TRACKED = [Version, Section, EvidenceItem, Quote, Lead]
COMMENTS = [  # (statement slug or None, contributor, comment, day in September 2026)
    ("assessing-needs", "Carers' Reference Group", "Please say what 'waiting well' contact means for carers, not "
     "only for the person waiting.", 22),
    ("supporting-healthier-lives", "Jo Patel, Healthwatch Northmoor", "Our enter-and-view visits heard the same: "
     "the website is better, but phone lines are still hard to get through on.", 23),
    ("care-provision", "Dr Amir Hussain, Northmoor Integrated Care Board", "Worth citing the joint discharge-to-"
     "assess figures alongside the supported living numbers.", 24),
    ("equity", "Principal Social Worker", "The learning disability team gap needs a clear date for recovery.", 24),
    (None, "Lead Member for Adult Social Care", "A clear, honest draft. Please make sure each plan names a lead.", 25),
]


def aware(year, month, day, hour=10):
    return timezone.make_aware(datetime(year, month, day, hour))


@contextmanager
def dated(when):
    """History rows (and comments) written inside the block are dated `when`."""
    before = {model: model.history.order_by("-history_id").values_list("history_id", flat=True).first() or 0
              for model in TRACKED}
    last_comment = Comment.objects.order_by("-id").values_list("id", flat=True).first() or 0
    yield
    for model, last in before.items():
        model.history.filter(history_id__gt=last).update(history_date=when)
    Comment.objects.filter(id__gt=last_comment).update(created_at=when)


def add_items(version, model, rows, user):
    statements = QualityStatement.objects.in_bulk(field_name="slug")
    for row in rows:
        if model is EvidenceItem:
            ref, title, kind, owner, day, link, slugs, review = row
            item = EvidenceItem(version=version, ref=ref, title=title, kind=kind, owner=owner, date=day, link=link,
                                review_date=review)
        else:
            ref, text, speaker, slugs, day, consent = row
            item = Quote(version=version, ref=ref, text=text, speaker=speaker, date=day, consent_recorded=consent)
        services.save_register_item(item, [statements[slug] for slug in slugs], user)


def write_sections(version, texts, users, default_user):
    actions = {action.reference: action for action in Action.objects.filter(area__plan=latest_plan())}
    for day, section in enumerate(version.sections.select_related("statement"), start=4):
        change = texts.get(section.statement.slug)
        if change:
            user = users.get(change.get("by"), default_user)
            text = {name: change[name] for name in services.TEXT_FIELDS if name in change}
            with dated(aware(version.as_at.year, version.as_at.month, day)):
                services.update_section(section, user, [actions[ref] for ref in change.get("actions", [])
                                                        if ref in actions], **text)


def first_version(users):
    admin = users["admin"]
    with dated(aware(2024, 9, 2)):
        version = services.create_version(V1_TITLE, date(2024, 9, 20), admin)
        services.add_lead(version, admin, users["officer"], theme=Theme.objects.get(number=1))
        services.add_lead(version, admin, users["steering"], theme=Theme.objects.get(number=3))
        add_items(version, EvidenceItem, registers.EVIDENCE_2024, admin)
        add_items(version, Quote, registers.QUOTES_2024, admin)
    write_sections(version, content_2024.SECTIONS, users, admin)
    with dated(aware(2024, 9, 27, 15)):
        services.endorse(version, ENDORSERS, date(2024, 9, 27), admin)
    return version


def revise_registers(version, admin):
    for item in version.evidence.all():
        item.ref = registers.RENUMBERED_2026.get((item.ref, item.title), item.ref)
        item.link = registers.LINKS_FIXED_2026.get(item.ref, item.link)
        if item.ref not in registers.STILL_DUE_2026:
            item.review_date = registers.REVIEWED_2026
        services.saved(item, admin)
    for item in version.evidence.filter(ref__in=registers.REMOVED_2026):
        services.remove_register_item(item, admin)
    add_items(version, EvidenceItem, registers.EVIDENCE_2026, admin)
    for quote in version.quotes.filter(ref__in=registers.CONSENT_RECORDED_2026):
        quote.consent_recorded = True
        services.saved(quote, admin)
    add_items(version, Quote, registers.QUOTES_2026, admin)


def revision(first, users):
    admin = users["admin"]
    with dated(aware(2026, 9, 1)):
        version = services.create_revision(first, V2_TITLE, date(2026, 9, 18), admin)
        services.add_lead(version, admin, users["steering"], statement=QualityStatement.objects.get(slug="governance"))
    with dated(aware(2026, 9, 3)):
        revise_registers(version, admin)
    write_sections(version, content_2026.REVISIONS, users, admin)
    statements = QualityStatement.objects.in_bulk(field_name="slug")
    for slug, contributor, text, day in COMMENTS:
        with dated(aware(2026, 9, day)):
            services.add_comment(version, users["officer"], contributor, text, statements.get(slug))
    return version


@transaction.atomic
def load_self_assessment():
    """Both demo versions, once (needs the demo users, the framework and the improvement plan)."""
    if Version.objects.filter(title=V1_TITLE).exists():
        return None
    users = {user.username: user for user in get_user_model().objects.filter(
        username__in=["officer", "steering", "admin"])}
    first = first_version(users)
    second = revision(first, users)
    Version.objects.filter(pk=first.pk).update(created_at=aware(2024, 9, 2))
    Version.objects.filter(pk=second.pk).update(created_at=aware(2026, 9, 1))
    return second
