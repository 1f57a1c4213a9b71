"""A self-assessment cites England's latest published figure, with its year, while the year's own is not out."""
from ascdash.selfassessment.figures import england_text
from core.periods import Period
from metrics.models import Indicator
from metrics.selectors.summaries import SeriesPoint

PERCENT = Indicator(code="x", title="X", unit="percent", decimals=1)


def test_englands_figure_for_the_same_year_else_the_latest_published_with_its_year():
    published = [SeriesPoint(Period.year(2023), 44.0, england=26.2), SeriesPoint(Period.year(2024), 44.8, england=25.9)]
    assert england_text(published, PERCENT) == "25.9%"
    assert england_text([*published, SeriesPoint(Period.year(2025), 46.8)], PERCENT) == "25.9% (2024-25)"
    assert england_text([SeriesPoint(Period.year(2025), 46.8)], PERCENT) == ""
