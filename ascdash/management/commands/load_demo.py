from django.core.management.base import BaseCommand, CommandError

from core.periods import MONTH, Period

from ascdash.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the synthetic demo council and demo users (safe to run repeatedly)."

    def add_arguments(self, parser):
        parser.add_argument("--since", metavar="YYYY-MM", help="Load monthly returns from this month only.")

    def handle(self, *args, **options):
        first_month = None
        if options["since"]:
            try:
                period = Period.parse(options["since"])
            except ValueError as error:
                raise CommandError(str(error)) from error
            if period.kind != MONTH:
                raise CommandError("--since takes a month, e.g. 2026-08")
            first_month = period.start
        users = load_demo(stdout=self.stdout, first_month=first_month)
        self.stdout.write(self.style.SUCCESS("Demo council loaded."))
        self.stdout.write("Demo users (password for all: %s):" % DEMO_PASSWORD)
        for username, role in users:
            self.stdout.write(f"  {username:<10} {role}")
