"""The improvement-plan summary, overdue actions and the CQC rating on the dashboard."""
from datetime import date

import pytest
from django.utils import timezone

from ascdash.dashboard.selectors import compose
from ascdash.models import QuarterPublication
from ascdash.roles import SCRUTINY
from metrics.selectors import FigureReader

from tests.world import Q2

EVERYTHING = FigureReader.for_service()

OCTOBER = date(2025, 10, 15)


@pytest.mark.django_db
def test_plan_counts_by_status_per_area_and_overdue_actions(world):
    plan = compose(EVERYTHING, Q2, today=OCTOBER).plan
    counts = {area.area.title: dict(area.counts) for area in plan.areas}
    assert counts == {
        "Waiting times": {"overdue": 1, "on_track": 1},  # W1 was due 30 September, last At risk
        "Safeguarding": {"complete": 1, "not_started": 1},
    }
    assert plan.overall.count_list() == [1, 1, 0, 0, 1, 1]  # not started, on track, at risk, off track, complete, overdue
    assert [action.reference for action in plan.overdue] == ["W1"]


@pytest.mark.django_db
def test_an_action_on_its_target_date_is_not_yet_overdue(world):
    assert compose(EVERYTHING, Q2, today=date(2025, 9, 30)).plan.overdue == []


@pytest.mark.django_db
def test_overdue_actions_raise_questions(world):
    questions = compose(EVERYTHING, Q2, today=OCTOBER).questions
    assert [q.rule for q in questions][-1] == "overdue_action"
    assert questions[-1].subject == "W1 Reduce waits for Care Act assessments"


@pytest.mark.django_db
def test_cqc_rating_of_the_current_assessment(world):
    dashboard = compose(EVERYTHING, Q2)
    # one statement scored 2: 2 / (4 x 1) = 50% -> Requires improvement (39-62%)
    assert (dashboard.rating.percent, dashboard.rating.name) == (50, "Requires improvement")
    assert dashboard.assessment.title == "Self-assessment 2025"


@pytest.mark.django_db
def test_a_cqc_final_is_current_over_a_later_self_assessment(world):
    from cqc.models import Assessment, QualityStatement, StatementScore

    final = Assessment.objects.create(council_name="Northmoor", title="CQC assessment", status="final",
                                      published=date(2025, 3, 1))
    for slug in ["assessing-needs", "equity"]:
        StatementScore.objects.create(assessment=final, statement=QualityStatement.objects.get(slug=slug), score=3)
    dashboard = compose(EVERYTHING, Q2)
    assert dashboard.assessment == final
    assert (dashboard.rating.percent, dashboard.rating.name) == (75, "Good")  # 6 / 8
    section = dashboard.themes[0].statements[0]
    assert section.score.score == 3


@pytest.mark.django_db
def test_page_shows_plan_table_overdue_list_and_rating(world, client_for):
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert "<h3 class=\"headline__title\">Overdue improvement actions (1)</h3>" in html
    assert ">W1 Reduce waits for Care Act assessments</a>: due 30 September 2025 <span class=\"tag tag--bad\">Overdue</span>" in html
    assert '<span class="tag tag--warning">Requires improvement</span>' in html
    assert "Requires improvement: 2 of 4 = 50%. Based on 1 of 9 quality statements." in html
    assert "From the self-assessment: Self-assessment 2025." in html
    assert "<caption>Improvement actions by status in each area for improvement</caption>" in html
    row = ('<th scope="row">Waiting times</th>\n      <td class="numeric">0</td><td class="numeric">1</td>'
           '<td class="numeric">0</td><td class="numeric">0</td><td class="numeric">0</td><td class="numeric">1</td>\n'
           '      <td class="numeric">2</td>')
    assert row in html


@pytest.mark.django_db
def test_without_plan_or_assessment_the_band_says_so(places, client_for):
    from tests.world import make_indicator, put

    indicator = make_indicator("only", "Only indicator", "percent", "high_is_good", ["equity"])
    put(indicator, places["home"], Q2, 50.0)
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert "No improvement plan has been recorded." in html
    assert "No CQC assessment has been recorded." in html
