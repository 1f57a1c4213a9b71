"""The quarterly dashboard, composed from metrics, CQC and improvement-plan reads in a fixed number of queries.

Figures come through a metrics FigureReader (the one read path, built for the person reading); a published
quarter shows the figures frozen in its QuarterPublication instead, and lists any that have been revised since.
"""
from datetime import date

from ascdash.data_version import remembered
from ascdash.models import QuarterPublication
from core.periods import QUARTER, YEAR, Period
from cqc import selectors as cqc_selectors
from cqc.models import QualityStatement
from improvement_plan import selectors as plan_selectors
from metrics.formatting import format_value
from metrics.models import Commentary, Indicator
from metrics.selectors import FigureReader
from metrics.selectors.figures import breakdown_values, quarter_starts, recent_trends
from metrics.selectors.summaries import load_benchmarks, summarise

from . import questions, snapshot
from .page import Dashboard, Revision, StatementSection, ThemeSection, Tile, movers

TREND_QUARTERS = 8
TREND_YEARS = 5


# Which quarters a person may see ----------------------------------------------------------------------------
def quarters_with_data(figures):
    """Every quarter with a figure for the home council that `figures` may see, latest first (one query, none
    while remembered: it scans every home figure, so on every page view it would cost more than the rest of
    the page)."""
    starts = remembered(f"quarters-with-data:{figures.scope}", lambda: quarter_starts(figures))
    return [Period(QUARTER, start) for start in starts]


def published_quarters():
    """{quarter start: publication date} (one query, none while remembered)."""
    return remembered("published-quarters", lambda: dict(QuarterPublication.objects.values_list("quarter", "published_at")))


def visible_quarters(figures):
    """The quarters this reader may open, latest first, and when each was published (None: draft)."""
    published = published_quarters()
    return [(quarter, published.get(quarter.start)) for quarter in quarters_with_data(figures)
            if figures.sees_drafts or quarter.start in published]


def latest_complete(quarters, today=None):
    """The latest quarter that has ended, from a latest-first list."""
    today = today or date.today()
    return next((quarter for quarter in quarters if quarter.end < today), None)


def publication_for(quarter):
    """The quarter's publication, or None (one query). Its snapshot, read only by compose(), is read when
    first used: one more query, and only when the page's cached parts are out of date."""
    return QuarterPublication.objects.filter(quarter=quarter.start).defer("snapshot").first()


# The page -------------------------------------------------------------------------------------------------
def trend_periods(quarter):
    """The quarters (and, for annual indicators, the financial years) a tile's sparkline covers."""
    quarters = [quarter.shift(-n) for n in range(TREND_QUARTERS - 1, -1, -1)]
    year = Period.containing(YEAR, quarter.start)
    return quarters, [year.shift(-n) for n in range(TREND_YEARS - 1, -1, -1)]


def current_assessment_scores():
    """The assessment the CQC pages treat as current (the latest final, else the latest), its rating and
    {statement id: StatementScore}; two queries."""
    assessment = cqc_selectors.current_assessment(cqc_selectors.assessments_in_order())
    if assessment is None:
        return None, None, {}
    scores = {score.statement_id: score for score in assessment.scores.all()}
    return assessment, cqc_selectors.rating_of(assessment), scores


def shown_figures(figures, indicators, quarter, publication, benchmarks):
    """Summaries, trends and team values as the page shows them (frozen when published) and the revisions."""
    live = summarise(figures, indicators, quarter, benchmarks=benchmarks)
    trends = recent_trends(figures, indicators, *trend_periods(quarter), benchmarks.home.id)
    teams = breakdown_values(figures, indicators, "team", quarter, benchmarks.home.id)
    frozen = publication.snapshot if publication else {}
    summaries, revisions = {}, []
    for indicator in indicators:
        if indicator.code in frozen:
            summary, trends[indicator.id], teams[indicator.id] = snapshot.thaw(indicator, frozen[indicator.code])
            if snapshot.is_revised(frozen[indicator.code], live[indicator.id]):
                revisions.append(Revision(
                    indicator, format_value(summary.value, indicator),
                    format_value(live[indicator.id].value, indicator),
                ))
            summaries[indicator.id] = summary
        else:
            summaries[indicator.id] = live[indicator.id]
    return summaries, trends, teams, revisions


def active_indicators():
    return list(Indicator.objects.filter(active=True).prefetch_related("quality_statements"))


def compose(figures, quarter, publication=None, today=None):
    """Everything the dashboard page shows for a quarter, as the FigureReader `figures` sees it, in a fixed
    number of queries.

    The improvement plan and the CQC rating are shown as they stand today, not frozen with the figures.
    """
    benchmarks = load_benchmarks()
    indicators = active_indicators()
    summaries, trends, teams, revisions = shown_figures(figures, indicators, quarter, publication, benchmarks)
    commentary = {
        c.indicator_id: c
        for c in Commentary.objects.filter(quarter=quarter.start, indicator__in=indicators).select_related("author")
    }
    assessment, rating, scores = current_assessment_scores()
    dashboard = Dashboard(
        quarter=quarter, publication=publication, revisions=revisions, assessment=assessment, rating=rating,
        plan=plan_selectors.plan_overview(today or date.today()),
    )

    sections = {}
    for statement in QualityStatement.objects.select_related("theme").order_by("number"):
        theme = sections.setdefault(statement.theme_id, ThemeSection(statement.theme))
        theme.statements.append(StatementSection(statement, scores.get(statement.id)))
    by_statement = {section.statement.id: section for theme in sections.values() for section in theme.statements}
    for indicator in indicators:
        def tile(statement=None):
            return Tile(indicator, summaries[indicator.id], trends[indicator.id], commentary.get(indicator.id), statement)

        statements = indicator.quality_statements.all()
        for statement in statements:
            by_statement[statement.id].tiles.append(tile(by_statement[statement.id].statement))
        if not statements:
            dashboard.unmapped.append(tile())
    dashboard.themes = list(sections.values())

    ordered = [summaries[indicator.id] for indicator in indicators]
    dashboard.improved, dashboard.worsened = movers(ordered)
    dashboard.reds = [s for s in ordered if s.judgements["target"].key == "red"]
    dashboard.questions = [
        question for s in ordered for question in questions.indicator_questions(s, teams.get(s.indicator.id, {}))
    ]
    if dashboard.plan:
        dashboard.questions += [questions.overdue_action(action) for action in dashboard.plan.overdue]
    return dashboard


def freeze_quarter(quarter):
    """The snapshot a publication stores: the live figures of every active indicator as the page shows them,
    read by the service itself (publishing is what makes them visible to everyone)."""
    benchmarks = load_benchmarks()
    indicators = active_indicators()
    summaries, trends, teams, _ = shown_figures(FigureReader.for_service(), indicators, quarter, None, benchmarks)
    return {
        indicator.code: snapshot.freeze(summaries[indicator.id], trends[indicator.id], teams.get(indicator.id, {}))
        for indicator in indicators
    }
