from django.core.management.base import BaseCommand, CommandError

from metrics.registry import RegistryError, load_registry
from metrics.services.councils import load_councils


class Command(BaseCommand):
    help = ("Load the reviewed reference data: the indicator registry (each family's indicators.json; malformed "
            "definitions are refused) and the list of councils with adult social services responsibilities "
            "(fixtures/councils.csv).")

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
        created, updated, unlisted = load_councils()
        self.stdout.write(self.style.SUCCESS(
            f"Councils loaded: {created} created, {updated} updated, {unlisted} no longer listed."
        ))
