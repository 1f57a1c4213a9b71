"""Reads for the improvement plan.

Whole-plan reads (summary, outcomes, changes since) run a fixed number of queries whatever the plan's size;
`action_changes` reads one action's edit history, a few queries per recorded edit.
"""
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce

from cqc.models import QualityStatement
from metrics.selectors.figures import home_series

from . import rules
from .models import Action, AreaForImprovement, OutcomeToTrack, Plan, StatusUpdate


def latest_plan():
    return Plan.objects.select_related("assessment").first()


def _latest_updates(before=None):
    updates = StatusUpdate.objects.filter(action=OuterRef("pk"))
    if before is not None:
        updates = updates.filter(date__lt=before)
    return updates.order_by("-date", "-created_at", "-id")


def actions_with_status(plan):
    """The plan's actions, each annotated with its latest update (RAG, percent, date, note) in the same query."""
    latest = _latest_updates()
    return (
        Action.objects.filter(area__plan=plan)
        .select_related("area")
        .prefetch_related("quality_statements")
        .annotate(
            current_rag=Coalesce(Subquery(latest.values("rag")[:1]), Value(rules.NOT_STARTED)),
            current_percent=Subquery(latest.values("percent_complete")[:1]),
            latest_update_date=Subquery(latest.values("date")[:1]),
            latest_note=Subquery(latest.values("note")[:1]),
        )
        .order_by("area__order", "area_id", "id")
    )


def overdue_q(today):
    """The overdue rule (rules.is_overdue with rules.deadline) as a filter on `actions_with_status`.

    A month-only target is stored as the 1st of its month and runs to the month's end, so it is overdue
    once that 1st is before the 1st of today's month.
    """
    past_deadline = Q(target_month_only=False, target_date__lt=today) | Q(
        target_month_only=True, target_date__lt=today.replace(day=1)
    )
    return past_deadline & ~Q(current_rag=rules.COMPLETE)


def status_of(action, today):
    return rules.display_status(action.current_rag, action.deadline, today)


@dataclass
class AreaSummary:
    area: AreaForImprovement
    counts: Counter = field(default_factory=Counter)
    overdue: int = 0
    total: int = 0

    def count_list(self):
        return [self.counts[code] for code in rules.STATUS_ORDER]


def summary_by_area(plan, actions, today):
    """Counts by displayed status for each area and overall (actions from `actions_with_status`)."""
    areas = {area.pk: AreaSummary(area) for area in plan.areas.all()}
    overall = AreaSummary(None)
    for action in actions:
        status = status_of(action, today)
        for summary in (areas[action.area_id], overall):
            summary.counts[status.key] += 1
            summary.overdue += status.key == rules.OVERDUE
            summary.total += 1
    return list(areas.values()), overall


@dataclass
class OutcomeProgress:
    outcome: OutcomeToTrack
    series: list
    judgement: rules.Judgement
    expected_today: float | None

    @property
    def latest(self):
        return self.series[-1] if self.series else None


def outcome_progress(outcome, series, today):
    latest = series[-1].value if series else None
    trajectory = outcome.trajectory
    return OutcomeProgress(
        outcome=outcome,
        series=series,
        judgement=rules.trajectory_judgement(trajectory, latest, today),
        expected_today=trajectory.expected(today) if trajectory else None,
    )


def outcomes_with_progress(figures, plan, today):
    """Each outcome of the plan with its indicator's series, as the FigureReader `figures` sees it."""
    outcomes = list(plan.outcomes.select_related("indicator", "area"))
    series = home_series(figures, {o.indicator for o in outcomes if o.indicator})
    return [outcome_progress(o, series.get(o.indicator_id, []), today) for o in outcomes]


def outcome_detail(figures, outcome, today):
    series = home_series(figures, [outcome.indicator]) if outcome.indicator else {}
    return outcome_progress(outcome, series.get(outcome.indicator_id, []), today)


def action_detail(pk):
    return (
        Action.objects.select_related("area__plan")
        .prefetch_related(
            "quality_statements",
            Prefetch("updates", queryset=StatusUpdate.objects.select_related("author").order_by(
                "-date", "-created_at", "-id")),
        )
        .get(pk=pk)
    )


@dataclass(frozen=True)
class Change:
    when: object
    who: str
    kind: str
    changes: list  # (field label, old, new)


def action_changes(action):
    """Who changed what on the action and when, newest first, from its simple-history records."""
    records = list(action.history.select_related("history_user").order_by("history_date", "history_id"))
    statement_names = dict(QualityStatement.objects.values_list("pk", "name"))
    changes = []
    previous = None
    for record in records:
        diffs = [] if previous is None else [
            (Action._meta.get_field(change.field).verbose_name.capitalize(),
             _shown(change.old, statement_names), _shown(change.new, statement_names))
            for change in record.diff_against(previous).changes
        ]
        if previous is None or diffs:
            user = record.history_user
            changes.append(Change(
                when=record.history_date,
                who=(user.get_full_name() or user.username) if user else "System",
                kind=record.get_history_type_display(),
                changes=diffs,
            ))
        previous = record
    return list(reversed(changes))


def _shown(value, statement_names):
    if isinstance(value, list):  # many-to-many: a list of through-row dicts
        return ", ".join(sorted(statement_names.get(row.get("qualitystatement"), "?") for row in value)) or "None"
    if value in (None, ""):
        return "None"
    return str(value)


@dataclass
class ChangesSince:
    since: date
    updates: list
    newly_overdue: list
    movements: list  # (action, from judgement, to judgement)


def changes_since(plan, since, today):
    """For the monthly steering group: every update dated since `since`, actions that became overdue since then,
    and each action whose RAG moved between its last update before `since` and now."""
    updates = list(
        StatusUpdate.objects.filter(action__area__plan=plan, date__gte=since)
        .select_related("action", "author")
        .order_by("date", "created_at", "id")
    )
    actions = list(
        actions_with_status(plan).annotate(
            rag_before=Coalesce(Subquery(_latest_updates(before=since).values("rag")[:1]), Value(rules.NOT_STARTED))
        )
    )
    newly_overdue = [
        action for action in actions
        if rules.is_overdue(action.deadline, action.current_rag, today) and action.deadline >= since
    ]
    movements = [
        (action, rules.rag_judgement(action.rag_before), rules.rag_judgement(action.current_rag))
        for action in actions if action.rag_before != action.current_rag
    ]
    return ChangesSince(since, updates, newly_overdue, movements)


# for other pages (the quarterly dashboard, CQC evidence) -----------------------------------------------------------
@dataclass
class PlanOverview:
    """The latest plan: actions by displayed status for each area and overall, and the overdue actions."""

    plan: Plan
    areas: list  # AreaSummary per area for improvement
    overall: AreaSummary
    overdue: list
    today: date

    STATUSES = rules.STATUSES
    OVERDUE = rules.rag_judgement(rules.OVERDUE)


def plan_overview(today):
    """None when there is no plan. Four queries: plan, actions with their latest update, their quality
    statements, areas."""
    plan = latest_plan()
    if plan is None:
        return None
    actions = list(actions_with_status(plan))
    areas, overall = summary_by_area(plan, actions, today)
    overdue = [action for action in actions if status_of(action, today).key == rules.OVERDUE]
    return PlanOverview(plan, areas, overall, overdue, today)


def actions_for_statement(statement, today, plan=None):
    """[(action, displayed status)] of the plan's (by default the latest plan's) actions linked to a CQC quality
    statement; [] when there is no plan."""
    plan = plan or latest_plan()
    if plan is None:
        return []
    actions = actions_with_status(plan).filter(quality_statements=statement)
    return [(action, status_of(action, today)) for action in actions]
