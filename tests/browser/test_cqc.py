"""The CQC pages in a real browser as a scrutiny member: axe-clean, no console or CSP errors, the chart draws."""
import pytest

from ascdash.roles import ADMINISTRATOR, SCRUTINY
from ascdash.demo.assessments import load_assessments
from cqc.models import Assessment, QualityStatement, Theme
from cqc.services import sync_framework
from ascdash.demo.plan import load_plan
from ascdash.demo.reference import load_reference
from tests.browser.conftest import assert_no_axe_violations, sign_in


@pytest.fixture
def cqc_data(browser_users):
    # a transactional test starts with empty tables, so the framework from the data migration is loaded again
    sync_framework(Theme, QualityStatement)
    load_reference()
    load_assessments("Northmoor City Council")
    load_plan()  # actions linked to statements, shown on the evidence pages
    return Assessment.objects.get(status=Assessment.FINAL)


def chart_has_svg(page):
    page.wait_for_selector(".chart[data-figure] svg.main-svg", state="attached", timeout=10_000)
    return page.locator(".chart[data-figure] svg.main-svg").count() > 0


def test_scrutiny_member_reads_the_cqc_pages(page, axe, cqc_data):
    sign_in(page, SCRUTINY)
    page.goto("/cqc/")
    assert page.locator("h1").inner_text() == "CQC assessment"
    assert "3 score points short of Good (23 of 36 = 64%)." in page.locator("main").inner_text()
    assert chart_has_svg(page)
    assert_no_axe_violations(axe, page)

    page.click("text=The assessment framework: themes, quality statements and evidence categories")
    assert page.locator("h1").inner_text() == "CQC assessment framework"
    assert_no_axe_violations(axe, page)

    page.goto(f"/cqc/assessments/{cqc_data.pk}/")
    assert page.locator("h1").inner_text() == "CQC assessment 2025"
    assert chart_has_svg(page)
    assert_no_axe_violations(axe, page)

    page.click("table >> text=Safeguarding")
    assert page.locator("h1").inner_text() == "Safeguarding"
    assert "Actions in CQC Improvement Plan 2025-2027 for Safeguarding" in page.locator("main").inner_text()
    assert_no_axe_violations(axe, page)
    with page.expect_download() as download:
        page.click("text=Download this evidence (xlsx)")
    assert download.value.suggested_filename == "cqc-evidence-safeguarding.xlsx"
    assert page.problems.errors == []


def test_administrator_import_form_and_its_errors_are_accessible(page, axe, cqc_data, tmp_path):
    sign_in(page, ADMINISTRATOR)
    page.goto("/cqc/assessments/import/")
    assert_no_axe_violations(axe, page)
    bad = tmp_path / "scores.csv"
    bad.write_text("Quality statement,Score\nWellbeing,5\n")
    page.fill("#id_title", "Mock 2027")
    page.set_input_files("#id_file", str(bad))
    page.click("text=Check the file")
    errors = page.locator(".error-summary").inner_text()
    assert "Row 2: 'Wellbeing' is not one of the nine quality statements." in errors
    assert_no_axe_violations(axe, page)
    good = tmp_path / "good.csv"
    good.write_text("Quality statement,Score,Key findings\nSafeguarding,3,Faster decisions\nGovernance,4,\n")
    page.set_input_files("#id_file", str(good))
    page.click("text=Check the file")
    page.wait_for_url("**/import/check/")
    assert_no_axe_violations(axe, page)
    page.click("text=Confirm and save the assessment")
    assert page.locator("h1").inner_text() == "Mock 2027"
    assert page.problems.errors == []
