from django import template

from ..formatting import format_for, format_number

register = template.Library()


@register.filter
def indicator_value(value, indicator):
    """{{ value|indicator_value:indicator }} -> '45.2%'."""
    return format_for(indicator, value)


@register.filter
def number(value, decimals=0):
    return format_number(value, decimals)
