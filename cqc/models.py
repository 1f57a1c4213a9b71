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

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("cqc:statement", args=[self.slug])
