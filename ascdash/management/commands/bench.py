"""`manage.py bench` (and `make bench`): performance benchmarks, printed as one table.

Runs on the database DATABASE_URL names (PostgreSQL: it must be a scratch database), otherwise on
its own SQLite file bench-data/bench.sqlite3, so the development database is never touched. Each
section (ascdash.bench.sections) returns rows of (name, measure, value, goal, result); add a section by
appending to SECTIONS. BENCH_SECONDS shortens the load runs (default 60) for a quick check.
"""
import os
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from ascdash.bench.sections import SECTIONS

BENCH_SQLITE = settings.BASE_DIR / "bench-data" / "bench.sqlite3"
HEADINGS = ("Benchmark", "Measure", "Value", "Goal", "Result")


class Command(BaseCommand):
    help = "Run the performance benchmarks and print a table."

    def handle(self, *args, **options):
        if "DATABASE_URL" not in os.environ:  # run again on the bench database, settings being read at start
            BENCH_SQLITE.parent.mkdir(exist_ok=True)
            env = {**os.environ, "DATABASE_URL": f"sqlite:///{BENCH_SQLITE}"}
            sys.exit(subprocess.run([sys.executable, "manage.py", "bench"], cwd=settings.BASE_DIR, env=env).returncode)
        settings.DEBUG = False  # no query log while generating millions of rows
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        rows = [row for section in SECTIONS for row in section()]
        table = [HEADINGS] + [(row.name, row.measure, row.value, row.goal, row.result) for row in rows]
        widths = [max(len(str(row[i])) for row in table) for i in range(len(HEADINGS))]
        for number, row in enumerate(table):
            self.stdout.write("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        self.stdout.write(f"\nWhole benchmark: {time.perf_counter() - started:.0f} s on {connection_label()}.")


def connection_label():
    database = settings.DATABASES["default"]
    return f"{database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}"
