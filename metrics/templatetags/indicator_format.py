from django import template

from ..formatting import format_number, format_value

register = template.Library()


@register.filter
def indicator_value(value, indicator):
    """{{ value|indicator_value:indicator }} -> '45.2%'."""
    return format_value(value, indicator)


@register.filter
def number(value, decimals=0):
    return format_number(value, decimals)
