"""Administrators enter assessments in the Django admin with inline scores; other roles cannot reach it."""
import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from cqc.models import Assessment, QualityStatement

ADMIN_URLS = ["/admin/cqc/assessment/", "/admin/cqc/assessment/add/", "/admin/cqc/qualitystatement/"]


@pytest.mark.django_db
@pytest.mark.parametrize("role, status", [(SCRUTINY, 302), (OFFICER, 302), (STEERING, 302), (ADMINISTRATOR, 200)])
def test_admin_pages_by_role(client_for, role, status):
    client = client_for(role)
    for url in ADMIN_URLS:
        assert client.get(url).status_code == status, url


@pytest.mark.django_db
def test_administrator_adds_an_assessment_with_inline_scores(client_for):
    safeguarding = QualityStatement.objects.get(slug="safeguarding")
    governance = QualityStatement.objects.get(slug="governance")
    data = {
        "council_name": "Northmoor City Council", "title": "Mock 2027", "status": "mock",
        "started": "", "site_visit": "", "published": "2027-01-31", "summary": "",
        "scores-TOTAL_FORMS": "2", "scores-INITIAL_FORMS": "0", "scores-MIN_NUM_FORMS": "0",
        "scores-MAX_NUM_FORMS": "9",
        "scores-0-statement": str(safeguarding.pk), "scores-0-score": "3", "scores-0-key_findings": "Faster",
        "scores-1-statement": str(governance.pk), "scores-1-score": "4", "scores-1-key_findings": "",
    }
    response = client_for(ADMINISTRATOR).post("/admin/cqc/assessment/add/", data)
    assert response.status_code == 302
    created = Assessment.objects.get(title="Mock 2027")
    assert [(s.statement.slug, s.score) for s in created.scores.all()] == [("safeguarding", 3), ("governance", 4)]


@pytest.mark.django_db
def test_framework_statements_cannot_be_added_or_deleted_in_admin(client_for):
    client = client_for(ADMINISTRATOR)
    assert client.get("/admin/cqc/qualitystatement/add/").status_code == 403
    statement = QualityStatement.objects.get(slug="equity")
    assert client.get(f"/admin/cqc/qualitystatement/{statement.pk}/delete/").status_code == 403
