"""The reviews return's records: one row per person on long-term support, per monthly snapshot."""
from django.db import models

from metrics.models.records import RecordBase

from . import codes


class ReviewRecord(RecordBase):
    snapshot_date = models.DateField()
    person_id = models.CharField(max_length=64)
    team = models.ForeignKey("metrics.Team", on_delete=models.PROTECT, related_name="+")
    support_setting = models.CharField(max_length=12, choices=codes.SUPPORT_SETTINGS)
    last_review_date = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    review_completed_date = models.DateField(null=True, blank=True)
    review_type = models.CharField(max_length=10, choices=codes.REVIEW_TYPES, blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload"])]
