"""Governance and learning calculators on a hand-computed snapshot as at 31 October 2026, and the data-quality
figure pooled from the data-quality report's counts."""
import pandas as pd
import pytest

from core.periods import Period
from metrics.families.governance import calculators as governance
from metrics.families.governance.quality import quality_frame
from metrics.returns.validation import Context
from metrics.services.uploads import confirm_upload, submit_upload
from tests.metrics.uploads.conftest import AUGUST_2025, TODAY, WAITING_HEADERS, waiting_row, xlsx_bytes

from .frames import find, frame

OCTOBER = Period.month(2026, 10)
Q2, Q3 = Period.quarter(2026, 2), Period.quarter(2026, 3)


def item(item_type, reference, due, completed=None):
    return {"snapshot_date": "2026-10-31", "month": "2026-10-01", "item_type": item_type, "reference": reference,
            "due_date": due, "completed_date": completed}


RECORDS = frame([
    item("sar_action", "S1", "2026-09-30", "2026-09-15"),
    item("sar_action", "S2", "2026-10-15"),  # due, not done
    item("sar_action", "S3", "2026-12-31", "2026-10-20"),  # done early: counted
    item("sar_action", "S4", "2027-01-31"),  # not due yet: not counted
    item("complaint_learning", "C1", "2026-10-01", "2026-10-01"),
    item("complaint_learning", "C2", "2026-10-31"),  # due on the snapshot day
    item("audit", "A1", "2026-06-30", "2026-07-02"),
    item("audit", "A2", "2026-09-30", "2026-09-30"),
    item("audit", "A3", "2026-10-31", "2026-10-30"),
    item("audit", "A4", "2026-10-20"),
    item("policy", "P1", "2027-03-01", "2024-03-01"),
    item("policy", "P2", "2026-10-31", "2023-10-31"),  # review due today: still in date
    item("policy", "P3", "2026-10-30", "2023-10-30"),
    item("policy", "P4", "2025-01-01"),
], ["snapshot_date", "month", "due_date", "completed_date"])
QUALITY = pd.DataFrame({
    "month": pd.to_datetime(["2026-10-01", "2026-10-01", "2026-09-01"]), "return_type": ["waiting", "reviews", "waiting"],
    "missing_cells": [30, 10, 50], "checked_cells": [1000, 4000, 1000],
})


@pytest.fixture(scope="module")
def figures():
    return governance.calculate(RECORDS, QUALITY, [OCTOBER, Q2, Q3])


def test_actions_completed_of_those_due_or_done(figures):
    sar = find(figures, "gov-sar-actions-completed-pct", OCTOBER)
    assert (sar.numerator, sar.denominator) == (2, 3)
    assert find(figures, "gov-complaint-learning-closed-pct", OCTOBER).value == 50


def test_audits_against_plan_and_policies_in_date(figures):
    assert find(figures, "gov-audits-completed-pct", OCTOBER).value == 75
    policies = find(figures, "gov-policies-in-date-pct", OCTOBER)
    assert (policies.numerator, policies.denominator) == (2, 4)


def test_data_quality_pools_the_reports_counts_over_the_period(figures):
    october = find(figures, "gov-data-quality-missing-pct", OCTOBER)
    assert (october.numerator, october.denominator, october.value) == (40, 5000, 0.8)
    assert find(figures, "gov-data-quality-missing-pct", Q2).value == 5  # September only: 50 of 1,000


def test_no_register_rows_of_a_type_no_figure():
    figures = governance.calculate(RECORDS[RECORDS["item_type"] == "policy"], QUALITY.iloc[:0], [OCTOBER])
    assert {figure.code for figure in figures} == {"gov-policies-in-date-pct"}


@pytest.mark.django_db
def test_the_quality_frame_is_the_data_quality_reports_count_for_each_monthly_upload(home_area):
    rows = [WAITING_HEADERS, waiting_row(), waiting_row(person="P2", priority=None, age=None, gender=None)]
    waiting = submit_upload("waiting", AUGUST_2025, xlsx_bytes(rows), "w.xlsx", None, Context.build(AUGUST_2025, TODAY))
    confirm_upload(waiting.pk, None)
    kpi = submit_upload("kpi", AUGUST_2025, xlsx_bytes([["Indicator code", "Period", "Value"], ["x", "2024-25", 1]],
                                                      "KPI values"), "k.xlsx", None, Context.build(AUGUST_2025, TODAY))
    confirm_upload(kpi.pk, None)  # filed for its rows' own periods: not a monthly return, so not counted
    frame = quality_frame([AUGUST_2025])
    # 2 rows x 9 columns that should be filled; the second row leaves priority, age and gender blank
    assert frame.to_dict("records") == [
        {"month": pd.Timestamp("2025-08-01"), "return_type": "waiting", "missing_cells": 3, "checked_cells": 18}]
