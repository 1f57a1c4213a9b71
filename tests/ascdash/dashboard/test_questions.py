"""Each question rule, with the exact words it produces."""
from ascdash.dashboard import questions
from core.periods import Period

from tests.ascdash.dashboard.helpers import indicator, summary

REVIEWS = indicator("People reviewed in the last 12 months")
WAIT = indicator("Median wait for a Care Act assessment", unit="days", polarity="low_is_good", decimals=0)


def test_red_against_target():
    question = questions.red_against_target(summary(REVIEWS, 62.0, target=70, tolerance=5))
    assert question.text == (
        "People reviewed in the last 12 months is 62.0% against a target of 70.0% (red: target missed). "
        "What is stopping the service reaching the target, and by when is it expected to?"
    )
    assert question.rule == "red_against_target"


def test_red_against_target_ignores_amber_and_green():
    assert questions.red_against_target(summary(REVIEWS, 66.0, target=70, tolerance=5)) is None
    assert questions.red_against_target(summary(REVIEWS, 71.0, target=70, tolerance=5)) is None
    assert questions.red_against_target(summary(REVIEWS, 10.0)) is None  # no target


def test_worse_than_last_quarter():
    question = questions.worse_than_last_quarter(summary(WAIT, 140.0, previous=120.0))
    assert question.text == (
        "Median wait for a Care Act assessment has worsened from 120 days last quarter to 140 days. "
        "Is this a one-off or the start of a trend, and what is driving it?"
    )
    assert questions.worse_than_last_quarter(summary(WAIT, 100.0, previous=120.0)) is None


def test_worse_than_the_previous_year_for_annual_figures():
    annual = summary(REVIEWS, 60.0, previous=64.0, last_year=64.0, period=Period.year(2024))
    assert questions.worse_than_last_quarter(annual).text.startswith(
        "People reviewed in the last 12 months has worsened from 64.0% the previous year to 60.0%."
    )
    assert questions.worse_than_last_year(annual) is None  # the same comparison; asked once


def test_small_worsening_raises_no_question():
    # 5% of the earlier figure is the threshold: 120 -> 125 days is 4.2% worse, 120 -> 126 is 5%
    assert questions.worse_than_last_quarter(summary(WAIT, 125.0, previous=120.0)) is None
    assert questions.worse_than_last_quarter(summary(WAIT, 126.0, previous=120.0)).rule == "worse_than_last_quarter"
    assert questions.worse_than_last_year(summary(REVIEWS, 72.6, last_year=72.7)) is None


def test_worse_than_last_year():
    question = questions.worse_than_last_year(summary(WAIT, 94.0, last_year=85.0))
    assert question.text == (
        "Median wait for a Care Act assessment is 94 days, worse than 85 days a year earlier. "
        "What has changed over the year?"
    )
    assert questions.worse_than_last_year(summary(WAIT, 94.0, last_year=100.0)) is None


def test_significantly_worse_than_england():
    # 62/100 has a 95% interval of 52.2% to 70.9%, which excludes England's 75%
    question = questions.significantly_worse_than_england(
        summary(REVIEWS, 62.0, england=75.0, numerator=62, denominator=100)
    )
    assert question.text == (
        "People reviewed in the last 12 months is 62.0% against 75.0% for England, a difference too large to be "
        "chance. What explains the gap with England, and what would close it?"
    )
    # 70/100 (60.4% to 78.1%) includes 75%: similar, so no question
    assert questions.significantly_worse_than_england(
        summary(REVIEWS, 70.0, england=75.0, numerator=70, denominator=100)
    ) is None


def test_team_gap_between_worst_and_best_team():
    teams = {"North Locality": 94.0, "Learning Disability Team": 194.0, "South Locality": 90.0}
    question = questions.team_gap(summary(WAIT, 94.0), teams)
    assert question.text == (
        "Median wait for a Care Act assessment: the Learning Disability Team figure (194 days) is 104 days longer "
        "than the South Locality figure (90 days). What explains the difference between teams, and what is being "
        "done to close the gap?"
    )


def test_team_gap_for_a_percentage_is_in_percentage_points():
    teams = {"North Locality": 80.0, "East Locality": 62.5}
    question = questions.team_gap(summary(REVIEWS, 70.0), teams)
    assert question.text.startswith(
        "People reviewed in the last 12 months: the East Locality figure (62.5%) is 17.5 percentage points lower "
        "than the North Locality figure (80.0%)."
    )


def test_team_gap_needs_two_teams_and_a_real_gap():
    assert questions.team_gap(summary(WAIT, 94.0), {"North Locality": 94.0}) is None
    assert questions.team_gap(summary(WAIT, 94.0), {"North Locality": 100.0, "South Locality": 109.0}) is None  # 9%
    context = indicator("Concerns", unit="count", polarity="no_judgement")
    assert questions.team_gap(summary(context, 10.0), {"North Locality": 10.0, "South Locality": 90.0}) is None


def test_indicator_questions_ask_about_teams_only_for_flagged_indicators():
    teams = {"North Locality": 94.0, "Learning Disability Team": 194.0}
    improving = summary(WAIT, 94.0, previous=120.0, last_year=100.0)
    assert questions.indicator_questions(improving, teams) == []
    worsening = summary(WAIT, 94.0, previous=120.0, last_year=85.0)
    assert [q.rule for q in questions.indicator_questions(worsening, teams)] == ["worse_than_last_year", "team_gap"]


def test_overdue_action():
    from datetime import date

    from improvement_plan.models import Action

    action = Action(reference="W1", title="Reduce waits for Care Act assessments", target_date=date(2025, 9, 30))
    action.current_rag = "at_risk"  # as annotated by improvement_plan.selectors.actions_with_status
    question = questions.overdue_action(action)
    assert question.text == (
        'Improvement action W1, "Reduce waits for Care Act assessments", was due by 30 September 2025 and is not '
        "complete (last reported: At risk). What is the revised date, and what is getting in the way?"
    )
    assert question.subject == "W1 Reduce waits for Care Act assessments"
