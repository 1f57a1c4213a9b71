"""With no home council configured, nothing pretends to have worked: confirming, recalculating and importing with
--confirm say so and change nothing (issue 16)."""
import pytest
from django.core.management import CommandError, call_command

from ascdash.roles import OFFICER
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Upload

from .conftest import WAITING_HEADERS, waiting_row, xlsx_bytes
from .test_upload_flow import upload

pytestmark = pytest.mark.django_db
MISSING = ("No home council is configured: ASCDASH_HOME_AREA is E06000999 and no council with that code is stored "
           "(load the demo, or set it to your council's ONS code and run `manage.py load_indicators`). Nothing was "
           "calculated.")


@pytest.fixture
def no_home(settings, home_area):
    """The demo's teams exist (for validation), but the configured home council does not."""
    settings.ASCDASH_HOME_AREA = "E06000999"


def test_confirming_an_upload_says_there_is_no_home_council(client_for, no_home):
    officer = client_for(OFFICER)
    pending = upload(officer, xlsx_bytes([WAITING_HEADERS, waiting_row()]))
    response = officer.post(f"/uploads/{pending.pk}/confirm/", follow=True)
    text = response.content.decode()
    assert MISSING.replace("'", "&#x27;") in text and "Confirmed:" not in text
    pending.refresh_from_db()
    assert pending.status == Upload.VALIDATED


def test_recalculate_command_fails_without_a_home_council(no_home):
    with pytest.raises(CommandError) as raised:
        call_command("recalculate_indicators")
    assert str(raised.value) == MISSING


def test_import_return_with_confirm_fails_first_and_stores_nothing(tmp_path, no_home):
    path = tmp_path / "waiting.xlsx"
    path.write_bytes(xlsx_bytes([WAITING_HEADERS, waiting_row()]))
    with pytest.raises(CommandError) as raised:
        call_command("import_return", "waiting", str(path), "--period", "2025-08", "--confirm")
    assert str(raised.value) == MISSING
    assert (Upload.objects.count(), WaitingRecord.objects.count()) == (0, 0)


def test_an_empty_setting_is_said_to_be_not_set(settings, home_area):
    settings.ASCDASH_HOME_AREA = ""
    with pytest.raises(CommandError, match="^No home council is configured: ASCDASH_HOME_AREA is not set and"):
        call_command("recalculate_indicators")
