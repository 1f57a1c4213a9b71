"""`manage.py generate_large_council`: the large synthetic council the benchmarks run against."""
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ascdash.bench.large import BENCHMARK_YEARS, COUNCILS, MONTHS, DatabaseNotEmpty, generate_large_council


class Command(BaseCommand):
    help = ("Build a large synthetic council (5 years of monthly returns at the largest volumes, 153 councils "
            "of benchmarks for 10 years) on the configured database, which should be a scratch one.")

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even if the database already holds data.")
        parser.add_argument("--months", type=int, default=MONTHS)
        parser.add_argument("--councils", type=int, default=COUNCILS)
        parser.add_argument("--years", type=int, default=BENCHMARK_YEARS)

    def handle(self, *args, **options):
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        try:
            generate_large_council(months=options["months"], councils=options["councils"], years=options["years"],
                                   force=options["force"], stdout=self.stdout)
        except DatabaseNotEmpty as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Large council generated in {time.perf_counter() - started:.1f} s.")
