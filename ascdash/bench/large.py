"""A large synthetic council for the benchmarks (`manage.py generate_large_council`).

Five years of monthly returns at the largest volumes (about 30,000 people on long-term support in each
reviews snapshot), loaded through the normal upload path with one recalculation at the end; 153
councils of national benchmarks for ten years across every registered indicator; a comparator group
for each council; the demo users, CQC assessments, improvement plan and dashboard commentary and
publications, so every page has content.
"""
import random
import time
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from core.periods import add_months
from metrics.models import Area, Indicator, Upload
from metrics.registry import load_registry
from metrics.services.benchmarks import import_benchmarks, import_comparator_groups
from metrics.services.recalculation import deferred_recalculation

from ..demo import create_demo_users
from ..demo.assessments import load_assessments
from ..demo.benchmarks import (
    COMPARATOR_COUNT, SEED, benchmark_csv, benchmark_rows, fictional_councils, load_targets,
    specs_for_every_indicator,
)
from ..demo.dashboard import load_dashboard_demo
from ..demo.plan import load_plan
from ..demo.records import load_demo_records
from ..demo.reference import DEMO_COUNCIL_NAME, load_reference
from ..demo.synthetic import SyntheticCouncil

LAST_MONTH = date(2026, 10, 1)
MONTHS = 60
COUNCILS = 153
BENCHMARK_YEARS = 10
LAST_BENCHMARK_YEAR = 2025  # 2025-26


class DatabaseNotEmpty(RuntimeError):
    """The database already holds uploads or the demo users: generating would mix with them."""


def holds_data():
    return Upload.objects.exists() or get_user_model().objects.filter(username="scrutiny").exists()


def comparator_groups(home_code, councils, size=COMPARATOR_COUNT):
    """{council code: `size` other councils}: those of its own region first, then the rest, in list order
    starting after it."""
    everyone = [(code, region) for code, _, region in councils]
    groups = {}
    for index, (code, region) in enumerate(everyone):
        others = everyone[index + 1:] + everyone[:index]
        ordered = [c for c, r in others if r == region] + [c for c, r in others if r != region]
        groups[code] = ordered[:size]
    return groups


def generate_large_council(scale="large", months=MONTHS, councils=COUNCILS, years=BENCHMARK_YEARS,
                           force=False, stdout=None):
    """Build the council on the configured database; returns {step: seconds}. Refuses a database that
    already holds data unless `force`."""
    if not force and holds_data():
        raise DatabaseNotEmpty(
            "This database already holds uploads or the demo; use a scratch database (or --force to add to it).")
    timings = {}

    def step(name, function):
        started = time.perf_counter()
        result = function()
        timings[name] = time.perf_counter() - started
        if stdout:
            stdout.write(f"{name}: {timings[name]:.1f} s\n")
        return result

    def reference():
        load_reference()
        load_assessments(DEMO_COUNCIL_NAME)
        load_registry()

    step("reference data, CQC assessments and indicator registry", reference)
    step("benchmarks and comparator groups", lambda: load_benchmarks(councils, years))
    council = step("simulate the council", lambda: SyntheticCouncil(scale))
    first_month = add_months(LAST_MONTH, -(months - 1))

    def records():
        with deferred_recalculation():  # one recalculation at the end, not one per upload
            return load_demo_records(first_month=first_month, last_month=LAST_MONTH, council=council)

    step(f"{months} months of 4 returns, stored and recalculated", records)

    def people_plan_and_dashboard():
        create_demo_users()
        load_plan()
        load_dashboard_demo()  # commentary, and earlier quarters published so scrutiny members see them

    step("users, improvement plan, dashboard commentary and publication", people_plan_and_dashboard)
    return timings


@transaction.atomic
def load_benchmarks(councils=COUNCILS, years=BENCHMARK_YEARS):
    home = Area.objects.select_related("region").get(code=settings.ASCDASH_HOME_AREA)
    others = fictional_councils(random.Random(SEED), count=councils)
    year_range = range(LAST_BENCHMARK_YEAR - years + 1, LAST_BENCHMARK_YEAR + 1)
    specs = specs_for_every_indicator(Indicator.objects.filter(active=True).order_by("code"), year_range)
    result = import_benchmarks(benchmark_csv(benchmark_rows(home, others, set(), specs)), name="large-national.csv")
    home_region = home.region.name if home.region else "East Midlands"
    groups = comparator_groups(home.code, [(home.code, home.name, home_region), *others])
    import_comparator_groups(groups, kind="cipfa")
    load_targets()
    return result
