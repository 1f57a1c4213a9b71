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


# The officer's explanation for the leadership families (an indicator code, else its family), where the general
# waiting-list explanations below would not fit: {situation: explanation}.
EXPLANATIONS = {
    "workforce": {
        "red": "The workforce board has agreed actions with each service and reviews them monthly.",
        "worsening": "Team managers are reviewing the teams with the largest change and will report back next quarter.",
        "improving": "The recruitment and retention plan is helping; we will check the change holds.",
    },
    "finance": {
        "red": "Placements above budgeted numbers are the main pressure; a placement review panel now meets weekly.",
        "worsening": ("The forecast has moved with more residential and supported living placements than budgeted "
                      "and fee uplifts above those assumed; recovery actions are in the monthly budget report."),
        "improving": "Savings delivered and fewer new placements than forecast have improved the position.",
    },
    "finance-savings-delivered-pct": {
        "worsening": ("A new year's savings plan began in April, so the share delivered starts again; delivery is "
                      "tracked monthly against the plan."),
        "improving": "More of the year's savings have been delivered as the year goes on.",
    },
    "governance": {
        "red": "Each owner has a revised date agreed at the steering group.",
        "worsening": "Some items fell due while their owners were away; each has a revised date from the steering group.",
        "improving": "Monthly tracking at the steering group is bringing actions, audits and reviews in on time.",
    },
    "gov-data-quality-missing-pct": {
        "worsening": "More blank equality fields in the month's extracts; the system team is adding prompts.",
        "improving": "Fewer blank fields since the case-management system began prompting for them.",
    },
}


def explanation(indicator, situation):
    for key in (indicator.code, indicator.family):
        if situation in EXPLANATIONS.get(key, {}):
            return EXPLANATIONS[key][situation]
    return None


def commentary_text(summary):
    """Plausible officer commentary for the figures, or None when there is nothing to comment on."""
    if summary.value is None:
        return None
    indicator = summary.indicator
    value = format_value(summary.value, indicator, of=summary.denominator)
    keys = {name: judgement.key for name, judgement in summary.judgements.items()}
    situation = ("red" if keys["target"] == "red" else keys["previous"]
                 if keys["previous"] in ("worsening", "improving") else None)
    if situation and (reason := explanation(indicator, situation)):
        opening = {"red": "misses its target", "worsening": "this quarter, worse than last quarter",
                   "improving": "this quarter, better than last quarter"}[situation]
        return f"{value} {opening}. {reason}"
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
