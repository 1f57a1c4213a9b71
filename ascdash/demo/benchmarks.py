"""Demo: the indicator registry, synthetic national benchmarks, a comparator group, targets and KPI values.

All councils other than the home council are fictional; England and region figures are made from them.
Values are shaped on the published figures of a real mid-sized unitary (see the shared reference),
anchored on 2023-24. Loading twice changes nothing. Run after the record returns are loaded: it ends
by recalculating every indicator from the confirmed records.
"""
import hashlib
import io
import random
from datetime import date

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from openpyxl import Workbook

from core.periods import Period
from metrics.families.kpi.records import KpiValue
from metrics.models import Area, Indicator, Target, Upload
from metrics.registry import load_registry
from metrics.services.benchmarks import REGIONS, import_benchmarks, import_comparator_groups
from metrics.services.recalculation import recalculate_everything

YEARS = range(2019, 2026)  # 2019-20 .. 2025-26
ANCHOR_YEAR = 2023
COUNCIL_COUNT = 150
COMPARATOR_COUNT = 15
SEED = 2026
NAME_STARTS = ["Ash", "Brook", "Castle", "Dale", "Elm", "Fern", "Glen", "Hart", "Iron", "Kings", "Lark", "Marsh",
               "Nor", "Oak", "Pen", "Queens", "Red", "Stone", "Thorn", "Wick"]
NAME_ENDS = ["ford", "ham", "bury", "field", "ton", "ley", "worth", "combe"]
KINDS = ["City Council", "Borough Council", "County Council", "Council"]
ASCS_YEARS = [y for y in YEARS if y != 2020]  # the user survey did not run in 2020-21
SACE_YEARS = [2021, 2023]  # the carers' survey runs every two years

# code: (England 2023-24, change per year, spread between councils, home council's difference, years, decimals)
SPECS = {
    "ascof-1a-quality-of-life": (19.0, -0.05, 0.45, -0.5, ASCS_YEARS, 1),
    "ascof-1b-control-over-daily-life-pct": (77.0, -0.3, 3.5, -4.0, ASCS_YEARS, 1),
    "ascof-1d-carer-quality-of-life": (7.3, -0.05, 0.4, -0.6, SACE_YEARS, 1),
    "ascof-2a-short-term-no-further-support-pct": (77.5, 0.2, 8.0, 3.0, YEARS, 1),
    "ascof-2b-at-home-91-days-pct": (82.5, 0.2, 5.0, -2.5, YEARS, 1),
    "ascof-2c-care-home-admissions-18-64-per-100k": (14.5, 0.2, 5.0, 2.0, YEARS, 1),
    "ascof-2c-care-home-admissions-65-plus-per-100k": (566.0, -6.0, 120.0, 45.0, YEARS, 1),
    "ascof-2d-new-clients-short-term-only-pct": (41.0, 0.4, 10.0, -6.0, YEARS, 1),
    "ascof-2e-living-at-home-or-with-family-pct": (80.5, 0.3, 6.0, -3.0, YEARS, 1),
    "ascof-3a-user-satisfaction-pct": (62.0, -0.3, 4.0, -3.0, ASCS_YEARS, 1),
    "ascof-3b-carer-satisfaction-pct": (36.3, -0.5, 5.0, -4.0, SACE_YEARS, 1),
    "ascs-easy-to-find-information-pct": (67.0, -0.3, 4.0, 2.71, ASCS_YEARS, 2),
    "sace-easy-to-find-information-pct": (59.06, -0.5, 6.0, -15.16, SACE_YEARS, 2),
    "ascof-3d-self-directed-support-pct": (92.5, 0.2, 5.0, 3.0, YEARS, 1),
    "ascof-3d-direct-payments-pct": (26.2, -0.3, 6.0, 18.8, YEARS, 1),
    "ascof-4a-feel-safe-pct": (71.0, 0.0, 3.0, -2.0, ASCS_YEARS, 1),
    "ascof-4b-services-help-feel-safe-pct": (87.0, 0.0, 3.0, -1.0, ASCS_YEARS, 1),
    "ascs-social-contact-pct": (45.5, -0.5, 4.0, -2.0, ASCS_YEARS, 1),
    "sace-social-contact-pct": (30.02, -0.5, 5.0, 4.53, SACE_YEARS, 2),
    "sace-support-groups-pct": (32.98, 0.0, 6.0, -14.46, SACE_YEARS, 2),
    "sace-financial-difficulties-pct": (46.55, 0.5, 6.0, 15.27, SACE_YEARS, 2),
    "reviews-in-12-months-pct": (58.77, -0.3, 9.0, -22.98, YEARS, 2),
}
# The home council's own 2025-26 survey and client-level figures, entered through the KPI return.
HOME_KPI_VALUES = [
    # code, value, numerator, denominator
    ("ascof-1a-quality-of-life", 18.7, None, None),
    ("ascs-easy-to-find-information-pct", 72.4, None, None),
    ("ascof-3d-self-directed-support-pct", 95.1, 2663, 2800),
    ("ascof-3d-direct-payments-pct", 46.8, 1310, 2800),
]
KPI_FILING_MONTH = date(2026, 6, 1)
KPI_FILE_NAME = "demo-kpi-values-2025-26.xlsx"
TARGETS = [
    # code, value, tolerance, note
    ("waiting-median-days-care-act-assessment", 90, 15, "Improvement plan outcome 1a: 90 days by November 2026."),
    ("reviews-overdue-6-months-pct", 10, 5, "Improvement plan outcome 1b: no more than 10% of pending reviews."),
    ("waiting-team-gap-pct", 5, 5, "Improvement plan outcome 2: narrow the team gap to under 5%."),
    ("ascs-easy-to-find-information-pct", 90, 10, "Improvement plan outcome 3a: 90%."),
    ("ascof-3d-direct-payments-pct", 50, 3, "Improvement plan outcome 6: 50% direct payment uptake."),
    ("sg-decision-5-working-days-pct", 100, 10, "Improvement plan outcome 8a: all decisions within 5 working days."),
    ("sg-concluded-3-months-pct", 90, 10, "Improvement plan outcome 8a: enquiries closed within 3 months."),
    ("carers-median-wait-days", 42, 14, "Carers' strategy: assessment within 4 to 6 weeks."),
    ("workforce-vacancy-rate-pct", 8, 2, "Workforce strategy: vacancies at 8% or below by March 2027."),
    ("workforce-supervision-compliance-pct", 90, 5, "Principal social worker's standard: 90% supervised in date."),
    ("finance-forecast-variance-pct", 0, 1, "Medium-term financial plan: spend within budget."),
    ("gov-data-quality-missing-pct", 5, 0, "Steering group: under 5% of values missing or invalid."),
]
TARGET_START = date(2025, 4, 1)


def fictional_councils(rng, count=COUNCIL_COUNT):
    """(code, name, region name) for the `count - 1` councils other than the home council, spread over the
    nine regions (at most 160: the name parts run out)."""
    names = [start + end for start in NAME_STARTS for end in NAME_ENDS]
    rng.shuffle(names)
    regions = list(REGIONS)
    return [
        (f"E06{900001 + index:06d}", f"{names[index]} {KINDS[index % len(KINDS)]}", regions[index % len(regions)])
        for index in range(count - 1)
    ]


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
    """SPECS-shaped entries for every given indicator over `years` (hand-shaped levels where SPECS has them)."""
    specs = {}
    for indicator in indicators:
        if indicator.code in SPECS:
            england, trend, spread, home_difference, _, decimals = SPECS[indicator.code]
        else:
            england, trend, spread, home_difference, decimals = UNIT_SPECS[indicator.unit]
        specs[indicator.code] = (england, trend, spread, home_difference, list(years), decimals)
    return specs


def clamp(value, code):
    upper = 100.0 if code.endswith("-pct") else float("inf")
    return min(upper, max(0.0, value))


def benchmark_rows(home, councils, skip_home, specs=SPECS):
    """Rows of a national-publication style CSV: every council, each region and England."""
    region_name = {area.code: area.name for area in Area.objects.filter(kind=Area.REGION)}
    home_region = region_name.get(home.region.code if home.region else "", "East Midlands")
    rng = random.Random(SEED)
    council_effect = {code: rng.gauss(0, 1) for code, _, _ in councils}
    rows = []
    for code, (england, trend, spread, home_difference, years, decimals) in specs.items():
        for year in years:
            label = f"{year}-{(year + 1) % 100:02d}"
            centre = england + trend * (year - ANCHOR_YEAR)
            by_region = {}
            for council_code, name, region in councils:
                value = clamp(centre + spread * (0.7 * council_effect[council_code] + 0.7 * rng.gauss(0, 1)), code)
                by_region.setdefault(region, []).append(value)
                rows.append([council_code, name, region, label, code, round(value, decimals)])
            if (code, year) not in skip_home:
                home_value = clamp(centre + home_difference + rng.gauss(0, spread * 0.08) * (year != ANCHOR_YEAR), code)
                rows.append([home.code, home.name, home_region, label, code, round(home_value, decimals)])
            for region, values in by_region.items():
                rows.append([REGIONS[region], region, "", label, code, round(sum(values) / len(values), decimals)])
            rows.append([Area.ENGLAND_CODE, "England", "", label, code, round(centre, decimals)])
    return rows


def benchmark_csv(rows):
    lines = ["LA code,Local authority,Region,Financial year,Measure,Value"]
    lines += [",".join(str(cell) for cell in row) for row in rows]
    return io.BytesIO("\n".join(lines).encode("utf-8"))


def load_targets():
    """The demo targets, each created once (saving an existing one again would add a row to its history)."""
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=[t[0] for t in TARGETS])}
    for code, value, tolerance, note in TARGETS:
        Target.objects.get_or_create(
            indicator=indicators[code], start_date=TARGET_START,
            defaults={"value": value, "tolerance": tolerance, "note": note, "end_date": date(2027, 3, 31)},
        )


def kpi_workbook():
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KPI values"
    sheet.append(["Indicator code", "Period", "Value", "Numerator", "Denominator", "Note"])
    for code, value, numerator, denominator in HOME_KPI_VALUES:
        sheet.append([code, "2025-26", value, numerator, denominator, "Local figure ahead of national publication"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def load_kpi_values():
    """A confirmed KPI return with the home council's latest survey figures (once)."""
    if Upload.objects.filter(return_type="kpi", period_start=KPI_FILING_MONTH, status=Upload.CONFIRMED).exists():
        return
    data = kpi_workbook()
    upload = Upload(return_type="kpi", period_start=KPI_FILING_MONTH, original_name=KPI_FILE_NAME,
                    sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data), status=Upload.CONFIRMED,
                    rows_total=len(HOME_KPI_VALUES))
    upload.file.save(KPI_FILE_NAME, ContentFile(data), save=False)
    upload.save()
    year = Period.year(2025)
    KpiValue.objects.bulk_create([
        KpiValue(upload=upload, row_number=row, indicator_code=code, period_kind=year.kind,
                 period_start=year.start, value=value, numerator=numerator, denominator=denominator,
                 note="Local figure ahead of national publication")
        for row, (code, value, numerator, denominator) in enumerate(HOME_KPI_VALUES, start=2)
    ])


@transaction.atomic
def load_demo_benchmarks():
    """Registry, benchmarks, comparators, targets, KPI values; then every indicator recalculated."""
    load_registry()
    home = Area.objects.select_related("region").get(code=settings.ASCDASH_HOME_AREA)
    councils = fictional_councils(random.Random(SEED))
    skip_home = {(code, 2025) for code, *_ in HOME_KPI_VALUES}
    import_benchmarks(benchmark_csv(benchmark_rows(home, councils, skip_home)), name="demo-national.csv")
    neighbours = [code for code, _, region in councils if region == "East Midlands"][:5]
    neighbours += [code for code, _, region in councils if region in ("West Midlands", "North West")][:10]
    import_comparator_groups({home.code: neighbours[:COMPARATOR_COUNT]}, kind="cipfa")
    load_targets()
    load_kpi_values()
    return recalculate_everything()
