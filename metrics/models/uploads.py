from django.conf import settings
from django.db import models


def return_choices():
    """Every registered family's return (evaluated when first needed: the families define record models that
    point at Upload)."""
    from ..families import return_choices

    return return_choices()


def upload_path(instance, filename):
    return f"uploads/{instance.return_type}/{instance.sha256[:2]}/{instance.sha256}.bin"


class Upload(models.Model):
    """One file an officer uploaded, stored unchanged, and what became of it.

    Records brought by an upload point at it; the data in use for a return and
    period is the one upload there with status CONFIRMED.
    """

    VALIDATED = "validated"  # parsed; may be confirmed if it has no errors
    REJECTED = "rejected"  # could not be read, or has errors
    CONFIRMED = "confirmed"  # the current data for its return and period
    SUPERSEDED = "superseded"  # was confirmed, replaced by a later upload; restorable
    DISCARDED = "discarded"  # the officer chose not to confirm
    STATUS_CHOICES = [
        (VALIDATED, "Awaiting confirmation"),
        (REJECTED, "Rejected"),
        (CONFIRMED, "Confirmed (current)"),
        (SUPERSEDED, "Superseded"),
        (DISCARDED, "Discarded"),
    ]

    return_type = models.CharField(max_length=20, choices=return_choices)
    period_start = models.DateField(help_text="First day of the month the return is for.")
    file = models.FileField(upload_to=upload_path, max_length=300)
    original_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    size_bytes = models.PositiveBigIntegerField()
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default=VALIDATED)
    rows_total = models.PositiveIntegerField(default=0)
    rows_failed = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    warning_count = models.PositiveIntegerField(default=0)
    problem = models.TextField(blank=True, help_text="Why the file could not be read at all.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="uploads"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    superseded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        indexes = [models.Index(fields=["return_type", "period_start", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["return_type", "period_start"],
                condition=models.Q(status="confirmed"),
                name="one_confirmed_upload_per_return_period",
            ),
        ]

    def __str__(self):
        return f"{self.get_return_type_display()} {self.period_start:%Y-%m} ({self.original_name})"


class UploadMessage(models.Model):
    """One validation finding, naming sheet, row, column, value and rule."""

    ERROR, WARNING = "error", "warning"
    SEVERITY_CHOICES = [(ERROR, "Error"), (WARNING, "Warning")]

    upload = models.ForeignKey(Upload, on_delete=models.CASCADE, related_name="messages")
    severity = models.CharField(max_length=8, choices=SEVERITY_CHOICES)
    sheet = models.CharField(max_length=100, blank=True)
    row = models.PositiveIntegerField(null=True, blank=True, help_text="Spreadsheet row number (header is row 1).")
    column = models.CharField(max_length=100, blank=True)
    value = models.CharField(max_length=255, blank=True)
    rule = models.CharField(max_length=50)
    message = models.TextField()

    class Meta:
        ordering = ["upload", "row", "id"]


class UploadEvent(models.Model):
    """Audit trail: who did what to an upload, and when."""

    UPLOADED, REJECTED, CONFIRMED, SUPERSEDED, RESTORED, DISCARDED = (
        "uploaded", "rejected", "confirmed", "superseded", "restored", "discarded",
    )
    ACTION_CHOICES = [
        (UPLOADED, "Uploaded and validated"),
        (REJECTED, "Rejected by validation"),
        (CONFIRMED, "Confirmed as current"),
        (SUPERSEDED, "Superseded by a newer upload"),
        (RESTORED, "Restored as current"),
        (DISCARDED, "Discarded"),
    ]

    upload = models.ForeignKey(Upload, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=12, choices=ACTION_CHOICES)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.upload} at {self.at:%Y-%m-%d %H:%M}"
