"""The improvement plan in a real browser: every page for every role passes axe; a steering member adds an update
with the keyboard."""
from datetime import date

import pytest
from django.utils import timezone

from importlib import import_module

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from ascdash.demo.plan import load_plan
from improvement_plan.models import Action, OutcomeToTrack, StatusUpdate
from metrics.models import Indicator, IndicatorValue
from tests.browser.conftest import assert_no_axe_violations, sign_in

load_framework = import_module("cqc.migrations.0002_framework").load_framework


@pytest.fixture
def demo_plan(browser_users):
    # a transactional test starts with empty tables: put the CQC framework back, then the demo plan
    from django.apps import apps

    from ascdash.demo.reference import load_reference

    load_framework(apps, None)

    home = load_reference()
    indicator = Indicator.objects.create(
        code="waiting-median-days-care-act-assessment", title="Median wait for a Care Act assessment (days)",
        description="d", family="waiting", unit="days", polarity=Indicator.LOW_IS_GOOD, frequency="monthly",
        source="local_records",
    )
    for month, value in [(8, 118), (9, 112), (10, 109)]:
        IndicatorValue.objects.create(indicator=indicator, area=home, period_kind="month",
                                      period_start=date(2026, month, 1), value=value)
    return load_plan()


def plan_pages(plan, role):
    action = Action.objects.get(area__plan=plan, reference="W1")
    outcome = OutcomeToTrack.objects.get(plan=plan, indicator__isnull=False)
    unlinked = OutcomeToTrack.objects.filter(plan=plan, indicator__isnull=True).first()
    pages = [
        "/plan/", "/plan/?overdue=yes&rag=at_risk", f"/plan/actions/{action.pk}/", "/plan/changes/?since=2026-10-01",
        f"/plan/outcomes/{outcome.pk}/", f"/plan/outcomes/{unlinked.pk}/",
    ]
    if role in (STEERING, ADMINISTRATOR):
        pages += [f"/plan/actions/{action.pk}/edit/", "/plan/import/"]
    return pages


@pytest.mark.parametrize("role", [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR])
def test_every_plan_page_is_accessible(page, axe, demo_plan, role):
    sign_in(page, role)
    for url in plan_pages(demo_plan, role):
        page.goto(url)
        assert_no_axe_violations(axe, page)
    assert page.problems.errors == []


def test_outcome_chart_is_drawn(page, demo_plan):
    sign_in(page, SCRUTINY)
    outcome = OutcomeToTrack.objects.get(plan=demo_plan, indicator__isnull=False)
    page.goto(f"/plan/outcomes/{outcome.pk}/")
    page.wait_for_selector(".chart .scatterlayer .trace", state="attached")
    assert page.locator(".chart .scatterlayer .trace").count() == 3
    assert page.problems.errors == []


def test_steering_member_adds_an_update_with_the_keyboard(page, axe, demo_plan):
    action = Action.objects.get(area__plan=demo_plan, reference="W3")
    before = StatusUpdate.objects.filter(action=action).count()
    sign_in(page, STEERING)
    page.goto(f"/plan/actions/{action.pk}/")
    page.focus("#id_date")  # today's date is filled in; Tab moves through its day, month and year, then on
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_rag":
            break
    assert page.evaluate("document.activeElement.id") == "id_rag"
    page.keyboard.type("Off")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_percent_complete"
    page.keyboard.type("130")
    page.keyboard.press("Tab")
    page.keyboard.type("Agency assessors left; backlog rising.")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Add update"
    page.keyboard.press("Enter")
    page.wait_for_selector(".error-summary")
    assert "Ensure this value is less than or equal to 100." in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(axe, page)

    page.fill("#id_percent_complete", "")
    page.focus("#id_percent_complete")
    page.keyboard.type("70")
    page.focus("#id_note")
    page.keyboard.press("End")
    page.focus("#id_evidence_link")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector(".notification--success")
    assert "Update added to W3." in page.locator(".notification--success").inner_text()
    latest = StatusUpdate.objects.filter(action=action).order_by("-created_at").first()
    assert StatusUpdate.objects.filter(action=action).count() == before + 1
    assert (latest.date, latest.rag, latest.percent_complete, latest.note, latest.author.username) == (
        timezone.localdate(), "off_track", 70, "Agency assessors left; backlog rising.", "steering"
    )
    assert page.locator(".rag-history tbody tr").first.locator(".tag").inner_text() == "Off track"
    assert_no_axe_violations(axe, page)
    assert page.problems.errors == []


def test_import_preview_is_accessible(page, axe, browser_users, tmp_path):
    from tests.improvement_plan.test_import import messy_workbook

    path = tmp_path / "plan.xlsx"
    path.write_bytes(messy_workbook().getvalue())
    sign_in(page, ADMINISTRATOR)
    page.goto("/plan/import/")
    page.fill("#id_title", "Imported plan")
    page.set_input_files("#id_file", str(path))
    page.click("main button[type=submit]")
    page.wait_for_url("**/plan/import/preview/")
    assert "'December' has no year" in page.locator("main").inner_text()
    assert_no_axe_violations(axe, page)
    assert page.problems.errors == []
