import pytest
from django.test import Client

from ascdash.middleware import CONTENT_SECURITY_POLICY


@pytest.mark.django_db
def test_strict_content_security_policy_on_every_response(client):
    response = client.get("/accessibility/")
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_templates_contain_no_inline_script_or_style(client_for):
    html = client_for("Administrator").get("/").content.decode()
    assert "<script>" not in html and "<style" not in html and ' style="' not in html


@pytest.mark.django_db
def test_login_form_requires_csrf_token(role_users):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "scrutiny", "password": "test-password-for-roles"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_login_locked_after_five_failures(client, role_users, settings):
    for _ in range(5):
        response = client.post("/accounts/login/", {"username": "scrutiny", "password": "wrong"})
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    # Even the right password is refused while locked.
    response = client.post("/accounts/login/", {"username": "scrutiny", "password": "test-password-for-roles"})
    assert response.status_code == 429


@pytest.mark.django_db
def test_successful_login_redirects_home(client, role_users):
    response = client.post("/accounts/login/", {"username": "scrutiny", "password": "test-password-for-roles"})
    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_logout_requires_post(client_for):
    client = client_for("Scrutiny member")
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
