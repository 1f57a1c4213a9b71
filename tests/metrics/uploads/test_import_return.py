"""`manage.py import_return`: same validation and storage as the page; non-zero exit on errors."""
import pytest
from django.core.management import CommandError, call_command

from metrics.families.waiting.records import WaitingRecord
from metrics.models import Upload, UploadEvent

from .conftest import WAITING_HEADERS, waiting_row, xlsx_bytes

pytestmark = pytest.mark.django_db


def write(tmp_path, rows, name="waiting.xlsx"):
    path = tmp_path / name
    path.write_bytes(xlsx_bytes(rows))
    return str(path)


def test_import_and_confirm(tmp_path, home_area, role_users, capsys):
    path = write(tmp_path, [WAITING_HEADERS, waiting_row(), waiting_row(person="P2", priority="Sometimes")])
    call_command("import_return", "waiting", path, "--period", "2025-08", "--confirm", "--user", "officer")
    upload = Upload.objects.get()
    assert capsys.readouterr().out.splitlines() == [
        f"Upload {upload.pk}: 2 rows read, 2 passed, 0 failed; 0 errors, 1 warnings.",
        "  WARNING: Waiting list, row 3, Priority ('Sometimes'): Priority is not one of the allowed values (Urgent; High; "
        "Medium; Low). It will be stored as blank.",
        f"Upload {upload.pk} confirmed as the current data for 2025-08.",
    ]
    assert upload.status == Upload.CONFIRMED and upload.confirmed_by.username == "officer"
    assert WaitingRecord.objects.count() == 2
    assert list(upload.events.values_list("action", flat=True)) == [UploadEvent.UPLOADED, UploadEvent.CONFIRMED]


def test_without_confirm_leaves_it_awaiting(tmp_path, home_area, capsys):
    call_command("import_return", "waiting", write(tmp_path, [WAITING_HEADERS, waiting_row()]), "--period", "2025-08")
    assert Upload.objects.get().status == Upload.VALIDATED
    assert capsys.readouterr().out.endswith("is awaiting confirmation (use --confirm, or confirm it on the website).\n")


def test_errors_exit_non_zero_and_change_nothing(tmp_path, home_area, capsys):
    path = write(tmp_path, [WAITING_HEADERS, waiting_row(team="Atlantis")])
    with pytest.raises(CommandError) as raised:
        call_command("import_return", "waiting", path, "--period", "2025-08", "--confirm")
    upload = Upload.objects.get()
    assert str(raised.value) == f"Upload {upload.pk} was rejected with 1 errors; nothing was changed."
    assert "ERROR: Waiting list, row 2, Team ('Atlantis')" in capsys.readouterr().out
    assert upload.status == Upload.REJECTED and WaitingRecord.objects.count() == 0


def test_unreadable_file_exits_non_zero(tmp_path, home_area):
    path = tmp_path / "waiting.xlsx"
    path.write_bytes(b"MZ" + bytes(100))
    with pytest.raises(CommandError, match="^Nothing was stored: This file is a Windows program"):
        call_command("import_return", "waiting", str(path), "--period", "2025-08")
    assert Upload.objects.count() == 0


def test_identical_file_exits_non_zero(tmp_path, home_area):
    path = write(tmp_path, [WAITING_HEADERS, waiting_row()])
    call_command("import_return", "waiting", path, "--period", "2025-08", "--confirm")
    with pytest.raises(CommandError, match="^This file is identical to the Waiting list snapshot return for August 2025"):
        call_command("import_return", "waiting", path, "--period", "2025-08", "--confirm")
    assert Upload.objects.count() == 1


def test_period_must_be_a_month(tmp_path, home_area):
    with pytest.raises(CommandError, match=r"--period must be a month as YYYY-MM, not '2025-26 Q2'\."):
        call_command("import_return", "waiting", write(tmp_path, [WAITING_HEADERS]), "--period", "2025-26 Q2")
