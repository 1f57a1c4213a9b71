"""The dashboard page runs the same number of queries whatever the number of indicators and quarters."""
import re

import pytest
from django.utils import timezone

from ascdash.dashboard.services import publish_quarter
from ascdash.models import QuarterPublication
from ascdash.roles import ADMINISTRATOR, SCRUTINY
from cqc.models import Assessment, QualityStatement, StatementScore
from metrics.models import Commentary, Target
from core.periods import Period

from tests.world import make_indicator, make_places, make_plan, put

LATEST = Period.quarter(2025, 2)
STATEMENTS = ["assessing-needs", "equity", "safeguarding", "governance"]


def build(places, indicator_count, quarter_count, author):
    """Indicators spread over statements, each with figures for home, England and comparators in every quarter."""
    quarters = [LATEST.shift(-n) for n in range(quarter_count)]
    assessment = Assessment.objects.create(council_name="Northmoor", title="Self-assessment", status="self")
    for slug in STATEMENTS:
        StatementScore.objects.create(assessment=assessment, statement=QualityStatement.objects.get(slug=slug), score=3)
    for n in range(indicator_count):
        indicator = make_indicator(f"ind-{n}", f"Indicator {n}", "percent", "high_is_good",
                                   [STATEMENTS[n % 4], STATEMENTS[(n + 1) % 4]], decimals=1, order=n)
        Target.objects.create(indicator=indicator, value=60, tolerance=5, start_date=quarters[-1].start)
        for q, quarter in enumerate(quarters):
            put(indicator, places["home"], quarter, 50.0 + n + q, 50 + n + q, 100)
            put(indicator, places["england"], quarter, 55.0, 550, 1000)
            for name in "ABC":
                put(indicator, places[name], quarter, 40.0 + q)
        put(indicator, places["home"], LATEST, 30.0, breakdown="team", category="North Locality")
        put(indicator, places["home"], LATEST, 70.0, breakdown="team", category="South Locality")
        Commentary.objects.create(indicator=indicator, quarter=LATEST.start, text="Commentary", author=author)
    QuarterPublication.objects.create(quarter=quarters[-1].start, published_at=timezone.now(), snapshot={})
    make_plan()


def queries_for(client, url, django_assert_num_queries, count):
    with django_assert_num_queries(count):
        response = client.get(url)
    assert response.status_code == 200
    return response


# Around the cached parts: user (1; the session comes from the cache), permissions (2, then kept in the cache;
# the role shown is worked out from them), quarters with data (1, then remembered), publication (1),
# published quarters for the picker (1, then remembered; the picker itself is a cached part).
PAGE_QUERIES = 6
# Composing the cached parts: benchmarks (5), indicators and statements (2), summary values and targets (2),
# trends (1), team values (1), commentary (1), assessment and scores (2), improvement plan (4), quality
# statements (1); a published quarter also reads its snapshot (1).
COMPOSE_QUERIES = 19
DASHBOARD_QUERIES = PAGE_QUERIES + COMPOSE_QUERIES


@pytest.mark.django_db
@pytest.mark.parametrize("indicator_count, quarter_count", [(3, 2), (12, 8)])
def test_dashboard_query_count_is_fixed(home_area, role_users, client_for, django_assert_num_queries,
                                        indicator_count, quarter_count):
    build(make_places(home_area), indicator_count, quarter_count, role_users[ADMINISTRATOR])
    client = client_for(ADMINISTRATOR)
    response = queries_for(client, "/dashboard/2025-26/Q2/", django_assert_num_queries, DASHBOARD_QUERIES)
    assert response.content.decode().count('class="tile dashboard-tile"') == 2 * indicator_count


@pytest.mark.django_db
@pytest.mark.parametrize("indicator_count, quarter_count", [(3, 2), (12, 8)])
def test_published_dashboard_query_count_is_fixed(home_area, role_users, client_for, django_assert_num_queries,
                                                  indicator_count, quarter_count):
    build(make_places(home_area), indicator_count, quarter_count, role_users[ADMINISTRATOR])
    publish_quarter(LATEST, role_users[ADMINISTRATOR])
    client = client_for(SCRUTINY)
    response = queries_for(client, "/dashboard/2025-26/Q2/", django_assert_num_queries, DASHBOARD_QUERIES + 1)
    assert "Published to scrutiny members on" in response.content.decode()


@pytest.mark.django_db
def test_second_view_reads_only_what_surrounds_the_cached_parts(home_area, role_users, client_for,
                                                               django_assert_num_queries):
    build(make_places(home_area), 3, 2, role_users[ADMINISTRATOR])
    publish_quarter(LATEST, role_users[ADMINISTRATOR])
    client = client_for(SCRUTINY)
    first = client.get("/dashboard/2025-26/Q2/").content.decode()
    # the permissions, the quarters with data and the published quarters are kept in the cache too
    second = queries_for(client, "/dashboard/2025-26/Q2/", django_assert_num_queries, PAGE_QUERIES - 4)
    assert without_csrf_token(second.content.decode()) == without_csrf_token(first)


def without_csrf_token(html):
    """The sign-out form's token is masked afresh on every response."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
