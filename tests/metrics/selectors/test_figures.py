"""Every figure read passes through FigureReader.values(), the one place where "who may see which periods" is
decided: a reader that may see no figure is shown none on any read path, and one that sees only national
figures keeps England's while the council's own disappear everywhere."""
from dataclasses import dataclass

import pytest

from ascdash.dashboard.selectors import compose, quarters_with_data, visible_quarters
from ascdash.evidence import statement_evidence
from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from core.periods import QUARTER
from cqc.models import QualityStatement
from metrics.models import Area, IndicatorValue
from metrics.selectors import FigureReader, latest_quarter
from metrics.selectors.figures import home_series, last_updated
from metrics.selectors.indicators import indicator_page, latest_summaries

from tests.world import Q2

pytestmark = pytest.mark.django_db
EVERYTHING = FigureReader.for_service()


@dataclass(frozen=True)
class SeesOnly(FigureReader):
    """A reader whose rule lets through only the figures matching `only` (none at all when it is None)."""

    only: tuple = None  # (field, value)

    @property
    def scope(self):
        return "only-" + "-".join(map(str, self.only or ["nothing"]))

    def values(self):
        if self.only is None:
            return IndicatorValue.objects.none()
        return IndicatorValue.objects.filter(**dict([self.only]))


def test_the_service_reader_sees_every_figure(world):
    dashboard = compose(EVERYTHING, Q2)
    reviews = next(tile for theme in dashboard.themes for tile in theme.tiles if tile.indicator == world["reviews"])
    assert (reviews.summary.value, reviews.summary.england, len(reviews.trend)) == (62.0, 75.0, 3)
    assert quarters_with_data(EVERYTHING) == [Q2, Q2.previous(), Q2.same_period_last_year()]


def test_a_reader_that_may_see_nothing_is_shown_no_figure_on_any_read_path(world):
    nothing = SeesOnly()
    dashboard = compose(nothing, Q2)
    tiles = [tile for theme in dashboard.themes for tile in theme.tiles]
    assert {(tile.summary.value, tile.summary.england, tile.summary.previous) for tile in tiles} == {(None, None, None)}
    assert [tile.trend for tile in tiles] == [[]] * len(tiles)
    assert [q.rule for q in dashboard.questions] == ["overdue_action"]  # the plan's, not the figures'
    assert (quarters_with_data(nothing), visible_quarters(nothing), latest_quarter(nothing)) == ([], [], None)
    page = indicator_page(nothing, world["wait"], QUARTER, may_see_small_numbers=True)
    assert (page.points, page.summary, page.breakdowns) == ([], None, [])
    assert latest_summaries(nothing, [world["reviews"]], Q2)[world["reviews"].id].value is None
    assert home_series(nothing, [world["wait"]]) == {world["wait"].id: []}
    assert last_updated(nothing, world["wait"], world["home"]) is None
    evidence = statement_evidence(nothing, QualityStatement.objects.get(slug="assessing-needs"))
    assert [(row.indicator.code, row.value, row.judgement.key) for row in evidence.indicators] == [
        ("reviews-pct", None, "no_data"), ("care-act-wait", None, "no_data")]


def test_a_reader_that_sees_only_national_figures_keeps_england(world):
    national = SeesOnly(only=("area__code", Area.ENGLAND_CODE))
    summary = latest_summaries(national, [world["reviews"]], Q2)[world["reviews"].id]
    assert (summary.value, summary.england) == (None, 75.0)
    page = indicator_page(national, world["reviews"], QUARTER, may_see_small_numbers=True)
    assert page.points == []  # the series is the council's own periods


@pytest.mark.parametrize("role, sees_drafts, scope", [
    (SCRUTINY, False, "published"), (STEERING, False, "published"), (OFFICER, True, "drafts"),
    (ADMINISTRATOR, True, "drafts"),
])
def test_who_sees_drafts(role_users, role, sees_drafts, scope):
    reader = FigureReader.for_user(role_users[role])
    assert (reader.sees_drafts, reader.scope) == (sees_drafts, scope)
    assert (EVERYTHING.sees_drafts, EVERYTHING.scope) == (True, "drafts")
