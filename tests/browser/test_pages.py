"""Every role signs in, sees the navigation for its role, and every page it can reach has no axe violations."""
import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from tests.browser.conftest import assert_no_axe_violations, sign_in

EXPECTED_NAVIGATION = {
    SCRUTINY: ["Home", "Dashboard", "Indicators", "CQC", "Improvement plan", "Self-assessment"],
    OFFICER: ["Home", "Dashboard", "Indicators", "CQC", "Improvement plan", "Self-assessment", "Uploads"],
    STEERING: ["Home", "Dashboard", "Indicators", "CQC", "Improvement plan", "Self-assessment"],
    ADMINISTRATOR: ["Home", "Dashboard", "Indicators", "CQC", "Improvement plan", "Self-assessment", "Uploads", "Admin"],
}
CQC_PAGES = ["/cqc/", "/cqc/framework/"]
PAGES_BY_ROLE = {
    SCRUTINY: ["/", "/dashboard/", "/indicators/", *CQC_PAGES, "/plan/", "/self-assessment/"],
    OFFICER: ["/", "/dashboard/", "/indicators/", *CQC_PAGES, "/plan/", "/self-assessment/", "/uploads/",
              "/uploads/history/", "/uploads/data-quality/"],
    STEERING: ["/", "/dashboard/", "/indicators/", *CQC_PAGES, "/plan/", "/plan/import/", "/self-assessment/"],
    ADMINISTRATOR: [
        "/", "/dashboard/", "/indicators/", "/indicators/benchmarks/import/", *CQC_PAGES, "/cqc/assessments/import/",
        "/plan/", "/plan/import/", "/uploads/", "/uploads/history/", "/uploads/data-quality/", "/self-assessment/",
        "/self-assessment/new/", "/self-assessment/import/",
    ],
}


def navigation_labels(page):
    return page.locator("nav.primary-nav a").all_inner_texts()


@pytest.mark.parametrize("role", [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR])
def test_role_navigation_and_accessibility(page, axe, browser_users, role):
    sign_in(page, role)
    assert navigation_labels(page) == EXPECTED_NAVIGATION[role]
    for url in PAGES_BY_ROLE[role]:
        page.goto(url)
        assert_no_axe_violations(axe, page)
    assert page.problems.errors == []


def test_public_pages_are_accessible(page, axe, transactional_db):
    for url in ["/accounts/login/", "/accessibility/"]:
        page.goto(url)
        assert_no_axe_violations(axe, page)
    assert page.problems.errors == []


def test_skip_link_is_first_focus_and_moves_to_main(page, browser_users):
    page.goto("/accessibility/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_failed_sign_in_shows_error_summary(page, axe, browser_users):
    page.goto("/accounts/login/")
    page.fill("#id_username", "scrutiny")
    page.fill("#id_password", "not-the-password")
    page.click("button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    assert "Please enter a correct username and password" in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(axe, page)
