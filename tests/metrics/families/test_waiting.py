import pytest

from metrics.families.waiting import calculators as waiting
from core.periods import Period

from .frames import find, frame, month

JAN, DEC = month("2026-01"), month("2025-12")
Q3, Q4, YEAR = Period.parse("2025-26 Q3"), Period.parse("2025-26 Q4"), Period.parse("2025-26")


def row(person, wait_type, team, kind, requested, snapshot="2026-01-31", age=70, gender="female", ethnicity="white"):
    return {"snapshot_date": snapshot, "month": snapshot[:8] + "01", "person_id": person, "wait_type": wait_type,
            "team": team, "team_kind": kind, "date_requested": requested, "age": age, "gender": gender,
            "ethnicity": ethnicity}


RECORDS = frame([
    # January snapshot: Care Act waits of 30, 40 (locality) and 100, 200 days (specialist)
    row("p1", "care_act_assessment", "North Locality", "locality", "2026-01-01", gender="male"),
    row("p2", "care_act_assessment", "North Locality", "locality", "2025-12-22", age=40),
    row("p3", "care_act_assessment", "LD Team", "specialist", "2025-10-23", age=None),
    row("p4", "care_act_assessment", "LD Team", "specialist", "2025-07-15", ethnicity="asian"),
    # exactly six months: not over
    row("p5", "ot_assessment", "OT Team", "specialist", "2025-07-31"),
    # the same person waiting for a second thing
    row("p1", "ot_assessment", "OT Team", "specialist", "2026-01-21", gender="male"),
    # December snapshot
    row("p2", "care_act_assessment", "North Locality", "locality", "2025-12-22", snapshot="2025-12-31", age=40),
    row("p6", "care_act_assessment", "North Locality", "locality", "2025-12-01", snapshot="2025-12-31"),
], ["snapshot_date", "month", "date_requested"])


@pytest.fixture(scope="module")
def figures():
    return waiting.calculate(RECORDS, [DEC, JAN, Q3, Q4, YEAR])


def test_people_median_and_longest_care_act_even_count(figures):
    assert find(figures, "waiting-people-care-act-assessment", JAN).value == 4
    assert find(figures, "waiting-median-days-care-act-assessment", JAN).value == 70  # (40 + 100) / 2
    assert find(figures, "waiting-longest-days-care-act-assessment", JAN).value == 200


def test_person_in_two_waits_counts_in_each(figures):
    assert find(figures, "waiting-people-ot-assessment", JAN).value == 2
    assert find(figures, "waiting-median-days-ot-assessment", JAN).value == 97  # (184 + 10) / 2


def test_no_figures_for_a_wait_type_nobody_waits_for_except_zero_people(figures):
    assert find(figures, "waiting-people-dols-assessment", JAN).value == 0
    assert not [f for f in figures if f.code == "waiting-median-days-dols-assessment"]


def test_over_six_months_boundary(figures):
    figure = find(figures, "waiting-over-6-months-pct", JAN)
    assert (figure.numerator, figure.denominator) == (1, 6)
    assert figure.value == pytest.approx(100 / 6)


def test_team_gap_between_specialist_and_locality(figures):
    assert find(figures, "waiting-team-gap-days", JAN).value == 115  # 150 - 35
    assert find(figures, "waiting-team-gap-pct", JAN).value == pytest.approx(115 / 35 * 100)
    assert not [f for f in figures if f.code == "waiting-team-gap-days" and f.period == DEC]  # no specialist waits


def test_breakdowns(figures):
    assert find(figures, "waiting-people-care-act-assessment", JAN, "team", "LD Team").value == 2
    assert find(figures, "waiting-people-care-act-assessment", JAN, "gender", "male").value == 1
    assert find(figures, "waiting-people-care-act-assessment", JAN, "age_band", "not_recorded").value == 1
    assert find(figures, "waiting-people-care-act-assessment", JAN, "age_band", "18-64").value == 1
    by_team = find(figures, "waiting-median-days-by-team", JAN, "team", "LD Team")
    assert (by_team.value, by_team.denominator) == (150, 2)
    assert find(figures, "waiting-median-days-by-team", JAN).value == 70


def test_quarters_and_years_take_their_last_snapshot(figures):
    assert find(figures, "waiting-median-days-care-act-assessment", DEC).value == 19.5  # (9 + 30) / 2
    assert find(figures, "waiting-median-days-care-act-assessment", Q3).value == 19.5
    assert find(figures, "waiting-median-days-care-act-assessment", Q4).value == 70
    assert find(figures, "waiting-people-care-act-assessment", YEAR).value == 4
