from datetime import date, datetime, timezone

import pytest

from cqc.models import QualityStatement
from improvement_plan.models import Action, AreaForImprovement, OutcomeToTrack, Plan, StatusUpdate


def add_update(action, day, rag, percent=50, note="Progress", author=None, created_at=None):
    update = StatusUpdate.objects.create(
        action=action, date=day, rag=rag, percent_complete=percent, note=note, author=author
    )
    if created_at is not None:  # auto_now_add ignores a value given on create
        StatusUpdate.objects.filter(pk=update.pk).update(created_at=created_at)
        update.refresh_from_db()
    return update


def at(*args):
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def plan(db):
    return Plan.objects.create(title="Test plan", period_start=date(2025, 4, 1), period_end=date(2027, 3, 31))


@pytest.fixture
def make_action(plan):
    areas = {}

    def _make(reference, area_title="Waiting times", target=None, month_only=False, lead="", group="",
              statements=(), commencement=date(2025, 4, 1)):
        if area_title not in areas:
            areas[area_title] = AreaForImprovement.objects.create(plan=plan, title=area_title, order=len(areas) + 1)
        action = Action.objects.create(
            area=areas[area_title], reference=reference, title=f"Action {reference}", lead_officer=lead,
            responsible_group=group, commencement_date=commencement, target_date=target,
            target_month_only=month_only,
        )
        if statements:
            action.quality_statements.set(QualityStatement.objects.filter(slug__in=statements))
        return action

    return _make


@pytest.fixture
def make_outcome(plan):
    def _make(**fields):
        defaults = {"plan": plan, "description": "An outcome", "direction": OutcomeToTrack.DECREASE}
        return OutcomeToTrack.objects.create(**(defaults | fields))

    return _make
