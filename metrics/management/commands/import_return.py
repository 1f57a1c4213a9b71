"""Scheduled imports: the same validation and storage as the upload page, from the command line.

    python manage.py import_return waiting extract.xlsx --period 2025-08 [--confirm] [--user USERNAME]

Exit status is non-zero when the file cannot be read, has errors, or is already the confirmed data.
"""
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.files import FileRefused
from core.periods import MONTH, Period
from metrics.returns import RETURNS
from metrics.selectors.uploads import upload_preview
from metrics.services.recalculation import NoHomeCouncil, home_council
from metrics.services.uploads import IdenticalUpload, UploadStateError, confirm_upload, submit_upload

FIRST_ERRORS = 20


class Command(BaseCommand):
    help = "Validate a monthly return file and store it (optionally confirming it as the current data)."

    def add_arguments(self, parser):
        parser.add_argument("return_type", choices=sorted(RETURNS))
        parser.add_argument("file", type=Path)
        parser.add_argument("--period", required=True, help="The month the return is for, as YYYY-MM.")
        parser.add_argument("--confirm", action="store_true", help="Confirm the upload if it has no errors.")
        parser.add_argument("--user", help="Username recorded as uploader and confirmer.")

    def handle(self, *args, **options):
        period = self.parse_period(options["period"])
        user = self.find_user(options["user"])
        if options["confirm"]:
            try:
                home_council()
            except NoHomeCouncil as missing:
                raise CommandError(str(missing)) from None
        path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            upload = submit_upload(options["return_type"], period, path.read_bytes(), path.name, user)
        except FileRefused as problem:
            raise CommandError(f"Nothing was stored: {problem}")
        except IdenticalUpload as identical:
            raise CommandError(str(identical))
        upload, first_messages = upload_preview(upload.pk)
        self.stdout.write(
            f"Upload {upload.pk}: {upload.rows_total} rows read, {upload.rows_total - upload.rows_failed} passed, "
            f"{upload.rows_failed} failed; {upload.error_count} errors, {upload.warning_count} warnings."
        )
        for message in first_messages[:FIRST_ERRORS]:
            row = f"row {message.row}" if message.row else "file"
            self.stdout.write(f"  {message.severity.upper()}: {message.sheet}, {row}, {message.column or '-'} "
                              f"({message.value!r}): {message.message}")
        if upload.error_count:
            raise CommandError(
                f"Upload {upload.pk} was rejected with {upload.error_count} errors; nothing was changed."
            )
        if options["confirm"]:
            try:
                confirm_upload(upload.pk, user)
            except UploadStateError as refused:
                raise CommandError(str(refused)) from None
            confirmed = f"Upload {upload.pk} confirmed as the current data for {period.label}."
            self.stdout.write(self.style.SUCCESS(confirmed))
        else:
            self.stdout.write(
                f"Upload {upload.pk} is awaiting confirmation (use --confirm, or confirm it on the website)."
            )

    @staticmethod
    def parse_period(text):
        try:
            period = Period.parse(text)
        except ValueError as error:
            raise CommandError(str(error))
        if period.kind != MONTH:
            raise CommandError(f"--period must be a month as YYYY-MM, not {text!r}.")
        return period

    @staticmethod
    def find_user(username):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user called {username!r}.")
