from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .roles import PERMISSIONS


class Access(models.Model):
    """Holds the role permissions; it has no table and no rows."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = list(PERMISSIONS.items())


class QuarterPublication(models.Model):
    """A quarter an administrator has published to scrutiny members, with its figures frozen as they were.

    `snapshot` holds, per indicator code, the figures and judgements shown on the dashboard at
    publication (see ascdash.dashboard.snapshot); the published page shows these, never live values.
    Republishing after a revision freezes the figures again and keeps the first publication date.
    """

    quarter = models.DateField(unique=True, help_text="First day of the published quarter.")
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    published_at = models.DateTimeField()
    first_published_at = models.DateTimeField(
        null=True, blank=True, help_text="When the quarter was first published, if it has been republished since.")
    snapshot = models.JSONField(default=dict)
    # Every publication's frozen figures are kept: republishing adds a historical row, it never loses one.
    history = HistoricalRecords()

    class Meta:
        ordering = ["-quarter"]
        # published only through the dashboard's publish view; frozen figures are not edited in Django admin
        default_permissions = ()

    def __str__(self):
        return f"Quarter starting {self.quarter:%Y-%m-%d}, published {self.published_at:%Y-%m-%d}"
