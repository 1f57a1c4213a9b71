"""The page's content, composed by ascdash.dashboard.selectors from stored figures."""
import pytest

from ascdash.dashboard.selectors import compose, latest_complete
from ascdash.roles import SCRUTINY
from metrics.models import Commentary
from core.periods import Period
from metrics.selectors import FigureReader

from tests.world import LAST_YEAR, Q1, Q2

EVERYTHING = FigureReader.for_service()


def tiles_by_statement(dashboard):
    return {
        section.statement.slug: [tile.indicator.code for tile in section.tiles]
        for theme in dashboard.themes for section in theme.statements
    }


def words(tile):
    return {name: judgement.words for name, judgement in tile.summary.judgements.items()}


@pytest.mark.django_db
def test_sections_follow_the_cqc_framework_and_repeat_shared_indicators(world):
    dashboard = compose(EVERYTHING, Q2)
    assert [section.theme.number for section in dashboard.themes] == [1, 2, 3, 4]
    assert tiles_by_statement(dashboard) == {
        "assessing-needs": ["reviews-pct", "care-act-wait"],
        "supporting-healthier-lives": [],
        "equity": ["care-act-wait"],
        "care-provision": [],
        "partnerships": [],
        "safe-pathways": [],
        "safeguarding": ["concerns"],
        "governance": [],
        "learning-improvement": [],
    }
    assert dashboard.unmapped == []


@pytest.mark.django_db
def test_statement_heading_carries_the_latest_cqc_score(world):
    sections = {s.statement.slug: s for theme in compose(EVERYTHING, Q2).themes for s in theme.statements}
    assert sections["assessing-needs"].score.score == 2
    assert sections["assessing-needs"].score.words == "Evidence shows some shortfalls"
    assert sections["equity"].score is None


@pytest.mark.django_db
def test_percentage_tile_hand_computed(world, role_users):
    Commentary.objects.create(indicator=world["reviews"], quarter=Q2.start, text="Staff vacancies in the review team.",
                              author=role_users["Performance officer"])
    tile = compose(EVERYTHING, Q2).themes[0].statements[0].tiles[0]
    assert tile.value_text == "62.0%"
    assert tile.summary.period.long_label == "2025-26 Q2 (Jul to Sep 2025)"
    assert tile.target_text == "70.0%"
    assert tile.england_text == "75.0%"
    assert tile.comparators_text == "70.0%"  # (70 + 60 + 80) / 3
    assert tile.summary.region == 70.0
    assert words(tile) == {
        "target": "Red: target missed",  # 8 points short, tolerance 5
        "previous": "Worsening on last quarter",
        "last_year": "Worsening on the same quarter last year",
        "england": "Worse than England",
        "region": "Worse than the region",  # the other councils in the region, A, B and C: mean 70.0
        "comparators": "Worse than similar councils",
        "significance": "Significantly worse than England",  # 62/100: 95% interval 52.2%-70.9% excludes 75%
        "quartile": "Quartile 3 of 4 (third quarter), ranked 3 of 4",  # 80, 70 better; ceil(4*3/4) = 3
    }
    assert tile.trend_rows == [("2024-25 Q2", "66.0%"), ("2025-26 Q1", "68.0%"), ("2025-26 Q2", "62.0%")]
    assert tile.trend_words == "Trend of People reviewed in the last 12 months: 66.0% in 2024-25 Q2 to 62.0% in 2025-26 Q2"
    assert tile.figure["data"][0]["x"] == ["2024-25 Q2", "2025-26 Q1", "2025-26 Q2"]
    assert tile.figure["data"][0]["y"] == [66.0, 68.0, 62.0]
    assert tile.commentary.text == "Staff vacancies in the review team."
    assert tile.dom_id == "tile-1-reviews-pct"


@pytest.mark.django_db
def test_days_tile_hand_computed(world):
    tile = compose(EVERYTHING, Q2).themes[0].statements[2].tiles[0]  # Equity
    assert tile.indicator.code == "care-act-wait"
    assert tile.value_text == "94 days"
    assert words(tile)["target"] == "Green: target met"
    assert words(tile)["previous"] == "Improving on last quarter"  # 120 -> 94, lower is better
    assert words(tile)["last_year"] == "Worsening on the same quarter last year"  # 90 -> 94
    assert words(tile)["quartile"] == "Quartile 2 of 4 (second quarter), ranked 2 of 4"  # only A (90) is better
    assert "significance" not in words(tile)
    assert tile.commentary is None


@pytest.mark.django_db
def test_quarter_page_shows_tile_content_in_words(world, client_for):
    from ascdash.models import QuarterPublication
    from django.utils import timezone

    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now(), snapshot={})
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert '<p class="tile__value">62.0%</p>' in html
    assert "Red: target missed</span> <span class=\"small\">(target 70.0%)</span>" in html
    assert "75.0%: <span class=\"tag tag--bad\">Worse than England</span>" in html
    assert 'CQC score 2 of 4: Evidence shows some shortfalls' in html
    assert 'data-figure="trend-1-reviews-pct"' in html and 'class="chart chart--small"' in html
    assert html.count('id="tile-1-care-act-wait"') == 1 and html.count('id="tile-3-care-act-wait"') == 1
    assert "Write commentary" not in html  # scrutiny members read only


@pytest.mark.parametrize("today, expected", [
    ("2025-10-01", "2025-26 Q2"),  # Q2 ended on 30 September
    ("2025-09-30", "2025-26 Q1"),  # Q2 still running
    ("2025-06-30", "2024-25 Q2"),
])
def test_latest_complete_quarter(today, expected):
    from datetime import date

    quarters = [Q2, Q1, LAST_YEAR]
    assert latest_complete(quarters, date.fromisoformat(today)) == Period.parse(expected)
