from metrics.formatting import format_value


def test_format_value_by_unit():
    assert format_value(45.234, "percent", 1) == "45.2%"
    assert format_value(135, "days") == "135 days"
    assert format_value(1, "days") == "1 day"
    assert format_value(2749, "count") == "2,749"
    assert format_value(566.04, "rate_per_100k", 1) == "566.0 per 100,000"
    assert format_value(1.256, "ratio", 2) == "1.26"
    assert format_value(None, "percent", 1) == "No data"
