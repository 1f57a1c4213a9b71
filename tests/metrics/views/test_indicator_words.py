"""Indicator pages of the leadership families: a budget variance in words beside its chart, pounds on the axis,
no 'People' column for money, and job roles and service lines by their labels."""
import json
import re

import pytest
from django.core.management import call_command

from ascdash.roles import OFFICER
from core.periods import Period
from metrics.models import Indicator, IndicatorValue

pytestmark = pytest.mark.django_db
Q1, Q2 = Period.quarter(2026, 1), Period.quarter(2026, 2)


def put(code, area, period, value, numerator=None, denominator=None, breakdown="", category=""):
    IndicatorValue.objects.create(indicator=Indicator.objects.get(code=code), area=area, period_kind=period.kind,
                                  period_start=period.start, value=value, numerator=numerator,
                                  denominator=denominator, breakdown=breakdown, category=category)


@pytest.fixture
def officer(client_for, home_area):
    call_command("load_indicators")
    return client_for(OFFICER)


def cells(page):
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", page, re.S)]


def test_variance_reads_overspend_or_underspend_with_its_share_of_budget(officer, home_area):
    code = "finance-forecast-variance"
    put(code, home_area, Q1, -300_000, -300_000, 36_000_000)
    put(code, home_area, Q2, 1_200_000, 1_200_000, 35_294_118)
    put(code, home_area, Q2, 900_000, 900_000, 12_000_000, "service_line", "residential")
    put(code, home_area, Q2, -200_000, -200_000, 8_000_000, "service_line", "home_care")
    response = officer.get(f"/indicators/{code}/")
    page = response.content.decode()
    assert '<p class="tile__value">£1.2m overspend (3.4% of budget)</p>' in page
    found = cells(page)
    assert found[found.index("2026-27 Q1"):found.index("2026-27 Q1") + 4] == [
        "2026-27 Q1", "£300k underspend (0.8% of budget)", "2026-27 Q2", "£1.2m overspend (3.4% of budget)"]
    breakdown = found[found.index("Service line"):]
    assert breakdown[:8] == ["Service line", "Figure", "Long-term residential care", "£900k overspend (7.5% of budget)",
                             "Home care", "£200k underspend (2.5% of budget)", "All", "£1.2m overspend (3.4% of budget)"]
    assert "People" not in found
    axis = json.loads(re.search(r'id="chart-indicator"[^>]*>(.*?)</script>', page, re.S)[1])["layout"]["yaxis"]
    assert (axis["tickprefix"], axis["title"]["text"]) == ("£", "Pounds (£)")


def test_job_roles_are_shown_by_their_labels_in_code_list_order(officer, home_area):
    code = "workforce-vacancy-rate-pct"
    put(code, home_area, Q2, 9.1, 11, 121)
    put(code, home_area, Q2, 9.0, 9, 100, "role", "care_worker")
    put(code, home_area, Q2, 2 / 12 * 100, 2, 12, "role", "social_worker")
    put(code, home_area, Q2, 5.0, 0.5, 10, "role", "other")  # half a full-time post vacant
    found = cells(officer.get(f"/indicators/{code}/").content.decode())
    by_role = found[found.index("Job role"):]
    assert by_role[:12] == ["Job role", "Figure", "People", "Social worker", "16.7% (2 of 12)", "12",
                            "Care or support worker", "9.0% (9 of 100)", "100", "Other role", "5.0% (0.5 of 10)", "10"]
