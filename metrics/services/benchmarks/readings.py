"""The three layouts of national files, each read into Readings: one area's figure for one measure and year.

- ASCOF long layout (the official CSV): one row per area, measure, disaggregation and measure type (Numerator,
  Denominator, Outcome, Margin of Error, Base ...); no year column, so the year comes from the file name or is
  given. Rows of one area and measure are gathered into one Reading.
- One figure per row (LG Inform and Oflog-style downloads, our own layout): area, year, measure, value, and
  optionally numerator, denominator, margin of error and a published median.
- Years across (LG Inform-style): area and measure columns, then one column per year ('2022/23').
"""
from dataclasses import dataclass, field

from .table import BenchmarkFileError, parse_year, squashed

LONG, ROWS, YEARS_ACROSS = "ASCOF long layout", "one figure per row", "one column per year"
MEASURE_TYPES = {
    "outcome": "value", "value": "value", "numerator": "numerator", "denominator": "denominator",
    "marginoferror": "margin", "me": "margin", "moe": "margin",
}
TOTALS = {"", "total", "all", "persons", "all persons"}
AREA_FIELDS = ("area_code", "geo_code", "area_name", "area_level", "region", "region_code")


@dataclass(frozen=True)
class AreaRef:
    """How a file names an area: ONS code, its own code (a CASSR code, 'England', a region code), name, level."""

    code: str = ""
    geo_code: str = ""
    name: str = ""
    level: str = ""
    region: str = ""
    region_code: str = ""

    @property
    def label(self):
        return f"{self.name} ({self.code or self.geo_code})" if self.name and (self.code or self.geo_code) else (
            self.name or self.code or self.geo_code)


@dataclass
class Reading:
    row: int  # the first file row it comes from (header = row 1)
    area: AreaRef
    period: object
    labels: tuple  # the measure as the file names it: code first, then group and description
    disaggregation: str = ""
    figures: dict = field(default_factory=dict)  # value, numerator, denominator, margin, median: cell text

    @property
    def measure(self):
        return self.labels[0]

    @property
    def is_total(self):
        return self.disaggregation.strip().lower() in TOTALS


def text(record, columns, name):
    value = record.get(columns[name]) if name in columns else None
    return "" if value is None else str(value).strip()


def area_of(record, columns):
    return AreaRef(*(text(record, columns, name) for name in AREA_FIELDS))


def layout_of(columns, headers):
    if "measure_type" in columns and "value" in columns:
        return LONG
    if "value" in columns and "measure" in columns and "year" in columns:
        return ROWS
    if "measure" in columns and year_columns(headers):
        return YEARS_ACROSS
    missing = [name for name in ("measure", "value") if name not in columns]
    missing += [] if "year" in columns or "measure_type" in columns else ["year (or one column per year)"]
    raise BenchmarkFileError(f"Missing column(s): {', '.join(missing)}. Found: {', '.join(headers) or 'none'}.")


def year_columns(headers):
    """{header: Period} for headers that are financial years ('2022/23', '2022-23')."""
    found = {}
    for header in headers:
        try:
            found[header] = parse_year(header)
        except ValueError:
            continue
    return found


def blank(record):
    return all(value is None or str(value).strip() == "" for value in record.values())


def long_readings(records, columns, year_for):
    """The long layout's rows gathered by area, measure and disaggregation; measure types become figures.
    Returns (readings, measure types not stored)."""
    gathered, ignored_types = {}, set()
    for row, record in records:
        group, code = text(record, columns, "measure_group"), text(record, columns, "measure")
        labels = tuple(dict.fromkeys(label for label in (group or code, code, text(
            record, columns, "measure_description")) if label)) or ("",)
        area, disaggregation = area_of(record, columns), text(record, columns, "disaggregation")
        key = (area, labels[:1], disaggregation, year_for(row, record))
        reading = gathered.setdefault(key, Reading(row, area, key[3], labels, disaggregation))
        kind = text(record, columns, "measure_type")
        if MEASURE_TYPES.get(squashed(kind)):
            reading.figures[MEASURE_TYPES[squashed(kind)]] = text(record, columns, "value")
        else:  # Base, Respondents and anything else: not stored, and said so
            ignored_types.add(kind)
    return list(gathered.values()), ignored_types


def row_readings(records, columns, year_for):
    return [Reading(row, area_of(record, columns), year_for(row, record), (text(record, columns, "measure"),),
                    text(record, columns, "disaggregation"),
                    {name: text(record, columns, name) for name in ("value", "numerator", "denominator", "margin",
                                                                     "median") if name in columns})
            for row, record in records]


def across_readings(records, columns, years):
    return [Reading(row, area_of(record, columns), period, (text(record, columns, "measure"),),
                    text(record, columns, "disaggregation"), {"value": record.get(header)})
            for row, record in records for header, period in years.items()]
