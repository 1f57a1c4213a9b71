"""An improvement plan: areas for improvement, actions with an append-only RAG history, and outcomes to track."""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from . import rules


def plan_source_path(instance, filename):
    return f"plans/{instance.source_sha256[:2]}/{instance.source_sha256}.xlsx"


class Plan(models.Model):
    title = models.CharField(max_length=200)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    assessment = models.ForeignKey(
        "cqc.Assessment", null=True, blank=True, on_delete=models.SET_NULL, related_name="improvement_plans",
        help_text="The CQC assessment this plan responds to.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The workbook an imported plan came from, kept unchanged (as returns are) so the import can be checked.
    source_name = models.CharField(max_length=255, blank=True)
    source_file = models.FileField(upload_to=plan_source_path, max_length=300, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-period_start", "-id"]

    def __str__(self):
        return self.title


class AreaForImprovement(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="areas")
    title = models.CharField(max_length=200)
    priority_phase = models.CharField(max_length=60, blank=True, help_text="e.g. Phase 1 (by March 2026)")
    order = models.PositiveSmallIntegerField(default=0)
    deliverables = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "id"]
        verbose_name_plural = "areas for improvement"

    def __str__(self):
        return self.title


class Action(models.Model):
    area = models.ForeignKey(AreaForImprovement, on_delete=models.CASCADE, related_name="actions")
    reference = models.CharField(max_length=12, help_text="Short reference, e.g. W1")
    title = models.CharField(max_length=500)
    description = models.TextField(blank=True)
    quality_statements = models.ManyToManyField("cqc.QualityStatement", related_name="improvement_actions", blank=True)
    lead_officer = models.CharField(max_length=200, blank=True)
    responsible_group = models.CharField(max_length=200, blank=True)
    commencement_date = models.DateField(null=True, blank=True)
    commencement_month_only = models.BooleanField(default=False, help_text="Only the month is known.")
    commencement_text = models.CharField(max_length=200, blank=True, help_text="e.g. TBC, or a note on the date")
    target_date = models.DateField(null=True, blank=True)
    target_month_only = models.BooleanField(default=False, help_text="Only the month is known.")
    target_text = models.CharField(max_length=200, blank=True, help_text="e.g. Ongoing, TBC pending review")
    deliverables = models.TextField(blank=True)
    history = HistoricalRecords(m2m_fields=[quality_statements])

    class Meta:
        ordering = ["area__order", "area_id", "id"]
        constraints = [models.UniqueConstraint(fields=["area", "reference"], name="action_reference_unique_in_area")]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def get_absolute_url(self):
        return reverse("plan:action", args=[self.pk])

    @property
    def commencement_display(self):
        return rules.date_display(self.commencement_date, self.commencement_month_only, self.commencement_text)

    @property
    def target_display(self):
        return rules.date_display(self.target_date, self.target_month_only, self.target_text)

    @property
    def deadline(self):
        return rules.deadline(self.target_date, self.target_month_only)

    def get_current_rag_display(self):
        """Label of `current_rag`, which selectors.actions_with_status annotates."""
        return rules.RAG_LABELS[self.current_rag]


class StatusUpdate(models.Model):
    """One progress report on an action. Kept for ever: a later report is a new row, never an edit."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField()
    rag = models.CharField("RAG status", max_length=12, choices=rules.RAG_CHOICES)
    percent_complete = models.PositiveSmallIntegerField(validators=[MinValueValidator(0), MaxValueValidator(100)])
    note = models.TextField("progress note")
    evidence_link = models.URLField(blank=True, max_length=500)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(percent_complete__lte=100), name="percent_complete_at_most_100"),
        ]

    def __str__(self):
        return f"{self.action.reference} {self.date} {self.get_rag_display()}"

    @property
    def author_name(self):
        return (self.author.get_full_name() or self.author.username) if self.author else "Unknown"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("Status updates are history: add a new update instead of changing one.")
        super().save(*args, **kwargs)


class OutcomeToTrack(models.Model):
    INCREASE, DECREASE = "increase", "decrease"
    DIRECTION_CHOICES = [(INCREASE, "Increase is better"), (DECREASE, "Decrease is better")]

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="outcomes")
    area = models.ForeignKey(
        AreaForImprovement, null=True, blank=True, on_delete=models.SET_NULL, related_name="outcomes"
    )
    description = models.TextField()
    indicator = models.ForeignKey(
        "metrics.Indicator", null=True, blank=True, on_delete=models.SET_NULL, related_name="plan_outcomes"
    )
    baseline_value = models.FloatField(null=True, blank=True)
    baseline_date = models.DateField(null=True, blank=True)
    target_value = models.FloatField(null=True, blank=True)
    target_date = models.DateField(null=True, blank=True)
    direction = models.CharField(max_length=8, choices=DIRECTION_CHOICES, default=INCREASE)
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order", "id"]
        verbose_name_plural = "outcomes to track"

    def __str__(self):
        return self.description[:80]

    def get_absolute_url(self):
        return reverse("plan:outcome", args=[self.pk])

    @property
    def trajectory(self):
        if None in (self.baseline_value, self.baseline_date, self.target_value, self.target_date):
            return None
        return rules.Trajectory(
            self.baseline_date, self.baseline_value, self.target_date, self.target_value, self.direction
        )
