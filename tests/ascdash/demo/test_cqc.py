"""The demo assessments: the published outcome, an earlier self-assessment and a later mock; loading twice is safe."""
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ascdash.demo.assessments import load_assessments
from cqc.models import Assessment, StatementScore
from cqc.selectors import assessments_in_order, rating_of


@pytest.mark.django_db
def test_demo_assessments_load_once_and_rate_as_published():
    started = time.perf_counter()
    load_assessments("Northmoor City Council")
    assert time.perf_counter() - started < 2
    load_assessments("Northmoor City Council")
    assert (Assessment.objects.count(), StatementScore.objects.count()) == (3, 27)
    ratings = [(a.title, rating_of(a).percent, rating_of(a).name) for a in assessments_in_order()]
    assert ratings == [
        ("Self-assessment 2024", 67, "Good"),  # 24/36
        ("CQC assessment 2025", 56, "Requires improvement"),  # 20/36
        ("Mock assessment 2026", 69, "Good"),  # 25/36
    ]
    final = Assessment.objects.get(status=Assessment.FINAL)
    assert [s.score for s in final.scores.all()] == [2, 2, 2, 2, 3, 2, 2, 2, 3]
    assert (str(final.started), str(final.site_visit), str(final.published)) == (
        "2024-10-07", "2025-02-10", "2025-07-17")
    assert all(score.key_findings for score in StatementScore.objects.all())


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
def test_index_reads_in_a_fixed_number_of_queries(client_for):
    from ascdash.roles import SCRUTINY

    client = client_for(SCRUTINY)
    load_assessments("Northmoor City Council")
    client.get("/")  # the first page reads the permissions, which are then kept in the cache
    first = queries_for(client, "/cqc/")
    load_assessments("Another council")  # three more assessments, 27 more scores
    assert queries_for(client, "/cqc/") == first <= 10
