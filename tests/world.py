"""A small, hand-computable council shared by the figure, dashboard and demo tests (fixtures `places` and
`world` in tests/conftest.py).

2025-26 Q2 (the quarter under test), with 2025-26 Q1 and 2024-25 Q2 for direction of travel:

- reviews-pct (percent, higher is better, Assessing needs): 62.0% (62/100); Q1 68.0%; a year ago 66.0%;
  England 75.0% (750/1000); comparators A 70, B 60, C 80 (average 70.0); target 70 +-5 -> red.
- care-act-wait (days, lower is better, Assessing needs and Equity): 94; Q1 120; a year ago 85; England 80;
  comparators A 90, B 110, C 100 (average 100); target 100 +-10 -> green; teams North Locality 94,
  Learning Disability Team 194, South Locality 90.
- concerns (count, no judgement, Safeguarding): 812; Q1 790.

Improvement plan: W1 due 30 September 2025, last At risk (overdue); W2 due 31 March 2035, On track;
S1 due June 2025 (month only), Complete; S2 no target date, not started.
"""
from datetime import date

from core.periods import Period
from cqc.models import Assessment, QualityStatement, StatementScore
from improvement_plan.models import Action, AreaForImprovement, Plan, StatusUpdate
from metrics.models import Area, ComparatorGroup, Indicator, IndicatorValue, Target

Q2 = Period.quarter(2025, 2)
Q1 = Period.quarter(2025, 1)
LAST_YEAR = Period.quarter(2024, 2)


def make_indicator(code, title, unit, polarity, statements, decimals=0, order=0):
    indicator = Indicator.objects.create(
        code=code, title=title, description=f"{title}.", family="test", unit=unit, polarity=polarity,
        frequency="quarterly", source="local_records", decimals=decimals, display_order=order,
    )
    indicator.quality_statements.set(QualityStatement.objects.filter(slug__in=statements))
    return indicator


def put(indicator, area, period, value, numerator=None, denominator=None, breakdown="", category=""):
    IndicatorValue.objects.create(
        indicator=indicator, area=area, period_kind=period.kind, period_start=period.start, value=value,
        numerator=numerator, denominator=denominator, breakdown=breakdown, category=category,
    )


def make_places(home_area):
    region = home_area.region
    councils = [Area.objects.create(code=f"E0600090{n}", name=name, region=region) for n, name in enumerate("ABC", 1)]
    group = ComparatorGroup.objects.create(name="CIPFA neighbours", area=home_area, is_default=True)
    group.members.set(councils)
    return {"home": home_area, "england": Area.objects.get(code=Area.ENGLAND_CODE),
            **{council.name: council for council in councils}}


def build_world(places):
    reviews = make_indicator("reviews-pct", "People reviewed in the last 12 months", "percent", "high_is_good",
                             ["assessing-needs"], decimals=1, order=1)
    wait = make_indicator("care-act-wait", "Median wait for a Care Act assessment", "days", "low_is_good",
                          ["assessing-needs", "equity"], order=2)
    concerns = make_indicator("concerns", "Safeguarding concerns received", "count", "no_judgement",
                              ["safeguarding"], order=3)
    home, england = places["home"], places["england"]
    put(reviews, home, Q2, 62.0, 62, 100)
    put(reviews, home, Q1, 68.0)
    put(reviews, home, LAST_YEAR, 66.0)
    put(reviews, england, Q2, 75.0, 750, 1000)
    put(wait, home, Q2, 94.0)
    put(wait, home, Q1, 120.0)
    put(wait, home, LAST_YEAR, 85.0)
    put(wait, england, Q2, 80.0)
    for name, review_value, wait_value in [("A", 70.0, 90.0), ("B", 60.0, 110.0), ("C", 80.0, 100.0)]:
        put(reviews, places[name], Q2, review_value)
        put(wait, places[name], Q2, wait_value)
    for team, value in [("North Locality", 94.0), ("Learning Disability Team", 194.0), ("South Locality", 90.0)]:
        put(wait, home, Q2, value, breakdown="team", category=team)
    put(concerns, home, Q2, 812.0)
    put(concerns, home, Q1, 790.0)
    Target.objects.create(indicator=reviews, value=70, tolerance=5, start_date=date(2025, 4, 1))
    Target.objects.create(indicator=wait, value=100, tolerance=10, start_date=date(2025, 4, 1))
    assessment = Assessment.objects.create(council_name="Northmoor", title="Self-assessment 2025", status="self")
    StatementScore.objects.create(
        assessment=assessment, statement=QualityStatement.objects.get(slug="assessing-needs"), score=2
    )
    make_plan()
    return {"reviews": reviews, "wait": wait, "concerns": concerns, **places}


def make_plan():
    plan = Plan.objects.create(title="CQC improvement plan 2025-27")
    waits = AreaForImprovement.objects.create(plan=plan, title="Waiting times", order=1)
    safeguarding = AreaForImprovement.objects.create(plan=plan, title="Safeguarding", order=2)
    actions = [
        (waits, "W1", "Reduce waits for Care Act assessments", date(2025, 9, 30), False, "at_risk"),
        (waits, "W2", "Recruit two social workers", date(2035, 3, 31), False, "on_track"),
        (safeguarding, "S1", "Audit section 42 enquiries", date(2025, 6, 1), True, "complete"),
        (safeguarding, "S2", "Refresh the safeguarding training offer", None, False, None),
    ]
    for area, reference, title, target, month_only, rag in actions:
        action = Action.objects.create(area=area, reference=reference, title=title, target_date=target,
                                       target_month_only=month_only)
        if rag:
            StatusUpdate.objects.create(action=action, date=date(2025, 9, 1), rag=rag, percent_complete=50,
                                        note="Progress reported to the steering group.")
    return plan
