"""The demo plan: as rich as a published one, linked where it can be, and safe to load twice."""
from datetime import date

from django.core.management import call_command

from improvement_plan import rules, selectors
from ascdash.demo.plan import PLAN_TITLE, load_plan
from improvement_plan.models import Action, OutcomeToTrack, Plan, StatusUpdate
from metrics.models import Indicator


def counts():
    return Plan.objects.count(), Action.objects.count(), StatusUpdate.objects.count(), OutcomeToTrack.objects.count(), \
        Action.history.count()


def test_demo_plan_loads_once(db, capsys):
    call_command("load_demo")
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert first[:2] == (1, 15) and first[3] == 7
    plan = Plan.objects.get(title=PLAN_TITLE)
    assert [area.title for area in plan.areas.all()] == [
        "Improving the experience of carers", "Information, advice, guidance and advocacy",
        "Waiting times and timeliness", "Care market, provision and quality", "Safeguarding", "Data and governance",
    ]
    assert list(Action.objects.values_list("reference", flat=True)) == [
        "C1", "C2", "I1", "I2", "I3", "W1", "W2", "W3", "W4", "M1", "S1", "S2", "S3", "S4", "D1",
    ]
    assert set(StatusUpdate.objects.values_list("author__username", flat=True)) == {"steering", "admin"}


def test_demo_statuses_as_at_the_end_of_november_2026(db):
    plan = load_plan()
    statuses = {a.reference: selectors.status_of(a, date(2026, 11, 23)).words
                for a in selectors.actions_with_status(plan)}
    assert statuses == {
        "C1": "Complete", "C2": "On track", "I1": "Complete", "I2": "On track", "I3": "On track",
        "W1": "Overdue", "W2": "Overdue", "W3": "At risk", "W4": "On track", "M1": "On track",
        "S1": "Complete", "S2": "Overdue", "S3": "Complete", "S4": "On track", "D1": "Complete",
    }
    w1 = Action.objects.get(reference="W1")
    assert (w1.updates.count(), w1.updates.earliest("date").date, w1.updates.latest("date").date) == (
        21, date(2025, 3, 12), date(2026, 11, 12)
    )
    assert rules.current_rag(list(Action.objects.get(reference="S2").updates.all())) == rules.ON_TRACK


def test_demo_links_outcomes_to_indicators_that_exist(db):
    Indicator.objects.create(
        code="ascof-3d-direct-payments-pct", title="Direct payments", description="d", family="dp", unit="percent",
        polarity=Indicator.HIGH_IS_GOOD, frequency="annual", source="national",
    )
    load_plan()
    linked = dict(
        OutcomeToTrack.objects.filter(indicator__isnull=False).values_list("indicator__code", "baseline_value")
    )
    assert linked == {"ascof-3d-direct-payments-pct": 45}


def test_demo_plan_responds_to_the_cqc_final_assessment(db):
    from cqc.models import Assessment

    Assessment.objects.create(council_name="Northmoor", title="Mock", status=Assessment.MOCK)
    final = Assessment.objects.create(council_name="Northmoor", title="CQC assessment", status=Assessment.FINAL)
    assert load_plan().assessment == final
