"""Readiness per statement: the evidence page's indicator judgements (ascdash.evidence), extended with the
freshness of the statement's evidence in a self-assessment version and the status of its improvement actions."""
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from ascdash.evidence import indicator_evidence_by_statement
from improvement_plan import rules as plan_rules
from improvement_plan import selectors as plan_selectors
from core.judgements import BAD, GOOD, WARNING, Judgement
from metrics.models import Area

from .citations import cited_refs
from .validation import section_text

READY = Judgement("ready", "Ready", GOOD)
PARTLY_READY = Judgement("partly_ready", "Partly ready", WARNING)
NOT_READY = Judgement("not_ready", "Not ready", BAD)
RULE_IN_WORDS = [
    (READY, "it has evidence and none is past its review date; no indicator mapped to it is red or amber against "
            "its target; and no linked improvement action is at risk, off track or overdue."),
    (PARTLY_READY, "it is neither ready nor not ready: for example some evidence is past its review date, an "
                   "indicator is red or amber, or an action is at risk."),
    (NOT_READY, "it has no evidence; or half or more of its indicators judged against a target are red; or a "
                "linked improvement action is off track or overdue."),
]
BLOCKING_ACTIONS = {plan_rules.OFF_TRACK, plan_rules.OVERDUE}


@dataclass
class Inputs:
    evidence: int = 0
    stale: int = 0  # evidence past its review date
    indicators: Counter = field(default_factory=Counter)  # by judgement key: red, amber, green, no_data ...
    actions: Counter = field(default_factory=Counter)  # by displayed status: on_track, at_risk, overdue ...

    @property
    def indicator_words(self):
        shown = [f"{self.indicators[key]} {key}" for key in ("red", "amber", "green") if self.indicators[key]]
        return ", ".join(shown) or "none judged against a target"

    @property
    def action_words(self):
        shown = [f"{self.actions[code]} {plan_rules.RAG_LABELS[code].lower()}" for code in plan_rules.STATUS_ORDER
                 if self.actions[code]]
        return ", ".join(shown) or "none linked"


def readiness_level(inputs):
    """(READY, PARTLY_READY or NOT_READY, [the reasons in words]) by the rule stated in RULE_IN_WORDS."""
    red, amber, green = (inputs.indicators[key] for key in ("red", "amber", "green"))
    blocked = sum(inputs.actions[code] for code in BLOCKING_ACTIONS)
    at_risk = inputs.actions[plan_rules.AT_RISK]
    not_ready = [reason for reason, applies in [
        ("no evidence", inputs.evidence == 0),
        (f"{red} of {red + amber + green} judged indicators red", red and red * 2 >= red + amber + green),
        (f"{blocked} action{'s' if blocked != 1 else ''} off track or overdue", blocked),
    ] if applies]
    if not_ready:
        return NOT_READY, not_ready
    partly = [reason for reason, applies in [
        (f"{inputs.stale} of {inputs.evidence} evidence items past review date", inputs.stale),
        (f"{red} indicator{'s' if red != 1 else ''} red", red),
        (f"{amber} indicator{'s' if amber != 1 else ''} amber", amber),
        (f"{at_risk} action{'s' if at_risk != 1 else ''} at risk", at_risk),
    ] if applies]
    return (PARTLY_READY, partly) if partly else (READY, [])


@dataclass
class StatementReadiness:
    section: object
    inputs: Inputs
    level: Judgement
    reasons: list


def evidence_counts(version, on):
    """{statement id: (evidence items, of which past review date)}: items naming the statement or cited under it."""
    items = list(version.evidence.prefetch_related("statements"))
    counts = {}
    for section in version.sections.all():
        cited = set(cited_refs(section_text(section)))
        mine = [item for item in items
                if item.ref in cited or any(s.id == section.statement_id for s in item.statements.all())]
        counts[section.statement_id] = (len(mine), sum(1 for item in mine if item.review_date and item.review_date < on))
    return counts


def action_counts(today):
    """{statement id: Counter of displayed status} for the latest plan's actions. Three queries."""
    plan = plan_selectors.latest_plan()
    counts = {}
    for action in plan_selectors.actions_with_status(plan) if plan else []:
        status = plan_selectors.status_of(action, today).key
        for statement in action.quality_statements.all():
            counts.setdefault(statement.id, Counter())[status] += 1
    return counts


def version_readiness(version, reader, today=None):
    """Readiness of each statement in `version`, judged today from the latest figures the FigureReader `reader`
    sees and the plan's status."""
    today = today or timezone.localdate()
    sections = list(version.sections.select_related("statement__theme"))
    area = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    indicators = indicator_evidence_by_statement(reader, [section.statement for section in sections], area)
    evidence = evidence_counts(version, today)
    actions = action_counts(today)
    rows = []
    for section in sections:
        total, stale = evidence[section.statement_id]
        inputs = Inputs(total, stale, Counter(row.judgement.key for row in indicators[section.statement_id]),
                        actions.get(section.statement_id, Counter()))
        level, reasons = readiness_level(inputs)
        rows.append(StatementReadiness(section, inputs, level, reasons))
    return rows
