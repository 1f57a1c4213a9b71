"""Synthetic returns validate cleanly, are deterministic and keep people across months; demo loading is idempotent."""
from datetime import date

import pandas as pd
import pytest

from ascdash.bench.upload import waiting_workbook
from ascdash.demo.records import demo_returns, load_demo_records
from metrics.families.carers.records import CarerRecord
from metrics.families.reviews.records import ReviewRecord
from metrics.families.safeguarding.records import SafeguardingConcern
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Upload
from core.periods import Period
from metrics.returns import RETURNS
from metrics.returns.validation import Context, validate_file
from ascdash.demo.synthetic import SyntheticCouncil

pytestmark = pytest.mark.django_db
FEBRUARY_2025 = Period.month(2025, 2)


@pytest.fixture(scope="module")
def council():
    return SyntheticCouncil()


@pytest.mark.parametrize("code", ["waiting", "reviews", "safeguarding", "carers", "kpi"])
def test_every_synthetic_return_validates_without_errors(council, home_area, code):
    data = council.monthly(code, FEBRUARY_2025).to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")
    validation = validate_file(RETURNS[code], data, f"{code}.csv", Context.build(FEBRUARY_2025, today=FEBRUARY_2025.end))
    assert validation.error_count == 0


def test_same_seed_same_data_and_people_persist(council):
    again = SyntheticCouncil()
    assert council.monthly("reviews", FEBRUARY_2025).equals(again.monthly("reviews", FEBRUARY_2025))
    this_month = set(council.monthly("reviews", FEBRUARY_2025)["Person ID"])
    next_month = set(council.monthly("reviews", FEBRUARY_2025.next())["Person ID"])
    assert len(this_month & next_month) / len(this_month) > 0.95


def test_mid_sized_volumes_and_waits(council):
    reviews = council.monthly("reviews", FEBRUARY_2025)
    waiting = council.monthly("waiting", FEBRUARY_2025)
    assert 6_000 <= len(reviews) <= 7_000
    assert 300 <= len(waiting) <= 900
    waited = (pd.Timestamp(FEBRUARY_2025.end) - waiting["Date requested"]).dt.days
    care_act = waited[waiting["Waiting for"] == "Care Act assessment"]
    assert 110 <= care_act.median() <= 160
    learning_disability = waited[(waiting["Waiting for"] == "Care Act assessment")
                                 & (waiting["Team"] == "Learning Disability Team")]
    assert learning_disability.median() > care_act.median()
    received = council.monthly("safeguarding", FEBRUARY_2025)["Date received"]
    in_last_year = received > pd.Timestamp(FEBRUARY_2025.end) - pd.Timedelta(days=365)
    assert 2_500 <= in_last_year.sum() <= 3_500


def test_benchmark_workbook_is_valid(home_area):
    period = Period.month(2026, 10)
    validation = validate_file(RETURNS["waiting"], waiting_workbook(200), "bench.xlsx", Context.build(period))
    assert (validation.rows_total, validation.error_count) == (200, 0)


def test_demo_records_load_once(home_area, recalculated, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        added = load_demo_records(first_month=date(2025, 1, 1), last_month=date(2025, 2, 1))
    again = load_demo_records(first_month=date(2025, 1, 1), last_month=date(2025, 2, 1))
    assert demo_returns()[:4] == ["waiting", "reviews", "safeguarding", "carers"]  # the monthly extracts
    monthly = [code for code in demo_returns() if code != "workforce"]  # workforce: quarter ends only
    assert (added, again) == (2 * len(monthly), 0)
    assert [(code, day) for code, day, _ in recalculated] == [
        (code, day) for day in (date(2025, 1, 1), date(2025, 2, 1)) for code in monthly]
    assert Upload.objects.filter(status=Upload.CONFIRMED).count() == added
    assert all(len(upload.sha256) == 64 and upload.file.size == upload.size_bytes for upload in Upload.objects.all())
    council = SyntheticCouncil()
    assert ReviewRecord.objects.count() == len(council.monthly("reviews", Period.month(2025, 1))) + len(
        council.monthly("reviews", FEBRUARY_2025))
    assert WaitingRecord.objects.filter(upload__period_start=date(2025, 2, 1)).count() == len(
        council.monthly("waiting", FEBRUARY_2025))
    assert SafeguardingConcern.objects.filter(upload__period_start=date(2025, 2, 1)).count() == len(
        council.monthly("safeguarding", FEBRUARY_2025))
    assert CarerRecord.objects.filter(upload__period_start=date(2025, 2, 1)).count() == len(
        council.monthly("carers", FEBRUARY_2025))
