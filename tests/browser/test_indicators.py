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
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]


def assert_wcag_clean(axe, page):
    """axe with exactly the WCAG 2.2 AA rule tags (as well as the default run)."""
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


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
    local = len([d for d in read_definitions() if d["source"] == "local_records"])
    assert page.locator("table caption").first.inner_text().startswith(f"{local} indicators")
    assert_no_axe_violations(axe, page)

    page.click(f"a[href='/indicators/{CODE}/']")
    page.wait_for_selector(".chart svg")
    # band edges, England, median, comparators, council
    assert page.locator(".chart .scatterlayer .trace").count() == 6
    assert "Red: target missed" in page.locator(".headline-band").inner_text()
    # the latest quarter's councils: 45 (home), 50, 55, 60, 65, 70: median 57.5, quartiles 51.25 and 63.75
    benchmarks = page.locator("#benchmarks").inner_text()
    for shown in ["England (as published)\n58.0%", "Median of councils\n57.5%",
                  "Middle half of councils\n51.2% to 63.8%", "Rank among councils\n6 of 6 (1 = best)",
                  "Quartile 4 of 4 (worst quarter)"]:
        assert shown in benchmarks
    latest_row = page.locator("table:has(caption:has-text('over time')) tbody tr").last.inner_text()
    assert latest_row.split("\t")[-3:] == ["57.5%", "51.2% to 63.8%", "6 of 6"]
    assert_no_axe_violations(axe, page)
    assert_wcag_clean(axe, page)
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


OFFICIAL = ("Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
            "Disaggregation Level,Measure Type,Measure Value\n"
            "England,England,England,E92000001,1A,Total,Outcome,19.1\n"
            "509,Leicester,Council,E06000016,1A,Total,Outcome,18.7\n"
            "509,Leicester,Council,E06000016,1A,Total,Margin of Error,0.4\n")


def test_benchmark_import_success_and_incomplete_reports_are_accessible(page, axe, browser_users, tmp_path):
    from ascdash.roles import ADMINISTRATOR

    ensure_framework()
    call_command("load_indicators")
    sign_in(page, ADMINISTRATOR)
    page.goto("/indicators/benchmarks/import/")
    good = tmp_path / "meas-from-asc-of-eng-2122-open-data-csv.csv"
    good.write_text(OFFICIAL)
    page.set_input_files("#id_benchmarks-file", str(good))
    page.click("button:has-text('Import national figures')")
    status = page.locator("#import-result")
    assert status.get_attribute("role") == "status"
    assert "National figures imported" in status.inner_text() and "Year 2021-22, from the file name." in status.inner_text()
    assert_wcag_clean(axe, page)

    bad = tmp_path / "ascof-2324.csv"
    bad.write_text(OFFICIAL.replace(",1A,", ",9Z,", 1) + "999,Nowhere,Council,E06000099,1A,Total,Outcome,18\n")
    page.set_input_files("#id_benchmarks-file", str(bad))
    page.click("button:has-text('Import national figures')")
    alert = page.locator("#import-result")
    assert alert.get_attribute("role") == "alert" and "The import is incomplete" in alert.inner_text()
    assert "9Z (2023-24 framework), 1 figure(s), from row 2" in page.locator("main").inner_text()
    assert "Nowhere (E06000099), 1 row" in page.locator("main").inner_text()
    assert_no_axe_violations(axe, page)
    assert_wcag_clean(axe, page)
    assert page.problems.errors == []
