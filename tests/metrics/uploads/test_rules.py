"""One test per validation rule, each with a crafted real workbook."""
from datetime import date, datetime

import pytest

from metrics.models import Indicator
from metrics.returns import RETURNS
from metrics.returns.validation import Context, validate_file

from .conftest import AUGUST_2025, TODAY, WAITING_HEADERS, waiting_row, xlsx_bytes

pytestmark = pytest.mark.django_db


def findings(spec_code, rows, context, include_missing_columns=False):
    """(validation, [(row, column, value, rule, severity)]); warnings about absent optional columns left out."""
    spec = RETURNS[spec_code]
    validation = validate_file(spec, xlsx_bytes(rows, spec.sheet_name), "return.xlsx", context)
    return validation, [
        (m["row"], m["column"], m["value"], m["rule"], m["severity"]) for m in validation.messages.to_dict("records")
        if include_missing_columns or m["rule"] != "missing_column"
    ]


def test_clean_rows_have_no_messages_and_synonyms_are_accepted(context):
    rows = [
        ["client id", "ALLOCATED TEAM", "wait-type", "Referral date", "priority", "age", "sex", "Ethnic group", "PSR"],
        waiting_row(team="LD Team", wait="OT", priority="P1", gender="F", ethnicity="Indian", reason="Dementia"),
        waiting_row(person="P002", wait="dols", requested="14/07/2025", priority="routine", gender="m",
                    ethnicity="not known", reason="MH"),
    ]
    validation, found = findings("waiting", rows, context)
    assert found == []
    values = validation.table.values
    assert values["wait_type"].tolist() == ["ot_assessment", "dols_assessment"]
    assert values["priority"].tolist() == ["urgent", "low"]
    assert values["ethnicity"].tolist() == ["asian", "not_stated"]
    assert values["date_requested"].dt.date.tolist() == [date(2025, 6, 2), date(2025, 7, 14)]


def test_required(context):
    _, found = findings("waiting", [WAITING_HEADERS, waiting_row(person=None), waiting_row(person="P2", requested=None)],
                        context)
    assert found == [
        (2, "Person ID", "", "required", "error"),
        (3, "Date requested", "", "required", "error"),
    ]


def test_type_of_dates_and_numbers(context):
    _, found = findings("waiting", [WAITING_HEADERS, waiting_row(requested="31/02/2025"), waiting_row(person="P2", age=12.5),
                                    waiting_row(person="P3", age=130)], context)
    assert found == [
        (2, "Date requested", "31/02/2025", "type", "error"),
        (3, "Age", "12.5", "type", "error"),
        (4, "Age", "130", "type", "error"),
    ]


def test_allowed_codes_blocks_required_and_warns_optional(context):
    validation, found = findings("waiting", [WAITING_HEADERS, waiting_row(wait="Massage"),
                                             waiting_row(person="P2", priority="Whenever")], context)
    assert found == [
        (2, "Waiting for", "Massage", "allowed_codes", "error"),
        (3, "Priority", "Whenever", "allowed_codes", "warning"),
    ]
    assert validation.messages.loc[1, "message"] == (
        "Priority is not one of the allowed values (Urgent; High; Medium; Low). It will be stored as blank."
    )


def test_unknown_team(context):
    _, found = findings("waiting", [WAITING_HEADERS, waiting_row(team="West Locality"), waiting_row(person="P2", team="ot team")],
                        context)
    assert found == [(2, "Team", "West Locality", "unknown_team", "error")]


def test_date_not_in_future(context):
    _, found = findings("waiting", [WAITING_HEADERS, waiting_row(requested=date(2025, 9, 10)),
                                    waiting_row(person="P2", requested=datetime(2025, 9, 11))], context)
    assert found == [(3, "Date requested", "2025-09-11", "date_not_in_future", "error")]


def test_date_not_in_future_allows_next_review_due(context):
    rows = [["Person ID", "Team", "Support setting", "Last review date", "Next review due"],
            ["P1", "North Locality", "Community", date(2025, 3, 1), date(2026, 3, 1)]]
    _, found = findings("reviews", rows, context)
    assert found == []


def test_date_order(context):
    rows = [["Concern ID", "Person ID", "Date received", "Date of decision", "Decision"],
            ["C1", "P1", date(2025, 8, 5), date(2025, 8, 1), "S42"],
            ["C2", "P2", date(2025, 8, 5), date(2025, 8, 5), "No further action"]]
    _, found = findings("safeguarding", rows, context)
    assert found == [(2, "Date of decision", "2025-08-01", "date_order", "error")]


def test_duplicates(context):
    validation, found = findings("waiting", [WAITING_HEADERS, waiting_row(), waiting_row(wait="Financial assessment"),
                                             waiting_row(wait="care act assessment")], context)
    assert found == [(4, "Person ID", "P001", "duplicates", "error")]
    assert validation.messages.loc[0, "message"] == "Duplicate Person ID and Waiting for: the same as row 2."


def test_known_indicator(context):
    Indicator.objects.create(code="asc-survey-satisfaction", title="Satisfaction", description="d", family="kpi",
                             unit="percent", polarity="high_is_good", frequency="annual", source="local_kpi")
    context = Context.build(AUGUST_2025, today=TODAY)
    rows = [["Indicator code", "Period", "Value"], ["asc-survey-satisfaction", "2024-25", 61.2], ["made-up", "2025-26 Q1", 3]]
    _, found = findings("kpi", rows, context)
    assert found == [(3, "Indicator code", "made-up", "known_indicator", "error")]


def test_known_indicator_warns_once_when_no_indicators_loaded(context):
    rows = [["Indicator code", "Period", "Value"], ["anything", "2024-25", 61.2], ["else", "2025-08", 3]]
    _, found = findings("kpi", rows, context)
    assert found == [(2, "Indicator code", "anything", "known_indicator", "warning")]


def test_period_labels_in_kpi_return(context):
    rows = [["Indicator code", "Period", "Value"], ["a", "2025-26 Q5", 1], ["b", "2025-26 Q2", 2]]
    validation, found = findings("kpi", rows, context)
    assert found == [
        (2, "Period", "2025-26 Q5", "type", "error"),
        (2, "Indicator code", "a", "known_indicator", "warning"),
    ]
    assert validation.table.values.loc[3, "period"].label == "2025-26 Q2"


def test_ignored_and_missing_optional_columns_are_warnings(context):
    rows = [["Person ID", "Team", "Waiting for", "Date requested", "Worker"],
            ["P1", "North Locality", "Review", date(2025, 1, 1), "Jo"]]
    _, found = findings("waiting", rows, context, include_missing_columns=True)
    assert found == [
        (None, "", "Worker", "ignored_column", "warning"),
        (None, "Priority", "", "missing_column", "warning"),
        (None, "Age", "", "missing_column", "warning"),
        (None, "Gender", "", "missing_column", "warning"),
        (None, "Ethnicity", "", "missing_column", "warning"),
        (None, "Primary support reason", "", "missing_column", "warning"),
    ]
