"""The sparkline figure: only its data, rounded as the tile's table shows it (charts.js adds the style)."""
from ascdash.dashboard.charts import sparkline
from core.periods import Period


def test_sparkline_carries_rounded_data_only():
    trend = [(Period.quarter(2025, 1), 65.03955563), (Period.quarter(2025, 2), 64.87955445)]
    assert sparkline(trend, 1) == {"data": [{"x": ["2025-26 Q1", "2025-26 Q2"], "y": [65.0, 64.9]}]}
    assert sparkline(trend, 0) == {"data": [{"x": ["2025-26 Q1", "2025-26 Q2"], "y": [65, 65]}]}
