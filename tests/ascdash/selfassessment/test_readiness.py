"""Readiness per statement: the rule stated on the page, then the inputs read for a version."""
from collections import Counter
from datetime import date

from ascdash.selfassessment.readiness import NOT_READY, PARTLY_READY, READY, Inputs, readiness_level, version_readiness
from improvement_plan.models import Action, AreaForImprovement, Plan, StatusUpdate
from metrics.models import Target
from metrics.selectors import FigureReader




def level(evidence=3, stale=0, indicators=None, actions=None):
    return readiness_level(Inputs(evidence, stale, Counter(indicators or {}), Counter(actions or {})))


def test_ready_needs_fresh_evidence_no_red_or_amber_and_no_action_in_trouble():
    assert level(indicators={"green": 2, "no_target": 4}, actions={"on_track": 1, "complete": 2}) == (READY, [])


def test_not_ready():
    assert level(evidence=0) == (NOT_READY, ["no evidence"])
    assert level(indicators={"red": 1, "green": 1}) == (NOT_READY, ["1 of 2 judged indicators red"])
    assert level(actions={"overdue": 1, "off_track": 1}) == (NOT_READY, ["2 actions off track or overdue"])


def test_partly_ready_lists_each_reason():
    assert level(stale=1, indicators={"red": 1, "amber": 1, "green": 1}, actions={"at_risk": 2}) == (
        PARTLY_READY, ["1 of 3 evidence items past review date", "1 indicator red", "1 indicator amber",
                       "2 actions at risk"])


def test_a_versions_readiness_reads_evidence_indicators_and_plan(seeded, figures, statements, home_area):
    wait, _ = figures
    wait.quality_statements.add(statements["assessing-needs"])
    Target.objects.create(indicator=wait, value=90, tolerance=10, start_date=date(2024, 4, 1))  # 145 days: red
    plan = Plan.objects.create(title="Plan")
    action = Action.objects.create(area=AreaForImprovement.objects.create(plan=plan, title="Safeguarding"),
                                   reference="S1", title="Audits", target_date=date(2099, 1, 1))
    action.quality_statements.add(statements["safeguarding"])
    StatusUpdate.objects.create(action=action, date=date(2026, 9, 1), rag="at_risk", percent_complete=20, note="Slipping")
    rows = {row.section.statement.slug: row for row in version_readiness(seeded, FigureReader.for_service(), today=date(2026, 9, 30))}
    needs = rows["assessing-needs"]  # cites E1, both E2s and E4 (past review); E7 is not in the register
    assert (needs.inputs.evidence, needs.inputs.stale, needs.inputs.indicators["red"]) == (4, 1, 1)
    assert (needs.level, needs.reasons) == (NOT_READY, ["1 of 1 judged indicators red"])
    safeguarding = rows["safeguarding"]  # E4 names it, past review; one action at risk
    assert (safeguarding.level, safeguarding.reasons) == (
        PARTLY_READY, ["1 of 1 evidence items past review date", "1 action at risk"])
    assert (rows["equity"].level, rows["equity"].reasons) == (NOT_READY, ["no evidence"])


def test_inputs_in_words_leave_out_what_is_none():
    inputs = Inputs(4, 1, Counter({"red": 1, "green": 2, "no_target": 3}), Counter({"overdue": 4, "on_track": 1}))
    assert (inputs.indicator_words, inputs.action_words) == ("1 red, 2 green", "1 on track, 4 overdue")
    assert (Inputs().indicator_words, Inputs().action_words) == ("none judged against a target", "none linked")
