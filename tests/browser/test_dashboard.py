"""The quarterly dashboard in a real browser: a scrutiny member's journey, accessibility, keyboard, print."""
from importlib import import_module
from io import BytesIO

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect
from pypdf import PdfReader

from ascdash.dashboard.services import publish_quarter
from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY
from django.apps import apps

from ascdash.demo.reference import load_reference
from tests.browser.conftest import assert_no_axe_violations, sign_in
from metrics.models import Area, Commentary
from tests.world import Q1, Q2, build_world, make_indicator, make_places, put

framework_migration = import_module("cqc.migrations.0002_framework")


@pytest.fixture
def dashboard_data(browser_users):
    # a transactional test starts with empty tables, so the CQC framework is loaded again
    framework_migration.load_framework(apps, None)
    data = build_world(make_places(load_reference()))
    for quarter in (Q2, Q1):
        publish_quarter(quarter, browser_users[ADMINISTRATOR])
    return data


def wait_for_charts(page):
    """Plotly has drawn every chart (one plot container per chart)."""
    expect(page.locator(".chart[data-figure] .plot-container")).to_have_count(page.locator(".chart[data-figure]").count())


def test_scrutiny_member_journey(page, axe, dashboard_data, tmp_path):
    sign_in(page, SCRUTINY)
    page.click("nav.primary-nav >> text=Dashboard")
    page.wait_for_url("**/dashboard/")
    assert page.locator("h1").inner_text() == "Quarterly dashboard: 2025-26 Q2 (Jul to Sep 2025)"
    wait_for_charts(page)
    assert_no_axe_violations(axe, page)

    page.select_option("#quarter-picker", "2025-26 Q1")
    page.click("text=Show quarter")
    page.wait_for_url("**/dashboard/2025-26/Q1/")
    assert page.locator("h1").inner_text() == "Quarterly dashboard: 2025-26 Q1 (Apr to Jun 2025)"
    assert page.locator("#tile-1-reviews-pct .tile__value").inner_text() == "68.0%"
    assert_no_axe_violations(axe, page)

    with page.expect_download() as download_info:
        page.click("text=Download this quarter (xlsx)")
    path = tmp_path / "dashboard.xlsx"
    download_info.value.save_as(path)
    assert download_info.value.suggested_filename == "asc-dashboard-2025-26-Q1.xlsx"
    sheet = load_workbook(path)["1. Working with people"]
    assert (sheet["B2"].value, sheet["C2"].value) == ("People reviewed in the last 12 months", 68.0)

    link = page.locator("#tile-1-reviews-pct .tile__link a")
    assert link.get_attribute("href") == "/indicators/reviews-pct/"
    link.click()
    page.wait_for_url("**/indicators/reviews-pct/")
    assert page.problems.errors == []


@pytest.mark.parametrize("role", [OFFICER, ADMINISTRATOR])
def test_draft_and_commentary_pages_are_accessible(page, axe, dashboard_data, role):
    from ascdash.models import QuarterPublication

    QuarterPublication.objects.filter(quarter=Q2.start).delete()
    sign_in(page, role)
    page.goto("/dashboard/2025-26/Q2/")
    assert "Draft — not yet published." in page.locator(".draft-banner").inner_text()
    wait_for_charts(page)
    assert_no_axe_violations(axe, page)
    page.click("#tile-1-reviews-pct >> text=Write commentary")
    page.wait_for_url("**/commentary/reviews-pct/")
    assert_no_axe_violations(axe, page)
    page.click("text=Save commentary")  # empty: error summary
    assert page.locator(".error-summary").is_visible()
    assert_no_axe_violations(axe, page)
    page.fill("#id_text", "Recruitment to the review team has started.")
    page.click("text=Save commentary")
    page.wait_for_url("**/dashboard/2025-26/Q2/")
    assert page.locator("#tile-1-reviews-pct .commentary__text").inner_text() == "Recruitment to the review team has started."
    assert page.problems.errors == []


def test_no_quarter_page_is_accessible(page, axe, browser_users):
    sign_in(page, SCRUTINY)
    page.goto("/dashboard/")
    assert "No quarter has been published yet" in page.locator("main").inner_text()
    assert_no_axe_violations(axe, page)


FOCUSABLE = """() => {
  const selector = 'a[href], button, select, input:not([type=hidden]), textarea, [tabindex]:not([tabindex="-1"])';
  const elements = [...document.querySelectorAll(selector)]
    .filter(el => !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  elements.forEach((el, index) => el.setAttribute('data-focus-index', index));
  return elements.length;
}"""


def test_keyboard_alone_reaches_every_control(page, dashboard_data):
    sign_in(page, SCRUTINY)
    page.goto("/dashboard/2025-26/Q2/")
    wait_for_charts(page)
    count = page.evaluate(FOCUSABLE)
    reached = []
    page.locator("body").focus()
    for _ in range(count + 5):
        page.keyboard.press("Tab")
        index = page.evaluate("document.activeElement.getAttribute('data-focus-index')")
        if index is not None and int(index) in reached:
            break
        if index is not None:
            reached.append(int(index))
    assert sorted(reached) == list(range(count))
    assert reached == list(range(count))  # in document order
    labels = page.evaluate("[...document.querySelectorAll('[data-focus-index]')].map(e => e.tagName)")
    assert {"A", "SELECT", "BUTTON"} <= set(labels)


COMMENTARY = ("Performance dipped over the summer while two practitioners were on long-term leave. Agency cover "
              "started in August and the service expects the figure to recover over the next two quarters. ") * 2


def add_print_tiles(officer):
    """Eight more indicators under Assessing needs, each with long commentary, so tiles meet page breaks."""
    home = Area.objects.home()
    for n in range(1, 9):
        indicator = make_indicator(f"extra-{n}", f"Extra indicator {n}", "percent", "high_is_good",
                                   ["assessing-needs"], decimals=1, order=10 + n)
        put(indicator, home, Q2, 50.0 + n)
        put(indicator, home, Q1, 49.0 + n)
        Commentary.objects.create(indicator=indicator, quarter=Q2.start, text=COMMENTARY, author=officer)
    return {f"extra-{n}": f"Extra indicator {n}" for n in range(1, 9)}


def test_print_layout_keeps_every_tile_on_one_page(page, dashboard_data, browser_users):
    """Print to PDF with headless chromium and read each page's text back with pypdf.

    A tile starts with its title and ends with "Reference: <code>", with "Officer commentary" between.
    For every reference line, the tile's title must be above it on the same page with nothing of another
    tile in between: a tile cut across a page break would have its title on the previous page.
    """
    titles = {"reviews-pct": "People reviewed in the last 12 months",
              "care-act-wait": "Median wait for a Care Act assessment",
              "concerns": "Safeguarding concerns received",
              **add_print_tiles(browser_users[OFFICER])}
    sign_in(page, SCRUTINY)
    page.goto("/dashboard/2025-26/Q2/")
    wait_for_charts(page)
    reader = PdfReader(BytesIO(page.pdf(format="A4")))
    seen = []
    for number, pdf_page in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in pdf_page.extract_text().splitlines()]
        for end, line in enumerate(lines):
            if not line.startswith("Reference: "):
                continue
            code = line.removeprefix("Reference: ")
            seen.append(code)
            starts = [i for i in range(end) if lines[i] == titles[code]]
            assert starts, f"the tile {code} ends on page {number} but starts on an earlier page"
            tile = lines[starts[-1]:end]
            assert "Officer commentary" in tile and not any(t.startswith("Reference: ") for t in tile), code
    assert sorted(seen) == sorted(["reviews-pct", "care-act-wait", "care-act-wait", "concerns", *
                                   (f"extra-{n}" for n in range(1, 9))])
    # headline and questions (page 1); plan, kept whole (page 2); theme 1 (ten tiles, four to a page: pages 3-5);
    # themes 2, 3 and 4 each start a page (pages 6-8)
    assert len(reader.pages) == 8


def test_sparklines_are_drawn_with_their_shared_look(page, dashboard_data):
    sign_in(page, SCRUTINY)
    page.goto("/dashboard/2025-26/Q2/")
    wait_for_charts(page)
    chart = page.locator('.chart[data-figure="trend-1-reviews-pct"]')
    # three quarters of figures: 2024-25 Q2, 2025-26 Q1 and 2025-26 Q2, each a marker on one line
    expect(chart.locator(".scatterlayer path.point")).to_have_count(3)
    assert chart.locator(".scatterlayer path.js-line").get_attribute("style").count("stroke: rgb(29, 79, 118)") == 1
    assert chart.locator("svg.main-svg").first.get_attribute("height") == "90"


def test_administrator_republishes_a_revised_quarter_with_the_keyboard(page, axe, dashboard_data):
    from metrics.models import IndicatorValue

    home = Area.objects.home()
    IndicatorValue.objects.filter(indicator__code="reviews-pct", area=home, period_start=Q2.start).update(value=71.0)
    sign_in(page, ADMINISTRATOR)
    page.goto("/dashboard/2025-26/Q2/")
    wait_for_charts(page)
    assert "People reviewed in the last 12 months: published 62.0%, now 71.0%" in page.locator(".revision-notice").inner_text()
    assert_no_axe_violations(axe, page)
    button = page.get_by_role("button", name="Republish 2025-26 Q2 with the current figures")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "2025-26 Q2 is republished with its current figures" in page.locator(".notifications").inner_text()
    assert page.locator(".revision-notice").count() == 0
    assert page.locator("#tile-1-reviews-pct .tile__value").inner_text() == "71.0%"
    assert "republished with revised figures on" in page.locator(".publication-status").inner_text()
    assert_no_axe_violations(axe, page)
