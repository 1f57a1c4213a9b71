"""The per-statement evidence page: a CQC quality statement with its scores and findings, the indicators
mapped to it with their latest judgement against target, a readiness summary, and the improvement actions
linked to it.

Only ascdash composes cqc, metrics and the improvement plan.
"""
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone

from cqc.selectors import statement_history
from improvement_plan import selectors as plan_selectors
from metrics.comparison import Judgement, no_data, target_rag
from metrics.models import Area, Indicator, IndicatorValue, Target
from metrics.periods import MONTH, QUARTER, YEAR


NOT_JUDGED = Judgement("not_judged", "Context only: not judged", "neutral")
# The readiness summary: (judgement key, words, tag token), in the order shown.
READINESS = [
    ("red", "Red: target missed", "bad"),
    ("amber", "Amber: just short of target", "warning"),
    ("green", "Green: target met", "good"),
    ("no_data", "No data", "neutral"),
    ("no_target", "No target", "neutral"),
    (NOT_JUDGED.key, NOT_JUDGED.words, NOT_JUDGED.token),
]


PERIOD_KIND_FOR_FREQUENCY = {"monthly": MONTH, "quarterly": QUARTER, "annual": YEAR}


UNIT_SUFFIX = {"percent": "%", "days": " days", "rate_per_100k": " per 100,000"}


def format_value(value, indicator):
    """A figure as people read it: thousands separators, the indicator's decimals and unit."""
    if value is None:
        return "No data"
    return f"{value:,.{indicator.decimals}f}{UNIT_SUFFIX.get(indicator.unit, '')}"


@dataclass(frozen=True)
class IndicatorEvidence:
    indicator: Indicator
    latest: IndicatorValue | None
    target: Target | None
    judgement: Judgement

    @property
    def value_words(self):
        return format_value(self.latest.value if self.latest else None, self.indicator)

    @property
    def target_words(self):
        if self.target is None:
            return "None"
        words = format_value(self.target.value, self.indicator)
        if self.target.tolerance:
            words += f" (amber within {format_value(self.target.tolerance, self.indicator)})"
        return words


def target_in_force(targets, day):
    """The target whose date range covers `day` (the latest-starting one if several), else None."""
    covering = [t for t in targets if t.start_date <= day and (t.end_date is None or t.end_date >= day)]
    return max(covering, key=lambda t: t.start_date, default=None)


def judge(indicator, latest, targets):
    """(target in force, Judgement) for an indicator's latest value; the target for today when there is no value."""
    if latest is None or latest.value is None:
        return target_in_force(targets, timezone.localdate()), no_data()
    if indicator.polarity == Indicator.NO_JUDGEMENT:
        return None, NOT_JUDGED
    target = target_in_force(targets, latest.period.end)
    if target is None:
        return None, target_rag(latest.value, None, None, indicator.polarity)
    return target, target_rag(latest.value, target.value, target.tolerance, indicator.polarity)


def indicator_evidence(statement, area):
    """Each active indicator mapped to `statement`, with its latest home-council total and target judgement.

    The latest value is taken at the indicator's own frequency (monthly -> month). 3 queries.
    """
    indicators = list(
        statement.indicators.filter(active=True).prefetch_related(Prefetch("targets", queryset=Target.objects.all()))
    )
    values = IndicatorValue.objects.filter(
        indicator__in=indicators, area=area, breakdown="", category=""
    ).order_by("-period_start")
    kind_wanted = {indicator.id: PERIOD_KIND_FOR_FREQUENCY[indicator.frequency] for indicator in indicators}
    latest = {}
    for value in values:
        if value.period_kind == kind_wanted[value.indicator_id]:
            latest.setdefault(value.indicator_id, value)
    rows = []
    for indicator in indicators:
        found = latest.get(indicator.id)
        target, judgement = judge(indicator, found, list(indicator.targets.all()))
        rows.append(IndicatorEvidence(indicator, found, target, judgement))
    return rows


def readiness(rows):
    """How many mapped indicators are red, amber, green, without data, without a target, or not judged."""
    counts = Counter(row.judgement.key for row in rows)
    return [(Judgement(key, words, token), counts[key]) for key, words, token in READINESS]


@dataclass(frozen=True)
class ActionEvidence:
    action: object  # improvement_plan.Action annotated by actions_with_status
    status: object  # improvement_plan.rules.Judgement: code, label, colour (Overdue wins over the RAG)


def improvement_actions(statement, today):
    """The latest plan's actions linked to `statement`, with their displayed status. 3 queries."""
    plan = plan_selectors.latest_plan()
    if plan is None:
        return None, []
    actions = plan_selectors.actions_with_status(plan).filter(quality_statements=statement)
    return plan, [ActionEvidence(action, plan_selectors.status_of(action, today)) for action in actions]


@dataclass
class StatementEvidence:
    statement: object
    history: list
    indicators: list
    readiness: list
    area: Area | None
    plan: object
    actions: list


def statement_evidence(statement, today=None):
    """Everything the evidence page shows for one statement; the home council's figures if it exists."""
    area = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    rows = indicator_evidence(statement, area)
    plan, actions = improvement_actions(statement, today or timezone.localdate())
    return StatementEvidence(statement, statement_history(statement), rows, readiness(rows), area, plan, actions)
