"""The KPI return's records: one aggregate figure per indicator and period."""
from django.db import models

from metrics.models.records import RecordBase


class KpiValue(RecordBase):
    """An aggregate figure from elsewhere (survey, workforce, finance, complaints)."""

    indicator_code = models.CharField(max_length=60)
    period_kind = models.CharField(max_length=8)
    period_start = models.DateField()
    value = models.FloatField()
    numerator = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload"])]
