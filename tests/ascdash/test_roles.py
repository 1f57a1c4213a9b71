import pytest
from django.contrib.auth.models import Group

from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING, role_of


def codenames(role):
    return set(Group.objects.get(name=role).permissions.filter(content_type__app_label="ascdash", content_type__model="access").values_list("codename", flat=True))


@pytest.mark.django_db
def test_migration_creates_four_groups_with_role_permissions():
    assert codenames(SCRUTINY) == {"view_dashboards"}
    assert codenames(OFFICER) == {
        "view_dashboards", "upload_returns", "write_commentary", "view_data_quality", "edit_self_assessment",
    }
    assert codenames(STEERING) == {"view_dashboards", "edit_plan", "edit_self_assessment"}
    assert codenames(ADMINISTRATOR) == {
        "view_dashboards", "upload_returns", "write_commentary", "view_data_quality", "edit_plan",
        "edit_self_assessment", "administer",
    }


@pytest.mark.django_db
def test_administrators_hold_every_model_permission_for_django_admin():
    from django.contrib.auth.models import Permission

    assert Group.objects.get(name=ADMINISTRATOR).permissions.count() == Permission.objects.count()


@pytest.mark.django_db
def test_role_of_reports_highest_role(role_users):
    officer = role_users[OFFICER]
    officer.groups.add(Group.objects.get(name=SCRUTINY))
    assert role_of(officer) == OFFICER
    assert role_of(role_users[STEERING]) == STEERING
