from django.conf import settings
from django.db import models


class AreaQuerySet(models.QuerySet):
    def councils(self):
        return self.filter(kind=Area.COUNCIL)

    def home(self):
        return self.get(code=settings.ASCDASH_HOME_AREA)

    def england(self):
        return self.get(code=Area.ENGLAND_CODE)

    def listed(self):
        """The councils on the reference list (fixtures/councils.csv), which national files are matched to."""
        return self.filter(kind=Area.COUNCIL, listed=True)


class Area(models.Model):
    """England, a region or a council with adult social care responsibilities."""

    ENGLAND, REGION, COUNCIL = "england", "region", "council"
    KIND_CHOICES = [(ENGLAND, "England"), (REGION, "Region"), (COUNCIL, "Council")]
    ENGLAND_CODE = "E92000001"

    code = models.CharField(max_length=12, unique=True, help_text="ONS code, e.g. E06000016")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=COUNCIL)
    region = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="councils",
        limit_choices_to={"kind": REGION},
    )
    cassr_code = models.CharField(
        max_length=6, blank=True, help_text="The 3-digit council (CASSR) code of NHS England's social care files.")
    council_type = models.CharField(max_length=40, blank=True, help_text="e.g. Unitary authority, County.")
    listed = models.BooleanField(
        default=False, help_text="On the reference list of councils with adult social services responsibilities.")

    objects = AreaQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self):
        return self.name


class ComparatorGroup(models.Model):
    """A council's comparators: CIPFA nearest neighbours, NHS peer group or a custom set."""

    CIPFA, NHS, CUSTOM = "cipfa", "nhs", "custom"
    KIND_CHOICES = [(CIPFA, "CIPFA nearest neighbours"), (NHS, "NHS peer group"), (CUSTOM, "Custom")]

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=KIND_CHOICES, default=CIPFA)
    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="comparator_groups")
    members = models.ManyToManyField(Area, related_name="member_of_groups", blank=True)
    is_default = models.BooleanField(default=False, help_text="The group used for 'vs comparators' on pages.")

    class Meta:
        ordering = ["area__name", "kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["area", "kind", "name"], name="comparator_group_unique_name"),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"


class Team(models.Model):
    """An operational team named in returns; uploads naming an unknown team are rejected."""

    LOCALITY, SPECIALIST = "locality", "specialist"
    KIND_CHOICES = [(LOCALITY, "Locality"), (SPECIALIST, "Specialist")]

    name = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=12, choices=KIND_CHOICES, default=LOCALITY)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names used in extracts.")
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class PopulationProfile(models.Model):
    """Adult (18+) population of an area by one dimension, for equity comparisons."""

    DIMENSION_CHOICES = [("ethnicity", "Ethnicity"), ("age_band", "Age band"), ("gender", "Gender")]

    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="population")
    year = models.PositiveSmallIntegerField()
    dimension = models.CharField(max_length=12, choices=DIMENSION_CHOICES)
    category = models.CharField(max_length=40)
    population = models.PositiveIntegerField()

    class Meta:
        ordering = ["area", "year", "dimension", "category"]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "year", "dimension", "category"], name="population_profile_unique"
            ),
        ]
