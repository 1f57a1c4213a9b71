"""Workforce calculators on a hand-computed quarter: three team-and-role rows as at 30 September 2026; Skills for
Care's local authority figures imported beside them."""
import io

import pytest

from core.periods import Period
from metrics.families.workforce import calculators as workforce
from metrics.models import IndicatorValue
from metrics.registry import load_registry
from metrics.services.benchmarks import import_benchmarks
from metrics.services.councils import load_councils

from .frames import codes_for, find, frame

Q2 = Period.quarter(2026, 2)
Q1 = Period.quarter(2026, 1)
FIELDS = ["posts_fte", "filled_fte", "vacant_fte", "staff_in_post", "staff_in_post_year_ago", "leavers",
          "sickness_days", "agency_fte", "agency_spend", "training_in_date", "supervision_in_date"]


def row(team, role, *numbers, month="2026-09-01", day="2026-09-30"):
    return {"snapshot_date": day, "month": month, "team": team, "role": role, **dict(zip(FIELDS, numbers))}


RECORDS = frame([
    row("North Locality", "social_worker", 10, 8, 2, 9, 11, 2, 96, 1.5, 60_000, 8, 7),
    row("North Locality", "manager", 2, 2, 0, 2, 2, 0, 4, 0, None, 2, 2),
    row("Reablement Service", "care_worker", 20, 15, 4, 18, 16, 4, 180, 2.5, 40_000, 15, 12),  # one post frozen
    row("North Locality", "social_worker", 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, month="2026-06-01", day="2026-06-30"),
], ["snapshot_date", "month"])


@pytest.fixture(scope="module")
def figures():
    return workforce.calculate(RECORDS, [Q1, Q2])


def test_vacancy_rate_is_vacant_over_filled_plus_vacant(figures):
    total = find(figures, "workforce-vacancy-rate-pct", Q2)
    assert (total.numerator, total.denominator) == (6, 31)  # 2 + 0 + 4 vacant of (25 filled + 6 vacant)
    assert total.value == pytest.approx(600 / 31)
    assert find(figures, "workforce-vacancy-rate-pct", Q2, "team", "North Locality").value == pytest.approx(200 / 12)
    assert find(figures, "workforce-vacancy-rate-pct", Q2, "team", "Reablement Service").value == pytest.approx(400 / 19)
    assert find(figures, "workforce-vacancy-rate-pct", Q2, "role", "manager").value == 0


def test_turnover_is_leavers_over_average_staff_in_post(figures):
    total = find(figures, "workforce-turnover-pct", Q2)
    assert (total.numerator, total.denominator) == (6, 29)  # (29 now + 29 a year ago) / 2
    assert total.value == pytest.approx(600 / 29)
    social_workers = find(figures, "workforce-turnover-pct", Q2, "role", "social_worker")
    assert (social_workers.denominator, social_workers.value) == (10, 20)  # (9 + 11) / 2


def test_sickness_agency_training_and_supervision(figures):
    assert find(figures, "workforce-sickness-days-per-fte", Q2).value == pytest.approx(280 / 25)
    assert find(figures, "workforce-agency-share-pct", Q2).value == pytest.approx(400 / 29)  # 4 of 25 + 4 FTE
    assert find(figures, "workforce-training-compliance-pct", Q2).value == pytest.approx(2500 / 29)
    assert find(figures, "workforce-supervision-compliance-pct", Q2).value == pytest.approx(2100 / 29)


def test_agency_spend_sums_pounds_and_a_blank_is_no_spend(figures):
    assert find(figures, "workforce-agency-spend", Q2).value == 100_000
    assert find(figures, "workforce-agency-spend", Q2, "team", "North Locality").value == 60_000
    assert find(figures, "workforce-agency-spend", Q2, "role", "manager").value == 0


def test_each_quarter_takes_its_own_snapshot(figures):
    june = find(figures, "workforce-vacancy-rate-pct", Q1)
    assert (june.numerator, june.denominator, june.value) == (5, 10, 50)
    assert codes_for(figures, Q2) == set(workforce.RATES) | {"workforce-agency-spend"}


SKILLS_FOR_CARE_CSV = (
    "LA code,Local authority,Region,Financial year,Measure,Value\n"
    "E92000001,England,,2024-25,workforce-vacancy-rate-pct,8.9\n"
    "E92000001,England,,2024-25,\"Staff turnover, last 12 months (%)\",14.2\n"
    "E06000016,Leicester,East Midlands,2024-25,\"Staff turnover, last 12 months (%)\",12.7\n"
)


@pytest.mark.django_db
def test_skills_for_care_local_authority_figures_import_by_code_or_title(home_area):
    load_registry()
    load_councils()
    result = import_benchmarks(io.BytesIO(SKILLS_FOR_CARE_CSV.encode()), name="skills-for-care-la-2024-25.csv")
    assert (result.values_stored, result.problems) == (3, [])
    year = Period.year(2024)
    assert sorted(IndicatorValue.objects.filter(period_kind=year.kind, period_start=year.start).values_list(
        "indicator__code", "area__code", "value")) == [
        ("workforce-turnover-pct", "E06000016", 12.7), ("workforce-turnover-pct", "E92000001", 14.2),
        ("workforce-vacancy-rate-pct", "E92000001", 8.9)]
