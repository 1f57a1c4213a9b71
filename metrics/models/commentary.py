from django.conf import settings
from django.db import models

from core.periods import QUARTER, Period


class Commentary(models.Model):
    """A performance officer's commentary on one indicator for one quarter, read by scrutiny members."""

    indicator = models.ForeignKey("metrics.Indicator", on_delete=models.CASCADE, related_name="commentaries")
    quarter = models.DateField(help_text="First day of the quarter the commentary is about.")
    text = models.TextField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["indicator", "-quarter"]
        verbose_name_plural = "commentaries"
        constraints = [
            models.UniqueConstraint(fields=["indicator", "quarter"], name="one_commentary_per_indicator_quarter"),
        ]

    @property
    def period(self):
        return Period(QUARTER, self.quarter)

    @property
    def author_name(self):
        return (self.author.get_full_name() or self.author.username) if self.author else "Unknown author"

    def __str__(self):
        return f"Commentary on {self.indicator} for {self.quarter:%Y-%m}"
