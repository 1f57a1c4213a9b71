"""The carers return's records: one row per carer's assessment request, per monthly rolling extract."""
from django.db import models

from metrics import codes as shared_codes
from metrics.models.records import RecordBase

from . import codes


class CarerRecord(RecordBase):
    carer_id = models.CharField(max_length=64)
    cared_for_id = models.CharField(max_length=64, blank=True)
    date_requested = models.DateField()
    date_assessed = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=codes.CARER_OUTCOMES, blank=True)
    support_type = models.CharField(max_length=100, blank=True)
    carer_age = models.PositiveSmallIntegerField(null=True, blank=True)
    young_carer = models.BooleanField(default=False)
    gender = models.CharField(max_length=10, choices=shared_codes.GENDERS, blank=True)
    ethnicity = models.CharField(max_length=12, choices=shared_codes.ETHNICITIES, blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload"])]
