from django.db import models


class Theme(models.Model):
    number = models.PositiveSmallIntegerField(unique=True)
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField()

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return self.name


class QualityStatement(models.Model):
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="statements")
    number = models.PositiveSmallIntegerField(unique=True)
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField()
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return self.name


class Assessment(models.Model):
    """A council's assessment against the framework: a self-assessment, a mock, or CQC's final one."""

    SELF, MOCK, FINAL = "self", "mock", "final"
    STATUS_CHOICES = [(SELF, "Self-assessment"), (MOCK, "Mock assessment"), (FINAL, "CQC final")]

    council_name = models.CharField(max_length=200)
    title = models.CharField(max_length=200)
    status = models.CharField(max_length=8, choices=STATUS_CHOICES)
    started = models.DateField(null=True, blank=True)
    site_visit = models.DateField(null=True, blank=True)
    published = models.DateField(null=True, blank=True)
    summary = models.TextField(blank=True)

    class Meta:
        ordering = ["-published", "-started", "-id"]

    def __str__(self):
        return self.title


class StatementScore(models.Model):
    """The score (1-4) one assessment gave one quality statement, with key findings."""

    SCORE_WORDS = {
        1: "Evidence shows significant shortfalls",
        2: "Evidence shows some shortfalls",
        3: "Evidence shows a good standard",
        4: "Evidence shows an exceptional standard",
    }
    SCORE_CHOICES = [(score, f"{score} - {words}") for score, words in SCORE_WORDS.items()]

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="scores")
    statement = models.ForeignKey(QualityStatement, on_delete=models.PROTECT, related_name="scores")
    score = models.PositiveSmallIntegerField(choices=SCORE_CHOICES)
    key_findings = models.TextField(blank=True)

    class Meta:
        ordering = ["assessment", "statement__number"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "statement"], name="one_score_per_statement"),
            models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=4), name="score_between_1_and_4"),
        ]

    @property
    def words(self):
        return self.SCORE_WORDS[self.score]
