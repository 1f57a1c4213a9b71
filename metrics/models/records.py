"""What every family's record model shares. Every row belongs to the upload that brought it; each family
declares its own model in its package (metrics/families/<family>/records.py).

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
