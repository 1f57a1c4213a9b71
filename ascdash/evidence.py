"""The per-statement evidence page: a CQC quality statement with its scores and findings, the indicators
mapped to it with their latest judgement against target, a readiness summary, and the improvement actions
linked to it.

Only ascdash composes cqc, metrics and the improvement plan.
"""
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from cqc.selectors import statement_history
from improvement_plan import selectors as plan_selectors
from core.judgements import Judgement
from metrics import judgements
from metrics.judgements import NOT_JUDGED, no_data
from metrics.formatting import format_value
from metrics.models import Area, Indicator
from core.periods import QUARTER, Period
from metrics.selectors import latest_quarter
from metrics.selectors.indicators import latest_summaries
from metrics.selectors.summaries import IndicatorSummary

# The readiness summary, in the order shown.
READINESS = [
    judgements.TARGET_MISSED, judgements.TARGET_NEARLY_MET, judgements.TARGET_MET, judgements.NO_DATA,
    judgements.NO_TARGET, NOT_JUDGED,
]


@dataclass(frozen=True)
class IndicatorEvidence:
    indicator: Indicator
    summary: IndicatorSummary | None  # None when the home council has no figures at all
    judgement: Judgement

    @property
    def value(self):
        return self.summary.value if self.summary else None

    @property
    def target(self):
        return self.summary.target if self.summary else None

    @property
    def period_label(self):
        return self.summary.period.label if self.summary and self.summary.has_value else ""

    @property
    def value_words(self):
        return format_value(self.value, self.indicator)

    @property
    def target_words(self):
        if self.target is None:
            return "None"
        words = format_value(self.target.value, self.indicator)
        if self.target.tolerance:
            words += f" (amber within {format_value(self.target.tolerance, self.indicator)})"
        return words

    @property
    def england(self):
        """The comparison with England, from the same engine as the dashboard."""
        if self.summary is None or not self.summary.has_value:
            return no_data("No England figure to compare")
        return self.summary.judgements["england"]


def judge(indicator, summary):
    """Readiness judgement: no data first, then context-only indicators, then the dashboard's target RAG."""
    if summary is None or not summary.has_value:
        return no_data()
    if indicator.polarity == Indicator.NO_JUDGEMENT:
        return NOT_JUDGED
    return summary.judgements["target"]


def indicator_evidence(figures, statement, area):
    """Each active indicator mapped to `statement`, judged as the dashboard judges it: the latest quarter with
    a home figure, else the current quarter (the one before for figures not in yet; the latest financial year
    for annual measures), home-council totals, the target in force at the quarter's end. A fixed number of
    queries."""
    return indicator_evidence_by_statement(figures, [statement], area)[statement.id]


def indicator_evidence_by_statement(figures, statements, area):
    """{statement id: indicator_evidence rows} for several statements, reading the figures once."""
    mapped = {statement.id: list(statement.indicators.filter(active=True)) for statement in statements}
    indicators = list({indicator.id: indicator for rows in mapped.values() for indicator in rows}.values())
    summaries = {}
    if indicators and area:
        period = latest_quarter(figures) or Period.containing(QUARTER, timezone.localdate())
        summaries = latest_summaries(figures, indicators, period)
    return {statement_id: [IndicatorEvidence(indicator, summaries.get(indicator.id),
                                             judge(indicator, summaries.get(indicator.id))) for indicator in rows]
            for statement_id, rows in mapped.items()}


def readiness(rows):
    """How many mapped indicators are red, amber, green, without data, without a target, or not judged."""
    counts = Counter(row.judgement.key for row in rows)
    return [(judgement, counts[judgement.key]) for judgement in READINESS]


@dataclass(frozen=True)
class ActionEvidence:
    action: object  # improvement_plan.Action annotated by actions_with_status
    status: Judgement  # the action's displayed status (Overdue wins over the RAG)


def improvement_actions(statement, today):
    """The latest plan's actions linked to `statement`, with their displayed status. 3 queries."""
    plan = plan_selectors.latest_plan()
    if plan is None:
        return None, []
    return plan, [ActionEvidence(action, status) for action, status in
                  plan_selectors.actions_for_statement(statement, today, plan)]


@dataclass
class StatementEvidence:
    statement: object
    history: list
    indicators: list
    readiness: list
    area: Area | None
    plan: object
    actions: list


def statement_evidence(figures, statement, today=None):
    """Everything the evidence page shows for one statement; the home council's figures, as the FigureReader
    `figures` sees them, if it exists."""
    area = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    rows = indicator_evidence(figures, statement, area)
    plan, actions = improvement_actions(statement, today or timezone.localdate())
    return StatementEvidence(statement, statement_history(statement), rows, readiness(rows), area, plan, actions)
