import pytest
from django.urls import reverse

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from metrics.models import Indicator, Target

PAGES = ["indicator", "target", "comparatorgroup", "area", "team", "populationprofile"]


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGES)
def test_administrators_can_open_each_admin_list(client_for, home_area, model):
    assert client_for(ADMINISTRATOR).get(reverse(f"admin:metrics_{model}_changelist")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", [SCRUTINY, OFFICER, STEERING])
def test_other_roles_cannot_reach_admin(client_for, role):
    response = client_for(role).get(reverse("admin:metrics_target_changelist"))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_target_edit_records_history_and_editor(client_for, role_users):
    from django.core.management import call_command

    call_command("load_indicators")
    indicator = Indicator.objects.get(code="waiting-median-days-care-act-assessment")
    client = client_for(ADMINISTRATOR)
    response = client.post(reverse("admin:metrics_target_add"), {
        "indicator": indicator.pk, "value": "90", "tolerance": "15", "start_date": "2025-04-01",
        "end_date": "", "note": "Outcome 1a",
    })
    assert response.status_code == 302
    target = Target.objects.get()
    assert (target.value, target.tolerance, target.updated_by) == (90, 15, role_users[ADMINISTRATOR])
    client.post(reverse("admin:metrics_target_change", args=[target.pk]), {
        "indicator": indicator.pk, "value": "80", "tolerance": "10", "start_date": "2025-04-01",
        "end_date": "", "note": "Tightened",
    })
    assert [h.value for h in target.history.order_by("history_date")] == [90, 80]
    assert client.get(reverse("admin:metrics_target_history", args=[target.pk])).status_code == 200


@pytest.mark.django_db
def test_indicator_definitions_are_shown_but_not_edited_in_admin(client_for):
    from django.core.management import call_command

    call_command("load_indicators")
    indicator = Indicator.objects.get(code="waiting-median-days-care-act-assessment")
    client = client_for(ADMINISTRATOR)
    url = reverse("admin:metrics_indicator_change", args=[indicator.pk])
    page = client.get(url)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()  # view only
    assert client.post(url, {"title": "Edited in admin"}).status_code == 403
    indicator.refresh_from_db()
    assert indicator.title != "Edited in admin"
