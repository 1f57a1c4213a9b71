"""Writes for the dashboard: publishing and republishing a quarter, and saving officer commentary."""
from django.db import IntegrityError, transaction
from django.utils import timezone

from ascdash.models import QuarterPublication
from metrics.models import Commentary

from .selectors import freeze_quarter


class AlreadyPublished(Exception):
    pass


def publish_quarter(quarter, user):
    """Publish a quarter to scrutiny members, freezing its figures as they are now."""
    try:
        with transaction.atomic():
            return QuarterPublication.objects.create(
                quarter=quarter.start, published_by=user, published_at=timezone.now(), snapshot=freeze_quarter(quarter)
            )
    except IntegrityError as error:
        raise AlreadyPublished(quarter.label) from error


def republish_quarter(quarter, user):
    """Publish a published quarter again with its figures as they are now (after a revision), keeping the date
    it was first published. Raises QuarterPublication.DoesNotExist for a quarter never published."""
    with transaction.atomic():
        publication = QuarterPublication.objects.select_for_update().get(quarter=quarter.start)
        publication.first_published_at = publication.first_published_at or publication.published_at
        publication.published_at = timezone.now()
        publication.published_by = user
        publication.snapshot = freeze_quarter(quarter)
        publication.save()
    return publication


def save_commentary(indicator, quarter, text, author):
    """Create or replace the commentary on an indicator for a quarter; the latest author is recorded."""
    commentary, _ = Commentary.objects.update_or_create(
        indicator=indicator, quarter=quarter.start, defaults={"text": text, "author": author}
    )
    return commentary
