"""Import national published figures (benchmarks) and comparator groups.

Benchmark files are CSV or xlsx with one figure per row. Headers are matched flexibly (case, spaces and
punctuation ignored): area code / local authority code / ONS code; area or local authority name; region;
year or financial year; measure / indicator code / measure id (ASCOF ids, older ids and our codes); value.
Unknown councils and regions are created. Suppressed values ("c", "x", "*", "..") are skipped and counted.
"""
import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from django.conf import settings
from django.db import transaction

from ..models import Area, ComparatorGroup, Indicator, IndicatorValue
from core.periods import YEAR, Period
from ..signals import figures_changed

ENGLAND_NAMES = {"england", "england total", "all england"}
REGIONS = {
    "North East": "E12000001", "North West": "E12000002", "Yorkshire and The Humber": "E12000003",
    "East Midlands": "E12000004", "West Midlands": "E12000005", "East of England": "E12000006",
    "London": "E12000007", "South East": "E12000008", "South West": "E12000009",
}
HEADER_SYNONYMS = {
    "area_code": ["area code", "local authority code", "la code", "ons code", "ons area code", "lad code",
                  "geography code", "council code", "code", "cassr code", "area ons code", "ons la code"],
    "area_name": ["area name", "area", "local authority", "local authority name", "la name", "council",
                  "council name", "geography name", "name", "cassr", "cassr name"],
    "region": ["region", "region name", "ons region", "region ons name"],
    "region_code": ["region code", "ons region code", "region ons code"],
    "year": ["year", "financial year", "reporting year", "period", "fin year", "reporting period"],
    "measure": ["measure", "indicator", "indicator code", "measure id", "measure code", "ascof measure",
                "ascof measure id", "ascof id", "metric", "measure group", "measure name"],
    "value": ["value", "measure value", "outcome", "percentage", "score", "rate", "figure"],
    "numerator": ["numerator"],
    "denominator": ["denominator"],
}
SUPPRESSED = {"c", "x", "*", "..", ":", "-", "[c]", "[x]", "[z]", "z", "n/a", "na", "suppressed"}
ASCOF_REFRESH_YEAR = 2023  # the refreshed ASCOF (new measure ids) applies from 2023-24




def region_code(name):
    """ONS code of an English region named in any case or spacing, or ''."""
    return REGION_CODES.get(normalise(name or ""), "")


class BenchmarkFileError(ValueError):
    """The file cannot be imported at all (unreadable, or a required column is missing)."""


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


def normalise(text):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text).lower()).split())


def normalise_measure_id(text):
    """'ASCOF 2C(1)', '2c1' and '2C (1)' all become '2C1'."""
    text = re.sub(r"^\s*ascof\s*", "", str(text), flags=re.IGNORECASE)
    return re.sub(r"[^A-Za-z0-9]+", "", text).upper()


def match_headers(headers):
    """{our field: the file's column} for every recognised header."""
    wanted = {normalise(s): name for name, synonyms in HEADER_SYNONYMS.items() for s in synonyms}
    matched = {}
    for header in headers:
        name = wanted.get(normalise(header))
        if name and name not in matched:
            matched[name] = header
    return matched


def parse_year(text):
    """A financial year from '2023-24', '2023/24', '2023-2024', 'FY 2023/24' or '2023' (the year it starts)."""
    cleaned = re.sub(r"^\s*(fy|financial year)\s*", "", str(text).strip(), flags=re.IGNORECASE)
    if m := re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{4})", cleaned):
        if int(m[2]) != int(m[1]) + 1:
            raise ValueError(f"'{text}' is not a financial year")
        return Period.year(int(m[1]))
    if re.fullmatch(r"\d{4}(\.0)?", cleaned):
        return Period.year(int(float(cleaned)))
    period = Period.parse(cleaned.replace(" ", ""))
    if period.kind != YEAR:
        raise ValueError(f"'{text}' is not a financial year")
    return period


def parse_value(text):
    """(number, suppressed?) from '45.2', '45.2%', '1,234', 'c'; raises ValueError for anything else."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None, True
    if isinstance(text, (int, float)):
        return float(text), False
    cleaned = str(text).strip()
    if cleaned.lower() in SUPPRESSED or cleaned == "":
        return None, True
    return float(cleaned.replace("%", "").replace(",", "").strip()), False


def read_table(path_or_file, name=None):
    """All cells as text (None for empty) from a CSV or the first sheet of an xlsx."""
    name = (name or str(getattr(path_or_file, "name", path_or_file))).lower()
    try:
        if name.endswith((".xlsx", ".xlsm", ".xls")):
            source = io.BytesIO(path_or_file.read()) if hasattr(path_or_file, "read") else path_or_file
            frame = pd.read_excel(source, dtype=str, engine="calamine")
        else:
            raw = path_or_file.read() if hasattr(path_or_file, "read") else Path(path_or_file).read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
            frame = pd.read_csv(io.StringIO(text), dtype=str, skip_blank_lines=False, keep_default_na=False)
    except (OSError, ValueError) as error:
        raise BenchmarkFileError(f"Could not read the file: {error}") from error
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.astype(object).where(frame.notna(), None)


REGION_CODES = {normalise(region): code for region, code in REGIONS.items()}


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


class AreaResolver:
    """Finds or creates England, regions and councils named in a file."""

    def __init__(self, result):
        self.result = result
        self.resolved = {}
        self.by_code = {area.code: area for area in Area.objects.all()}
        self.by_name = {normalise(area.name): area for area in self.by_code.values()}

    def _create(self, code, name, kind, region=None):
        area = Area.objects.create(code=code, name=name, kind=kind, region=region)
        self.by_code[code] = area
        self.by_name[normalise(name)] = area
        self.result.areas_created.append(f"{name} ({code})")
        return area

    def region(self, name, code):
        if not name and not code:
            return None
        code = (code or region_code(name)).strip().upper()
        if code in self.by_code:
            return self.by_code[code]
        if normalise(name or "") in self.by_name:
            return self.by_name[normalise(name)]
        if not code:
            return None
        return self._create(code, (name or code).strip(), Area.REGION)

    def area(self, code, name, region_name, region_ons_code):
        key = (code, name, region_name, region_ons_code)
        if key not in self.resolved:
            self.resolved[key] = self._resolve(code, name, region_name, region_ons_code)
        return self.resolved[key]

    def _resolve(self, code, name, region_name, region_ons_code):
        code = (code or "").strip().upper()
        name = (name or "").strip()
        if code == Area.ENGLAND_CODE or (not code and normalise(name) in ENGLAND_NAMES):
            return self.by_code.get(Area.ENGLAND_CODE) or self._create(Area.ENGLAND_CODE, "England", Area.ENGLAND)
        if code.startswith("E12") or (not code and region_code(name)):
            return self.region(name, code or None)
        area = self.by_code.get(code) if code else self.by_name.get(normalise(name))
        region = self.region(region_name, region_ons_code)
        if area is None:
            if not code:
                return None
            area = self._create(code, name or code, Area.COUNCIL, region)
        elif region is not None and area.kind == Area.COUNCIL and area.region_id is None:
            area.region = region
            area.save(update_fields=["region"])
        return area


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
        numerator, _ = _optional_number(get("numerator"))
        denominator, _ = _optional_number(get("denominator"))
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


def _optional_number(text):
    try:
        return parse_value(text)
    except ValueError:
        return None, False


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


# Comparator groups -----------------------------------------------------------------------------

def read_comparator_groups(path_or_file, name=None):
    """{area code: [neighbour codes in order]} from JSON ({code: [codes]}) or CSV.

    CSV either has one row per pair (area code, neighbour code[, rank]) or one row per council with the
    neighbours in one cell separated by ';' or ','.
    """
    name = (name or str(getattr(path_or_file, "name", path_or_file))).lower()
    raw = path_or_file.read() if hasattr(path_or_file, "read") else Path(path_or_file).read_bytes()
    text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    if name.endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise BenchmarkFileError(f"Not valid JSON: {error}") from error
        data = data.get("groups", data) if isinstance(data, dict) else data
        if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
            raise BenchmarkFileError("JSON must map each area code to a list of neighbour codes.")
        return {str(k).strip().upper(): [str(c).strip().upper() for c in v] for k, v in data.items()}
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows:
        raise BenchmarkFileError("The file is empty.")
    header = [normalise(cell) for cell in rows[0]]
    area_column = next((i for i, h in enumerate(header) if h in {normalise(s) for s in HEADER_SYNONYMS["area_code"]}),
                       None)
    neighbour_column = next((i for i, h in enumerate(header) if "neighbour" in h or "comparator" in h
                             or h in {"member", "members", "member code"}), None)
    rank_column = next((i for i, h in enumerate(header) if h in {"rank", "order", "position"}), None)
    if area_column is None or neighbour_column is None:
        raise BenchmarkFileError("Need an area code column and a neighbour (or comparator) column.")
    pairs = {}
    for row in rows[1:]:
        code = row[area_column].strip().upper()
        cells = re.split(r"[;,|]", row[neighbour_column]) if len(row) > neighbour_column else []
        rank = float(row[rank_column]) if rank_column is not None and row[rank_column].strip() else 0
        for cell in cells:
            if cell.strip():
                pairs.setdefault(code, []).append((rank, len(pairs.get(code, [])), cell.strip().upper()))
    return {code: [c for _, _, c in sorted(members)] for code, members in pairs.items()}


@transaction.atomic
def import_comparator_groups(groups, kind=ComparatorGroup.CIPFA, name=None):
    """Create or replace each council's group of this kind and name; unknown codes become councils.

    Returns (groups saved, area names created).
    """
    name = name or dict(ComparatorGroup.KIND_CHOICES)[kind]
    created = []
    existing = {area.code: area for area in Area.objects.filter(code__in={*groups, *sum(groups.values(), [])})}

    def area_for(code):
        if code not in existing:
            existing[code] = Area.objects.create(code=code, name=code, kind=Area.COUNCIL)
            created.append(code)
        return existing[code]

    for code, members in groups.items():
        area = area_for(code)
        group, _ = ComparatorGroup.objects.get_or_create(area=area, kind=kind, name=name)
        group.members.set([area_for(member) for member in members if member != code])
        if not ComparatorGroup.objects.filter(area=area, is_default=True).exists():
            group.is_default = True
            group.save(update_fields=["is_default"])
    return len(groups), created
