"""The synthetic workforce, finance and governance returns: valid, at a mid-sized council's volumes, and dated
inside the period they describe."""
import pandas as pd
import pytest

from ascdash.demo.synthetic import SyntheticCouncil, generates
from core.periods import Period
from metrics.returns import RETURNS
from metrics.returns.validation import Context, validate_file

MARCH_2025, FEBRUARY_2025, OCTOBER_2026 = Period.month(2025, 3), Period.month(2025, 2), Period.month(2026, 10)


@pytest.fixture(scope="module")
def council():
    return SyntheticCouncil()


def validation(council, code, period):
    data = council.monthly(code, period).to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")
    return validate_file(RETURNS[code], data, f"{code}.csv", Context.build(period, today=period.end))


@pytest.mark.django_db
@pytest.mark.parametrize("code, period", [("workforce", MARCH_2025), ("finance", FEBRUARY_2025),
                                          ("governance", FEBRUARY_2025), ("finance", OCTOBER_2026)])
def test_each_validates_without_errors_or_warnings(council, home_area, code, period):
    checked = validation(council, code, period)
    assert (checked.error_count, checked.warning_count) == (0, 0)


def test_workforce_is_quarterly():
    assert [month for month in range(1, 13) if generates("workforce", Period.month(2025, month))] == [3, 6, 9, 12]
    assert generates("finance", FEBRUARY_2025) and generates("governance", FEBRUARY_2025)


def test_workforce_is_a_mid_sized_councils_own_staff(council):
    workforce = council.monthly("workforce", MARCH_2025)
    assert workforce["Posts (FTE)"].sum() == 483  # the establishment in ascdash/demo/synthetic/workforce.py
    assert 480 <= workforce["Staff in post"].sum() <= 560
    vacancy = workforce["Vacant (FTE)"].sum() / (workforce["Filled (FTE)"].sum() + workforce["Vacant (FTE)"].sum())
    assert 0.06 <= vacancy <= 0.12
    assert len(workforce) == 39 and workforce["Team"].nunique() == 10


def test_finance_is_a_mid_sized_councils_budget(council):
    february = council.monthly("finance", FEBRUARY_2025)  # 2024-25
    assert 118e6 <= february["Annual budget (£)"].sum() <= 125e6
    assert (february["Variance (£)"] == february["Forecast outturn (£)"] - february["Annual budget (£)"]).all()
    assert (february["Savings delivered to date (£)"] <= february["Savings planned (£)"]).all()
    assert 135e6 <= council.monthly("finance", OCTOBER_2026)["Annual budget (£)"].sum() <= 140e6


def test_governance_registers_and_their_dates(council):
    registers = council.monthly("governance", OCTOBER_2026)
    counts = registers["Item type"].value_counts()
    assert counts["Policy or procedure"] == 60 and counts["Audit in the audit plan"] == 24
    assert 10 <= counts["Safeguarding adults review action"] <= 40 and 30 <= counts["Complaint learning action"] <= 70
    assert registers["Completed date"].max() <= pd.Timestamp(OCTOBER_2026.end)
    assert registers["Reference"].is_unique
