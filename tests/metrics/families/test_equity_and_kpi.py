import pytest

from metrics.families.equity import calculators as equity
from metrics.families.kpi import calculators as kpi
from core.periods import Period

from .frames import find, frame

POPULATION = {
    "ethnicity": {"asian": 100, "white": 300},
    "gender": {"female": 50, "male": 50},
    "age_band": {"18-64": 80, "65-74": 20},
}


def person(person_id, ethnicity, gender, age):
    return {"snapshot_date": "2026-01-31", "month": "2026-01-01", "person_id": person_id, "team": "T",
            "team_kind": "locality", "wait_type": "care_act_assessment", "date_requested": "2026-01-01",
            "age": age, "ethnicity": ethnicity, "gender": gender}


WAITING = frame([
    person("a", "asian", "female", 30),
    person("a", "asian", "female", 30),  # same person, second wait: counted once
    person("b", "asian", "female", 70),
    person("c", "white", "male", 90),  # 85+ is not in this population profile
    person("d", "not_stated", "female", None),
], ["snapshot_date", "month", "date_requested"])
Q4 = Period.parse("2025-26 Q4")


@pytest.fixture(scope="module")
def figures():
    return equity.calculate(WAITING, None, None, POPULATION, [Q4])


def test_representation_ratio_per_category(figures):
    asian = find(figures, "equity-waiting-representation", Q4, "ethnicity", "asian")
    assert (asian.numerator, asian.denominator) == (2, 3)
    assert asian.value == pytest.approx((2 / 3) / 0.25)
    assert find(figures, "equity-waiting-representation", Q4, "ethnicity", "white").value == pytest.approx(
        (1 / 3) / 0.75)
    assert find(figures, "equity-waiting-representation", Q4, "gender", "female").value == pytest.approx(1.5)
    assert find(figures, "equity-waiting-representation", Q4, "age_band", "18-64").value == pytest.approx(0.625)
    assert find(figures, "equity-waiting-representation", Q4, "age_band", "65-74").value == pytest.approx(2.5)


def test_headline_is_ethnic_minority_groups_together(figures):
    headline = find(figures, "equity-waiting-representation", Q4)
    assert (headline.numerator, headline.denominator) == (2, 3)
    assert headline.value == pytest.approx((2 / 3) / 0.25)


def test_kpi_later_return_wins_and_unknown_codes_are_ignored():
    records = frame([
        {"indicator_code": "ascof-1a-quality-of-life", "period_kind": "year", "period_start": "2024-04-01",
         "value": 18.9, "numerator": None, "denominator": None, "month": "2025-05-01"},
        {"indicator_code": "ascof-1a-quality-of-life", "period_kind": "year", "period_start": "2024-04-01",
         "value": 19.1, "numerator": None, "denominator": None, "month": "2025-06-01"},
        {"indicator_code": "ascof-3d-direct-payments-pct", "period_kind": "year", "period_start": "2024-04-01",
         "value": 45.0, "numerator": 900, "denominator": 2000, "month": "2025-05-01"},
        {"indicator_code": "not-an-indicator", "period_kind": "year", "period_start": "2024-04-01",
         "value": 1.0, "numerator": None, "denominator": None, "month": "2025-05-01"},
    ], ["month", "period_start"])
    figures = kpi.calculate(records, {"ascof-1a-quality-of-life", "ascof-3d-direct-payments-pct"})
    year = Period.year(2024)
    assert find(figures, "ascof-1a-quality-of-life", year).value == 19.1
    direct_payments = find(figures, "ascof-3d-direct-payments-pct", year)
    assert (direct_payments.value, direct_payments.numerator, direct_payments.denominator) == (45, 900, 2000)
    assert len(figures) == 2
