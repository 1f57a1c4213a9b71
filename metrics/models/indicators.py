from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from core.periods import KIND_CHOICES, Period


class Indicator(models.Model):
    """A measure, defined as reviewed data in its family's indicators.json (metrics/families/) and loaded by
    `load_indicators`."""

    HIGH_IS_GOOD, LOW_IS_GOOD, NO_JUDGEMENT = "high_is_good", "low_is_good", "no_judgement"
    POLARITY_CHOICES = [
        (HIGH_IS_GOOD, "Higher is better"),
        (LOW_IS_GOOD, "Lower is better"),
        (NO_JUDGEMENT, "No judgement (context only)"),
    ]
    UNIT_CHOICES = [
        ("percent", "Percent"),
        ("count", "Count"),
        ("days", "Days"),
        ("rate_per_100k", "Rate per 100,000"),
        ("score", "Score"),
        ("ratio", "Ratio"),
        ("currency", "Pounds (£)"),
    ]
    FREQUENCY_CHOICES = [("monthly", "Monthly"), ("quarterly", "Quarterly"), ("annual", "Annual")]
    MEASURE_CHOICES = [
        ("snapshot", "Snapshot (last in period)"),
        ("flow", "Flow (summed over period)"),
        ("annual", "Annual (financial year)"),
    ]
    SOURCE_CHOICES = [
        ("local_records", "Local record-level return"),
        ("local_kpi", "Local KPI return"),
        ("national", "National publication"),
    ]

    code = models.SlugField(max_length=60, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField()
    family = models.CharField(max_length=30, help_text="Calculator family, e.g. waiting, reviews.")
    numerator = models.TextField(blank=True)
    denominator = models.TextField(blank=True)
    unit = models.CharField(max_length=16, choices=UNIT_CHOICES)
    polarity = models.CharField(max_length=14, choices=POLARITY_CHOICES)
    frequency = models.CharField(max_length=10, choices=FREQUENCY_CHOICES)
    measure_type = models.CharField(max_length=10, choices=MEASURE_CHOICES, default="snapshot")
    source = models.CharField(max_length=14, choices=SOURCE_CHOICES)
    ascof_id = models.CharField(max_length=20, blank=True, help_text="Its id in the ASCOF since 2023-24.")
    older_ids = models.JSONField(default=list, blank=True, help_text="Its ids in the ASCOF of 2014-15 to 2022-23.")
    id_notes = models.TextField(blank=True, help_text="What is and is not confirmed about its ids.")
    aliases = models.JSONField(default=list, blank=True, help_text="Names national files use for it.")
    sources = models.JSONField(default=list, blank=True, help_text="[{title, url}]: where the definition comes from.")
    reviewed_by = models.CharField(max_length=200, blank=True)
    date_reviewed = models.DateField(null=True, blank=True)
    next_review = models.DateField(null=True, blank=True)
    quality_statements = models.ManyToManyField("cqc.QualityStatement", related_name="indicators", blank=True)
    methodology = models.TextField(blank=True)
    limitations = models.TextField(blank=True)
    suppression = models.TextField(blank=True)
    breakdowns = models.JSONField(default=list, blank=True, help_text="Dimensions this indicator is broken down by.")
    decimals = models.PositiveSmallIntegerField(default=0)
    sign_words = models.JSONField(
        default=dict, blank=True,
        help_text="Words for a signed figure, e.g. a budget variance: positive, negative, zero and share_of.")
    display_order = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["display_order", "code"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("metrics:indicator", args=[self.code])


class IndicatorValueQuerySet(models.QuerySet):
    def for_period(self, period):
        return self.filter(period_kind=period.kind, period_start=period.start)

    def totals(self):
        return self.filter(breakdown="")


class IndicatorValue(models.Model):
    """A stored figure for one indicator, area and period (and optionally one breakdown category).

    Pages read these; nothing is computed per request. National benchmark imports
    store other councils', regions' and England's values here too.
    """

    CALCULATED, KPI_RETURN, BENCHMARK = "calculated", "kpi_return", "benchmark"
    ORIGIN_CHOICES = [(CALCULATED, "Calculated from records"), (KPI_RETURN, "KPI return"), (BENCHMARK, "Benchmark import")]

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    area = models.ForeignKey("metrics.Area", on_delete=models.CASCADE, related_name="indicator_values")
    period_kind = models.CharField(max_length=8, choices=KIND_CHOICES)
    period_start = models.DateField()
    breakdown = models.CharField(max_length=20, blank=True, default="", help_text="e.g. team, age_band; blank for the total")
    category = models.CharField(max_length=120, blank=True, default="")
    value = models.FloatField(null=True, blank=True)
    numerator = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)
    margin = models.FloatField(
        null=True, blank=True, help_text="Published 95% margin of error (survey measures): value ± margin.")
    origin = models.CharField(max_length=12, choices=ORIGIN_CHOICES, default=CALCULATED)
    computed_at = models.DateTimeField(auto_now=True)

    objects = IndicatorValueQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "area", "period_kind", "period_start", "breakdown", "category"],
                name="indicator_value_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["indicator", "period_kind", "period_start", "breakdown"]),
            models.Index(fields=["area", "period_kind", "period_start"]),
        ]

    @property
    def period(self):
        return Period(self.period_kind, self.period_start)


class Target(models.Model):
    """A council target for an indicator over a date range, with tolerance for amber."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    value = models.FloatField()
    tolerance = models.FloatField(default=0, help_text="How far short of the target still counts as amber.")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "-start_date"]
