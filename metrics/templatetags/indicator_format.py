from django import template

from ..formatting import format_number, format_value

register = template.Library()


@register.filter
def indicator_value(value, indicator):
    """{{ value|indicator_value:indicator }} -> '45.2%'."""
    return format_value(value, indicator)


@register.filter
def figure_text(figure, indicator):
    """{{ point|figure_text:indicator }}: a figure (an object or dict with value and denominator) in words,
    e.g. '£1.2m overspend (3.4% of budget)' for a variance whose denominator is its budget."""
    read = figure.get if isinstance(figure, dict) else lambda name: getattr(figure, name, None)
    return format_value(read("value"), indicator, of=read("denominator"))


@register.filter
def number(value, decimals=0):
    """{{ row.numerator|number }}: whole numbers as they are; a fraction, such as full-time equivalents, keeps one
    decimal place ('0.5 of 10', not '0 of 10')."""
    if value is not None and decimals == 0 and value != round(value):
        decimals = 1
    return format_number(value, decimals)
