"""The safeguarding return's records: one row per concern, per monthly rolling extract."""
from django.db import models

from metrics.models.records import PersonFields, RecordBase

from . import codes


class SafeguardingConcern(RecordBase, PersonFields):
    concern_id = models.CharField(max_length=64)
    person_id = models.CharField(max_length=64)
    date_received = models.DateField()
    source_of_concern = models.CharField(max_length=60, blank=True)
    decision_date = models.DateField(null=True, blank=True)
    decision = models.CharField(max_length=14, choices=codes.SAFEGUARDING_DECISIONS, blank=True)
    enquiry_start = models.DateField(null=True, blank=True)
    enquiry_concluded = models.DateField(null=True, blank=True)
    risk_types = models.CharField(max_length=200, blank=True, help_text="Semicolon-separated types of risk.")
    location = models.CharField(max_length=60, blank=True)
    source_of_risk = models.CharField(max_length=60, blank=True)
    msp_asked = models.BooleanField(null=True, blank=True)
    desired_outcomes = models.CharField(max_length=14, choices=codes.DESIRED_OUTCOMES, blank=True)
    risk_outcome = models.CharField(max_length=8, choices=codes.RISK_OUTCOMES, blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload", "date_received"])]
