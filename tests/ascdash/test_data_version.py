"""The data version: which changes replace it, and that record and figure tables keep their bulk deletes."""
import pytest
from django.contrib.auth import get_user_model
from django.db.models.deletion import Collector
from django.utils import timezone

from ascdash.data_version import current_token, data_version, remembered
from ascdash.models import QuarterPublication
from cqc.models import QualityStatement
from metrics.calculators import Figure
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Commentary, Indicator, IndicatorValue
from core.periods import Period
from metrics.services.recalculation import store

Q2 = Period.quarter(2025, 2)


def make_indicator():
    return Indicator.objects.create(code="reviews-pct", title="Reviews", description="Reviews.", family="test",
                                    unit="percent", polarity="high_is_good", frequency="quarterly",
                                    source="local_records")


@pytest.mark.django_db
def test_saving_a_shown_model_replaces_the_token():
    indicator = make_indicator()
    before = current_token()
    Commentary.objects.create(indicator=indicator, quarter=Q2.start, text="Falling backlog.")
    after_commentary = current_token()
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    assert len({before, after_commentary, current_token()}) == 3


@pytest.mark.django_db
def test_deleting_a_shown_model_replaces_the_token():
    indicator = make_indicator()
    commentary = Commentary.objects.create(indicator=indicator, quarter=Q2.start, text="Falling backlog.")
    before = current_token()
    commentary.delete()
    assert current_token() != before


@pytest.mark.django_db
def test_linking_an_indicator_to_a_statement_replaces_the_token():
    indicator = make_indicator()
    before = current_token()
    indicator.quality_statements.add(QualityStatement.objects.get(slug="safeguarding"))
    assert current_token() != before


@pytest.mark.django_db
def test_storing_recalculated_figures_replaces_the_token(home_area):
    indicator = make_indicator()
    before = current_token()
    store([Figure("reviews-pct", Q2, 62.0, 62, 100)], [indicator], home_area, [Q2], IndicatorValue.CALCULATED)
    assert IndicatorValue.objects.get().value == 62.0
    assert current_token() != before


@pytest.mark.django_db
def test_signing_in_keeps_the_token(client):
    user = get_user_model().objects.create_user(username="reader", password="a-long-password-1")
    before = current_token()
    client.force_login(user)  # saves last_login
    assert current_token() == before


@pytest.mark.django_db
def test_token_is_replaced_again_when_the_transaction_commits(django_capture_on_commit_callbacks):
    indicator = make_indicator()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        Commentary.objects.create(indicator=indicator, quarter=Q2.start, text="Falling backlog.")
        inside = current_token()
    assert len(callbacks) == 1
    assert current_token() != inside


@pytest.mark.django_db
@pytest.mark.parametrize("model", [IndicatorValue, WaitingRecord])
def test_figures_and_records_are_still_deleted_in_bulk(model):
    # a delete receiver on these would make Django load every row before deleting it
    assert Collector(using="default").can_fast_delete(model.objects.all()) is True


@pytest.mark.django_db
def test_remembered_value_lasts_until_the_data_changes():
    indicator = make_indicator()
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert (remembered("count", compute), remembered("count", compute)) == (1, 1)
    Commentary.objects.create(indicator=indicator, quarter=Q2.start, text="Falling backlog.")
    assert remembered("count", compute) == 2


def test_pages_vary_on_the_token_and_the_day(db):
    assert data_version(None) == {"data_version": f"{current_token()}:{timezone.localdate().isoformat()}"}
