"""Writes to the improvement plan."""
import hashlib

from django.core.files.base import ContentFile
from django.db import transaction

from cqc.models import QualityStatement

from . import rules
from .models import Action, AreaForImprovement, OutcomeToTrack, Plan, StatusUpdate


def add_status_update(action, author, *, date, rag, percent_complete, note, evidence_link=""):
    """Record progress on an action: always a new row, so the RAG history is never rewritten."""
    return StatusUpdate.objects.create(
        action=action, author=author, date=date, rag=rag, percent_complete=percent_complete, note=note,
        evidence_link=evidence_link,
    )


def save_action(form, user):
    """Save an edited action; its history records who changed what."""
    _as_user(form.instance, user)
    return form.save()


def _as_user(instance, user):
    instance._history_user = user  # simple-history records who made the change outside a request too
    return instance


@transaction.atomic
def attach_source(plan, name, content):
    """Keep the workbook a plan was imported from, unchanged, named by its SHA-256."""
    plan.source_name = name
    plan.source_sha256 = hashlib.sha256(content).hexdigest()
    plan.source_file.save(name, ContentFile(content), save=False)


def import_plan(parsed, title, user, assessment=None, source=None):
    """Create a plan from a parsed workbook (importing.parse_plan_workbook) that has no errors.

    `source` is (file name, bytes) of the workbook, kept with the plan."""
    if parsed.errors:
        raise ValueError("A plan with errors cannot be imported.")
    actions = [action for area in parsed.areas for action in area.actions]
    starts = [a.commencement.day for a in actions if a.commencement.day]
    ends = [rules.deadline(a.target.day, a.target.month_only) for a in actions if a.target.day]
    plan = _as_user(Plan(
        title=title, assessment=assessment, period_start=min(starts, default=None), period_end=max(ends, default=None)
    ), user)
    if source is not None:
        attach_source(plan, *source)
    plan.save()
    statements = {s.slug: s for s in QualityStatement.objects.all()}
    outcome_order = 0
    for order, parsed_area in enumerate(parsed.areas, start=1):
        area = _as_user(AreaForImprovement(
            plan=plan, title=parsed_area.title, order=order, deliverables="\n".join(parsed_area.deliverables)
        ), user)
        area.save()
        for item in parsed_area.actions:
            action = _as_user(Action(
                area=area, reference=item.reference, title=item.title,
                lead_officer=item.lead_officer, responsible_group=item.responsible_group,
                commencement_date=item.commencement.day, commencement_month_only=item.commencement.month_only,
                commencement_text=item.commencement.text,
                target_date=item.target.day, target_month_only=item.target.month_only, target_text=item.target.text,
                deliverables=item.deliverables,
            ), user)
            action.save()
            action.quality_statements.set([statements[slug] for slug in item.statements if slug in statements])
        for text in parsed_area.outcomes:
            for line in filter(None, (line.strip(" •-\t") for line in text.splitlines())):
                outcome_order += 1
                _as_user(OutcomeToTrack(plan=plan, area=area, description=line, order=outcome_order), user).save()
    return plan
