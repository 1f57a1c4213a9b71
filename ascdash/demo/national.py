"""Synthetic national figures for the demo, written as national files are published and imported through the real
importer (metrics.services.benchmarks):

- one official ASCOF CSV per year in the long layout (Numerator, Denominator, Outcome, Margin of Error, Base rows;
  age breakdowns of 1A; England, region and council rows), with each measure's id in the framework of that year;
- one file with one figure per row, naming by title the measures that have no confirmed id that year and the
  local measures councils also publish.

The councils are the reference list's (fixtures/councils.csv) with made-up figures: every figure here is
synthetic. Values are shaped on published figures of a real mid-sized unitary (see the shared reference),
anchored on 2023-24; England and regions are made from the councils.
"""
import io
import random
from dataclasses import dataclass, field

from metrics.services.benchmarks.measures import ASCOF_REFRESH_YEAR

ANCHOR_YEAR = 2023
SEED = 2026
LONG_HEADER = ["Geographical Code", "Geographical Description", "Geographical Level", "ONS Code",
               "ASCOF Measure Code", "Disaggregation Level", "Measure Group", "Measure Group Description",
               "Measure Type", "Measure Value"]
ROWS_HEADER = ["Area code", "Area name", "Year", "Measure", "Value", "Margin of error"]
SURVEY_BASE = 350  # respondents per council; the margin of error follows from it
AGE_GROUPS = ("18-64", "65 and over")
ENGLAND_MARGIN = 0.3  # a national survey estimate's margin of error


@dataclass(frozen=True)
class Place:
    code: str  # ONS code
    name: str
    cassr_code: str = ""
    region: str = ""  # region ONS code


@dataclass
class Figures:
    """One measure's figures in one year: England, each region and each council (value, denominator, margin)."""

    england: tuple
    regions: dict = field(default_factory=dict)
    councils: dict = field(default_factory=dict)


def year_label(year):
    return f"{year}-{(year + 1) % 100:02d}"


def clamp(value, unit):
    return min(100.0, max(0.0, value)) if unit == "percent" else max(0.0, value)


def margin_for(value, unit, survey):
    """A survey estimate's 95% margin of error for SURVEY_BASE respondents (none for other measures)."""
    if not survey:
        return None
    if unit == "percent":
        share = value / 100
        return round(196 * (share * (1 - share) / SURVEY_BASE) ** 0.5, 1)
    return round(1.96 * 0.12 * value / SURVEY_BASE ** 0.5, 1)


def make_figures(spec, indicator, year, councils, home, home_value, rng, effects):
    """Figures of one measure and year: councils around England's level, the home council its own way."""
    england_level, trend, spread, _, _, decimals = spec
    centre = england_level + trend * (year - ANCHOR_YEAR)
    survey = indicator.code.startswith(("ascs-", "sace-")) or indicator.code in SURVEY_CODES
    figures = Figures(england=None)
    by_region = {}
    for place in councils:
        value = round(clamp(centre + spread * (0.7 * effects[place.code] + 0.7 * rng.gauss(0, 1)), indicator.unit),
                      decimals)
        figures.councils[place.code] = (value, 400 + rng.randrange(2600), margin_for(value, indicator.unit, survey))
        by_region.setdefault(place.region, []).append(value)
    if home_value is not None:
        figures.councils[home.code] = (home_value, 1800, margin_for(home_value, indicator.unit, survey))
    figures.regions = {region: round(sum(v) / len(v), decimals) for region, v in by_region.items()}
    # England's denominator is every council's; its survey estimate rests on every council's respondents
    figures.england = (round(centre, decimals), sum(d for _, d, _ in figures.councils.values()),
                       ENGLAND_MARGIN if survey else None)
    return figures


SURVEY_CODES = {"ascof-1a-quality-of-life", "ascof-1b-control-over-daily-life-pct", "ascof-1d-carer-quality-of-life",
                "ascof-1j-adjusted-quality-of-life-impact", "ascof-3a-user-satisfaction-pct",
                "ascof-3b-carer-satisfaction-pct", "ascof-4a-feel-safe-pct", "ascof-4b-services-help-feel-safe-pct"}


def national_figures(indicators, specs, councils, home, skip_home):
    """{(indicator, year): Figures} for every indicator with a spec, in every year of its spec."""
    rng = random.Random(SEED)
    effects = {place.code: rng.gauss(0, 1) for place in councils}
    found = {}
    for indicator in indicators:
        if indicator.code not in specs:
            continue
        spec = specs[indicator.code]
        england_level, trend, spread, home_difference, years, decimals = spec
        for year in years:
            centre = england_level + trend * (year - ANCHOR_YEAR)
            noise = rng.gauss(0, spread * 0.08) * (year != ANCHOR_YEAR)
            home_value = None if (indicator.code, year) in skip_home else round(
                clamp(centre + home_difference + noise, indicator.unit), decimals)
            found[(indicator, year)] = make_figures(spec, indicator, year, councils, home, home_value, rng, effects)
    return found


def id_in(indicator, year):
    """The measure's ASCOF id in the framework of `year` ('' when it has none that year)."""
    if year >= ASCOF_REFRESH_YEAR:
        return indicator.ascof_id
    return indicator.older_ids[0] if indicator.older_ids else ""


def csv_bytes(header, rows):
    lines = [",".join(header)] + [",".join(_cell(cell) for cell in row) for row in rows]
    return io.BytesIO("\n".join(lines).encode("utf-8"))


def _cell(cell):
    text = "" if cell is None else str(cell)
    return f'"{text}"' if "," in text else text


def measure_rows(area, level, measure, indicator, figure):
    """The long layout's rows for one area: outcome, and numerator and denominator (or margin and base)."""
    value, denominator, margin = figure
    geo_code, name, ons_code = area
    row = [geo_code, name, level, ons_code, measure, "Total", measure, indicator.title]
    rows = [row[:8] + ["Outcome", value]]
    if margin is not None:
        rows += [row[:8] + ["Margin of Error", margin], row[:8] + ["Base", SURVEY_BASE]]
    elif denominator is not None and indicator.unit == "percent":
        rows += [row[:8] + ["Numerator", round(value * denominator / 100)], row[:8] + ["Denominator", denominator]]
    if indicator.code == "ascof-1a-quality-of-life" and level == "Council":  # an age breakdown, as published
        rows += [[geo_code, name, level, ons_code, measure, group, measure, indicator.title, "Outcome",
                  round(value + (0.4 if group == "18-64" else -0.3), 1)] for group in AGE_GROUPS]
    return rows


def official_file(year, figures, places, region_names):
    """The ASCOF CSV of one year: every measure with an id in that year's framework."""
    rows = []
    for (indicator, figure_year), found in figures.items():
        measure = id_in(indicator, figure_year)
        if figure_year != year or not measure:
            continue
        rows += measure_rows(("England", "England", "E92000001"), "England", measure, indicator,
                             found.england)
        for region, value in sorted(found.regions.items()):
            rows += measure_rows((region, region_names[region], region), "Region", measure, indicator,
                                 (value, None, None))
        for code, figure in found.councils.items():
            place = places[code]
            rows += measure_rows((place.cassr_code, place.name, place.code), "Council", measure, indicator, figure)
    return csv_bytes(LONG_HEADER, rows) if rows else None


def rows_file(figures, places, name_of=lambda indicator: indicator.title, only_without_id=True):
    """One figure per row for the measures with no id in the figure's year (or for every measure)."""
    rows = []
    for (indicator, year), found in figures.items():
        if only_without_id and id_in(indicator, year):
            continue
        label, measure = year_label(year), name_of(indicator)
        rows.append(["E92000001", "England", label, measure, found.england[0], None])
        for code, (value, _, margin) in found.councils.items():
            rows.append([code, places[code].name, label, measure, value, margin])
    return csv_bytes(ROWS_HEADER, rows) if rows else None
