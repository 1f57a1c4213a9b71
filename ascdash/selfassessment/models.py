"""A self-assessment version and its parts. A revision is a new version that starts as a copy of the last one,
so an endorsed version (and its registers) never changes: every later edit belongs to the revision."""
import re

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

REF_PATTERN = {"evidence": re.compile(r"^E[1-9]\d*$"), "quote": re.compile(r"^Q[1-9]\d*$")}


def ref_sort_key(ref):
    """E2 before E10; ids that are not letter+number (typing slips such as 'EI2') sort last."""
    match = re.match(r"^([A-Za-z]*)\s*(\d+)", ref or "")
    return (0, match.group(1).upper(), int(match.group(2)), ref) if match else (1, "", 0, ref or "")


def evidence_file_path(instance, filename):
    return f"selfassessment/evidence/{instance.file_sha256[:2]}/{instance.file_sha256}/{filename}"


def source_file_path(instance, filename):
    return f"selfassessment/imports/{instance.source_sha256[:2]}/{instance.source_sha256}.docx"


class Version(models.Model):
    DRAFT, ENDORSED = "draft", "endorsed"
    STATUS_CHOICES = [(DRAFT, "Draft"), (ENDORSED, "Endorsed")]

    title = models.CharField(max_length=200)
    as_at = models.DateField(
        "date of this version",
        help_text="Figures are shown as at this date: the latest period ending on or before it.")
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    revises = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="revisions")
    endorsed_by = models.CharField("endorsed by", max_length=400, blank=True,
                                   help_text="The named leaders who endorsed it, e.g. the Director of Adult Social Care.")
    endorsed_on = models.DateField(null=True, blank=True)
    endorsement_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Figures cited by the text, frozen when the version is endorsed: {indicator code: figure as a dict}.
    figures = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # A version imported from Word keeps the file unchanged (named by its SHA-256) and what the import skipped.
    source_name = models.CharField(max_length=255, blank=True)
    source_file = models.FileField(upload_to=source_file_path, max_length=300, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True)
    import_notes = models.TextField(blank=True)
    history = HistoricalRecords(excluded_fields=["figures"])

    class Meta:
        ordering = ["-as_at", "-id"]
        default_permissions = ()  # written only through the self-assessment pages

    def __str__(self):
        return self.title

    @property
    def is_draft(self):
        return self.status == self.DRAFT


class Lead(models.Model):
    """A person who leads a theme (every statement in it) or one statement in a version, and may edit it."""

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="leads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    theme = models.ForeignKey("cqc.Theme", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    statement = models.ForeignKey("cqc.QualityStatement", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    history = HistoricalRecords()

    class Meta:
        default_permissions = ()
        constraints = [
            models.CheckConstraint(
                condition=models.Q(theme__isnull=False, statement__isnull=True)
                | models.Q(theme__isnull=True, statement__isnull=False),
                name="lead_of_a_theme_or_a_statement"),
            models.UniqueConstraint(fields=["version", "user", "theme"], name="one_lead_row_per_theme"),
            models.UniqueConstraint(fields=["version", "user", "statement"], name="one_lead_row_per_statement"),
        ]

    def __str__(self):
        return f"{self.user} leads {self.theme or self.statement}"


class Section(models.Model):
    """What one version says about one quality statement, under the council's headings."""

    # (field, heading) in the order of the council's document
    HEADINGS = [("ambition", "Ambition"), ("strengths", "Strengths"),
                ("areas_for_improvement", "Areas for improvement"), ("how_we_know", "How we know"),
                ("plans", "Plans")]

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="sections")
    statement = models.ForeignKey("cqc.QualityStatement", on_delete=models.PROTECT, related_name="+")
    ambition = models.TextField(blank=True)
    strengths = models.TextField(blank=True, help_text="One strength per line.")
    areas_for_improvement = models.TextField("areas for improvement", blank=True,
                                             help_text="One area per line.")
    how_we_know = models.TextField(
        "how we know", blank=True,
        help_text="Cite evidence by id in square brackets, e.g. [E12] or [E12, Q3], and live figures by indicator "
                  "code in curly brackets, e.g. {waiting-median-days-care-act-assessment}.")
    plans = models.TextField(blank=True, help_text="One plan per line, e.g. 'To address X we will ...'.")
    actions = models.ManyToManyField("improvement_plan.Action", blank=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[actions], excluded_fields=["updated_at"])

    class Meta:
        ordering = ["version", "statement__number"]
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["version", "statement"], name="one_section_per_statement")]

    def __str__(self):
        return f"{self.version}: {self.statement}"


class EvidenceItem(models.Model):
    """One numbered item in a version's evidence register. Ids are not unique on purpose: the validation report
    finds duplicates, gaps and typing slips in registers imported from Word."""

    KIND_CHOICES = [("document", "Document"), ("data", "Data"), ("audit", "Audit"), ("feedback", "Feedback"),
                    ("case_study", "Case study"), ("policy", "Policy"), ("other", "Other")]

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="evidence")
    ref = models.CharField("id", max_length=12)
    title = models.CharField(max_length=300)
    kind = models.CharField("type", max_length=12, choices=KIND_CHOICES, default="document")
    owner = models.CharField(max_length=200, blank=True)
    date = models.DateField(null=True, blank=True)
    link = models.CharField(max_length=500, blank=True, help_text="A web address starting https://.")
    file = models.FileField(upload_to=evidence_file_path, max_length=300, blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    file_sha256 = models.CharField(max_length=64, blank=True)
    statements = models.ManyToManyField("cqc.QualityStatement", blank=True, related_name="+")
    review_date = models.DateField(null=True, blank=True)
    history = HistoricalRecords(m2m_fields=[statements])

    class Meta:
        ordering = ["version", "id"]
        default_permissions = ()

    def __str__(self):
        return f"{self.ref} {self.title}"


class Quote(models.Model):
    SPEAKER_CHOICES = [("person", "Person who draws on care and support"), ("family", "Family member"),
                       ("carer", "Carer"), ("staff", "Staff"), ("provider", "Provider"), ("partner", "Partner")]

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="quotes")
    ref = models.CharField("id", max_length=12)
    text = models.TextField("quote")
    speaker = models.CharField("speaker", max_length=10, choices=SPEAKER_CHOICES)
    statements = models.ManyToManyField("cqc.QualityStatement", blank=True, related_name="+")
    date = models.DateField(null=True, blank=True)
    consent_recorded = models.BooleanField(default=False)
    history = HistoricalRecords(m2m_fields=[statements])

    class Meta:
        ordering = ["version", "id"]
        default_permissions = ()

    def __str__(self):
        return f"{self.ref} {self.text[:60]}"


class Comment(models.Model):
    """A named contributor's comment on a draft (the whole document, or one statement). Never edited."""

    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="comments")
    statement = models.ForeignKey("cqc.QualityStatement", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    contributor = models.CharField(max_length=200, help_text="Name and organisation, e.g. 'Jo Patel, Healthwatch'.")
    text = models.TextField("comment")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        default_permissions = ()

    def __str__(self):
        return f"{self.contributor}: {self.text[:60]}"
