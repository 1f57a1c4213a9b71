import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from ascdash.demo import DEMO_PASSWORD
from ascdash.demo.records import demo_returns
from improvement_plan.models import Action, StatusUpdate
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Area, IndicatorValue, PopulationProfile, Target, Team, Upload


def counts():
    return (
        get_user_model().objects.count(),
        Area.objects.count(),
        Team.objects.count(),
        PopulationProfile.objects.count(),
        Upload.objects.count(),
        WaitingRecord.objects.count(),
        IndicatorValue.objects.count(),
        Action.objects.count(),
        StatusUpdate.objects.count(),
        Target.history.count(),
    )


@pytest.mark.django_db
def test_load_demo_twice_does_not_duplicate(capsys):
    call_command("load_demo", since="2026-08")
    first = counts()
    call_command("load_demo", since="2026-08")
    assert counts() == first
    assert first[:3] == (4, 164, 10)  # 153 listed councils and the fictional home council, 9 regions, England; ten teams
    # August to October 2026 for each monthly return, September's quarterly workforce return, and the KPI
    assert first[4] == 3 * (len(demo_returns()) - 1) + 1 + 1
    assert first[7] == 15  # the fifteen actions of the demo improvement plan


@pytest.mark.django_db
def test_demo_users_sign_in_with_printed_password(client, capsys):
    call_command("load_demo", since="2026-08")
    output = capsys.readouterr().out
    assert DEMO_PASSWORD in output
    for username in ["scrutiny", "officer", "steering", "admin"]:
        assert username in output
        response = client.post("/accounts/login/", {"username": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302 and response["Location"] == "/"
        client.logout()
