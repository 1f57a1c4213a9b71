"""`manage.py bench` (and `make bench`): performance benchmarks, printed as one table.

Each section is a function returning rows of (benchmark, baseline, baseline seconds, our seconds,
ratio, goal, met); add a section by appending to SECTIONS.
"""
from django.core.management import call_command
from django.core.management.base import BaseCommand

from metrics.bench import UPLOAD_RATIO_GOAL, bench_upload


def upload_section():
    result = bench_upload()
    return [(
        f"Upload {result.rows:,}-row waiting list (parse, validate, store)", "pandas + calamine read",
        result.read_seconds, result.ours_seconds, result.ratio, f"<= {UPLOAD_RATIO_GOAL:g}x", result.met,
    )]


SECTIONS = [upload_section]
HEADINGS = ("Benchmark", "Baseline", "Baseline s", "Ours s", "Ratio", "Goal", "Result")


class Command(BaseCommand):
    help = "Run the performance benchmarks and print a table."

    def handle(self, *args, **options):
        call_command("migrate", verbosity=0)  # `make bench` works from a fresh clone; benchmarks leave no data behind
        rows = [row for section in SECTIONS for row in section()]
        table = [HEADINGS] + [
            (name, baseline, f"{base:.2f}", f"{ours:.2f}", f"{ratio:.2f}", goal, "met" if met else "NOT MET")
            for name, baseline, base, ours, ratio, goal, met in rows
        ]
        widths = [max(len(str(row[i])) for row in table) for i in range(len(HEADINGS))]
        for number, row in enumerate(table):
            self.stdout.write("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
