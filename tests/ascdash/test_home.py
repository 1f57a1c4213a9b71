import re
from datetime import date

import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from metrics.models import Indicator, IndicatorValue


def nav_labels(html):
    nav = re.search(r'<nav class="primary-nav" aria-label="Primary">(.*?)</nav>', html, re.S).group(1)
    return re.findall(r">([^<>]+)</a>", nav)


def task_headings(html):
    return re.findall(r'<h3 class="card__heading"><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.mark.django_db
def test_home_shows_signed_in_user_and_role(client_for, role_users):
    html = client_for(OFFICER).get("/").content.decode()
    assert "Signed in as <strong>officer</strong> (Performance officer)" in html


@pytest.mark.django_db
def test_navigation_by_role(client_for):
    scrutiny = nav_labels(client_for(SCRUTINY).get("/").content.decode())
    admin = nav_labels(client_for(ADMINISTRATOR).get("/").content.decode())
    assert "Admin" not in scrutiny and "Uploads" not in scrutiny
    assert scrutiny[0] == "Home"
    assert admin[-1] == "Admin"


@pytest.mark.django_db
def test_home_tasks_by_role(client_for):
    scrutiny = task_headings(client_for(SCRUTINY).get("/").content.decode())
    steering = task_headings(client_for(STEERING).get("/").content.decode())
    admin = task_headings(client_for(ADMINISTRATOR).get("/").content.decode())
    assert "Administration" not in scrutiny
    assert "Administration" not in steering
    assert "Administration" in admin


@pytest.mark.django_db
def test_home_names_latest_ended_quarter_with_figures(client_for, home_area, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2026, 11, 23))
    indicator = Indicator.objects.create(
        code="demo", title="Demo", description="d", family="waiting", unit="count",
        polarity="low_is_good", frequency="quarterly", source="local_records",
    )
    for start in ["2025-04-01", "2025-07-01", "2026-10-01"]:  # 2026-27 Q3 is under way (today is in it)
        IndicatorValue.objects.create(indicator=indicator, area=home_area, period_kind="quarter", period_start=start, value=1)
    html = client_for(SCRUTINY).get("/").content.decode()
    assert "<strong>2025-26 Q2 (Jul to Sep 2025)</strong>" in html
    assert "2026-27 Q3" not in html


@pytest.mark.django_db
def test_home_says_when_no_figures(client_for):
    assert "No quarterly figures have been loaded yet." in client_for(SCRUTINY).get("/").content.decode()
