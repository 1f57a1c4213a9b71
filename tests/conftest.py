"""Shared fixtures, and the people every test signs in as.

Personas (one user per role, made by `role_users`; `client_for(role)` signs a test client in as one):
- scrutiny ("Scrutiny member"): an elected councillor. Reads published quarters, indicators, CQC and the plan;
  small numbers are suppressed for them and they never see person-level rows.
- officer ("Performance officer"): uploads monthly returns, writes commentary, sees drafts, data quality and
  unsuppressed breakdowns.
- steering ("Steering group"): the CQC assurance steering group. Edits the improvement plan and adds RAG updates.
- admin ("Administrator", also Django staff): everything, including users, targets, imports and publication.
Anonymous (role None) is sent to sign in everywhere but /accessibility/ and /health/.

Places and figures: `home_area` loads the reference areas (England, regions, the demo council); `places` and
`world` build the small, hand-computable council of tests/world.py. Every test gets its own media folder and
its own empty cache.
"""
import pytest
from django.contrib.auth.models import Group

from ascdash.roles import ADMINISTRATOR, OFFICER, ROLES, SCRUTINY, STEERING
from tests.world import build_world, make_places

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


@pytest.fixture
def places(home_area):
    """England, the home council and three comparator councils (tests/world.py)."""
    return make_places(home_area)


@pytest.fixture
def world(places):
    """The small, hand-computable council of tests/world.py: figures, targets, plan and CQC scores."""
    return build_world(places)
