"""The governance and learning return's records: one row per action, audit or policy, per monthly snapshot."""
from django.db import models

from metrics.models.records import RecordBase

from . import codes


class GovernanceItem(RecordBase):
    snapshot_date = models.DateField()
    item_type = models.CharField(max_length=20, choices=codes.ITEM_TYPES)
    reference = models.CharField(max_length=40)
    title = models.CharField(max_length=300, blank=True)
    due_date = models.DateField()
    completed_date = models.DateField(null=True, blank=True)
    owner = models.CharField(max_length=120, blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload"])]
