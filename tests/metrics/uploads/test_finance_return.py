"""The finance return: its template round trip through the pages, and each of its rules on a crafted workbook."""
import pytest

from ascdash.roles import OFFICER
from core.periods import Period
from metrics.families.finance.records import FinanceRecord
from metrics.models import IndicatorValue
from metrics.registry import load_registry

from .returns import confirmed_through_pages, filled_template, messages

pytestmark = pytest.mark.django_db
HEADERS = ["Service line", "Annual budget (£)", "Forecast outturn (£)", "Variance (£)", "Savings planned (£)",
           "Savings delivered to date (£)", "Reason for variance"]


def line(service_line="Long-term residential care", budget=10_000_000, forecast=10_600_000, variance=600_000,
         planned=500_000, delivered=200_000, reason="More placements than budgeted."):
    return [service_line, budget, forecast, variance, planned, delivered, reason]


def test_round_trip_template_upload_preview_confirm_figures(client_for, home_area, django_capture_on_commit_callbacks):
    load_registry()
    officer = client_for(OFFICER)
    data, headers = filled_template(officer, "finance", [
        line(service_line="Residential"),  # a synonym
        line(service_line="Domiciliary care", budget=6_000_000, forecast=5_850_000, variance=None, planned=300_000,
             delivered=300_000, reason=None),
        line(service_line="Care management", budget=4_000_000, forecast=4_000_000, variance=0, planned=None,
             delivered=None, reason=None),
    ])
    assert headers == HEADERS
    created = confirmed_through_pages(officer, "finance", data, "2026-10", 3, django_capture_on_commit_callbacks)
    assert "<h1>Finance (budget monitoring) for October 2026</h1>" in officer.get(
        f"/uploads/{created.pk}/").content.decode()
    assert sorted(FinanceRecord.objects.values_list("service_line", "budget")) == [
        ("assessment", 4_000_000), ("home_care", 6_000_000), ("residential", 10_000_000)]
    october = Period.month(2026, 10)
    values = IndicatorValue.objects.filter(period_kind=october.kind, period_start=october.start, breakdown="")
    variance = values.get(indicator__code="finance-forecast-variance")
    assert (variance.value, variance.denominator) == (450_000, 20_000_000)
    assert values.get(indicator__code="finance-forecast-variance-pct").value == 2.25
    assert values.get(indicator__code="finance-savings-delivered-pct").value == 62.5


def test_clean_rows_have_no_messages(context):
    assert messages("finance", [HEADERS, line(), line(service_line="Nursing", variance=None)], context) == []


def test_unknown_service_line_and_a_repeated_line(context):
    found = messages("finance", [HEADERS, line(service_line="Libraries"), line(), line(service_line="Residential")],
                     context)
    assert [(row, column, rule) for row, column, rule, _, _ in found] == [
        (2, "Service line", "allowed_codes"), (4, "Service line", "duplicates")]


def test_negative_budget_or_savings(context):
    found = messages("finance", [HEADERS, line(budget=-1, forecast=0, variance=1), line("Nursing", planned=-5)],
                     context)
    assert [(row, column, rule, message) for row, column, rule, _, message in found] == [
        (2, "Annual budget (£)", "not_negative", "Annual budget (£) is negative; it must be 0 or more."),
        (3, "Savings planned (£)", "not_negative", "Savings planned (£) is negative; it must be 0 or more."),
        (3, "Savings delivered to date (£)", "savings_over_plan",
         "Savings delivered to date are more than the savings planned. Check both figures."),
    ]


def test_a_variance_must_agree_with_forecast_minus_budget(context):
    found = messages("finance", [HEADERS, line(variance=-600_000), line("Nursing", variance=600_000.6)], context)
    assert found == [(2, "Variance (£)", "variance_disagrees", "error",
                      "Variance (£) should be Forecast outturn minus Annual budget (600,000). Check the sign (an "
                      "overspend is positive), or leave the variance blank.")]


def test_savings_delivered_beyond_the_plan_is_a_warning(context):
    found = messages("finance", [HEADERS, line(planned=100_000, delivered=150_000)], context)
    assert [(column, rule, severity) for _, column, rule, severity, _ in found] == [
        ("Savings delivered to date (£)", "savings_over_plan", "warning")]
