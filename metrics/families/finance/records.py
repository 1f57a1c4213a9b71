"""The finance return's records: one row per service line, per monthly budget monitoring snapshot."""
from django.db import models

from metrics.models.records import RecordBase

from . import codes


class FinanceRecord(RecordBase):
    snapshot_date = models.DateField()
    service_line = models.CharField(max_length=20, choices=codes.SERVICE_LINES)
    budget = models.FloatField()
    forecast_outturn = models.FloatField()
    variance = models.FloatField(null=True, blank=True, help_text="As typed; calculators work it out afresh.")
    savings_planned = models.FloatField(null=True, blank=True)
    savings_delivered = models.FloatField(null=True, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload"])]
