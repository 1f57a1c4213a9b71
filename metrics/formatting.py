"""Figures as people read them, in an indicator's unit and decimals: the one formatter for every page,
question and export."""
NO_DATA = "No data"
UNIT_SUFFIX = {"percent": "%", "rate_per_100k": " per 100,000"}


def format_number(value, decimals=0):
    if value is None:
        return "–"
    return f"{value:,.{decimals}f}"


def format_value(value, indicator):
    """'45.2%', '135 days', '1 day', '2,749', '566.0 per 100,000' in `indicator`'s unit and decimals; 'No data'
    when there is no figure. A day is singular only when the figure as shown is exactly 1."""
    if value is None:
        return NO_DATA
    number = format_number(value, indicator.decimals)
    if indicator.unit == "days":
        return f"{number} day" if number == "1" else f"{number} days"
    return number + UNIT_SUFFIX.get(indicator.unit, "")


def format_difference(difference, indicator):
    """The size of a gap between two figures: 100 days, 12.5 percentage points."""
    difference = abs(difference)
    if indicator.unit == "percent":
        return f"{format_number(difference, indicator.decimals)} percentage points"
    return format_value(difference, indicator)


def rounded(value, indicator):
    """The figure as shown, for spreadsheets."""
    return None if value is None else round(value, indicator.decimals)
