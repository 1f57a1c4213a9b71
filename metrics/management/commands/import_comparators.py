from django.core.management.base import BaseCommand, CommandError

from core.files import FileRefused
from metrics.models import ComparatorGroup
from metrics.services.benchmarks import import_comparator_groups, read_comparator_groups


class Command(BaseCommand):
    help = ("Import comparator groups (council code -> neighbour codes) from CSV or JSON. Only councils on the "
            "reference list take part; exits non-zero when a code is unknown or no group is saved.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or JSON file.")
        parser.add_argument("--kind", default=ComparatorGroup.CIPFA,
                            choices=[kind for kind, _ in ComparatorGroup.KIND_CHOICES])
        parser.add_argument("--name", default=None, help="Group name (default: the kind's name).")

    def handle(self, *args, **options):
        try:
            groups = read_comparator_groups(options["file"])
        except (FileRefused, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        result = import_comparator_groups(groups, options["kind"], options["name"])
        for line in result.lines()[1:]:
            self.stdout.write(line)
        if result.failed:
            raise CommandError(result.lines()[0] + " Some codes are unknown, or no group was saved.")
        self.stdout.write(self.style.SUCCESS(result.lines()[0]))
