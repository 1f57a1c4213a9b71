"""The per-statement evidence page (composed in ascdash): findings, mapped indicators judged against target,
readiness counts, the xlsx export, and who may see it."""
import io
import re
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from cqc.models import Assessment, QualityStatement, StatementScore
from metrics.models import Area, Indicator, IndicatorValue, Target

ALL_ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]
HIGH, LOW, NONE = Indicator.HIGH_IS_GOOD, Indicator.LOW_IS_GOOD, Indicator.NO_JUDGEMENT


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def make_indicator(code, polarity, frequency, unit="percent", active=True, statement="safeguarding"):
    indicator = Indicator.objects.create(
        code=code, title=f"Indicator {code}", description="", family="test", unit=unit, polarity=polarity,
        frequency=frequency, source="local_records", active=active, display_order=ord(code[-1]),
    )
    indicator.quality_statements.add(QualityStatement.objects.get(slug=statement))
    return indicator


def value(indicator, area, kind, start, figure, breakdown=""):
    IndicatorValue.objects.create(indicator=indicator, area=area, period_kind=kind, period_start=start,
                                  value=figure, breakdown=breakdown, category="LD" if breakdown else "")


@pytest.fixture
def evidence(home_area):
    """Judged as the dashboard judges: the latest quarter with a home figure is 2026-27 Q2 (from July 2026)."""
    england = Area.objects.england()
    q1, q2 = date(2026, 4, 1), date(2026, 7, 1)
    a = make_indicator("ind-a", HIGH, "monthly")
    value(a, home_area, "quarter", q1, 50)
    value(a, home_area, "quarter", q2, 80)  # latest
    value(a, england, "quarter", q2, 70)
    Target.objects.create(indicator=a, value=85, tolerance=5, start_date=date(2026, 4, 1))  # 5 short -> amber
    b = make_indicator("ind-b", LOW, "quarterly", unit="days")
    value(b, home_area, "quarter", q2, 100)
    value(b, home_area, "month", date(2026, 9, 1), 10)  # a month's figure is not the quarter's
    Target.objects.create(indicator=b, value=90, tolerance=5, start_date=date(2026, 4, 1))  # 10 over -> red
    c = make_indicator("ind-c", HIGH, "annual")
    value(c, home_area, "year", date(2025, 4, 1), 70)  # the latest financial year with a figure
    Target.objects.create(indicator=c, value=60, tolerance=0, start_date=date(2025, 4, 1))  # met -> green
    d = make_indicator("ind-d", HIGH, "monthly")
    value(d, england, "quarter", q2, 60)  # England's figure only: no data for the council
    Target.objects.create(indicator=d, value=50, tolerance=0, start_date=date(2026, 4, 1))
    e = make_indicator("ind-e", HIGH, "monthly")
    value(e, home_area, "quarter", q2, 33.3)  # no target
    f = make_indicator("ind-f", NONE, "monthly", unit="count")
    value(f, home_area, "quarter", q2, 1234)  # context only
    g = make_indicator("ind-g", HIGH, "monthly", active=False)  # retired: not shown
    value(g, home_area, "quarter", q2, 1)
    h = make_indicator("ind-h", HIGH, "monthly")
    value(h, home_area, "quarter", q2, 40, breakdown="team")  # a breakdown only: no total
    make_indicator("ind-i", HIGH, "monthly", statement="governance")  # another statement's indicator

    statement = QualityStatement.objects.get(slug="safeguarding")
    self_assessment = Assessment.objects.create(council_name="N", title="Self-assessment 2024", status="self",
                                                published=date(2024, 9, 30))
    final = Assessment.objects.create(council_name="N", title="CQC assessment 2025", status="final",
                                      published=date(2025, 7, 17))
    StatementScore.objects.create(assessment=final, statement=statement, score=2,
                                  key_findings="=Threshold decisions were slow")
    StatementScore.objects.create(assessment=self_assessment, statement=statement, score=3,
                                  key_findings="Board is effective")
    return statement


@pytest.mark.django_db
def test_readiness_counts(client_for, evidence):
    page = text_of(client_for(SCRUTINY).get("/cqc/safeguarding/"))
    # red: b; amber: a; green: c; no data: d, h; no target: e; not judged: f; g is inactive, i is elsewhere
    assert ("Red: target missed 1 Amber: just short of target 1 Green: target met 1 No data 2 No target 1 "
            "Context only: not judged 1") in page
    assert "How the 7 indicators mapped to this statement stand against their targets for Northmoor City Council." \
        in page


@pytest.mark.django_db
def test_indicator_rows(client_for, evidence):
    page = text_of(client_for(SCRUTINY).get("/cqc/safeguarding/"))
    assert ("Indicator ind-a (Higher is better) 2026-27 Q2 80% 85% (amber within 5%) Amber: just short of target "
            "Better than England") in page
    assert ("Indicator ind-b (Lower is better) 2026-27 Q2 100 days 90 days (amber within 5 days) "
            "Red: target missed No England figure to compare") in page
    assert "Indicator ind-c (Higher is better) 2025-26 70% 60% Green: target met" in page
    assert "Indicator ind-d (Higher is better) – No data 50% No data No England figure to compare" in page
    assert "Indicator ind-e (Higher is better) 2026-27 Q2 33% None No target" in page
    assert "Indicator ind-f (No judgement (context only)) 2026-27 Q2 1,234 None Context only: not judged" in page
    assert "Indicator ind-g" not in page and "Indicator ind-i" not in page


@pytest.mark.django_db
def test_scores_and_findings_oldest_first(client_for, evidence):
    page = text_of(client_for(SCRUTINY).get("/cqc/safeguarding/"))
    assert ("Self-assessment 2024 Self-assessment 3 Evidence shows a good standard Board is effective "
            "CQC assessment 2025 CQC final 2 Evidence shows some shortfalls =Threshold decisions were slow") in page
    assert "Concerns about abuse and neglect are responded to quickly" in page


@pytest.mark.django_db
def test_statement_without_indicators_or_scores(client_for, home_area):
    page = text_of(client_for(SCRUTINY).get("/cqc/equity/"))
    assert "No assessment has scored this statement yet." in page
    assert "No indicators are mapped to this statement yet." in page
    assert "No indicators are mapped to this statement yet, so there is nothing to judge readiness by." in page


@pytest.mark.django_db
def test_export_workbook(client_for, evidence):
    response = client_for(SCRUTINY).get("/cqc/safeguarding/export/")
    assert response["Content-Disposition"] == 'attachment; filename="cqc-evidence-safeguarding.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Statement", "Scores", "Indicators", "Actions", "Readiness"]
    statement_rows = list(workbook["Statement"].iter_rows(values_only=True))
    assert statement_rows[1] == ("Quality statement", "Safeguarding")
    assert statement_rows[4] == ("Council", "Northmoor City Council")
    scores = list(workbook["Scores"].iter_rows(values_only=True))
    assert scores[1][:5] == ("Self-assessment 2024", "Self-assessment", datetime(2024, 9, 30), 3,
                             "Evidence shows a good standard")
    assert scores[2][5] == "'=Threshold decisions were slow"  # formula neutralised
    indicators = list(workbook["Indicators"].iter_rows(values_only=True))
    assert indicators[1] == ("ind-a", "Indicator ind-a", "2026-27 Q2", 80, "Percent", 85, 5,
                             "Amber: just short of target", "Better than England")
    assert indicators[4] == ("ind-d", "Indicator ind-d", None, None, "Percent", 50, 0, "No data",
                             "No England figure to compare")
    assert list(workbook["Readiness"].iter_rows(values_only=True)) == [
        ("Judgement", "Indicators"), ("Red: target missed", 1), ("Amber: just short of target", 1),
        ("Green: target met", 1), ("No data", 2), ("No target", 1), ("Context only: not judged", 1)]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_can_see_and_export(client_for, home_area, role):
    client = client_for(role)
    assert client.get("/cqc/safeguarding/").status_code == 200
    assert client.get("/cqc/safeguarding/export/").status_code == 200


@pytest.mark.django_db
def test_anonymous_is_sent_to_sign_in(client):
    for url in ["/cqc/safeguarding/", "/cqc/safeguarding/export/"]:
        response = client.get(url)
        assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.django_db
def test_unknown_statement_is_404(client_for):
    assert client_for(SCRUTINY).get("/cqc/wellbeing/").status_code == 404


def test_statement_url_name():
    from django.urls import reverse

    assert reverse("cqc_statement", args=["safe-pathways"]) == "/cqc/safe-pathways/"


@pytest.mark.django_db
def test_evidence_page_reads_in_a_fixed_number_of_queries(client_for, evidence, home_area):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(SCRUTINY)

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/cqc/safeguarding/").status_code == 200
        return len(context.captured_queries)

    client.get("/")  # the first page reads the permissions, which are then kept in the cache
    first = count()
    for code in ["ind-x", "ind-y", "ind-z"]:
        indicator = make_indicator(code, HIGH, "monthly")
        value(indicator, home_area, "quarter", date(2026, 7, 1), 10)
        Target.objects.create(indicator=indicator, value=5, start_date=date(2026, 4, 1))
    assert count() == first


@pytest.fixture
def plan_actions(db):
    from improvement_plan.models import Action, AreaForImprovement, Plan, StatusUpdate

    plan = Plan.objects.create(title="CQC Improvement Plan 2025-2027")
    area = AreaForImprovement.objects.create(plan=plan, title="Safeguarding", order=1)
    safeguarding = QualityStatement.objects.get(slug="safeguarding")
    governance = QualityStatement.objects.get(slug="governance")

    def action(reference, title, target, statement=safeguarding, month_only=False):
        created = Action.objects.create(area=area, reference=reference, title=title, target_date=target,
                                        target_month_only=month_only, lead_officer="Safeguarding manager")
        created.quality_statements.add(statement)
        return created

    on_track = action("S1", "Collate learning from reviews", date(2099, 3, 31))
    StatusUpdate.objects.create(action=on_track, date=date(2026, 10, 12), rag="at_risk", percent_complete=40,
                                note="Slipping")
    StatusUpdate.objects.create(action=on_track, date=date(2026, 11, 12), rag="on_track", percent_complete=55,
                                note="=Back on plan")
    overdue = action("S2", "Guidance for teams", date(2026, 1, 31))  # past its date, last RAG on track
    StatusUpdate.objects.create(action=overdue, date=date(2025, 12, 12), rag="on_track", percent_complete=80,
                                note="Nearly done")
    done = action("S3", "Engage partners", date(2026, 3, 1), month_only=True)  # past its date but complete
    StatusUpdate.objects.create(action=done, date=date(2026, 2, 12), rag="complete", percent_complete=100,
                                note="Done")
    action("S4", "Practice audits", date(2099, 4, 30))  # no update yet
    action("D1", "Data governance", date(2099, 4, 30), statement=governance)  # another statement
    return plan


@pytest.mark.django_db
def test_linked_improvement_actions_with_status_in_words(client_for, plan_actions):
    page = text_of(client_for(SCRUTINY).get("/cqc/safeguarding/"))
    assert "Actions in CQC Improvement Plan 2025-2027 for Safeguarding" in page
    assert "S1 Collate learning from reviews Safeguarding 31 March 2099 On track 12 Nov 2026, 55% complete" in page
    assert "S2 Guidance for teams Safeguarding 31 January 2026 Overdue 12 Dec 2025, 80% complete" in page
    assert "S3 Engage partners Safeguarding March 2026 Complete 12 Feb 2026, 100% complete" in page
    assert "S4 Practice audits Safeguarding 30 April 2099 Not started No update yet" in page
    assert "D1" not in page


@pytest.mark.django_db
def test_no_plan_and_no_linked_actions(client_for, plan_actions):
    assert "No actions in CQC Improvement Plan 2025-2027 are linked to this statement." in text_of(
        client_for(SCRUTINY).get("/cqc/equity/"))
    plan_actions.delete()
    assert "There is no improvement plan yet." in text_of(client_for(SCRUTINY).get("/cqc/equity/"))


@pytest.mark.django_db
def test_export_lists_linked_actions(client_for, plan_actions):
    response = client_for(SCRUTINY).get("/cqc/safeguarding/export/")
    rows = list(load_workbook(io.BytesIO(response.content))["Actions"].iter_rows(values_only=True))
    assert len(rows) == 1 + 4
    assert rows[1] == ("CQC Improvement Plan 2025-2027", "S1", "Collate learning from reviews", "Safeguarding",
                       "Safeguarding manager", "31 March 2099", "On track", datetime(2026, 11, 12), 55,
                       "'=Back on plan")
    assert rows[2][6] == "Overdue"


@pytest.mark.django_db
def test_annual_figures_show_when_the_council_has_no_quarterly_figures(client_for, home_area):
    from django.utils import timezone

    from core.periods import YEAR, Period

    this_year = Period.containing(YEAR, timezone.localdate())
    indicator = make_indicator("ind-a", HIGH, "annual")
    value(indicator, home_area, "year", this_year.start, 64.4)
    Target.objects.create(indicator=indicator, value=60, start_date=this_year.start)
    page = text_of(client_for(SCRUTINY).get("/cqc/safeguarding/"))
    assert f"Indicator ind-a (Higher is better) {this_year.label} 64% 60% Green: target met" in page
