"""Demo: the indicator registry and the reference list of councils, synthetic national figures imported through
the real importer in the layouts councils download (ascdash/demo/national.py), a group of similar councils, targets
and KPI values. Loading twice changes nothing. Run after the record returns are loaded: it ends by recalculating
every indicator from the confirmed records.
"""
import hashlib
import io
from datetime import date

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from openpyxl import Workbook

from core.periods import Period
from metrics.families.kpi.records import KpiValue
from metrics.models import Area, Indicator, Target, Upload
from metrics.registry import load_registry
from metrics.services.benchmarks import import_benchmarks, import_comparator_groups
from metrics.services.councils import load_councils
from metrics.services.recalculation import recalculate_everything

from .national import Place, national_figures, official_file, rows_file, year_label

YEARS = range(2019, 2025)  # 2019-20 .. 2024-25: 2025-26 national figures are not published until December 2026
OLD_FRAMEWORK_YEARS = range(2019, 2023)  # measures that left the ASCOF in 2023-24
COMPARATOR_COUNT = 15
COMPARATOR_NAME = "demo selection of Midlands cities"
ASCS_YEARS = [y for y in YEARS if y != 2020]  # the user survey did not run in 2020-21
SACE_YEARS = [2021, 2023]  # the carers' survey runs every two years

# code: (England 2023-24, change per year, spread between councils, home council's difference, years, decimals)
SPECS = {
    "ascof-1a-quality-of-life": (19.0, -0.05, 0.45, -0.5, ASCS_YEARS, 1),
    "ascof-1b-control-over-daily-life-pct": (77.0, -0.3, 3.5, -4.0, ASCS_YEARS, 1),
    "ascof-1d-carer-quality-of-life": (7.3, -0.05, 0.4, -0.6, SACE_YEARS, 1),
    "ascof-1e-learning-disability-paid-employment-pct": (4.8, 0.1, 2.0, -1.2, OLD_FRAMEWORK_YEARS, 1),
    "ascof-1j-adjusted-quality-of-life-impact": (0.41, 0.0, 0.03, -0.02, [y for y in OLD_FRAMEWORK_YEARS if y != 2020], 3),
    "ascof-2a-short-term-no-further-support-pct": (77.5, 0.2, 8.0, 3.0, YEARS, 1),
    "ascof-2b-care-home-admissions-18-64-per-100k": (14.5, 0.2, 5.0, 2.0, YEARS, 1),
    "ascof-2c-care-home-admissions-65-plus-per-100k": (566.0, -6.0, 120.0, 45.0, YEARS, 1),
    "ascof-2d-at-home-after-reablement-pct": (82.5, 0.2, 5.0, -2.5, YEARS, 1),
    "ascof-2e-living-at-home-or-with-family-pct": (80.5, 0.3, 6.0, -3.0, YEARS, 1),
    "ascof-3a-user-satisfaction-pct": (62.0, -0.3, 4.0, -3.0, ASCS_YEARS, 1),
    "ascof-3b-carer-satisfaction-pct": (36.3, -0.5, 5.0, -4.0, SACE_YEARS, 1),
    "ascs-easy-to-find-information-pct": (67.0, -0.3, 4.0, 2.71, ASCS_YEARS, 2),
    "sace-easy-to-find-information-pct": (59.06, -0.5, 6.0, -15.16, SACE_YEARS, 2),
    "ascof-3d-self-directed-support-pct": (92.5, 0.2, 5.0, 3.0, YEARS, 1),
    "ascof-3d-direct-payments-pct": (26.2, -0.3, 6.0, 18.8, YEARS, 1),
    "ascof-3d-carers-self-directed-support-pct": (98.5, 0.0, 2.0, 0.5, YEARS, 1),
    "ascof-3d-carers-direct-payments-pct": (76.0, 0.2, 12.0, 10.0, YEARS, 1),
    "ascof-2d-reablement-offered-pct": (3.0, 0.0, 1.0, -0.5, YEARS, 1),
    "sace-carers-consulted-pct": (64.0, -0.3, 5.0, -3.0, SACE_YEARS, 1),
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


def places():
    """(the home council, [the listed councils]) as Places, with their region's ONS code."""
    home = Area.objects.select_related("region").get(code=settings.ASCDASH_HOME_AREA)
    listed = Area.objects.listed().select_related("region").order_by("code")
    as_place = lambda a: Place(a.code, a.name, a.cassr_code, a.region.code if a.region else "")  # noqa: E731
    return as_place(home), [as_place(area) for area in listed]


def similar_councils(councils, home, count=COMPARATOR_COUNT):
    """An illustrative group for the fictional home council: unitary and metropolitan councils of its region, then
    of the West Midlands and the North West, in code order (a real council imports its CIPFA or NHS group)."""
    cities = [p for p in councils if p.code.startswith(("E06", "E08"))]
    nearby = (home.region, "E12000005", "E12000002")  # its own region, West Midlands, North West
    ordered = sorted((p for p in cities if p.region in nearby), key=lambda p: (nearby.index(p.region), p.code))
    return [p.code for p in ordered][:count]


def national_files(specs=SPECS, skip_home=frozenset(), rows_only=False, council_codes=None):
    """(file name, file) of the demo's national files: an official ASCOF CSV per year and one rows file (only the
    rows file, naming every measure by its code, when `rows_only`); for the councils given, or every listed one."""
    home, councils = places()
    councils = [p for p in councils if council_codes is None or p.code in council_codes]
    everyone = {p.code: p for p in [home, *councils]}
    indicators = Indicator.objects.filter(active=True, code__in=specs).order_by("code")
    figures = national_figures(indicators, specs, councils, home, skip_home)
    files = []
    if not rows_only:
        regions = dict(Area.objects.filter(kind=Area.REGION).values_list("code", "name"))
        for year in sorted({year for _, year in figures}):
            found = official_file(year, figures, everyone, regions)
            if found is not None:  # named as published: the importer takes the year from the name
                files.append((f"demo-synthetic-meas-from-asc-of-eng-{year_label(year)}-open-data.csv", found))
    rows = rows_file(figures, everyone) if not rows_only else rows_file(
        figures, everyone, name_of=lambda indicator: indicator.code, only_without_id=False)
    if rows is not None:
        files.append(("demo-synthetic-lg-inform-style.csv", rows))
    return files


def import_national_files(files):
    """Import each file through the real importer; the demo's own files must import completely."""
    for name, content in files:
        result = import_benchmarks(content, name=name)
        if result.failed:
            raise RuntimeError(f"The demo's national file {name} did not import: " + "; ".join(result.lines()))


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
    """Registry and councils, national figures, similar councils, targets, KPI values; then every indicator
    recalculated."""
    load_registry()
    load_councils()
    import_national_files(national_files())
    home, councils = places()
    import_comparator_groups({home.code: similar_councils(councils, home)}, kind="custom", name=COMPARATOR_NAME)
    load_targets()
    load_kpi_values()
    return recalculate_everything()
