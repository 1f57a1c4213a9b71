"""Indicator list and one indicator page in a real browser: axe clean, chart drawn, no console or CSP errors."""
from datetime import date

import pytest
from django.core.management import call_command

from ascdash.roles import OFFICER, SCRUTINY
from metrics.models import Area, ComparatorGroup, Indicator, IndicatorValue, Target
from metrics.registry import read_definitions
from core.periods import Period
from tests.browser.conftest import assert_no_axe_violations, sign_in

CODE = "reviews-in-12-months-pct"


def ensure_framework():
    """Transactional tests start with empty tables, so the CQC framework rows are made again."""
    from cqc.framework import QUALITY_STATEMENTS, THEMES
    from cqc.models import QualityStatement, Theme

    themes = {}
    for theme in THEMES:
        themes[theme["number"]], _ = Theme.objects.update_or_create(
            number=theme["number"], defaults={k: theme[k] for k in ("slug", "name", "description")})
    for statement in QUALITY_STATEMENTS:
        QualityStatement.objects.update_or_create(number=statement["number"], defaults={
            "theme": themes[statement["theme"]], "slug": statement["slug"], "name": statement["name"],
            "description": statement["description"], "aliases": statement["aliases"]})


@pytest.fixture
def indicator_world(browser_users):
    from ascdash.demo.reference import load_reference

    ensure_framework()
    home = load_reference()
    call_command("load_indicators")
    england = Area.objects.get(code=Area.ENGLAND_CODE)
    others = [Area.objects.create(code=f"E0690000{n}", name=f"Council {n}", region=home.region) for n in range(1, 6)]
    ComparatorGroup.objects.create(name="CIPFA", area=home, is_default=True).members.set(others[:3])
    indicator = Indicator.objects.get(code=CODE)
    for step in range(6):
        period = Period.quarter(2024, 1).shift(step)
        rows = [(home, 40.0 + step, 40 + step, 100), (england, 58.0, 580, 1000)]
        rows += [(area, 45.0 + 5 * n + step, None, None) for n, area in enumerate(others)]
        for area, value, numerator, denominator in rows:
            IndicatorValue.objects.create(indicator=indicator, area=area, period_kind=period.kind,
                                          period_start=period.start, value=value, numerator=numerator,
                                          denominator=denominator)
    latest = Period.quarter(2024, 1).shift(5)
    for team, value, numerator in [("North Locality", 50.0, 10), ("LD Team", 25.0, 2), ("East Locality", 40.0, 20)]:
        IndicatorValue.objects.create(indicator=indicator, area=home, period_kind=latest.kind,
                                      period_start=latest.start, breakdown="team", category=team, value=value,
                                      numerator=numerator, denominator=numerator * 100 / value)
    Target.objects.create(indicator=indicator, value=60, tolerance=5, start_date=date(2024, 4, 1))


@pytest.mark.parametrize("role", [SCRUTINY, OFFICER])
def test_indicator_list_and_page(page, axe, indicator_world, role):
    sign_in(page, role)
    page.goto("/indicators/")
    assert page.locator("table caption").first.inner_text().startswith(f"{len(read_definitions())} indicators")
    assert_no_axe_violations(axe, page)
    page.select_option("#id_source", "local_records")
    page.click("text=Apply filters")
    page.wait_for_url("**source=local_records**")
    page.wait_for_load_state()
    assert page.locator("table caption").first.inner_text().startswith("62 indicators")
    assert_no_axe_violations(axe, page)

    page.click(f"a[href='/indicators/{CODE}/']")
    page.wait_for_selector(".chart svg")
    assert page.locator(".chart .scatterlayer .trace").count() == 5  # band edges, England, comparators, council
    assert "Red: target missed" in page.locator(".headline-band").inner_text()
    assert_no_axe_violations(axe, page)
    suppressed = page.locator("td", has_text="[c]").count()
    assert suppressed == (0 if role == OFFICER else 4)  # LD Team (2 of 8) and North (complement), 2 cells each
    assert page.problems.errors == []


def test_benchmark_import_page_with_errors_is_accessible(page, axe, browser_users, tmp_path):
    from ascdash.roles import ADMINISTRATOR

    sign_in(page, ADMINISTRATOR)
    page.goto("/indicators/benchmarks/import/")
    assert_no_axe_violations(axe, page)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a spreadsheet")
    page.set_input_files("#id_benchmarks-file", str(bad))
    page.click("button:has-text('Import national figures')")
    page.wait_for_selector(".error-summary")
    assert "Choose a CSV or XLSX file." in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(axe, page)
    assert page.problems.errors == []
