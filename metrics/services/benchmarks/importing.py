"""Storing a benchmark file's figures: each row's measure matched to an indicator, its area found or created."""
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from core.periods import YEAR

from ...models import Area, Indicator, IndicatorValue
from ...signals import figures_changed
from .areas import AreaResolver
from .table import (
    BenchmarkFileError, match_headers, normalise, normalise_measure_id, optional_number, parse_value, parse_year,
    read_table,
)

ASCOF_REFRESH_YEAR = 2023  # the refreshed ASCOF (new measure ids) applies from 2023-24


@dataclass
class ImportResult:
    values_stored: int = 0
    areas_created: list = field(default_factory=list)
    suppressed: int = 0
    blank_rows: int = 0
    kept_local: int = 0
    problems: list = field(default_factory=list)

    def summary(self):
        return (f"{self.values_stored} values stored, {len(self.areas_created)} areas created, "
                f"{self.suppressed} suppressed values skipped, {len(self.problems)} problems.")


class MeasureLookup:
    """Finds the indicator for a file's measure: our code, a current ASCOF id, an older id or the title."""

    def __init__(self, indicators):
        self.by_code, self.current, self.older = {}, {}, {}
        for indicator in indicators:
            self.by_code[indicator.code] = indicator
            self.by_code[normalise(indicator.title)] = indicator
            if indicator.ascof_id:
                self.current[normalise_measure_id(indicator.ascof_id)] = indicator
            for older in indicator.older_ids:
                self.older.setdefault(normalise_measure_id(older), indicator)

    def find(self, measure, period):
        text = str(measure).strip()
        if text.lower() in self.by_code:
            return self.by_code[text.lower()]
        if normalise(text) in self.by_code:
            return self.by_code[normalise(text)]
        key = normalise_measure_id(text)
        tables = [self.older, self.current] if period.fy_start_year < ASCOF_REFRESH_YEAR else [self.current, self.older]
        for table in tables:
            if key in table:
                return table[key]
        return None


@transaction.atomic
def import_benchmarks(path_or_file, name=None):
    """Import one benchmark file; returns an ImportResult. Rows with problems are skipped and reported."""
    frame = read_table(path_or_file, name)
    columns = match_headers(frame.columns)
    missing = [f for f in ("year", "measure", "value") if f not in columns]
    if "area_code" not in columns and "area_name" not in columns:
        missing.insert(0, "area code or area name")
    if missing:
        raise BenchmarkFileError(
            f"Missing column(s): {', '.join(missing)}. Found: {', '.join(map(str, frame.columns)) or 'none'}.")
    result = ImportResult()
    lookup = MeasureLookup(Indicator.objects.all())
    areas = AreaResolver(result)
    unknown_measures = {}
    rows = {}
    for index, record in enumerate(frame.to_dict("records"), start=2):
        get = lambda key: record.get(columns[key]) if key in columns else None  # noqa: E731
        if all(value is None or str(value).strip() == "" for value in record.values()):
            result.blank_rows += 1
            continue
        try:
            period = parse_year(get("year"))
        except ValueError:
            result.problems.append(f"Row {index}: year '{get('year')}' is not a financial year (use 2023-24)")
            continue
        indicator = lookup.find(get("measure"), period)
        if indicator is None:
            unknown_measures.setdefault(str(get("measure")), []).append(index)
            continue
        try:
            value, suppressed = parse_value(get("value"))
        except ValueError:
            result.problems.append(f"Row {index}: value '{get('value')}' is not a number")
            continue
        if suppressed:
            result.suppressed += 1
            continue
        area = areas.area(get("area_code"), get("area_name"), get("region"), get("region_code"))
        if area is None:
            result.problems.append(f"Row {index}: area '{get('area_name')}' is unknown and has no code")
            continue
        numerator, _ = optional_number(get("numerator"))
        denominator, _ = optional_number(get("denominator"))
        rows[(indicator.id, area.id, period.start)] = IndicatorValue(
            indicator=indicator, area=area, period_kind=YEAR, period_start=period.start, value=value,
            numerator=numerator, denominator=denominator, origin=IndicatorValue.BENCHMARK,
        )
    for measure, row_numbers in unknown_measures.items():
        shown = ", ".join(map(str, row_numbers[:5])) + (" …" if len(row_numbers) > 5 else "")
        result.problems.append(f"Unknown measure '{measure}' in {len(row_numbers)} row(s) ({shown})")
    values = _without_local_home_values(list(rows.values()), result)
    IndicatorValue.objects.bulk_create(
        values, batch_size=1000, update_conflicts=True,
        unique_fields=["indicator", "area", "period_kind", "period_start", "breakdown", "category"],
        update_fields=["value", "numerator", "denominator", "origin", "computed_at"],
    )
    figures_changed.send(sender=IndicatorValue)
    result.values_stored = len(values)
    return result


def _without_local_home_values(values, result):
    """The home council's own calculated or KPI-return figures are kept rather than overwritten."""
    home = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    if home is None:
        return values
    local = set(
        IndicatorValue.objects.filter(area=home, period_kind=YEAR, breakdown="")
        .exclude(origin=IndicatorValue.BENCHMARK)
        .values_list("indicator_id", "period_start")
    )
    kept = [v for v in values if not (v.area_id == home.id and (v.indicator_id, v.period_start) in local)]
    result.kept_local = len(values) - len(kept)
    return kept


