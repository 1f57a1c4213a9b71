"""The CQC pages: who may see them, and what they show for the demo council's assessments."""
import re

import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from cqc.models import Assessment

ALL_ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]
ADMIN_ONLY = {SCRUTINY: 403, OFFICER: 403, STEERING: 403, ADMINISTRATOR: 200}
ALL_OK = {role: 200 for role in ALL_ROLES}


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def urls(assessments):
    return {
        "/cqc/": ALL_OK,
        "/cqc/framework/": ALL_OK,
        f"/cqc/assessments/{assessments['final'].pk}/": ALL_OK,
        "/cqc/assessments/import/": ADMIN_ONLY,
        # with nothing waiting to be confirmed, an administrator is sent back to the upload form
        "/cqc/assessments/import/check/": {**ADMIN_ONLY, ADMINISTRATOR: 302},
    }


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_url_gives_each_role_the_intended_status(client_for, demo_assessments, role):
    client = client_for(role)
    for url, expected in urls(demo_assessments).items():
        assert client.get(url).status_code == expected[role], url


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_confirming_an_import_needs_administer_and_post(client_for, role):
    client = client_for(role)
    assert client.post("/cqc/assessments/import/confirm/").status_code == (302 if role == ADMINISTRATOR else 403)
    assert client.get("/cqc/assessments/import/confirm/").status_code == 405


@pytest.mark.django_db
def test_anonymous_is_sent_to_sign_in(client, demo_assessments):
    for url in [*urls(demo_assessments), "/cqc/assessments/import/confirm/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.django_db
def test_index_shows_the_cqc_final_rating_first(client_for, demo_assessments):
    page = text_of(client_for(SCRUTINY).get("/cqc/"))
    assert "From CQC assessment 2025 (CQC final, published 17 July 2025)" in page
    assert "56% 20 of 36 points. Based on all 9 quality statements." in page
    assert "Requires improvement In the upper third of the Requires improvement band (39–62%)." in page
    assert "3 score points short of Good (23 of 36 = 64%)." in page
    # the table of scores comes before the chart
    html = client_for(SCRUTINY).get("/cqc/").content.decode()
    assert html.index("<caption>Scores by quality statement: CQC assessment 2025</caption>") < html.index(
        'data-figure="chart-cqc-scores"')


@pytest.mark.django_db
def test_index_table_lists_scores_by_theme(client_for, demo_assessments):
    page = text_of(client_for(SCRUTINY).get("/cqc/"))
    assert ("Theme 2: Providing support Care provision, integration and continuity 2 Evidence shows some shortfalls "
            "Partnerships and communities 3 Evidence shows a good standard") in page


@pytest.mark.django_db
def test_index_compares_successive_assessments_in_words(client_for, demo_assessments):
    page = text_of(client_for(SCRUTINY).get("/cqc/"))
    # self-assessment 3 -> CQC final 2 -> mock 3
    assert "Assessing needs 3 2 Lower 3 Higher" in page
    # 3 -> 3 -> 3
    assert "Partnerships and communities 3 3 Same 3 Same" in page
    # 2 -> 2 -> 3
    assert "Safe pathways, systems and transitions 2 2 Same 3 Higher" in page
    assert "Overall 67% Good 56% Requires improvement 69% Good" in page


@pytest.mark.django_db
def test_index_chart_figure_has_the_nine_scores(client_for, demo_assessments):
    response = client_for(SCRUTINY).get("/cqc/")
    figure = response.context["figure"]
    assert figure["data"][0]["x"] == [3, 2, 2, 2, 3, 2, 2, 2, 2]  # statements 9..1: plotly draws bottom-up
    assert figure["data"][0]["y"][-1] == "Assessing needs"
    assert 'id="chart-cqc-scores" type="application/json"' in response.content.decode()


@pytest.mark.django_db
def test_latest_assessment_is_current_when_there_is_no_cqc_final(client_for, demo_assessments):
    demo_assessments["final"].delete()
    page = text_of(client_for(SCRUTINY).get("/cqc/"))
    assert "From Mock assessment 2026 (Mock assessment, published 24 July 2026)" in page
    assert "69%" in page


@pytest.mark.django_db
def test_index_without_assessments(client_for):
    page = text_of(client_for(SCRUTINY).get("/cqc/"))
    assert "No assessments have been recorded yet." in page
    assert "Import an assessment" not in page


@pytest.mark.django_db
def test_only_administrators_see_the_import_link(client_for, demo_assessments):
    assert "Import an assessment" in text_of(client_for(ADMINISTRATOR).get("/cqc/"))
    assert "Import an assessment" not in text_of(client_for(STEERING).get("/cqc/"))


@pytest.mark.django_db
def test_framework_page_lists_themes_statements_and_evidence_categories(client_for):
    page = text_of(client_for(SCRUTINY).get("/cqc/framework/"))
    for heading in ["Theme 1: Working with people", "Theme 2: Providing support",
                    "Theme 3: How the local authority ensures safety within the system", "Theme 4: Leadership"]:
        assert heading in page
    assert "Also called: Safe systems, pathways and transitions; Safe pathways." in page
    assert "Feedback from staff and leaders" in page
    assert "88–100%: Outstanding" in page
    html = client_for(SCRUTINY).get("/cqc/framework/").content.decode()
    for slug in ["assessing-needs", "supporting-healthier-lives", "equity", "care-provision", "partnerships",
                 "safe-pathways", "safeguarding", "governance", "learning-improvement"]:
        assert f'<a href="/cqc/{slug}/">' in html


@pytest.mark.django_db
def test_assessment_page_shows_findings(client_for, demo_assessments):
    mock = demo_assessments["mock"]
    page = text_of(client_for(OFFICER).get(f"/cqc/assessments/{mock.pk}/"))
    assert "Good: 25 of 36 = 69%" not in page  # words are split into parts on the page
    assert "69% 25 of 36 points." in page
    assert "7 score points short of Outstanding (32 of 36 = 89%)." in page
    assert "Most threshold decisions are made within five working days" in page


@pytest.mark.django_db
def test_partly_scored_assessment(client_for):
    from cqc.models import QualityStatement, StatementScore

    partial = Assessment.objects.create(council_name="X", title="Partial mock", status=Assessment.MOCK)
    for slug, score in [("assessing-needs", 2), ("safeguarding", 3), ("governance", 3)]:
        StatementScore.objects.create(assessment=partial, statement=QualityStatement.objects.get(slug=slug),
                                      score=score)
    page = text_of(client_for(SCRUTINY).get(f"/cqc/assessments/{partial.pk}/"))
    assert "67% 8 of 12 points. Based on 3 of 9 quality statements." in page  # 8/12 = 66.7%
    assert "Equity in experience and outcomes – Not scored" in page


@pytest.mark.django_db
def test_unknown_assessment_is_404(client_for):
    assert client_for(SCRUTINY).get("/cqc/assessments/999/").status_code == 404
