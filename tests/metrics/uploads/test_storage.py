"""What each return stores: coded values, booleans, blanks, periods and snapshot dates, exactly."""
from datetime import date

import pytest

from metrics.families.carers.records import CarerRecord
from metrics.families.kpi.records import KpiValue
from metrics.families.reviews.records import ReviewRecord
from metrics.families.safeguarding.records import SafeguardingConcern
from core.periods import Period
from metrics.services.uploads import submit_upload

from .conftest import xlsx_bytes

pytestmark = pytest.mark.django_db
AUGUST = Period.month(2025, 8)


def store(code, rows, sheet):
    upload = submit_upload(code, AUGUST, xlsx_bytes(rows, sheet), f"{code}.xlsx", None)
    assert upload.error_count == 0
    return upload


def test_safeguarding_concern(home_area):
    store("safeguarding", [
        ["Concern ID", "Person ID", "Date received", "Source of concern", "Date of decision", "Decision",
         "Enquiry start date", "Enquiry concluded date", "Type of risk", "Location of risk", "Source of risk",
         "MSP asked", "Desired outcomes", "Risk outcome", "Age", "Gender", "Ethnicity"],
        ["C1", "P1", date(2025, 7, 1), "Police", date(2025, 7, 3), "S42", date(2025, 7, 4), date(2025, 8, 20),
         "Neglect; Financial", "Own home", "Known to individual", "yes", "Partly", "Reduced", 88, "F", "Caribbean"],
        ["C2", "P2", date(2025, 8, 30), None, None, None, None, None, None, None, None, None, None, None, None, None,
         None],
    ], "Safeguarding")
    assert list(SafeguardingConcern.objects.order_by("row_number").values_list(
        "concern_id", "decision", "enquiry_concluded", "risk_types", "msp_asked", "desired_outcomes", "risk_outcome",
        "age", "gender", "ethnicity")) == [
        ("C1", "section_42", date(2025, 8, 20), "Neglect; Financial", True, "partially", "reduced", 88, "female", "black"),
        ("C2", "", None, "", None, "", "", None, "", ""),
    ]


def test_carers_young_carer_blank_means_no(home_area):
    store("carers", [
        ["Carer ID", "Date requested", "Date assessed", "Outcome", "Carer age", "Young carer"],
        ["K1", date(2025, 5, 1), date(2025, 6, 1), "IAG", 15, "Y"],
        ["K2", date(2025, 5, 2), None, None, 60, None],
    ], "Carers")
    assert list(CarerRecord.objects.order_by("row_number").values_list(
        "carer_id", "cared_for_id", "date_assessed", "outcome", "carer_age", "young_carer")) == [
        ("K1", "", date(2025, 6, 1), "information_advice", 15, True),
        ("K2", "", None, "", 60, False),
    ]


def test_reviews_snapshot_date_is_the_month_end(home_area):
    store("reviews", [["Person ID", "Team", "Support setting", "Next review due"],
                      ["P1", "MH Team", "Nursing home", date(2025, 12, 1)]], "Reviews")
    assert list(ReviewRecord.objects.values_list("snapshot_date", "team__name", "support_setting", "next_review_due")) == [
        (date(2025, 8, 31), "Mental Health Team", "nursing", date(2025, 12, 1))]


def test_kpi_values_carry_their_own_periods(home_area):
    store("kpi", [["Indicator code", "Period", "Value", "Numerator", "Denominator", "Note"],
                  ["asc-survey", "2024-25", 61.5, 123, 200, "ASCS"], ["asc-survey", "2025-26 Q1", 60, None, None, None]],
          "KPI values")
    assert list(KpiValue.objects.order_by("row_number").values_list(
        "indicator_code", "period_kind", "period_start", "value", "numerator", "denominator", "note")) == [
        ("asc-survey", "year", date(2024, 4, 1), 61.5, 123.0, 200.0, "ASCS"),
        ("asc-survey", "quarter", date(2025, 4, 1), 60.0, None, None, ""),
    ]
