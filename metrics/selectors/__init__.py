"""Reads for metrics, each with a bounded number of queries."""
from django.conf import settings

from ..models import IndicatorValue
from ..periods import QUARTER, Period


def latest_quarter():
    """The latest quarter with any stored figure for the home council, or None."""
    start = (
        IndicatorValue.objects.filter(area__code=settings.ASCDASH_HOME_AREA, period_kind=QUARTER)
        .order_by("-period_start")
        .values_list("period_start", flat=True)
        .first()
    )
    return Period(QUARTER, start) if start else None
