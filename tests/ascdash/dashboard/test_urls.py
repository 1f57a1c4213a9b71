"""Routing and the permission matrix for every dashboard URL and role."""
from urllib.parse import quote

import pytest
from django.urls import reverse
from django.utils import timezone

from ascdash.models import QuarterPublication
from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING

from tests.world import Q1, Q2

ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]


def test_url_names():
    assert reverse("dashboard:latest") == "/dashboard/"
    assert reverse("dashboard:quarter", args=Q2.url_parts()) == "/dashboard/2025-26/Q2/"
    assert reverse("dashboard:export", args=Q2.url_parts()) == "/dashboard/2025-26/Q2/export/"
    assert reverse("dashboard:publish", args=Q2.url_parts()) == "/dashboard/2025-26/Q2/publish/"
    assert reverse("dashboard:commentary", args=[*Q2.url_parts(), "reviews-pct"]) == (
        "/dashboard/2025-26/Q2/commentary/reviews-pct/"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("url", [
    "/dashboard/2025-26/Q5/",  # no such quarter
    "/dashboard/2025-27/Q2/",  # not a financial year
    "/dashboard/2025/Q2/",
    "/dashboard/2025-26/q2/",  # only the canonical spelling
    "/dashboard/2025-26/Q2x/",
    "/dashboard/2030-31/Q1/",  # well formed, but no figures
    "/dashboard/2030-31/Q1/export/",
    "/dashboard/?quarter=not-a-quarter",
    "/dashboard/?quarter=2025-08",  # a month, not a quarter
])
def test_bad_quarters_are_404(world, client_for, url):
    assert client_for(ADMINISTRATOR).get(url).status_code == 404


@pytest.mark.django_db
def test_picker_redirects_to_the_chosen_quarter(world, client_for):
    response = client_for(OFFICER).get("/dashboard/", {"quarter": "2025-26 Q1"})
    assert response.status_code == 302 and response["Location"] == "/dashboard/2025-26/Q1/"


def matrix_urls():
    quarter = "/dashboard/2025-26/Q2/"
    draft = "/dashboard/2025-26/Q1/"
    # url, method, expected status for scrutiny, officer, steering group, administrator
    return [
        ("/dashboard/", "get", [200, 200, 200, 200]),
        (quarter, "get", [200, 200, 200, 200]),
        (quarter + "export/", "get", [200, 200, 200, 200]),
        (draft, "get", [403, 200, 403, 200]),
        (draft + "export/", "get", [403, 200, 403, 200]),
        (quarter + "commentary/reviews-pct/", "get", [403, 200, 403, 200]),
        (quarter + "commentary/reviews-pct/", "post", [403, 302, 403, 302]),
        (draft + "publish/", "post", [403, 403, 403, 302]),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("url, method, statuses", matrix_urls())
def test_permission_matrix(world, client_for, url, method, statuses):
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    for role, expected in zip(ROLES, statuses):
        QuarterPublication.objects.filter(quarter=Q1.start).delete()  # each role meets the draft as a draft
        response = getattr(client_for(role), method)(url, {"text": "Commentary"} if method == "post" else None)
        assert response.status_code == expected, role


@pytest.mark.django_db
@pytest.mark.parametrize("url, method, statuses", matrix_urls())
def test_anonymous_is_sent_to_sign_in(world, client_for, url, method, statuses):
    response = getattr(client_for(None), method)(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={quote(url)}"
