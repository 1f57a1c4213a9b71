"""Demo dashboard: officer commentary on the two latest complete quarters, earlier quarters published by admin.

The latest complete quarter stays a draft, so officers see the draft banner and an administrator can publish it.
Idempotent: existing commentary and publications are left alone. Takes well under a second for the demo council.
"""
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from ascdash.models import QuarterPublication
from metrics.models import Commentary
from metrics.formatting import format_value
from metrics.selectors import FigureReader
from metrics.selectors.summaries import load_benchmarks, summarise

from ..dashboard.selectors import active_indicators, freeze_quarter, latest_complete, quarters_with_data

COMMENTED_QUARTERS = 2
DAYS_TO_SCRUTINY_MEETING = 45


def commentary_text(summary):
    """Plausible officer commentary for the figures, or None when there is nothing to comment on."""
    if summary.value is None:
        return None
    indicator, value = summary.indicator, format_value(summary.value, summary.indicator)
    keys = {name: judgement.key for name, judgement in summary.judgements.items()}
    if keys["target"] == "red":
        return (f"{value} is below where we want to be. A recovery plan was agreed with team managers this quarter: "
                "weekly tracking of the longest-waiting cases and additional agency capacity until March.")
    if keys["previous"] == "worsening":
        return (f"{value} this quarter. The dip follows vacancies in two teams over the summer; both posts are now "
                "filled and we expect the figure to recover next quarter.")
    if keys["previous"] == "improving":
        return (f"{value}, an improvement on last quarter. The new triage process introduced in the spring is "
                "beginning to show; we will check it holds before changing the target.")
    if indicator.polarity == "no_judgement":
        return f"{value} this quarter, in line with the seasonal pattern of recent years. Shown for context."
    return f"{value}, broadly stable. No change in approach is planned."


@transaction.atomic
def load_dashboard_demo():
    User = get_user_model()
    officer, admin = User.objects.get(username="officer"), User.objects.get(username="admin")
    figures = FigureReader.for_service()
    complete = [q for q in quarters_with_data(figures) if q.end < timezone.localdate()]
    latest = latest_complete(complete)
    if latest is None:
        return
    indicators = active_indicators()
    benchmarks = load_benchmarks()
    for quarter in complete[:COMMENTED_QUARTERS]:
        for summary in summarise(figures, indicators, quarter, benchmarks=benchmarks).values():
            text = commentary_text(summary)
            if text:
                Commentary.objects.get_or_create(
                    indicator=summary.indicator, quarter=quarter.start, defaults={"text": text, "author": officer}
                )
    published = set(QuarterPublication.objects.values_list("quarter", flat=True))
    for quarter in complete[1:]:
        if quarter.start in published:
            continue
        meeting = datetime.combine(quarter.end + timedelta(days=DAYS_TO_SCRUTINY_MEETING), time(10))
        QuarterPublication.objects.create(
            quarter=quarter.start, published_by=admin, snapshot=freeze_quarter(quarter),
            published_at=timezone.make_aware(meeting),
        )
