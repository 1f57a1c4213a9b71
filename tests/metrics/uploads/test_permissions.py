"""Every uploads URL x every role -> the intended status; anonymous users are sent to sign in."""
import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from core.periods import Period
from metrics.services.uploads import submit_upload

from .conftest import WAITING_HEADERS, waiting_row, xlsx_bytes

pytestmark = pytest.mark.django_db
ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]
OFFICERS_ONLY = {SCRUTINY: 403, OFFICER: 200, STEERING: 403, ADMINISTRATOR: 200}
GET_URLS = [
    "/uploads/",
    "/uploads/templates/waiting/",
    "/uploads/history/",
    "/uploads/data-quality/",
    "/uploads/{pk}/",
    "/uploads/{pk}/report/",
    "/uploads/{pk}/file/",
]
POST_URLS = ["/uploads/{pk}/confirm/", "/uploads/{pk}/discard/"]


@pytest.fixture
def pending(home_area):
    return submit_upload("waiting", Period.month(2025, 8), xlsx_bytes([WAITING_HEADERS, waiting_row()]), "w.xlsx", None)


@pytest.mark.parametrize("url", GET_URLS)
@pytest.mark.parametrize("role", ROLES)
def test_only_officers_and_administrators_may_use_uploads(client_for, pending, url, role):
    assert client_for(role).get(url.format(pk=pending.pk)).status_code == OFFICERS_ONLY[role]


@pytest.mark.parametrize("url", POST_URLS)
@pytest.mark.parametrize("role", ROLES)
def test_only_officers_and_administrators_may_change_uploads(client_for, pending, url, role):
    expected = {SCRUTINY: 403, OFFICER: 302, STEERING: 403, ADMINISTRATOR: 302}[role]
    assert client_for(role).post(url.format(pk=pending.pk)).status_code == expected


@pytest.mark.parametrize("role", [SCRUTINY, STEERING])
def test_upload_post_is_forbidden_for_other_roles(client_for, role, home_area):
    response = client_for(role).post("/uploads/", {"return_type": "waiting", "period": "2025-08"})
    assert response.status_code == 403


@pytest.mark.parametrize("url", GET_URLS + POST_URLS)
def test_anonymous_is_sent_to_sign_in(client, pending, url):
    path = url.format(pk=pending.pk)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={path}"


def test_unknown_upload_and_return_are_not_found(client_for, home_area):
    client = client_for(OFFICER)
    assert client.get("/uploads/999/").status_code == 404
    assert client.get("/uploads/templates/nonsense/").status_code == 404
