"""The workforce return's records: one row per team and job role, per quarterly snapshot."""
from django.db import models

from metrics.models.records import RecordBase

from . import codes


class WorkforceRecord(RecordBase):
    snapshot_date = models.DateField()
    team = models.ForeignKey("metrics.Team", on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=24, choices=codes.ROLES)
    posts_fte = models.FloatField()
    filled_fte = models.FloatField()
    vacant_fte = models.FloatField()
    staff_in_post = models.PositiveIntegerField()
    staff_in_post_year_ago = models.PositiveIntegerField()
    leavers = models.PositiveIntegerField()
    sickness_days = models.FloatField()
    agency_fte = models.FloatField()
    agency_spend = models.FloatField(null=True, blank=True)
    training_in_date = models.PositiveIntegerField()
    supervision_in_date = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["upload"])]
