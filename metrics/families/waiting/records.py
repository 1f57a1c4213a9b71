"""The waiting list return's records: one row per person per thing they wait for, per monthly snapshot."""
from django.db import models

from metrics.models.records import PersonFields, RecordBase

from . import codes


class WaitingRecord(RecordBase, PersonFields):
    snapshot_date = models.DateField()
    person_id = models.CharField(max_length=64)
    team = models.ForeignKey("metrics.Team", on_delete=models.PROTECT, related_name="+")
    wait_type = models.CharField(max_length=24, choices=codes.WAIT_TYPES)
    date_requested = models.DateField()
    priority = models.CharField(max_length=8, choices=codes.PRIORITIES, blank=True)
    primary_support_reason = models.CharField(max_length=20, choices=codes.PRIMARY_SUPPORT_REASONS, blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload", "wait_type"])]
