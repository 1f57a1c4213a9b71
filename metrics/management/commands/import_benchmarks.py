from django.core.management.base import BaseCommand, CommandError

from core.files import FileRefused
from metrics.services.benchmarks import import_benchmarks


class Command(BaseCommand):
    help = "Import national published figures from a CSV or xlsx file (flexible headers; unknown councils created)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or xlsx file, one figure per row.")

    def handle(self, *args, **options):
        try:
            result = import_benchmarks(options["file"])
        except (FileRefused, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        for problem in result.problems:
            self.stdout.write(self.style.WARNING(problem))
        self.stdout.write(self.style.SUCCESS(result.summary()))
