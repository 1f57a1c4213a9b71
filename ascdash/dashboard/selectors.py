"""The quarterly dashboard, composed from metrics, CQC and improvement-plan reads in a fixed number of queries.

Figures come from stored IndicatorValue rows through metrics.selectors.summaries; a published quarter
shows the figures frozen in its QuarterPublication instead, and lists any that have been revised since.
"""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from ascdash.data_version import remembered
from ascdash.models import QuarterPublication
from ascdash.roles import perm
from cqc import selectors as cqc_selectors
from cqc.models import Assessment, QualityStatement, StatementScore
from improvement_plan import rules as plan_rules
from improvement_plan import selectors as plan_selectors
from metrics.comparison import HIGH_IS_GOOD, NO_JUDGEMENT
from metrics.models import Commentary, Indicator, IndicatorValue
from core.periods import QUARTER, YEAR, Period
from metrics.selectors.summaries import load_benchmarks, summarise

from . import charts, questions, snapshot
from .formatting import format_value

TREND_QUARTERS = 8
TREND_YEARS = 5
HEADLINE_MOVERS = 3


# Which quarters a person may see ----------------------------------------------------------------------------
def quarter_starts_with_data():
    return list(
        IndicatorValue.objects.filter(area__code=settings.ASCDASH_HOME_AREA, period_kind=QUARTER, breakdown="")
        .order_by("-period_start")
        .values_list("period_start", flat=True)
        .distinct()
    )


def quarters_with_data():
    """Every quarter with a stored figure for the home council, latest first (one query, none while remembered:
    it scans every home figure, so on every page view it would cost more than the rest of the page)."""
    return [Period(QUARTER, start) for start in remembered("quarters-with-data", quarter_starts_with_data)]


def can_see_drafts(user):
    """Officers and administrators see quarters before publication; scrutiny members and the steering group do not."""
    return user.has_perm(perm("write_commentary")) or user.has_perm(perm("administer"))


def published_quarters():
    """{quarter start: publication date} (one query, none while remembered)."""
    return remembered("published-quarters", lambda: dict(QuarterPublication.objects.values_list("quarter", "published_at")))


def visible_quarters(user):
    """The quarters this person may open, latest first, and when each was published (None: draft)."""
    published = published_quarters()
    drafts = can_see_drafts(user)
    return [(quarter, published.get(quarter.start)) for quarter in quarters_with_data()
            if drafts or quarter.start in published]


def latest_complete(quarters, today=None):
    """The latest quarter that has ended, from a latest-first list."""
    today = today or date.today()
    return next((quarter for quarter in quarters if quarter.end < today), None)


# The page -------------------------------------------------------------------------------------------------
def indicator_url(indicator):
    return reverse("metrics:indicator", args=[indicator.code])


@dataclass
class Tile:
    indicator: Indicator
    summary: object
    trend: list
    commentary: Commentary = None
    statement: QualityStatement = None

    @property
    def statement_number(self):
        return self.statement.number if self.statement else 0

    @property
    def value_text(self):
        return format_value(self.summary.value, self.indicator)

    @property
    def dom_id(self):
        return f"tile-{self.statement_number}-{self.indicator.code}"

    @property
    def chart_id(self):
        return f"trend-{self.statement_number}-{self.indicator.code}"

    @property
    def figure(self):
        return charts.sparkline(self.trend, self.indicator.decimals)

    @property
    def trend_rows(self):
        return [(period.label, format_value(value, self.indicator)) for period, value in self.trend]

    @property
    def trend_words(self):
        if not self.trend:
            return "No earlier figures"
        first, last = self.trend[0], self.trend[-1]
        return (f"Trend of {self.indicator.title}: {format_value(first[1], self.indicator)} in {first[0].label} "
                f"to {format_value(last[1], self.indicator)} in {last[0].label}")

    @property
    def url(self):
        return indicator_url(self.indicator)

    def figure_text(self, name):
        return format_value(getattr(self.summary, name), self.indicator)

    @property
    def england_text(self):
        return self.figure_text("england")

    @property
    def comparators_text(self):
        return self.figure_text("comparators")

    @property
    def target_text(self):
        target = self.summary.target
        return format_value(target.value, self.indicator) if target else None


@dataclass
class StatementSection:
    statement: QualityStatement
    score: StatementScore = None
    tiles: list = field(default_factory=list)


@dataclass
class ThemeSection:
    theme: object
    statements: list = field(default_factory=list)

    @property
    def tiles(self):
        return [tile for section in self.statements for tile in section.tiles]


@dataclass
class Movement:
    indicator: Indicator
    summary: object
    change: float  # relative change, positive = better

    @property
    def words(self):
        indicator = self.indicator
        return (f"{format_value(self.summary.previous, indicator)} to {format_value(self.summary.value, indicator)} "
                f"({abs(self.change):.0%} {'better' if self.change > 0 else 'worse'})")


@dataclass
class Revision:
    indicator: Indicator
    published: str
    current: str


@dataclass
class PlanOverview:
    """The latest improvement plan: actions by displayed status for each area, and the overdue actions."""

    plan: object
    areas: list
    overall: object
    overdue: list
    today: date

    STATUS_COLUMNS = [(code, plan_rules.RAG_LABELS[code]) for code in plan_rules.STATUS_ORDER]


def plan_overview(today):
    """Four queries: plan, actions with their latest update, their quality statements, areas."""
    plan = plan_selectors.latest_plan()
    if plan is None:
        return None
    actions = list(plan_selectors.actions_with_status(plan))
    areas, overall = plan_selectors.summary_by_area(plan, actions, today)
    overdue = [action for action in actions if plan_selectors.status_of(action, today).code == plan_rules.OVERDUE]
    return PlanOverview(plan, areas, overall, overdue, today)


@dataclass
class Dashboard:
    quarter: Period
    publication: QuarterPublication = None
    themes: list = field(default_factory=list)
    unmapped: list = field(default_factory=list)
    improved: list = field(default_factory=list)
    worsened: list = field(default_factory=list)
    reds: list = field(default_factory=list)
    questions: list = field(default_factory=list)
    revisions: list = field(default_factory=list)
    assessment: Assessment = None
    rating: object = None  # cqc.rating.Rating of the current assessment
    plan: PlanOverview = None

    @property
    def is_published(self):
        return self.publication is not None

    @property
    def sheets(self):
        """(heading, tiles) for each theme with tiles, then indicators not mapped to a quality statement."""
        sheets = [(f"{section.theme.number}. {section.theme.name}", section.tiles) for section in self.themes]
        if self.unmapped:
            sheets.append(("Other indicators", self.unmapped))
        return [(heading, tiles) for heading, tiles in sheets if tiles]


def relative_change(summary):
    """Change on last period as a share of last period's figure, positive when better; None when not judged."""
    if summary.indicator.polarity == NO_JUDGEMENT or summary.value is None or not summary.previous:
        return None
    change = (summary.value - summary.previous) / abs(summary.previous)
    return change if summary.indicator.polarity == HIGH_IS_GOOD else -change


def movers(summaries):
    """The indicators that improved most and worsened most on last period, by relative change."""
    moves = [Movement(s.indicator, s, change) for s in summaries if (change := relative_change(s))]
    improved = sorted((m for m in moves if m.change > 0), key=lambda m: (-m.change, m.indicator.display_order))
    worsened = sorted((m for m in moves if m.change < 0), key=lambda m: (m.change, m.indicator.display_order))
    return improved[:HEADLINE_MOVERS], worsened[:HEADLINE_MOVERS]


def fetch_trends(indicators, quarter, home_id):
    """{indicator id: [(period, value)]} for the last quarters (or years, for annual indicators), one query."""
    quarters = [quarter.shift(-n) for n in range(TREND_QUARTERS - 1, -1, -1)]
    year = Period.containing(YEAR, quarter.start)
    years = [year.shift(-n) for n in range(TREND_YEARS - 1, -1, -1)]
    rows = IndicatorValue.objects.filter(
        Q(period_kind=QUARTER, period_start__in=[q.start for q in quarters])
        | Q(period_kind=YEAR, period_start__in=[y.start for y in years]),
        area_id=home_id, breakdown="", indicator_id__in=[i.id for i in indicators],
    ).values_list("indicator_id", "period_kind", "period_start", "value")
    values = {(indicator_id, kind, start): value for indicator_id, kind, start, value in rows}
    trends = {}
    for indicator in indicators:
        periods = years if indicator.frequency == "annual" else quarters
        trends[indicator.id] = [
            (period, values[(indicator.id, period.kind, period.start)])
            for period in periods if values.get((indicator.id, period.kind, period.start)) is not None
        ]
    return trends


def fetch_team_values(indicators, quarter, home_id):
    """{indicator id: {team: value}} from the team breakdowns for the quarter, one query."""
    teams = defaultdict(dict)
    rows = IndicatorValue.objects.filter(
        area_id=home_id, breakdown="team", period_kind=QUARTER, period_start=quarter.start,
        indicator_id__in=[i.id for i in indicators],
    ).values_list("indicator_id", "category", "value")
    for indicator_id, team, value in rows:
        teams[indicator_id][team] = value
    return teams


def current_assessment_scores():
    """The assessment the CQC pages treat as current (the latest final, else the latest), its rating and
    {statement id: StatementScore}; two queries."""
    assessment = cqc_selectors.current_assessment(cqc_selectors.assessments_in_order())
    if assessment is None:
        return None, None, {}
    scores = {score.statement_id: score for score in assessment.scores.all()}
    return assessment, cqc_selectors.rating_of(assessment), scores


def shown_figures(indicators, quarter, publication, benchmarks):
    """Summaries, trends and team values as the page shows them (frozen when published) and the revisions."""
    live = summarise(indicators, quarter, benchmarks=benchmarks)
    trends = fetch_trends(indicators, quarter, benchmarks.home.id)
    teams = fetch_team_values(indicators, quarter, benchmarks.home.id)
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


def compose(quarter, publication=None, today=None):
    """Everything the dashboard page shows for a quarter, in a fixed number of queries.

    The improvement plan and the CQC rating are shown as they stand today, not frozen with the figures.
    """
    benchmarks = load_benchmarks()
    indicators = active_indicators()
    summaries, trends, teams, revisions = shown_figures(indicators, quarter, publication, benchmarks)
    commentary = {
        c.indicator_id: c
        for c in Commentary.objects.filter(quarter=quarter.start, indicator__in=indicators).select_related("author")
    }
    assessment, rating, scores = current_assessment_scores()
    dashboard = Dashboard(
        quarter=quarter, publication=publication, revisions=revisions, assessment=assessment, rating=rating,
        plan=plan_overview(today or date.today()),
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


def publication_for(quarter):
    """The quarter's publication, or None (one query). Its snapshot, read only by compose(), is read when
    first used: one more query, and only when the page's cached parts are out of date."""
    return QuarterPublication.objects.filter(quarter=quarter.start).defer("snapshot").first()


def freeze_quarter(quarter):
    """The snapshot a publication stores: the live figures of every active indicator as the page shows them."""
    benchmarks = load_benchmarks()
    indicators = active_indicators()
    summaries, trends, teams, _ = shown_figures(indicators, quarter, None, benchmarks)
    return {
        indicator.code: snapshot.freeze(summaries[indicator.id], trends[indicator.id], teams.get(indicator.id, {}))
        for indicator in indicators
    }
