"""Record-level returns. Every row belongs to the upload that brought it.

Person identifiers are pseudonymous strings from the case-management system.
These rows are never shown to scrutiny members, only aggregates.
"""
from django.db import models

from .. import codes
from .uploads import Upload


class RecordBase(models.Model):
    upload = models.ForeignKey(Upload, on_delete=models.CASCADE, related_name="%(class)s_rows")
    row_number = models.PositiveIntegerField(help_text="Row in the uploaded sheet.")

    class Meta:
        abstract = True


class PersonFields(models.Model):
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    gender = models.CharField(max_length=10, choices=codes.GENDERS, blank=True)
    ethnicity = models.CharField(max_length=12, choices=codes.ETHNICITIES, blank=True)

    class Meta:
        abstract = True


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


class CarerRecord(RecordBase):
    carer_id = models.CharField(max_length=64)
    cared_for_id = models.CharField(max_length=64, blank=True)
    date_requested = models.DateField()
    date_assessed = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=codes.CARER_OUTCOMES, blank=True)
    support_type = models.CharField(max_length=100, blank=True)
    carer_age = models.PositiveSmallIntegerField(null=True, blank=True)
    young_carer = models.BooleanField(default=False)
    gender = models.CharField(max_length=10, choices=codes.GENDERS, blank=True)
    ethnicity = models.CharField(max_length=12, choices=codes.ETHNICITIES, blank=True)

    class Meta:
        indexes = [models.Index(fields=["upload"])]


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
