"""Every URL x every role -> the intended status; anonymous users are sent to sign in."""
import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING

ALL_ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]
OK_FOR_ALL = {role: 200 for role in ALL_ROLES}

# url -> expected status per role. Anonymous users are checked separately.
MATRIX = {
    "/": OK_FOR_ALL,
    "/admin/": {SCRUTINY: 302, OFFICER: 302, STEERING: 302, ADMINISTRATOR: 200},
    "/admin/auth/user/": {SCRUTINY: 302, OFFICER: 302, STEERING: 302, ADMINISTRATOR: 200},
}
PUBLIC = ["/accessibility/", "/health/", "/accounts/login/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", sorted(MATRIX))
@pytest.mark.parametrize("role", ALL_ROLES)
def test_role_gets_intended_status(client_for, url, role):
    response = client_for(role).get(url)
    assert response.status_code == MATRIX[url][role]


@pytest.mark.django_db
@pytest.mark.parametrize("url", sorted(u for u in MATRIX if not u.startswith("/admin/")))
def test_anonymous_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC)
def test_public_pages_need_no_sign_in(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_user_without_role_sees_no_tasks(client, django_user_model):
    user = django_user_model.objects.create_user(username="norole", password="irrelevant-password")
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    assert "Your account has no role yet" in response.content.decode()
