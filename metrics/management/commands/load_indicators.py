from django.core.management.base import BaseCommand, CommandError

from metrics.registry import RegistryError, load_registry


class Command(BaseCommand):
    help = ("Load the indicator registry (each family's indicators.json) into the database; rejects malformed "
            "definitions.")

    def add_arguments(self, parser):
        parser.add_argument("--directory", help="Load the registry JSON files in this folder instead.")

    def handle(self, *args, **options):
        try:
            created, updated, deactivated = load_registry(options["directory"])
        except RegistryError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(
            f"Indicators loaded: {created} created, {updated} updated, {deactivated} no longer defined (made inactive)."
        ))
