"""The leadership returns in a real browser: an officer downloads the workforce template, fills it, uploads,
previews and confirms it; the workforce and finance indicator pages read in words, draw their charts, pass axe
(WCAG 2.0 A and AA, 2.1 AA, 2.2 AA) and never scroll sideways, as officer and scrutiny, at 1366 and 390 px."""
from io import BytesIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from ascdash.demo.reference import load_reference
from ascdash.models import QuarterPublication
from ascdash.roles import OFFICER, SCRUTINY
from core.periods import Period
from metrics.families.workforce.records import WorkforceRecord
from metrics.models import Indicator, IndicatorValue, Upload
from tests.browser.conftest import sign_in
from tests.browser.test_indicators import ensure_framework

WCAG_22_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]},
              "resultTypes": ["violations"]}
WIDTHS = [1366, 390]
Q1, Q2 = Period.quarter(2026, 1), Period.quarter(2026, 2)
ROWS = [
    ["North Locality", "Social worker", 10, 8, 2, 9, 11, 2, 96, 1.5, 60_000, 8, 7],
    ["North Locality", "Manager or supervisor", 2, 2, 0, 2, 2, 0, 4, 0, None, 2, 2],
    ["Reablement Service", "Care or support worker", 20, 15, 4, 18, 16, 4, 180, 2.5, 40_000, 15, 12],
]


@pytest.fixture
def world(tmp_path, settings, browser_users):
    settings.MEDIA_ROOT = tmp_path / "media"
    ensure_framework()
    load_reference()
    call_command("load_indicators")
    return tmp_path


def assert_accessible_at_every_width(page, axe):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, f"{page.url} at {width}px\n{results.generate_report()}"
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{page.url} scrolls at {width}px"


def test_officer_uploads_the_workforce_template_and_reads_the_figures(page, axe, world):
    sign_in(page, OFFICER)
    page.goto("/uploads/")
    with page.expect_download() as download:
        page.click("text=Download the workforce template (xlsx)")
    workbook = load_workbook(BytesIO(open(download.value.path(), "rb").read()))  # saved without an extension
    for row_number, values in enumerate(ROWS, start=2):
        for column_number, value in enumerate(values, start=1):
            workbook["Workforce"].cell(row=row_number, column=column_number, value=value)
    filled = world / "workforce-september.xlsx"
    workbook.save(filled)
    page.select_option("#id_return_type", "workforce")
    page.fill("#id_period", "2026-09")
    page.set_input_files("#id_file", str(filled))
    page.click("button:has-text('Upload and check')")
    page.wait_for_url("**/uploads/*/")
    assert page.locator("h1").inner_text() == "Workforce for September 2026"
    assert_accessible_at_every_width(page, axe)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.click("button:has-text('Confirm and use this data')")
    page.wait_for_selector("text=Confirmed: this upload is now the current data")
    assert Upload.objects.get().status == Upload.CONFIRMED and WorkforceRecord.objects.count() == 3

    page.goto("/indicators/workforce-vacancy-rate-pct/")
    page.wait_for_selector(".chart svg")
    assert page.locator(".headline-band .tile__value").inner_text() == "19.4%"  # 6 vacant of 31 FTE
    assert "Care or support worker" in page.locator("table", has_text="Job role").inner_text()
    assert_accessible_at_every_width(page, axe)
    assert page.problems.errors == []


@pytest.fixture
def variance(world):
    home = load_reference()
    indicator = Indicator.objects.get(code="finance-forecast-variance")
    for period, value, budget in [(Q1, -300_000, 36_000_000), (Q2, 1_200_000, 35_294_118)]:
        IndicatorValue.objects.create(indicator=indicator, area=home, period_kind=period.kind,
                                      period_start=period.start, value=value, numerator=value, denominator=budget)
    for line, value, budget in [("residential", 900_000, 12_000_000), ("home_care", -200_000, 8_000_000)]:
        IndicatorValue.objects.create(indicator=indicator, area=home, period_kind=Q2.kind, period_start=Q2.start,
                                      value=value, numerator=value, denominator=budget, breakdown="service_line",
                                      category=line)
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now(), snapshot={})


@pytest.mark.parametrize("role", [OFFICER, SCRUTINY])
def test_the_budget_variance_is_a_table_in_words_beside_its_chart(page, axe, variance, role):
    sign_in(page, role)
    page.goto("/indicators/finance-forecast-variance/")
    page.wait_for_selector(".chart svg")
    assert page.locator(".headline-band .tile__value").inner_text() == "£1.2m overspend (3.4% of budget)"
    over_time = page.locator("table", has_text="over time").inner_text()
    assert "£300k underspend (0.8% of budget)" in over_time
    by_line = page.locator("table", has_text="By service line").inner_text()
    assert "Long-term residential care\t£900k overspend (7.5% of budget)" in by_line
    assert "Home care\t£200k underspend (2.5% of budget)" in by_line
    assert_accessible_at_every_width(page, axe)
    assert page.problems.errors == []
