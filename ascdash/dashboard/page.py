"""What the dashboard page is made of: tiles by theme and quality statement, the headline lists, revisions."""
from dataclasses import dataclass, field

from django.urls import reverse

from ascdash.models import QuarterPublication
from core.periods import Period
from cqc.models import Assessment, QualityStatement, StatementScore
from improvement_plan.selectors import PlanOverview
from metrics.comparison import HIGH_IS_GOOD, NO_JUDGEMENT
from metrics.formatting import format_value
from metrics.judgements import IMPROVED, WORSENED
from metrics.models import Commentary, Indicator

from . import charts

HEADLINE_MOVERS = 3


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
        return format_value(self.summary.value, self.indicator, of=self.summary.denominator)

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
    def median_text(self):
        return self.figure_text("median")

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
    def judgement(self):
        return IMPROVED if self.change > 0 else WORSENED

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
