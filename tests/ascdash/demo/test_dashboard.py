import pytest

from ascdash.demo.dashboard import commentary_text, load_dashboard_demo
from ascdash.demo import create_demo_users
from ascdash.models import QuarterPublication
from metrics.models import Commentary

from tests.world import LAST_YEAR, Q1, Q2
from tests.ascdash.dashboard.helpers import indicator, summary


@pytest.mark.django_db
def test_demo_comments_recent_quarters_and_publishes_earlier_ones(world):
    create_demo_users()
    load_dashboard_demo()
    load_dashboard_demo()  # idempotent
    # quarters with figures: 2025-26 Q2 (latest complete, stays a draft), 2025-26 Q1, 2024-25 Q2
    assert sorted(QuarterPublication.objects.values_list("quarter", flat=True)) == [LAST_YEAR.start, Q1.start]
    assert {p.published_by.username for p in QuarterPublication.objects.all()} == {"admin"}
    assert str(QuarterPublication.objects.get(quarter=Q1.start).published_at.date()) == "2025-08-14"  # 45 days on
    commented = sorted((c.indicator.code, str(c.quarter)) for c in Commentary.objects.all())
    assert commented == [
        ("care-act-wait", "2025-04-01"), ("care-act-wait", "2025-07-01"),
        ("concerns", "2025-04-01"), ("concerns", "2025-07-01"),
        ("reviews-pct", "2025-04-01"), ("reviews-pct", "2025-07-01"),
    ]
    assert {c.author.username for c in Commentary.objects.all()} == {"officer"}
    assert Commentary.objects.get(indicator=world["reviews"], quarter=Q2.start).text.startswith(
        "62.0% is below where we want to be."
    )


def test_commentary_text_follows_the_figures():
    reviews = indicator("Reviews")
    assert commentary_text(summary(reviews, 62.0, previous=68.0, target=70, tolerance=5)).startswith(
        "62.0% is below where we want to be."
    )
    assert commentary_text(summary(reviews, 62.0, previous=68.0)).startswith("62.0% this quarter. The dip follows")
    assert commentary_text(summary(reviews, 70.0, previous=68.0)).startswith("70.0%, an improvement on last quarter.")
    assert commentary_text(summary(reviews, 70.0, previous=70.0)) == "70.0%, broadly stable. No change in approach is planned."
    assert commentary_text(summary(reviews, None)) is None


def test_leadership_commentary_explains_in_its_own_terms():
    vacancies = indicator("Vacancy rate", polarity="low_is_good", code="workforce-vacancy-rate-pct")
    vacancies.family = "workforce"
    assert commentary_text(summary(vacancies, 9.5, previous=8.0, target=8, tolerance=1)) == (
        "9.5% misses its target. The workforce board has agreed actions with each service and reviews them monthly.")
    variance = indicator("Variance", unit="currency", polarity="low_is_good", code="finance-forecast-variance")
    variance.family, variance.sign_words = "finance", {"positive": "overspend", "negative": "underspend"}
    assert commentary_text(summary(variance, 1_300_000, previous=900_000)).startswith(
        "£1.3m overspend this quarter, worse than last quarter. The forecast has moved with more residential")
    savings = indicator("Savings", code="finance-savings-delivered-pct")
    savings.family = "finance"
    assert commentary_text(summary(savings, 22.3, previous=79.7)) == (
        "22.3% this quarter, worse than last quarter. A new year's savings plan began in April, so the share "
        "delivered starts again; delivery is tracked monthly against the plan.")
    audits = indicator("Audits", code="gov-audits-completed-pct")
    audits.family = "governance"
    assert commentary_text(summary(audits, 90.0, previous=90.0)) == "90.0%, broadly stable. No change in approach is planned."
