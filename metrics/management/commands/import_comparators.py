from django.core.management.base import BaseCommand, CommandError

from metrics.models import ComparatorGroup
from core.files import FileRefused
from metrics.services.benchmarks import import_comparator_groups, read_comparator_groups


class Command(BaseCommand):
    help = "Import comparator groups (area code -> neighbour codes) from CSV or JSON."

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
        saved, created = import_comparator_groups(groups, options["kind"], options["name"])
        self.stdout.write(self.style.SUCCESS(f"{saved} comparator groups saved; {len(created)} unknown councils created."))
