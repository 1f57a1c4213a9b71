"""Reads: current status in one query, the overdue filter agrees with the rule, changes since a date, outcomes."""
from datetime import date

import pytest

from cqc.models import QualityStatement
from improvement_plan import rules, selectors
from improvement_plan.models import StatusUpdate
from metrics.models import Area, Indicator, IndicatorValue
from metrics.selectors import FigureReader

from .conftest import add_update, at

TODAY = date(2026, 5, 10)
EVERYTHING = FigureReader.for_service()


def test_current_status_is_the_latest_update_by_date_then_recording_time(make_action):
    action = make_action("W1")
    add_update(action, date(2026, 4, 12), rules.AT_RISK, created_at=at(2026, 4, 12, 9))
    add_update(action, date(2026, 4, 12), rules.OFF_TRACK, percent=30, note="Second on the day",
               created_at=at(2026, 4, 12, 16))
    add_update(action, date(2026, 3, 12), rules.ON_TRACK, created_at=at(2026, 5, 1, 9))  # back-dated, recorded later
    [annotated] = selectors.actions_with_status(action.area.plan)
    assert (annotated.current_rag, annotated.current_percent, annotated.latest_update_date, annotated.latest_note) == (
        rules.OFF_TRACK, 30, date(2026, 4, 12), "Second on the day"
    )
    detail = selectors.action_detail(action.pk)
    assert [u.rag for u in detail.updates.all()] == [rules.OFF_TRACK, rules.AT_RISK, rules.ON_TRACK]


def test_status_updates_are_never_overwritten(make_action):
    update = add_update(make_action("W1"), date(2026, 4, 12), rules.AT_RISK)
    update.rag = rules.ON_TRACK
    with pytest.raises(ValueError, match="add a new update"):
        update.save()
    assert StatusUpdate.objects.get().rag == rules.AT_RISK


def test_overdue_filter_matches_the_rule(make_action, plan):
    cases = {
        "A1": (date(2026, 5, 10), False, rules.ON_TRACK),   # target today: not overdue
        "A2": (date(2026, 5, 9), False, rules.ON_TRACK),    # yesterday: overdue
        "A3": (date(2026, 5, 9), False, rules.COMPLETE),    # complete: never overdue
        "A4": (date(2026, 5, 1), True, rules.AT_RISK),      # May 2026, month only: due by 31 May
        "A5": (date(2026, 4, 1), True, rules.AT_RISK),      # April 2026, month only: overdue
        "A6": (None, False, rules.OFF_TRACK),               # no target date
        "A7": (date(2026, 1, 1), False, None),              # no updates: Not started, overdue
    }
    for reference, (target, month_only, rag) in cases.items():
        action = make_action(reference, target=target, month_only=month_only)
        if rag:
            add_update(action, date(2026, 1, 12), rag)
    overdue = set(selectors.actions_with_status(plan).filter(selectors.overdue_q(TODAY))
                  .values_list("reference", flat=True))
    assert overdue == {"A2", "A5", "A7"}
    by_rule = {a.reference for a in selectors.actions_with_status(plan)
               if rules.is_overdue(a.deadline, a.current_rag, TODAY)}
    assert by_rule == overdue


def test_summary_by_area_counts_displayed_status(make_action, plan):
    late = make_action("W1", target=date(2026, 4, 1))
    add_update(late, date(2026, 3, 12), rules.ON_TRACK)
    on_track = make_action("W2", target=date(2026, 12, 1))
    add_update(on_track, date(2026, 3, 12), rules.ON_TRACK)
    make_action("S1", area_title="Safeguarding")
    done = make_action("S2", area_title="Safeguarding", target=date(2026, 1, 1))
    add_update(done, date(2026, 3, 12), rules.COMPLETE, percent=100)
    areas, overall = selectors.summary_by_area(plan, selectors.actions_with_status(plan), TODAY)
    # order: not started, on track, at risk, off track, complete, overdue
    assert [(s.area.title, s.count_list(), s.overdue, s.total) for s in areas] == [
        ("Waiting times", [0, 1, 0, 0, 0, 1], 1, 2),
        ("Safeguarding", [1, 0, 0, 0, 1, 0], 0, 2),
    ]
    assert (overall.count_list(), overall.overdue, overall.total) == ([1, 1, 0, 0, 1, 1], 1, 4)


def test_changes_since(make_action, plan, role_users):
    steering = role_users["Steering group"]
    w1 = make_action("W1", target=date(2026, 4, 30))     # became overdue after the date
    add_update(w1, date(2026, 3, 12), rules.ON_TRACK)
    add_update(w1, date(2026, 4, 12), rules.AT_RISK, note="Recruitment delayed", author=steering)
    w2 = make_action("W2", target=date(2026, 3, 31))     # overdue before the date: not new
    add_update(w2, date(2026, 2, 12), rules.OFF_TRACK)
    w3 = make_action("W3", target=date(2026, 12, 31))    # started since the date
    add_update(w3, date(2026, 5, 1), rules.ON_TRACK, note="Kick-off held", author=steering)
    w4 = make_action("W4", target=date(2026, 12, 31))    # updated since, RAG unchanged
    add_update(w4, date(2026, 3, 12), rules.ON_TRACK)
    add_update(w4, date(2026, 4, 1), rules.ON_TRACK, note="Still fine")
    report = selectors.changes_since(plan, date(2026, 4, 1), TODAY)
    assert [(u.action.reference, u.date, u.rag, u.note) for u in report.updates] == [
        ("W4", date(2026, 4, 1), rules.ON_TRACK, "Still fine"),
        ("W1", date(2026, 4, 12), rules.AT_RISK, "Recruitment delayed"),
        ("W3", date(2026, 5, 1), rules.ON_TRACK, "Kick-off held"),
    ]
    assert [a.reference for a in report.newly_overdue] == ["W1"]
    assert [(a.reference, before.words, now.words) for a, before, now in report.movements] == [
        ("W1", "On track", "At risk"),
        ("W3", "Not started", "On track"),
    ]


def make_indicator(code="waiting-median", frequency="monthly"):
    return Indicator.objects.create(
        code=code, title="Median wait", description="Median wait in days", family="waiting", unit="days",
        polarity=Indicator.LOW_IS_GOOD, frequency=frequency, source="local_records",
    )


def test_outcome_uses_the_home_councils_latest_total_in_the_indicators_frequency(home_area, make_outcome):
    indicator = make_indicator()
    other = Area.objects.create(code="E06000099", name="Elsewhere")
    store = IndicatorValue.objects.create
    store(indicator=indicator, area=home_area, period_kind="month", period_start=date(2026, 2, 1), value=120)
    store(indicator=indicator, area=home_area, period_kind="month", period_start=date(2026, 3, 1), value=118)
    store(indicator=indicator, area=home_area, period_kind="quarter", period_start=date(2026, 4, 1), value=99)
    store(indicator=indicator, area=home_area, period_kind="month", period_start=date(2026, 4, 1), value=80,
          breakdown="team", category="North Locality")
    store(indicator=indicator, area=other, period_kind="month", period_start=date(2026, 4, 1), value=70)
    outcome = make_outcome(indicator=indicator, baseline_value=135, baseline_date=date(2026, 1, 1),
                           target_value=90, target_date=date(2026, 5, 1))
    progress = selectors.outcome_detail(EVERYTHING, outcome, date(2026, 3, 2))
    assert [(p.period.label, p.value) for p in progress.series] == [("2026-02", 120), ("2026-03", 118)]
    assert progress.latest.value == 118
    assert progress.expected_today == 112.5
    assert progress.judgement.words == "At risk"  # better than 135, behind the line at 112.5


def test_outcome_falls_back_to_another_period_kind_and_no_data_without_values(home_area, make_outcome):
    quarterly_only = make_indicator(code="dp-uptake", frequency="monthly")
    IndicatorValue.objects.create(indicator=quarterly_only, area=home_area, period_kind="quarter",
                                  period_start=date(2026, 1, 1), value=48)
    empty = make_indicator(code="nothing-yet")
    first = make_outcome(indicator=quarterly_only, description="DP", direction="increase", baseline_value=45,
                         baseline_date=date(2026, 1, 1), target_value=50, target_date=date(2026, 5, 1))
    second = make_outcome(indicator=empty, description="Empty", baseline_value=1, baseline_date=date(2026, 1, 1),
                          target_value=0, target_date=date(2026, 5, 1))
    progress = selectors.outcomes_with_progress(EVERYTHING, first.plan, date(2026, 3, 2))
    assert [(p.outcome.description, p.latest.value if p.latest else None, p.judgement.words) for p in progress] == [
        ("DP", 48, "On track"),  # expected 47.5 half way; 48 is beyond it
        ("Empty", None, "No data"),
    ]
    assert second.pk == progress[1].outcome.pk


def test_no_plan_no_overview(db):
    assert selectors.plan_overview(TODAY) is None


def test_plan_overview_for_other_pages(make_action, make_outcome):
    late = make_action("W1", target=date(2026, 4, 1))
    add_update(late, date(2026, 3, 12), rules.AT_RISK)
    make_action("W2")
    make_outcome(description="No data yet")
    overview = selectors.plan_overview(TODAY)
    assert (overview.plan.title, overview.overall.total, overview.overall.overdue, overview.overall.count_list()) == (
        "Test plan", 2, 1, [1, 0, 0, 0, 0, 1]
    )
    assert [(area.area.title, area.total) for area in overview.areas] == [(late.area.title, 2)]
    assert [action.reference for action in overview.overdue] == ["W1"]
    outcomes = selectors.outcomes_with_progress(EVERYTHING, overview.plan, TODAY)
    assert [p.judgement.words for p in outcomes] == ["No data"]


def test_actions_for_statement(make_action):
    safeguarding = QualityStatement.objects.get(slug="safeguarding")
    assert selectors.actions_for_statement(safeguarding, TODAY) == []
    late = make_action("S1", target=date(2026, 1, 1), statements=["safeguarding", "safe-pathways"])
    make_action("S2", statements=["safe-pathways"])
    make_action("S3", statements=["safeguarding"])
    add_update(late, date(2025, 12, 12), rules.ON_TRACK)
    assert [(a.reference, status.words) for a, status in selectors.actions_for_statement(safeguarding, TODAY)] == [
        ("S1", "Overdue"), ("S3", "Not started"),
    ]
