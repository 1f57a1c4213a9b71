from django.core.management.base import BaseCommand, CommandError

from core.files import FileRefused
from metrics.services.benchmarks import import_benchmarks, parse_year


class Command(BaseCommand):
    help = ("Import national published figures (the official ASCOF CSV, LG Inform or Oflog-style files). Reports "
            "every measure; exits non-zero when a measure or area is unknown, a row cannot be read or nothing is "
            "stored.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or xlsx file.")
        parser.add_argument("--year", help="The financial year (e.g. 2023-24) of a file with no year column whose "
                                           "name does not say it.")

    def handle(self, *args, **options):
        try:
            year = parse_year(options["year"]) if options["year"] else None
        except ValueError as error:
            raise CommandError(f"--year: {error}") from error
        try:
            result = import_benchmarks(options["file"], year=year)
        except (FileRefused, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        for line in result.lines():
            self.stdout.write(line)
        if result.failed:
            raise CommandError(result.summary())
        self.stdout.write(self.style.SUCCESS(result.summary()))
