"""Figures in words for tiles, questions and exports, in the indicator's unit and decimals."""

NO_DATA = "No data"


def format_number(value, decimals):
    return f"{value:,.{decimals}f}"


def format_value(value, indicator):
    """45.0%, 194 days, 1,234, 512.3 per 100,000, 19.1."""
    if value is None:
        return NO_DATA
    number = format_number(value, indicator.decimals)
    if indicator.unit == "percent":
        return f"{number}%"
    if indicator.unit == "days":
        return f"{number} day" if number == "1" else f"{number} days"
    if indicator.unit == "rate_per_100k":
        return f"{number} per 100,000"
    return number


def format_difference(difference, indicator):
    """The size of a gap between two figures: 100 days, 12.5 percentage points."""
    difference = abs(difference)
    if indicator.unit == "percent":
        return f"{format_number(difference, indicator.decimals)} percentage points"
    return format_value(difference, indicator)


def rounded(value, indicator):
    """The figure as shown, for spreadsheets."""
    return None if value is None else round(value, indicator.decimals)
