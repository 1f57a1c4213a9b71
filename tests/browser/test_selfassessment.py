"""The self-assessment in a real browser, as each role that sees it: axe with WCAG 2.2 AA rules (and axe's
defaults) on every page, no sideways scrolling at 390 px, no console or CSP errors, and the print to PDF."""
from io import BytesIO

import pytest
from pypdf import PdfReader

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY
from ascdash.demo.plan import load_plan
from ascdash.demo.reference import load_reference
from ascdash.demo.selfassessment import load_self_assessment
from cqc.models import QualityStatement, Theme
from cqc.services import sync_framework
from tests.browser.conftest import assert_no_axe_violations, sign_in

WCAG_22_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}
NARROW, WIDE = {"width": 390, "height": 844}, {"width": 1366, "height": 900}


@pytest.fixture
def versions(browser_users):
    sync_framework(Theme, QualityStatement)  # a transactional test starts with empty tables
    load_reference()
    load_plan()
    draft = load_self_assessment()
    return draft.revises, draft


def check(page, axe, heading):
    """The page's heading, then axe (WCAG 2.2 AA and defaults) at 1366 px and again at 390 px, where nothing
    may scroll sideways."""
    assert page.locator("h1").inner_text() == heading
    assert_no_axe_violations(axe, page)
    for size in (WIDE, NARROW):
        page.set_viewport_size(size)
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, f"{page.url} at {size['width']} px\n{results.generate_report()}"
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], page.url
    page.set_viewport_size(WIDE)


def test_a_scrutiny_member_reads_the_endorsed_version_and_prints_it(page, axe, versions):
    endorsed, draft = versions
    sign_in(page, SCRUTINY)
    page.click("nav.primary-nav >> text=Self-assessment")
    check(page, axe, "CQC self-assessment")
    assert page.locator("main table tbody tr").count() == 1  # the draft is not listed
    page.click("text=Self-assessment September 2024")
    check(page, axe, "Self-assessment September 2024")
    assert "Withheld: no consent recorded." in page.locator("#ref-Q6").inner_text()
    page.click("#statement-safeguarding >> text=E27")  # cited, but the register has F27: not a link
    with page.expect_download() as download:
        page.click("text=Download as Word (docx)")
    assert download.value.suggested_filename == "self-assessment-2024-09-20.docx"
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(page.pdf(format="A4"))).pages)
    for words in ["Self-assessment September 2024", "Theme 1: Working with people", "Assessing needs",
                  "Areas for improvement", "How we know", "Evidence register", "Quotes"]:
        assert words in text
    assert "Contents" not in text and "Skip to main content" not in text and "Sign out" not in text
    assert page.problems.errors == []


def test_a_theme_lead_works_on_the_draft(page, axe, versions):
    endorsed, draft = versions
    sign_in(page, OFFICER)
    page.goto(f"/self-assessment/{draft.pk}/")
    check(page, axe, "Self-assessment revision, September 2026")
    assert page.locator("#statement-safeguarding >> text=Edit").count() == 0  # theme 3 is not hers
    page.click("#statement-equity >> text=Edit")
    check(page, axe, "Equity in experience and outcomes")
    page.fill("#id_ambition", "Fair access, experience and outcomes for everyone in Northmoor.")
    page.click("text=Save Equity in experience and outcomes")
    assert "Equity in experience and outcomes saved." in page.locator(".notifications").inner_text()
    for label, heading in [("Evidence register", "Evidence register"), ("Quotes register", "Quotes register"),
                           ("Comments", "Comments"), ("Validation report", "Validation report"),
                           ("Readiness", "Readiness by quality statement"), ("History", "History of changes")]:
        page.click(f"nav.sub-nav >> text={label}")
        check(page, axe, heading)
    assert ": officer · changed · Equity in experience and outcomes" in page.locator("main").inner_text()
    page.click("nav.sub-nav >> text=Evidence register")
    page.click("text=Add an evidence item")
    page.fill("#id_ref", "X1")
    page.fill("#id_title", "Carers' survey 2026")
    page.click("button:text('Save')")
    assert "Use E and a number, for example E12." in page.locator(".error-summary").inner_text()
    check(page, axe, "Add an evidence item")
    page.goto(f"/self-assessment/{draft.pk}/comments/")
    page.select_option("#id_statement", label="Equity in experience and outcomes")
    page.fill("#id_contributor", "Carers' Reference Group")
    page.fill("#id_text", "The gap for the learning disability team needs a date.")
    page.click("button:text('Add comment')")
    assert "Comment added." in page.locator(".notifications").inner_text()
    page.goto("/self-assessment/compare/")
    check(page, axe, "Compare two versions")
    assert page.locator("ins").count() > 0 and page.locator("del").count() > 0
    assert page.problems.errors == []


def test_an_administrator_manages_versions(page, axe, versions, tmp_path):
    endorsed, draft = versions
    sign_in(page, ADMINISTRATOR)
    for path, heading in [(f"{draft.pk}/leads/", "Theme and statement leads"),
                          (f"{draft.pk}/endorse/", "Record endorsement"),
                          (f"{endorsed.pk}/revise/", "Start a revision of Self-assessment September 2024"),
                          ("new/", "Start a blank version"), ("import/", "Import a self-assessment from Word"),
                          (f"{draft.pk}/quotes/new/", "Add a quote"),
                          (f"{draft.pk}/evidence/{draft.evidence.get(ref='E50').pk}/", "Change E50")]:
        page.goto(f"/self-assessment/{path}")
        check(page, axe, heading)
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    page.goto("/self-assessment/import/")
    page.fill("#id_title", "Self-assessment 2023")
    page.fill("#id_as_at", "2023-10-01")
    page.set_input_files("#id_file", str(bad))
    page.click("button:text('Import as a draft')")
    assert "This is an older Word file (.doc)" in page.locator(".error-summary").inner_text()
    check(page, axe, "Import a self-assessment from Word")
    page.goto(f"/self-assessment/{draft.pk}/endorse/")
    page.fill("#id_endorsed_by", "Director of Adult Social Care and Health")
    page.fill("#id_endorsed_on", "2026-09-01")
    page.click("button:text('Record endorsement')")
    assert "cannot be before the version's date" in page.locator(".error-summary").inner_text()
    check(page, axe, "Record endorsement")
    assert page.problems.errors == []
