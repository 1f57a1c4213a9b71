from metrics.formatting import format_difference, format_number, format_value, rounded
from metrics.models import Indicator


def unit(name, decimals=0):
    return Indicator(unit=name, decimals=decimals)


def test_format_value_by_unit():
    assert format_value(45.234, unit("percent", 1)) == "45.2%"
    assert format_value(135, unit("days")) == "135 days"
    assert format_value(1, unit("days")) == "1 day"
    assert format_value(2749, unit("count")) == "2,749"
    assert format_value(566.04, unit("rate_per_100k", 1)) == "566.0 per 100,000"
    assert format_value(1.256, unit("ratio", 2)) == "1.26"
    assert format_value(None, unit("percent", 1)) == "No data"


def test_a_day_is_singular_only_when_shown_as_exactly_one():
    assert format_value(0.6, unit("days")) == "1 day"  # shown as 1
    assert format_value(1, unit("days", 1)) == "1.0 days"
    assert format_value(1.4, unit("days", 1)) == "1.4 days"


def test_numbers_differences_and_rounding():
    assert format_number(None) == "–"
    assert format_number(12345.678, 1) == "12,345.7"
    assert format_difference(-12.54, unit("percent", 1)) == "12.5 percentage points"
    assert format_difference(100, unit("days")) == "100 days"
    assert (rounded(45.256, unit("percent", 1)), rounded(None, unit("percent", 1))) == (45.3, None)
