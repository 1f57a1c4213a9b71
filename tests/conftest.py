import pytest
from django.contrib.auth.models import Group

from ascdash.roles import ADMINISTRATOR, OFFICER, ROLES, SCRUTINY, STEERING

ROLE_USERNAMES = {SCRUTINY: "scrutiny", OFFICER: "officer", STEERING: "steering", ADMINISTRATOR: "admin"}
PASSWORD = "test-password-for-roles"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def media_in_temporary_folder(settings, tmp_path):
    """Uploaded files go to a folder the test owns, never the working tree's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def cache_in_temporary_folder(settings, tmp_path):
    """Each test starts with an empty file cache of its own (cached page parts never leak between tests)."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path / "cache")}
    }


def make_user(django_user_model, role):
    user = django_user_model.objects.create_user(
        username=ROLE_USERNAMES[role], password=PASSWORD, is_staff=role == ADMINISTRATOR
    )
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def role_users(db, django_user_model):
    """One user per role, keyed by role name."""
    return {role: make_user(django_user_model, role) for role in ROLES}


@pytest.fixture
def client_for(client, role_users):
    """client_for(role) -> a test client signed in with that role (None: anonymous)."""

    def _client(role):
        client.logout()
        if role is not None:
            client.force_login(role_users[role])
        return client

    return _client


@pytest.fixture
def recalculated(monkeypatch):
    """The uploads passed to recalculation.recalculate_for_upload, in call order; each is still recalculated."""
    from metrics.services import recalculation

    calls, recalculate_for_upload = [], recalculation.recalculate_for_upload

    def record_and_recalculate(upload):
        calls.append((upload.return_type, upload.period_start, upload.pk))
        recalculate_for_upload(upload)

    monkeypatch.setattr(recalculation, "recalculate_for_upload", record_and_recalculate)
    return calls


@pytest.fixture
def home_area(db):
    from ascdash.demo.reference import load_reference

    return load_reference()
