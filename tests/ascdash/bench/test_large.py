"""The large-council generator, run at a tiny size."""
import pytest
from django.contrib.auth import get_user_model

from ascdash.bench.large import DatabaseNotEmpty, comparator_groups, generate_large_council
from improvement_plan.models import Plan
from metrics.families.reviews.records import ReviewRecord
from metrics.models import Area, ComparatorGroup, Indicator, IndicatorValue, Upload
from ascdash.demo.synthetic import Scale, SyntheticCouncil

TINY = Scale(long_term_clients=200, requests_factor=0.2, safeguarding_per_year=120, carers_per_year=24)


def test_comparator_groups_take_the_same_region_first_then_the_rest_in_order():
    councils = [("A", "A council", "North"), ("B", "B council", "South"), ("C", "C council", "North"),
                ("D", "D council", "South")]
    assert comparator_groups("A", councils, size=2) == {"A": ["C", "B"], "B": ["D", "C"], "C": ["A", "D"],
                                                        "D": ["B", "A"]}


@pytest.mark.django_db
def test_tiny_large_council_has_every_part(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # uploads become current after the commit
        timings = generate_large_council(scale=TINY, months=2, councils=12, years=3)

    assert len(timings) == 5
    uploads = Upload.objects.filter(status=Upload.CONFIRMED)
    assert sorted(uploads.values_list("return_type", "period_start__month")) == [
        ("carers", 9), ("carers", 10), ("finance", 9), ("finance", 10), ("governance", 9), ("governance", 10),
        ("reviews", 9), ("reviews", 10), ("safeguarding", 9), ("safeguarding", 10), ("waiting", 9), ("waiting", 10),
        ("workforce", 9)]  # the workforce return is quarterly: September only
    september, october = (SyntheticCouncil(TINY).monthly("reviews", month) for month in months())
    assert ReviewRecord.objects.count() == len(september) + len(october)
    with_figures = Area.objects.filter(kind=Area.COUNCIL, indicator_values__origin=IndicatorValue.BENCHMARK)
    assert with_figures.distinct().count() == 12  # the home council and the first 11 listed councils
    groups = ComparatorGroup.objects.all()
    assert groups.count() == 12
    assert {group.members.count() for group in groups} == {11}
    england = IndicatorValue.objects.filter(area__code=Area.ENGLAND_CODE, origin=IndicatorValue.BENCHMARK)
    assert england.count() == Indicator.objects.filter(active=True).count() * 3
    assert sorted({v.year for v in england.values_list("period_start", flat=True)}) == [2023, 2024, 2025]
    assert IndicatorValue.objects.filter(origin=IndicatorValue.CALCULATED, period_start__month=10,
                                         period_kind="month").exists()
    assert get_user_model().objects.filter(username="scrutiny").exists()
    assert Plan.objects.count() == 1


def months():
    from core.periods import Period

    return [Period.month(2026, 9), Period.month(2026, 10)]


@pytest.mark.django_db
def test_refuses_a_database_that_holds_the_demo_users(django_user_model):
    django_user_model.objects.create_user(username="scrutiny")

    with pytest.raises(DatabaseNotEmpty):
        generate_large_council(scale=TINY, months=1, councils=3, years=1)
    assert Upload.objects.count() == 0
