"""Writes for uploads: store and validate a file, confirm, restore, discard. Every change is audited.

Confirm and restore make an upload the current data and, once that commits, recalculate what it changes
(`recalculation.recalculate_for_upload`).

Data in use for a return and period is the one upload there with status CONFIRMED; records of
other uploads stay in the tables (superseded versions are restorable) and must be filtered out by
readers (`metrics.selectors.uploads.current_records`).
"""
import hashlib
import zlib

from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone

from ..models import Upload, UploadEvent, UploadMessage
from ..returns import get_return
from ..returns.storage import insert_records
from ..returns.validation import Context, validate_file
from . import recalculation

BATCH_SIZE = 2000


class IdenticalUpload(Exception):
    """The same file (same SHA-256) is already the confirmed data for this return and period."""

    def __init__(self, upload):
        self.upload = upload
        super().__init__(
            f"This file is identical to the {upload.get_return_type_display()} return for {upload.period_start:%B %Y} "
            f"already confirmed on {timezone.localtime(upload.confirmed_at):%d/%m/%Y at %H:%M}. Nothing was changed."
        )


class UploadStateError(Exception):
    """The action does not fit the upload's status (e.g. confirming a rejected upload)."""


def sha256_of(data):
    return hashlib.sha256(data).hexdigest()


def record(upload, action, user, note=""):
    return UploadEvent.objects.create(upload=upload, action=action, user=user, note=note[:300])


def submit_upload(return_code, period, data, filename, user, context=None):
    """Validate a file and store it with its messages (and its records when it has no errors).

    Raises core.files.FileRefused when the file cannot be read at all (nothing is stored) and
    IdenticalUpload when the same file is already confirmed. Re-submitting a file that is already
    awaiting confirmation returns that upload rather than a copy.
    """
    spec = get_return(return_code)
    digest = sha256_of(data)
    same_file = Upload.objects.filter(return_type=spec.code, period_start=period.start, sha256=digest)
    if confirmed := same_file.filter(status=Upload.CONFIRMED).first():
        raise IdenticalUpload(confirmed)
    if pending := same_file.filter(status=Upload.VALIDATED).first():
        return pending
    validation = validate_file(spec, data, filename, context or Context.build(period))
    return store_validated(spec, period, data, filename, digest, validation, user)


@transaction.atomic
def store_validated(spec, period, data, filename, digest, validation, user):
    upload = Upload(
        return_type=spec.code,
        period_start=period.start,
        original_name=filename[:255],
        sha256=digest,
        size_bytes=len(data),
        status=Upload.VALIDATED if validation.ok else Upload.REJECTED,
        rows_total=validation.rows_total,
        rows_failed=validation.rows_failed,
        error_count=validation.error_count,
        warning_count=validation.warning_count,
        uploaded_by=user,
    )
    upload.file.save(filename, ContentFile(data), save=False)
    upload.save()
    UploadMessage.objects.bulk_create(message_instances(upload, validation.messages), batch_size=BATCH_SIZE)
    if validation.ok:
        insert_records(spec, validation.table, upload)
        record(upload, UploadEvent.UPLOADED, user, f"{validation.rows_total} rows, {validation.warning_count} warnings")
    else:
        record(upload, UploadEvent.REJECTED, user,
               f"{validation.error_count} errors in {validation.rows_failed} of {validation.rows_total} rows")
    return upload


def message_instances(upload, messages):
    return [
        UploadMessage(
            upload=upload, sheet=str(sheet)[:100], row=None if row is None or row != row else int(row),
            column=str(column)[:100], value=str(value)[:255], rule=rule, message=message, severity=severity,
        )
        for sheet, row, column, value, rule, message, severity in messages.itertuples(index=False, name=None)
    ]


def lock_return_period(return_type, period_start):
    """Serialise changes to one return and period until the transaction ends.

    PostgreSQL: a transaction-level advisory lock keyed by return and period. SQLite: transactions
    are opened IMMEDIATE (see settings), so writers are already serialised.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)",
                [zlib.crc32(return_type.encode()) & 0x7FFFFFFF, period_start.toordinal()],
            )


def _make_current(upload, user, action):
    try:
        recalculation.home_council()
    except recalculation.NoHomeCouncil as missing:  # confirming would store data and calculate nothing
        raise UploadStateError(str(missing)) from None
    now = timezone.now()
    previous = (
        Upload.objects.select_for_update()
        .filter(return_type=upload.return_type, period_start=upload.period_start, status=Upload.CONFIRMED)
        .exclude(pk=upload.pk)
        .first()
    )
    if previous:
        previous.status, previous.superseded_at = Upload.SUPERSEDED, now
        previous.save(update_fields=["status", "superseded_at"])
        record(previous, UploadEvent.SUPERSEDED, user, f"Replaced by upload {upload.pk}")
    upload.status, upload.confirmed_by, upload.confirmed_at, upload.superseded_at = Upload.CONFIRMED, user, now, None
    upload.save(update_fields=["status", "confirmed_by", "confirmed_at", "superseded_at"])
    record(upload, action, user, f"Replaced upload {previous.pk}" if previous else "")
    transaction.on_commit(lambda: recalculation.recalculate_for_upload(upload))
    return upload


def _locked(upload_id, expected_status, verb):
    upload = Upload.objects.get(pk=upload_id)
    lock_return_period(upload.return_type, upload.period_start)
    upload = Upload.objects.select_for_update().get(pk=upload_id)
    if upload.status != expected_status:
        raise UploadStateError(f"This upload is {upload.get_status_display().lower()}, so it cannot be {verb}.")
    return upload


@transaction.atomic
def confirm_upload(upload_id, user):
    """Make a validated upload the current data; the previous current one becomes superseded."""
    return _make_current(_locked(upload_id, Upload.VALIDATED, "confirmed"), user, UploadEvent.CONFIRMED)


@transaction.atomic
def restore_upload(upload_id, user):
    """Make a superseded upload current again; the one it replaced becomes superseded."""
    return _make_current(_locked(upload_id, Upload.SUPERSEDED, "restored"), user, UploadEvent.RESTORED)


@transaction.atomic
def discard_upload(upload_id, user):
    """The officer chose not to confirm: its records go, the file and messages stay for the record."""
    upload = _locked(upload_id, Upload.VALIDATED, "discarded")
    get_return(upload.return_type).model.objects.filter(upload=upload).delete()
    upload.status = Upload.DISCARDED
    upload.save(update_fields=["status"])
    record(upload, UploadEvent.DISCARDED, user)
    return upload
