"""The governance and learning return: its template round trip through the pages, and its rules."""
from datetime import date

import pytest

from ascdash.roles import OFFICER
from core.periods import Period
from metrics.families.governance.records import GovernanceItem
from metrics.models import IndicatorValue
from metrics.registry import load_registry

from .returns import confirmed_through_pages, filled_template, messages

pytestmark = pytest.mark.django_db
HEADERS = ["Item type", "Reference", "Title", "Due date", "Completed date", "Owner"]


def item(item_type="SAR action", reference="SAR-2025-01/1", due=date(2025, 7, 31), completed=date(2025, 7, 20)):
    return [item_type, reference, "An action", due, completed, "Head of Safeguarding"]


def test_round_trip_template_upload_preview_confirm_figures(client_for, home_area, django_capture_on_commit_callbacks):
    load_registry()
    officer = client_for(OFFICER)
    data, headers = filled_template(officer, "governance", [
        item(due=date(2026, 9, 30), completed=date(2026, 9, 15)),
        item(reference="SAR-2025-01/2", due=date(2026, 10, 15), completed=None),
        item("Audit", "AUD-1", date(2026, 10, 20), date(2026, 10, 19)),
        item("Policy", "POL-1", date(2027, 3, 1), date(2024, 3, 1)),
        item("Procedure", "POL-2", date(2026, 10, 30), date(2023, 10, 30)),
    ])
    assert headers == HEADERS
    confirmed_through_pages(officer, "governance", data, "2026-10", 5, django_capture_on_commit_callbacks)
    assert GovernanceItem.objects.filter(item_type="policy").count() == 2
    october = Period.month(2026, 10)
    values = dict(IndicatorValue.objects.filter(period_kind=october.kind, period_start=october.start).values_list(
        "indicator__code", "value"))
    assert values["gov-sar-actions-completed-pct"] == 50
    assert values["gov-audits-completed-pct"] == 100
    assert values["gov-policies-in-date-pct"] == 50
    # The data-quality report's count for this, the month's only upload: of the 15 values that should be filled
    # (5 rows x item type, reference and due date; title, completed date and owner may be blank), none is missing.
    quality = IndicatorValue.objects.get(indicator__code="gov-data-quality-missing-pct", period_kind="month",
                                         period_start=october.start)
    assert (quality.value, quality.numerator, quality.denominator) == (0, 0, 15)


def test_unknown_item_type_a_missing_due_date_and_a_repeated_reference(context):
    found = messages("governance", [HEADERS, item("Minutes"), item(reference="R2", due=None), item(), item()], context)
    assert [(row, column, rule) for row, column, rule, _, _ in found] == [
        (2, "Item type", "allowed_codes"), (3, "Due date", "required"), (5, "Item type", "duplicates")]


def test_completed_in_the_future_is_refused(context):  # the month is August 2025, checked on 10 September 2025
    found = messages("governance", [HEADERS, item(completed=date(2025, 9, 20))], context)
    assert [(column, rule, severity) for _, column, rule, severity, _ in found] == [
        ("Completed date", "date_not_in_future", "error")]


def test_a_policy_due_for_review_before_its_last_review_is_a_warning(context):
    found = messages("governance", [HEADERS, item("Policy", "POL-9", date(2024, 1, 1), date(2025, 3, 1))], context)
    assert found == [(2, "Due date", "policy_review_dates", "warning",
                      "The policy's next review is due before its last review: update the next review date.")]
