"""The plan's pure rules at their boundaries."""
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from improvement_plan import rules
from improvement_plan.rules import Trajectory, parse_plan_date, trajectory_judgement


@dataclass
class Update:
    date: date
    created_at: datetime
    rag: str


def test_latest_update_is_latest_date_then_latest_recorded():
    older_day = Update(date(2026, 3, 12), datetime(2026, 6, 1, 9), rag=rules.OFF_TRACK)  # recorded late
    same_day_first = Update(date(2026, 4, 12), datetime(2026, 4, 12, 9), rag=rules.AT_RISK)
    same_day_second = Update(date(2026, 4, 12), datetime(2026, 4, 12, 15), rag=rules.ON_TRACK)
    updates = [same_day_second, older_day, same_day_first]
    assert rules.latest_update(updates) is same_day_second
    assert rules.current_rag(updates) == rules.ON_TRACK


def test_no_updates_means_not_started():
    assert rules.latest_update([]) is None
    assert rules.current_rag([]) == rules.NOT_STARTED


@pytest.mark.parametrize("today, overdue", [
    (date(2026, 3, 31), False),  # the day before
    (date(2026, 4, 1), False),   # the target day itself
    (date(2026, 4, 2), True),    # the day after
])
def test_overdue_from_the_day_after_the_target_date(today, overdue):
    assert rules.is_overdue(date(2026, 4, 1), rules.ON_TRACK, today) is overdue


def test_complete_action_is_never_overdue():
    assert rules.is_overdue(date(2026, 4, 1), rules.COMPLETE, date(2027, 1, 1)) is False


def test_no_target_date_is_never_overdue():
    assert rules.is_overdue(None, rules.OFF_TRACK, date(2030, 1, 1)) is False


@pytest.mark.parametrize("target, expected", [
    (date(2026, 11, 1), date(2026, 11, 30)),
    (date(2026, 2, 1), date(2026, 2, 28)),
    (date(2028, 2, 1), date(2028, 2, 29)),
])
def test_month_only_target_runs_to_the_end_of_the_month(target, expected):
    assert rules.deadline(target, True) == expected
    assert rules.deadline(target, False) == target


def test_month_only_target_overdue_boundary():
    deadline = rules.deadline(date(2026, 11, 1), True)
    assert rules.is_overdue(deadline, rules.AT_RISK, date(2026, 11, 30)) is False
    assert rules.is_overdue(deadline, rules.AT_RISK, date(2026, 12, 1)) is True


@pytest.mark.parametrize("rag, today, key, words, token", [
    (rules.ON_TRACK, date(2026, 4, 2), "overdue", "Overdue", "bad"),
    (rules.ON_TRACK, date(2026, 4, 1), "on_track", "On track", "good"),
    (rules.AT_RISK, date(2026, 1, 1), "at_risk", "At risk", "warning"),
    (rules.OFF_TRACK, date(2026, 1, 1), "off_track", "Off track", "bad"),
    (rules.NOT_STARTED, date(2026, 1, 1), "not_started", "Not started", "neutral"),
    (rules.COMPLETE, date(2026, 5, 1), "complete", "Complete", "info"),
])
def test_display_status_in_words_and_colour(rag, today, key, words, token):
    assert rules.display_status(rag, date(2026, 4, 1), today) == rules.Judgement(key, words, token)


# Trajectory: baseline 1 Jan 2026, target 1 May 2026 (120 days); 2 March 2026 is day 60, half way.
HALF_WAY = date(2026, 3, 2)
RISING = Trajectory(date(2026, 1, 1), 40, date(2026, 5, 1), 100, "increase")
FALLING = Trajectory(date(2026, 1, 1), 135, date(2026, 5, 1), 90, "decrease")


def test_expected_value_is_the_straight_line():
    assert RISING.expected(HALF_WAY) == 70.0
    assert FALLING.expected(HALF_WAY) == 112.5
    assert RISING.expected(date(2026, 1, 31)) == 55.0  # 30/120 of the way: 40 + 60 * 0.25


def test_expected_value_is_flat_outside_the_line():
    assert RISING.expected(date(2025, 12, 1)) == 40
    assert RISING.expected(date(2026, 1, 1)) == 40
    assert RISING.expected(date(2026, 5, 1)) == 100
    assert FALLING.expected(date(2027, 1, 1)) == 90


@pytest.mark.parametrize("trajectory, latest, words, token", [
    (RISING, 71, "On track", "good"),
    (RISING, 70, "On track", "good"),         # on the line
    (RISING, 69.9, "At risk", "warning"),     # just behind the line
    (RISING, 40.1, "At risk", "warning"),     # better than baseline
    (RISING, 40, "Off track", "bad"),         # no better than baseline
    (RISING, 35, "Off track", "bad"),
    (RISING, None, "No data", "neutral"),
    (FALLING, 100, "On track", "good"),
    (FALLING, 112.5, "On track", "good"),     # on the line
    (FALLING, 112.6, "At risk", "warning"),   # just behind the line
    (FALLING, 134, "At risk", "warning"),     # better than baseline
    (FALLING, 135, "Off track", "bad"),       # no better than baseline
    (FALLING, 150, "Off track", "bad"),
    (FALLING, None, "No data", "neutral"),
])
def test_trajectory_judgement_when_higher_or_lower_is_better(trajectory, latest, words, token):
    judgement = trajectory_judgement(trajectory, latest, HALF_WAY)
    assert (judgement.words, judgement.token) == (words, token)


def test_no_trajectory_is_no_data():
    assert trajectory_judgement(None, 50, HALF_WAY).words == "No data"


@pytest.mark.parametrize("value, expected", [
    ("October 2025", rules.PlanDate(date(2025, 10, 1), True)),
    ("Nov 2026", rules.PlanDate(date(2026, 11, 1), True)),
    ("Sept 2025", rules.PlanDate(date(2025, 9, 1), True)),
    ("March 26", rules.PlanDate(date(2026, 3, 1), True)),
    ("  Mar   2026 ", rules.PlanDate(date(2026, 3, 1), True)),
    ("Jan 2026 (due to recruitment)", rules.PlanDate(date(2026, 1, 1), True, "due to recruitment")),
    ("1 April 2026 (changes made in line with annual reporting cycle)",
     rules.PlanDate(date(2026, 4, 1), False, "changes made in line with annual reporting cycle")),
    ("15/07/2026", rules.PlanDate(date(2026, 7, 15), False)),
    ("2026-07-15", rules.PlanDate(date(2026, 7, 15), False)),
    (datetime(2025, 9, 15, 0, 0), rules.PlanDate(date(2025, 9, 15), False)),
    (date(2025, 9, 15), rules.PlanDate(date(2025, 9, 15), False)),
    ("TBC", rules.PlanDate(None, False, "TBC")),
    ("TBC pending review", rules.PlanDate(None, False, "TBC pending review")),
    ("Ongoing", rules.PlanDate(None, False, "Ongoing")),
    (None, rules.PlanDate()),
    ("   ", rules.PlanDate()),
])
def test_parse_plan_date(value, expected):
    assert parse_plan_date(value) == expected


@pytest.mark.parametrize("number_format, expected", [
    ("mmm-yy", rules.PlanDate(date(2025, 10, 1), True)),
    ("mmmm yyyy", rules.PlanDate(date(2025, 10, 1), True)),
    ("dd/mm/yyyy", rules.PlanDate(date(2025, 10, 17), False)),
    ("d mmmm yyyy", rules.PlanDate(date(2025, 10, 17), False)),
    ("General", rules.PlanDate(date(2025, 10, 17), False)),
])
def test_excel_date_shown_without_a_day_is_month_only(number_format, expected):
    assert parse_plan_date(datetime(2025, 10, 17), number_format) == expected


@pytest.mark.parametrize("value, error", [
    ("December", "'December' has no year"),
    ("31 February 2026", "'31 February 2026' is not a real date"),
    ("when funded", "'when funded' is not a date (use e.g. 'October 2025', '1 April 2026' or 'TBC')"),
])
def test_parse_plan_date_errors(value, error):
    parsed = parse_plan_date(value)
    assert (parsed.day, parsed.error) == (None, error)


@pytest.mark.parametrize("day, month_only, text, shown", [
    (date(2025, 10, 1), True, "", "October 2025"),
    (date(2026, 4, 1), False, "", "1 April 2026"),
    (date(2026, 1, 1), True, "due to recruitment", "January 2026 (due to recruitment)"),
    (None, False, "Ongoing", "Ongoing"),
    (None, False, "", "Not set"),
])
def test_date_display(day, month_only, text, shown):
    assert rules.date_display(day, month_only, text) == shown
