"""A large synthetic council for the benchmarks (`manage.py generate_large_council`).

Five years of monthly returns at the largest volumes (about 30,000 people on long-term support in each
reviews snapshot), loaded through the normal upload path with one recalculation at the end; 153
councils of national benchmarks for ten years across every registered indicator; a comparator group
for each council; the demo users, CQC assessments, improvement plan and dashboard commentary and
publications, so every page has content.
"""
import time
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from core.periods import add_months
from metrics.models import Indicator, Upload
from metrics.registry import load_registry
from metrics.services.benchmarks import import_comparator_groups
from metrics.services.councils import load_councils
from metrics.services.recalculation import deferred_recalculation

from ..demo import create_demo_users
from ..demo.assessments import load_assessments
from ..demo.benchmarks import COMPARATOR_COUNT, import_national_files, load_targets, national_files, places
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
        load_councils()

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


# For indicators without a hand-shaped spec: (England level, change per year, spread, home difference, decimals)
UNIT_SPECS = {
    "percent": (60.0, 0.2, 8.0, -2.0, 1),
    "count": (400.0, 8.0, 150.0, 40.0, 0),
    "days": (60.0, -1.0, 20.0, 15.0, 0),
    "rate_per_100k": (500.0, -5.0, 100.0, 30.0, 1),
    "score": (15.0, 0.0, 1.0, -0.3, 1),
    "ratio": (1.0, 0.0, 0.2, 0.1, 2),
    "currency": (1_000_000.0, 0.0, 500_000.0, 0.0, 0),
}


def specs_for_every_indicator(indicators, years):
    """A spec (England level, trend, spread, home difference, years, decimals) for every indicator over `years`."""
    return {indicator.code: (*UNIT_SPECS[indicator.unit][:4], list(years), UNIT_SPECS[indicator.unit][4])
            for indicator in indicators}


@transaction.atomic
def load_benchmarks(councils=COUNCILS, years=BENCHMARK_YEARS):
    """National figures for every indicator for the home council and the first `councils - 1` listed councils, in
    one file with one figure per row (named by indicator code), and a comparator group for each of them."""
    home, listed = places()
    chosen = {p.code for p in listed[:councils - 1]}
    year_range = range(LAST_BENCHMARK_YEAR - years + 1, LAST_BENCHMARK_YEAR + 1)
    specs = specs_for_every_indicator(Indicator.objects.filter(active=True).order_by("code"), year_range)
    import_national_files(national_files(specs, rows_only=True, council_codes=chosen))
    others = [(p.code, p.name, p.region) for p in listed if p.code in chosen]
    groups = comparator_groups(home.code, [(home.code, home.name, home.region), *others])
    import_comparator_groups(groups, kind="cipfa")
    load_targets()
