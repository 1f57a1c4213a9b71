from datetime import date

import pytest

from core.periods import Period
from metrics.models import Area, ComparatorGroup, Indicator, IndicatorValue, Target
from metrics.selectors import FigureReader
from metrics.selectors.summaries import series, summarise

Q2 = Period.quarter(2025, 2)
EVERYTHING = FigureReader.for_service()


def make_indicator(code="reviews-in-12-months-pct", polarity="high_is_good", frequency="quarterly", unit="percent"):
    return Indicator.objects.create(
        code=code, title=code, description="d", family="reviews", unit=unit,
        polarity=polarity, frequency=frequency, source="local_records",
    )


@pytest.fixture
def world(home_area):
    """Home council, England, four other councils: A and B in the home region and comparators, C comparator, D neither."""
    region = home_area.region
    other_region = Area.objects.create(code="E12000009", name="South West", kind=Area.REGION)
    councils = {
        "A": Area.objects.create(code="E06000901", name="A", region=region),
        "B": Area.objects.create(code="E06000902", name="B", region=region),
        "C": Area.objects.create(code="E06000903", name="C", region=other_region),
        "D": Area.objects.create(code="E06000904", name="D", region=other_region),
    }
    group = ComparatorGroup.objects.create(name="CIPFA", area=home_area, is_default=True)
    group.members.set([councils["A"], councils["B"], councils["C"]])
    return {"home": home_area, "england": Area.objects.get(code=Area.ENGLAND_CODE), **councils}


def put(indicator, area, period, value, numerator=None, denominator=None):
    IndicatorValue.objects.create(
        indicator=indicator, area=area, period_kind=period.kind, period_start=period.start,
        value=value, numerator=numerator, denominator=denominator,
    )


@pytest.mark.django_db
def test_summary_of_a_percentage_against_every_benchmark(world):
    indicator = make_indicator()
    put(indicator, world["home"], Q2, 45.0, 45, 100)
    put(indicator, world["home"], Q2.previous(), 40.0)
    put(indicator, world["home"], Q2.same_period_last_year(), 50.0)
    put(indicator, world["england"], Q2, 60.0, 600, 1000)
    for name, value in {"A": 50.0, "B": 30.0, "C": 70.0, "D": 20.0}.items():
        put(indicator, world[name], Q2, value)
    Target.objects.create(indicator=indicator, value=50, tolerance=5, start_date=date(2025, 4, 1))

    summary = summarise(EVERYTHING, [indicator], Q2)[indicator.id]

    assert summary.value == 45.0
    assert summary.england == 60.0
    assert summary.region == pytest.approx((50 + 30) / 2)  # the other councils in the home region: A and B
    assert summary.comparators == pytest.approx(50.0)  # mean of A, B, C = (50+30+70)/3
    assert summary.comparator_count == 3
    # councils: 70, 50, 45, 30, 20 -> home ranks 3 of 5, quartile ceil(12/5)=3; median 45; quartiles 30 and 50
    assert (summary.position.rank, summary.position.count, summary.position.quartile) == (3, 5, 3)
    assert (summary.median, summary.lower_quartile, summary.upper_quartile) == (45.0, 30.0, 50.0)
    words = {name: judgement.words for name, judgement in summary.judgements.items()}
    assert words == {
        "target": "Amber: just short of target",
        "previous": "Improving on last quarter",
        "last_year": "Worsening on the same quarter last year",
        "england": "Worse than England",
        "region": "Better than the region",  # 45 against 40
        "comparators": "Worse than similar councils",
        # 45/100 interval 0.356-0.548 excludes England's 600/1000 = 0.6
        "significance": "Significantly worse than England",
        "quartile": "Quartile 3 of 4 (third quarter), ranked 3 of 5",
    }


@pytest.mark.django_db
def test_annual_indicator_uses_latest_year_up_to_the_quarter(world):
    indicator = make_indicator(code="ascof-1a", frequency="annual", unit="score")
    put(indicator, world["home"], Period.year(2023), 18.9)
    put(indicator, world["home"], Period.year(2024), 19.1)
    put(indicator, world["england"], Period.year(2024), 19.0)

    summary = summarise(EVERYTHING, [indicator], Q2)[indicator.id]  # 2025-26 has no figure yet

    assert summary.period == Period.year(2024)
    assert summary.value == 19.1
    assert summary.previous == 18.9
    assert summary.judgements["previous"].words == "Improving on last year"
    assert summary.judgements["england"].words == "Better than England"
    assert "significance" not in summary.judgements


@pytest.mark.django_db
def test_summary_without_data_says_so(world):
    indicator = make_indicator(polarity="low_is_good")
    summary = summarise(EVERYTHING, [indicator], Q2)[indicator.id]
    assert summary.value is None and summary.position is None
    assert summary.judgements["target"].words == "No target"
    assert summary.judgements["england"].words == "No England figure to compare"


@pytest.mark.django_db
def test_summarise_query_count_does_not_grow_with_indicators(world, django_assert_num_queries):
    indicators = [make_indicator(code=f"i{n}") for n in range(6)]
    for indicator in indicators:
        put(indicator, world["home"], Q2, 1.0)
    with django_assert_num_queries(7):
        summarise(EVERYTHING, indicators[:1], Q2)
    with django_assert_num_queries(7):
        summarise(EVERYTHING, indicators, Q2)


@pytest.mark.django_db
def test_series_has_every_period_with_benchmarks_and_quartile_band(world, django_assert_num_queries):
    indicator = make_indicator()
    quarters = [Period.quarter(2025, 1), Q2]
    for quarter, home_value in zip(quarters, [40.0, 45.0]):
        put(indicator, world["home"], quarter, home_value)
        put(indicator, world["england"], quarter, 60.0)
        for name, value in {"A": 50.0, "B": 30.0, "C": 70.0, "D": 20.0}.items():
            put(indicator, world[name], quarter, value)
    with django_assert_num_queries(6):
        points = series(EVERYTHING, indicator)
    assert [p.period.label for p in points] == ["2025-26 Q1", "2025-26 Q2"]
    assert [p.value for p in points] == [40.0, 45.0]
    assert points[1].england == 60.0
    assert points[1].comparators == pytest.approx(50.0)
    # councils 20, 30, 45, 50, 70: inclusive quartiles are 30 and 50
    assert (points[1].lower_quartile, points[1].upper_quartile) == (30.0, 50.0)
    assert (points[0].median, points[1].median) == (40.0, 45.0)  # 20, 30, 40, 50, 70 and 20, 30, 45, 50, 70
    assert (points[0].position.rank, points[1].position.rank, points[1].position.count) == (3, 3, 5)


@pytest.mark.django_db
def test_median_of_an_even_number_of_councils_and_none_below_four(world):
    indicator = make_indicator(polarity="low_is_good")
    for name, value in {"A": 50.0, "B": 30.0, "C": 70.0, "D": 20.0}.items():
        put(indicator, world[name], Q2, value)
    put(indicator, world["home"], Q2, 41.0)
    put(indicator, world["home"], Q2.previous(), 39.0)
    for name, value in {"A": 50.0, "B": 30.0}.items():
        put(indicator, world[name], Q2.previous(), value)
    summary = summarise(EVERYTHING, [indicator], Q2)[indicator.id]
    assert summary.median == 41.0  # 20, 30, 41, 50, 70
    put(indicator, world["england"], Q2, 1.0)  # England is not a council
    IndicatorValue.objects.filter(area=world["home"], period_start=Q2.start).delete()
    assert summarise(EVERYTHING, [indicator], Q2)[indicator.id].median == 40.0  # (30 + 50) / 2
    earlier = summarise(EVERYTHING, [indicator], Q2.previous())[indicator.id]
    assert (earlier.median, earlier.lower_quartile, earlier.position) == (None, None, None)  # 3 councils


@pytest.mark.django_db
@pytest.mark.parametrize("england, words", [
    (42.0, "Similar to England"),  # inside 40.2 +- 3.1
    (43.3, "Similar to England"),  # the interval's edge counts as inside
    (44.0, "Significantly worse than England"),
    (36.0, "Significantly better than England"),
])
def test_survey_figures_are_compared_with_england_by_their_published_margin(world, england, words):
    indicator = make_indicator(code="ascs-social-contact-pct", frequency="annual")
    year = Period.year(2024)
    IndicatorValue.objects.create(indicator=indicator, area=world["home"], period_kind=year.kind,
                                  period_start=year.start, value=40.2, margin=3.1, numerator=200, denominator=500)
    put(indicator, world["england"], year, england)
    summary = summarise(EVERYTHING, [indicator], Q2)[indicator.id]
    assert summary.interval == pytest.approx((37.1, 43.3))
    assert summary.judgements["significance"].words == words
