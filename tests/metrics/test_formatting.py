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


def variance(unit_name="currency", decimals=1, share_of="budget"):
    words = {"positive": "overspend", "negative": "underspend", "zero": "on budget"}
    if share_of:
        words["share_of"] = share_of
    return Indicator(unit=unit_name, decimals=decimals, sign_words=words)


def test_pounds_as_councils_write_them():
    assert format_value(1_234_567, unit("currency", 1)) == "£1.2m"
    assert format_value(16_300_000, unit("currency", 1)) == "£16.3m"
    assert format_value(350_400, unit("currency", 1)) == "£350k"
    assert format_value(999_600, unit("currency", 1)) == "£1.0m"  # rounds to a thousand thousand: millions
    assert format_value(850.4, unit("currency", 1)) == "£850"
    assert format_value(-2_500_000, unit("currency", 1)) == "-£2.5m"
    assert format_value(-0.3, unit("currency", 1)) == "£0"
    assert format_value(3_000_000, unit("currency", 0)) == "£3.0m"  # millions always show one decimal


def test_a_variance_says_overspend_or_underspend_in_words_never_by_sign():
    assert format_value(1_200_000, variance()) == "£1.2m overspend"
    assert format_value(-100_000, variance()) == "£100k underspend"
    assert format_value(0.2, variance()) == "on budget"
    assert format_value(1_200_000, variance(), of=35_294_118) == "£1.2m overspend (3.4% of budget)"
    assert format_value(-100_000, variance(), of=4_000_000) == "£100k underspend (2.5% of budget)"
    assert format_value(1_200_000, variance(), of=0) == "£1.2m overspend"  # no budget, no share
    assert format_value(3.44, variance("percent", share_of=None)) == "3.4% overspend"
    assert format_value(-0.04, variance("percent", share_of=None)) == "on budget"
    assert format_value(None, variance()) == "No data"


def test_the_size_of_a_gap_in_pounds_has_no_sign_words():
    assert format_difference(-400_000, variance()) == "£400k"
