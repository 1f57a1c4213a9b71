"""Figures as people read them: units, decimals and thousands separators."""
UNIT_SUFFIX = {"percent": "%", "days": " days", "rate_per_100k": " per 100,000"}


def format_number(value, decimals=0):
    if value is None:
        return "–"
    return f"{value:,.{decimals}f}"


def format_value(value, unit, decimals=0):
    """'45.2%', '135 days', '2,749', '566.0 per 100,000'; '–' when there is no figure."""
    if value is None:
        return "No data"
    if unit == "days" and value == 1:
        return f"{format_number(value, decimals)} day"
    return format_number(value, decimals) + UNIT_SUFFIX.get(unit, "")


def format_for(indicator, value):
    return format_value(value, indicator.unit, indicator.decimals)
