"""Every plan URL x every role -> the intended status; anonymous users are sent to sign in."""
from datetime import date

import pytest

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from improvement_plan import rules
from improvement_plan.models import StatusUpdate

ALL_ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]
EVERYONE = {role: 200 for role in ALL_ROLES}
EDITORS_ONLY = {SCRUTINY: 403, OFFICER: 403, STEERING: 200, ADMINISTRATOR: 200}


@pytest.fixture
def urls(make_action, make_outcome):
    action = make_action("W1", target=date(2026, 12, 1))
    outcome = make_outcome()
    return {
        "/plan/": EVERYONE,
        f"/plan/actions/{action.pk}/": EVERYONE,
        f"/plan/actions/{action.pk}/edit/": EDITORS_ONLY,
        f"/plan/outcomes/{outcome.pk}/": EVERYONE,
        "/plan/changes/": EVERYONE,
        "/plan/changes/?since=2026-01-01": EVERYONE,
        "/plan/changes.xlsx?since=2026-01-01": EVERYONE,
        "/plan/export.xlsx": EVERYONE,
        "/plan/import/": EDITORS_ONLY,
        # with nothing uploaded yet, editors are sent back to the upload form / get no report
        "/plan/import/preview/": {SCRUTINY: 403, OFFICER: 403, STEERING: 302, ADMINISTRATOR: 302},
        "/plan/import/report.xlsx": {SCRUTINY: 403, OFFICER: 403, STEERING: 404, ADMINISTRATOR: 404},
    }


@pytest.mark.parametrize("role", ALL_ROLES)
def test_role_gets_intended_status(client_for, urls, role):
    client = client_for(role)
    assert {url: client.get(url).status_code for url in urls} == {url: expected[role] for url, expected in urls.items()}


def test_anonymous_is_sent_to_sign_in(client, urls):
    for url in urls:
        response = client.get(url)
        expected_next = url.replace("?", "%3F").replace("=", "%3D")
        assert (response.status_code, response["Location"]) == (302, f"/accounts/login/?next={expected_next}")


UPDATE = {"date": "2026-01-12", "rag": "at_risk", "percent_complete": "40", "note": "Slipping", "evidence_link": ""}


@pytest.mark.parametrize("role, status, stored", [
    (SCRUTINY, 403, 0), (OFFICER, 403, 0), (STEERING, 302, 1), (ADMINISTRATOR, 302, 1),
])
def test_only_steering_group_and_administrators_add_updates(client_for, make_action, role, status, stored):
    action = make_action("W1")
    response = client_for(role).post(f"/plan/actions/{action.pk}/", UPDATE)
    assert response.status_code == status
    assert StatusUpdate.objects.filter(action=action, rag=rules.AT_RISK).count() == stored


@pytest.mark.parametrize("role, shows_form", [(SCRUTINY, False), (OFFICER, False), (STEERING, True),
                                              (ADMINISTRATOR, True)])
def test_update_form_only_shown_to_editors(client_for, make_action, role, shows_form):
    action = make_action("W1")
    html = client_for(role).get(f"/plan/actions/{action.pk}/").content.decode()
    assert ("Add a progress update" in html) is shows_form


@pytest.mark.parametrize("role, status", [(SCRUTINY, 403), (OFFICER, 403)])
def test_only_editors_import(client_for, role, status):
    assert client_for(role).post("/plan/import/", {"title": "x"}).status_code == status


@pytest.mark.parametrize("role, status, title", [
    (SCRUTINY, 403, "Action W1"), (OFFICER, 403, "Action W1"), (STEERING, 302, "Renamed"),
    (ADMINISTRATOR, 302, "Renamed"),
])
def test_only_editors_edit_actions(client_for, make_action, role, status, title):
    action = make_action("W1")
    response = client_for(role).post(f"/plan/actions/{action.pk}/edit/", {"title": "Renamed"})
    action.refresh_from_db()
    assert (response.status_code, action.title) == (status, title)


@pytest.mark.parametrize("role, status", [(SCRUTINY, 302), (OFFICER, 302), (STEERING, 302), (ADMINISTRATOR, 200)])
def test_only_administrators_use_the_plan_admin(client_for, make_action, role, status):
    action = make_action("W1")
    for url in ["/admin/improvement_plan/plan/", f"/admin/improvement_plan/action/{action.pk}/change/",
                f"/admin/improvement_plan/action/{action.pk}/history/", "/admin/improvement_plan/statusupdate/",
                "/admin/improvement_plan/outcometotrack/", "/admin/improvement_plan/areaforimprovement/"]:
        assert client_for(role).get(url).status_code == status
