from metrics.charts import indicator_timeseries
from metrics.models import Indicator
from core.periods import Period
from metrics.selectors.summaries import SeriesPoint


def test_timeseries_has_band_benchmarks_and_council_line():
    indicator = Indicator(code="x", title="X", unit="percent", decimals=1)
    q1, q2 = Period.quarter(2025, 1), Period.quarter(2025, 2)
    points = [SeriesPoint(q1, 40.0, england=55.0, comparators=None, lower_quartile=45.0, upper_quartile=60.0,
                          median=52.0),
              SeriesPoint(q2, 45.0, england=56.0, comparators=50.0, lower_quartile=46.0, upper_quartile=61.0)]
    figure = indicator_timeseries(indicator, points, "Northmoor")
    names = [trace["name"] for trace in figure["data"]]
    assert names == ["Lower quartile of councils", "Middle half of councils", "England", "Median of councils",
                     "Similar councils (average)", "Northmoor"]
    assert figure["data"][1]["fill"] == "tonexty"
    assert figure["data"][3]["y"] == [52.0, None]
    assert figure["data"][3]["line"]["dash"] == "dashdot"  # told apart by dash and marker, not colour alone
    assert figure["data"][4]["y"] == [None, 50.0]
    assert figure["data"][5]["x"] == ["2025-26 Q1", "2025-26 Q2"]
    assert figure["layout"]["yaxis"]["title"]["text"] == "%"


def test_timeseries_without_benchmarks_is_one_line():
    indicator = Indicator(code="y", title="Y", unit="count", decimals=0)
    figure = indicator_timeseries(indicator, [SeriesPoint(Period.month(2026, 1), 12.0)], "Northmoor")
    assert [trace["name"] for trace in figure["data"]] == ["Northmoor"]
    assert figure["layout"]["yaxis"]["title"]["text"] == "Count"
