"""Reads for metrics, each with a bounded number of queries."""
from django.conf import settings
from django.utils import timezone

from ..models import IndicatorValue
from core.periods import QUARTER, Period


def latest_quarter(today=None):
    """The latest quarter that has ended and has a stored figure for the home council, or None."""
    current = Period.containing(QUARTER, today or timezone.localdate())
    start = (
        IndicatorValue.objects.filter(
            area__code=settings.ASCDASH_HOME_AREA, period_kind=QUARTER, period_start__lt=current.start
        )
        .order_by("-period_start")
        .values_list("period_start", flat=True)
        .first()
    )
    return Period(QUARTER, start) if start else None
