"""Importing a national file: its layout read into Readings, each matched to an indicator (in the framework of its
year) and an area (never created), its figures stored as published, and a report of every measure."""
import statistics

from django.conf import settings
from django.db import transaction

from core.periods import YEAR

from ...models import Area, Indicator, IndicatorValue
from ...signals import figures_changed
from .areas import AreaResolver
from .measures import MeasureLookup, framework_of
from .readings import (
    ROWS, YEARS_ACROSS, across_readings, blank, layout_of, long_readings, row_readings, text, year_columns,
)
from .result import ImportResult
from .table import BenchmarkFileError, match_headers, optional_number, parse_value, parse_year, read_table, year_from_name

# Codes of the pre-2023 files add the disaggregation to the measure group: 1C1A1864, 1C1B64U, 1BF, 2B1_85OV ...
DISAGGREGATION_SUFFIXES = ("1864", "65OV", "64U", "6584", "85OV", "6574", "7584", "F", "M")


def year_reader(columns, name, given, result):
    """A function giving each row's year: the file's year column, else the year its name states or the one given."""
    if "year" in columns:
        if given:
            result.notes.append(f"The file has a year column, so the year given ({given.label}) was not used.")
        result.year_note = "Years from the file's year column."

        def from_column(row, record):
            try:
                return parse_year(text(record, columns, "year"))
            except ValueError:
                result.problems.append(f"Row {row}: year '{text(record, columns, 'year')}' is not a financial year "
                                       f"(use 2023-24)")
                return None
        return from_column
    named = year_from_name(name)
    if given and named and given != named:
        raise BenchmarkFileError(f"The file name says {named.label} but the year given is {given.label}: check which "
                                 f"is right. Nothing was stored.")
    if not (given or named):
        raise BenchmarkFileError("The file has no year column and its name does not say which year it is (as "
                                 "published names do, e.g. ...-2223-...): give the year, e.g. 2023-24.")
    period = given or named
    result.year_note = f"Year {period.label}, {'as given' if given else 'from the file name'}."
    return lambda row, record: period


def readings_of(frame, name, given_year, result):
    headers = list(frame.columns)
    columns = match_headers(headers)
    result.layout = layout_of(columns, headers)
    records = []
    for row, record in enumerate(frame.to_dict("records"), start=2):
        if blank(record):
            result.blank_rows += 1
        else:
            records.append((row, record))
    across = year_columns(headers) if result.layout == YEARS_ACROSS else {}
    unused = [h for h in headers if h not in columns.values() and h not in across and not h.startswith("Unnamed")]
    if unused:
        result.notes.append(f"Columns not used: {', '.join(unused)}.")
    if result.layout == YEARS_ACROSS:
        result.year_note = f"Years from the columns {', '.join(across)}."
        return across_readings(records, columns, across)
    year_for = year_reader(columns, name, given_year, result)
    if result.layout == ROWS:
        return row_readings(records, columns, year_for)
    readings, ignored = long_readings(records, columns, year_for)
    if ignored:
        result.notes.append(f"Measure types not stored: {', '.join(sorted(ignored))}.")
    return readings


def without_suffix(label):
    """'1C1A1864' -> '1C1A'; names (anything with a space) are left alone."""
    if " " in label.strip():
        return label
    return next((label[:-len(s)] for s in DISAGGREGATION_SUFFIXES if label.upper().endswith(s) and len(label) > len(s)),
                label)


class Collector:
    """Turns readings into IndicatorValues, counting what happens to each measure's rows."""

    def __init__(self, result):
        self.result = result
        self.lookup = MeasureLookup(Indicator.objects.all())
        self.areas = AreaResolver()
        self.values = {}  # (indicator id, area id, period start) -> (IndicatorValue, tally)
        self.medians = {}  # (indicator, period) -> the file's published median (text)

    def add(self, reading):
        if reading.period is None:
            return
        labels = reading.labels if reading.is_total else tuple(without_suffix(label) for label in reading.labels)
        indicator = self.lookup.find(labels, reading.period)
        tally = self.result.tally(labels[0], indicator, framework_of(reading.period))
        if indicator is None:
            tally.rows.append(reading.row)
        elif not reading.is_total:
            tally.breakdowns += 1
        else:
            self.add_total(reading, indicator, tally)

    def add_total(self, reading, indicator, tally):
        resolved = self.areas.resolve(reading.area)
        if resolved.unknown:
            tally.unknown_areas += 1
            self.result.unknown_areas.setdefault(reading.area.label, []).append(reading.row)
            return
        if resolved.skip_note:
            tally.not_compared += 1
            examples = self.result.skipped_areas.setdefault(resolved.skip_note, [])
            if reading.area.label not in examples:
                examples.append(reading.area.label)
            return
        try:
            value, suppressed = parse_value(reading.figures.get("value"))
        except ValueError:
            self.result.problems.append(f"Row {reading.row}: value '{reading.figures.get('value')}' is not a number")
            return
        if suppressed:
            tally.suppressed += 1
            return
        figures = {name: optional_number(reading.figures.get(name)) for name in ("numerator", "denominator", "margin")}
        self.values[(indicator.id, resolved.area.id, reading.period.start)] = (IndicatorValue(
            indicator=indicator, area=resolved.area, period_kind=YEAR, period_start=reading.period.start,
            value=value, origin=IndicatorValue.BENCHMARK, **figures), tally)
        if reading.figures.get("median"):
            self.medians.setdefault((indicator, reading.period), reading.figures["median"])


def home_local_keys():
    """(indicator id, period start) of the home council's own calculated or KPI-return yearly figures."""
    home = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    if home is None:
        return None, set()
    return home.id, set(
        IndicatorValue.objects.filter(area=home, period_kind=YEAR, breakdown="").exclude(
            origin=IndicatorValue.BENCHMARK).values_list("indicator_id", "period_start"))


def to_store(collector):
    """The values to store; the home council's own figures are kept rather than overwritten."""
    home_id, local = home_local_keys()
    stored = []
    for (indicator_id, area_id, start), (value, tally) in collector.values.items():
        if area_id == home_id and (indicator_id, start) in local:
            tally.kept_local += 1
        else:
            tally.stored += 1
            stored.append(value)
    return stored


def check_medians(collector, stored, result):
    """Compare each published median column with the median of the councils' figures stored."""
    agree = 0
    for (indicator, period), published in collector.medians.items():
        values = [v.value for v in stored if v.indicator_id == indicator.id and v.period_start == period.start
                  and v.area.kind == Area.COUNCIL]
        published_value = optional_number(published)
        ours = round(statistics.median(values), indicator.decimals) if values else None
        if published_value is not None and ours == round(published_value, indicator.decimals):
            agree += 1
        else:
            result.notes.append(f"Published median of {indicator.code} in {period.label} is {published}; the median "
                                f"of the {len(values)} councils stored is {ours}.")
    if agree:
        result.notes.append(f"Published medians that agree with the median of the councils stored: {agree}.")


@transaction.atomic
def import_benchmarks(path_or_file, name=None, year=None):
    """Import one national file; returns an ImportResult (see result.py for when it counts as failed).

    `year` (a Period) is the file's financial year when it has no year column and its name does not say it.
    Raises BenchmarkFileError when the file cannot be read at all. What can be read is stored even when the
    import fails; the result lists what was not."""
    frame = read_table(path_or_file, name)
    name = name or getattr(path_or_file, "name", None) or str(path_or_file)
    result = ImportResult()
    collector = Collector(result)
    for reading in readings_of(frame, name, year, result):
        collector.add(reading)
    stored = to_store(collector)
    IndicatorValue.objects.bulk_create(
        stored, batch_size=1000, update_conflicts=True,
        unique_fields=["indicator", "area", "period_kind", "period_start", "breakdown", "category"],
        update_fields=["value", "numerator", "denominator", "margin", "origin", "computed_at"],
    )
    figures_changed.send(sender=IndicatorValue)
    check_medians(collector, stored, result)
    if collector.areas.no_list:
        result.notes.append("No reference list of councils is loaded: run `manage.py load_indicators` first.")
    return result

