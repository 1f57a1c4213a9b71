"""Finance calculators on a hand-computed month: three service lines as at 31 October 2026."""
import pytest

from core.periods import Period
from metrics.families.finance import calculators as finance

from .frames import find, frame

OCTOBER = Period.month(2026, 10)
Q3 = Period.quarter(2026, 3)


def line(service_line, budget, forecast, planned=None, delivered=None, month="2026-10-01", day="2026-10-31"):
    return {"snapshot_date": day, "month": month, "service_line": service_line, "budget": budget,
            "forecast_outturn": forecast, "savings_planned": planned, "savings_delivered": delivered}


RECORDS = frame([
    line("residential", 10_000_000, 10_600_000, 500_000, 200_000),
    line("home_care", 6_000_000, 5_850_000, 300_000, 300_000),
    line("assessment", 4_000_000, 4_000_000),
    line("residential", 10_000_000, 9_000_000, 500_000, 0, month="2026-09-01", day="2026-09-30"),
], ["snapshot_date", "month"])


@pytest.fixture(scope="module")
def figures():
    return finance.calculate(RECORDS, [OCTOBER, Q3])


def test_variance_is_forecast_minus_budget_with_the_budget_beside_it(figures):
    total = find(figures, "finance-forecast-variance", OCTOBER)
    assert (total.value, total.numerator, total.denominator) == (450_000, 450_000, 20_000_000)  # 600k - 150k + 0
    assert find(figures, "finance-forecast-variance", OCTOBER, "service_line", "home_care").value == -150_000
    assert find(figures, "finance-forecast-variance", Q3).value == 450_000  # the quarter so far: October


def test_variance_as_a_share_of_budget(figures):
    assert find(figures, "finance-forecast-variance-pct", OCTOBER).value == pytest.approx(2.25)
    assert find(figures, "finance-forecast-variance-pct", OCTOBER, "service_line", "residential").value == 6
    assert find(figures, "finance-forecast-variance-pct", OCTOBER, "service_line", "home_care").value == -2.5
    assert find(figures, "finance-forecast-variance-pct", OCTOBER, "service_line", "assessment").value == 0


def test_savings_delivered_over_lines_with_savings_planned(figures):
    assert find(figures, "finance-savings-delivered-pct", OCTOBER).value == 62.5  # 500k of 800k
    assert find(figures, "finance-savings-delivered-pct", OCTOBER, "service_line", "residential").value == 40
    assert find(figures, "finance-savings-delivered-pct", OCTOBER, "service_line", "assessment").value is None
