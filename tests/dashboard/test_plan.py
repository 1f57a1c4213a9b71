"""The improvement-plan summary and overdue actions on the dashboard."""
from datetime import date

import pytest
from django.utils import timezone

from ascdash.dashboard.selectors import compose
from ascdash.models import QuarterPublication
from ascdash.roles import SCRUTINY

from .conftest import Q2

OCTOBER = date(2025, 10, 15)


@pytest.mark.django_db
def test_plan_counts_by_status_per_area_and_overdue_actions(world):
    plan = compose(Q2, today=OCTOBER).plan
    counts = {area.area.title: dict(area.counts) for area in plan.areas}
    assert counts == {
        "Waiting times": {"overdue": 1, "on_track": 1},  # W1 was due 30 September, last At risk
        "Safeguarding": {"complete": 1, "not_started": 1},
    }
    assert plan.overall.count_list() == [1, 1, 0, 0, 1, 1]  # not started, on track, at risk, off track, complete, overdue
    assert [action.reference for action in plan.overdue] == ["W1"]


@pytest.mark.django_db
def test_an_action_on_its_target_date_is_not_yet_overdue(world):
    assert compose(Q2, today=date(2025, 9, 30)).plan.overdue == []


@pytest.mark.django_db
def test_overdue_actions_raise_questions(world):
    questions = compose(Q2, today=OCTOBER).questions
    assert [q.rule for q in questions][-1] == "overdue_action"
    assert questions[-1].subject == "W1 Reduce waits for Care Act assessments"


@pytest.mark.django_db
def test_page_shows_plan_table_and_overdue_list(world, client_for):
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert "<h3 class=\"headline__title\">Overdue improvement actions (1)</h3>" in html
    assert ">W1 Reduce waits for Care Act assessments</a>: due 30 September 2025 <span class=\"tag tag--red\">Overdue</span>" in html
    assert "<caption>Improvement actions by status in each area for improvement</caption>" in html
    row = ('<th scope="row">Waiting times</th>\n          <td class="numeric">0</td><td class="numeric">1</td>'
           '<td class="numeric">0</td><td class="numeric">0</td><td class="numeric">0</td><td class="numeric">1</td>\n'
           '          <td class="numeric">2</td>')
    assert row in html


@pytest.mark.django_db
def test_without_a_plan_the_band_says_so(places, client_for):
    from .conftest import make_indicator, put

    indicator = make_indicator("only", "Only indicator", "percent", "high_is_good", ["equity"])
    put(indicator, places["home"], Q2, 50.0)
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert "No improvement plan has been recorded." in html
