"""Permissions kept in the cache: read once, and re-read as soon as a role or permission changes."""
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from ascdash.auth import ACCESS_TOKEN_KEY
from ascdash.data_version import current_token
from ascdash.roles import OFFICER, SCRUTINY, perm, role_of

UPLOAD = perm("upload_returns")


def fresh(user):
    """The user as the next request loads it."""
    return get_user_model().objects.get(pk=user.pk)


@pytest.mark.django_db
def test_permissions_are_read_once_then_come_from_the_cache(role_users, django_assert_num_queries):
    officer = role_users[OFFICER]
    user = fresh(officer)
    with django_assert_num_queries(2):  # the user's own and their groups' permissions
        assert user.has_perm(UPLOAD) is True
    user = fresh(officer)
    with django_assert_num_queries(0):
        assert user.has_perm(UPLOAD) is True
        assert role_of(user) == OFFICER


@pytest.mark.django_db
def test_leaving_a_role_takes_effect_on_the_next_request(role_users, client_for):
    officer = role_users[OFFICER]
    assert client_for(OFFICER).get("/uploads/").status_code == 200
    officer.groups.remove(Group.objects.get(name=OFFICER))
    officer.groups.add(Group.objects.get(name=SCRUTINY))
    assert client_for(OFFICER).get("/uploads/").status_code == 403
    assert role_of(fresh(officer)) == SCRUTINY


@pytest.mark.django_db
def test_a_groups_permissions_changing_takes_effect_on_the_next_request(role_users):
    officer = role_users[OFFICER]
    assert fresh(officer).has_perm(UPLOAD) is True
    Group.objects.get(name=OFFICER).permissions.remove(Permission.objects.get(codename="upload_returns"))
    assert fresh(officer).has_perm(UPLOAD) is False


@pytest.mark.django_db
def test_deactivated_user_holds_no_permission(role_users):
    officer = role_users[OFFICER]
    assert fresh(officer).has_perm(UPLOAD) is True
    get_user_model().objects.filter(pk=officer.pk).update(is_active=False)  # no signal: is_active is read afresh
    assert fresh(officer).has_perm(UPLOAD) is False


@pytest.mark.django_db
def test_signing_in_keeps_the_cached_permissions_but_a_superuser_flag_does_not(role_users, client):
    scrutiny = role_users[SCRUTINY]
    before = current_token(ACCESS_TOKEN_KEY)
    response = client.post("/accounts/login/", {"username": "scrutiny", "password": "test-password-for-roles"})
    assert response.status_code == 302  # signed in, which saves last_login
    assert current_token(ACCESS_TOKEN_KEY) == before
    scrutiny.is_superuser = True
    scrutiny.save()
    assert current_token(ACCESS_TOKEN_KEY) != before
    assert fresh(scrutiny).has_perm(UPLOAD) is True
